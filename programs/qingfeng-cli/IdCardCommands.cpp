// idcard read, idcard simulate: the check-in desk's ID-card reader from the command line.
// Neither needs the database or the keychain.
#include "programs/qingfeng-cli/CliApp.h"

#include "app/devices/idcard/IdCardJson.h"
#include "app/devices/idcard/IdCardSimulator.h"
#include "app/devices/idcard/SamIdCardReader.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace qf {

namespace {

int idcardRead(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("The reader's serial port (any path)."),
                                  QStringLiteral("PATH"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QStringLiteral("Seconds to wait for a card (default 10)."),
                                     QStringLiteral("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption baud(QStringLiteral("baud"), QStringLiteral("Baud rate (default 115200)."),
                                  QStringLiteral("N"), QStringLiteral("115200"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    const QCommandLineOption photo(QStringLiteral("photo"), QStringLiteral("Include the raw WLT photo (base64)."));
    parser.addOptions({ port, timeout, baud, json, photo });
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("idcard read"), &status))
        return status;
    if (parser.value(port).isEmpty())
        return ctx.fail(QStringLiteral("idcard read needs --port PATH."));
    bool ok = false;
    const double seconds = parser.value(timeout).toDouble(&ok);
    if (!ok || seconds <= 0)
        return ctx.fail(QStringLiteral("--timeout needs a positive number of seconds."));
    const int baudRate = parser.value(baud).toInt(&ok);
    if (!ok || baudRate <= 0)
        return ctx.fail(QStringLiteral("--baud needs a positive number."));

    SamIdCardReader::Options options;
    options.portPath = parser.value(port);
    options.baudRate = baudRate;
    options.responseTimeoutMs = qMin(1500, int(seconds * 1000));
    SamIdCardReader reader(options);
    QEventLoop loop;
    std::optional<IdCardData> card;
    QString failure;
    QString lastStatus;
    QObject::connect(&reader, &IdCardReader::cardRead, &loop, [&](const IdCardData& c) {
        card = c;
        loop.quit();
    });
    QObject::connect(&reader, &IdCardReader::error, &loop, [&](const QString& message) {
        failure = message;
        loop.quit();
    });
    QObject::connect(&reader, &IdCardReader::statusChanged, &loop,
                     [&](IdCardReader::State, const QString& message) { lastStatus = message; });
    QTimer::singleShot(int(seconds * 1000), &loop, [&] {
        failure = lastStatus.isEmpty() ? QStringLiteral("No card was read in time.")
                                       : QStringLiteral("No card was read in time. ") + lastStatus;
        loop.quit();
    });
    reader.start();
    loop.exec();
    reader.stop();
    if (!card)
        return ctx.fail(failure, 1);

    const QJsonObject object = IdCardJson::toJson(*card, parser.isSet(photo));
    if (parser.isSet(json)) {
        ctx.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else {
        for (auto it = object.begin(); it != object.end(); ++it)
            ctx.out << it.key() << ": " << it.value().toString() << '\n';
    }
    return 0;
}

// SIGINT/SIGTERM end the simulator cleanly (its link is removed) through a self-pipe.
int g_signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}

// One line of the simulator's stdin: present | remove | fault NAME | status CMD=HEX | quit.
QString simulatorCommand(IdCardSimulator& sim, const QString& line, bool* quit)
{
    const QStringList words = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    const QString& verb = words.first();
    if (verb == QLatin1String("present") || verb == QLatin1String("insert")) {
        sim.setCardPresent(true);
    } else if (verb == QLatin1String("remove")) {
        sim.setCardPresent(false);
    } else if (verb == QLatin1String("quit")) {
        *quit = true;
    } else if (verb == QLatin1String("fault") && words.size() == 2) {
        IdCardSimulator::Fault fault;
        if (!IdCardSimulator::faultFromName(words[1], &fault))
            return QStringLiteral("unknown fault ") + words[1];
        sim.setFault(fault);
    } else if (verb == QLatin1String("status") && words.size() == 2) {
        const QStringList kv = words[1].split(QLatin1Char('='));
        bool ok = false;
        const uint code = kv.value(1).toUInt(&ok, 16);
        const QString& cmd = kv.first();
        if (kv.size() != 2 || !ok || code > 0xff)
            return QStringLiteral("status needs CMD=HEX, e.g. find=80");
        if (cmd == QLatin1String("find"))
            sim.setStatusOverride(IdCardSimulator::Command::Find, quint8(code));
        else if (cmd == QLatin1String("select"))
            sim.setStatusOverride(IdCardSimulator::Command::Select, quint8(code));
        else if (cmd == QLatin1String("read"))
            sim.setStatusOverride(IdCardSimulator::Command::Read, quint8(code));
        else
            return QStringLiteral("status: CMD is find, select or read");
    } else {
        return QStringLiteral("unknown command: ") + line;
    }
    return QStringLiteral("ok");
}

int idcardSimulate(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption pty(QStringLiteral("pty"), QStringLiteral("Path of the link to the reader's end."),
                                 QStringLiteral("LINK"));
    const QCommandLineOption cardFile(QStringLiteral("card"), QStringLiteral("The card (JSON file)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption fault(QStringLiteral("fault"),
                                   QStringLiteral("Misbehave: ") + IdCardSimulator::faultNames().join(QStringLiteral(", ")),
                                   QStringLiteral("NAME"), QStringLiteral("none"));
    const QCommandLineOption statusOpt(QStringLiteral("status"),
                                       QStringLiteral("Answer a command with a status, e.g. find=80, select=81, read=41 "
                                                      "(repeatable)."),
                                       QStringLiteral("CMD=HEX"));
    const QCommandLineOption removed(QStringLiteral("removed"), QStringLiteral("Start with no card on the reader."));
    parser.addOptions({ pty, cardFile, fault, statusOpt, removed });
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("idcard simulate"), &status))
        return status;
    if (parser.value(pty).isEmpty() || parser.value(cardFile).isEmpty())
        return ctx.fail(QStringLiteral("idcard simulate needs --pty LINK and --card FILE.json."));
    auto card = IdCardJson::load(parser.value(cardFile));
    if (!card)
        return ctx.fail(card.error());

    IdCardSimulator sim;
    sim.setCard(*card);
    sim.setCardPresent(!parser.isSet(removed));
    bool quit = false;
    QString answer = simulatorCommand(sim, QStringLiteral("fault ") + parser.value(fault), &quit);
    if (answer != QLatin1String("ok"))
        return ctx.fail(answer);
    for (const QString& s : parser.values(statusOpt)) {
        answer = simulatorCommand(sim, QStringLiteral("status ") + s, &quit);
        if (answer != QLatin1String("ok"))
            return ctx.fail(answer);
    }
    const Status started = sim.start(parser.value(pty));
    if (!started)
        return ctx.fail(started.error(), 1);

    QEventLoop loop;
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        auto* sigNotifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &loop);
        QObject::connect(sigNotifier, &QSocketNotifier::activated, &loop, &QEventLoop::quit);
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    auto* input = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, &loop);
    QByteArray pending;
    QObject::connect(input, &QSocketNotifier::activated, &loop, [&] {
        char buffer[256];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            input->setEnabled(false); // stdin closed: keep simulating until a signal
            return;
        }
        pending.append(buffer, n);
        qsizetype eol;
        while ((eol = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(eol));
            pending.remove(0, eol + 1);
            const QString reply = simulatorCommand(sim, line, &quit);
            if (!reply.isEmpty())
                ctx.out << reply << Qt::endl;
            if (quit)
                loop.quit();
        }
    });
    ctx.out << "ready " << parser.value(pty) << Qt::endl;
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    sim.stop();
    return 0;
}

} // namespace

void registerIdCardCommands()
{
    CliApp::registerCommand({ QStringLiteral("idcard read"),
                              QStringLiteral("Read one ID card from a SAM reader (--port PATH [--json])."),
                              idcardRead });
    CliApp::registerCommand({ QStringLiteral("idcard simulate"),
                              QStringLiteral("Simulate a SAM reader on a pty (--pty LINK --card FILE.json)."),
                              idcardSimulate });
}

} // namespace qf

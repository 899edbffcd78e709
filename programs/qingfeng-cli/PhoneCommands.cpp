// phone answer, phone calls, phone callbacks: the hotline line without a window.
#include "programs/qingfeng-cli/CliApp.h"

#include "app/devices/phone/LinphoneLine.h"
#include "app/phone/Hotline.h"
#include "models/CalendarStore.h"
#include "models/Callbacks.h"
#include "models/Database.h"
#include "models/Session.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <csignal>

namespace qf {

namespace {

QString isoOrEmpty(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject callJson(const CallRecord& c)
{
    QJsonObject o { { QStringLiteral("id"), c.id },
                    { QStringLiteral("line"), c.line },
                    { QStringLiteral("start"), isoOrEmpty(c.startedAt) },
                    { QStringLiteral("answer"), isoOrEmpty(c.answeredAt) },
                    { QStringLiteral("end"), isoOrEmpty(c.endedAt) },
                    { QStringLiteral("duration_s"), c.durationSeconds },
                    { QStringLiteral("outcome"), callOutcomeCode(c.outcome) },
                    { QStringLiteral("recording_sha256"), c.recordingSha256 },
                    { QStringLiteral("recording_seconds"), c.recordingSeconds },
                    { QStringLiteral("announced"), c.announced },
                    { QStringLiteral("report_id"), c.reportId } };
    if (!c.number.isEmpty())
        o.insert(QStringLiteral("number"), c.number);
    return o;
}

QString line(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

volatile std::sig_atomic_t g_stop = 0;

int phoneAnswer(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Answer direct SIP calls on HOST:PORT (UDP; no registrar)."),
                                    QStringLiteral("HOST:PORT"));
    const QCommandLineOption calls(QStringLiteral("calls"), QStringLiteral("Stop after N calls (default 1)."),
                                   QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption announce(QStringLiteral("announce"),
                                      QStringLiteral("A WAV played to the caller before the line is connected."),
                                      QStringLiteral("FILE.wav"));
    const QCommandLineOption answerAfter(QStringLiteral("answer-after"),
                                         QStringLiteral("Seconds of ringing before answering (default 0)."),
                                         QStringLiteral("SECONDS"), QStringLiteral("0"));
    const QCommandLineOption ring(QStringLiteral("ring-seconds"),
                                  QStringLiteral("Seconds a call may ring before it is missed (default 45)."),
                                  QStringLiteral("SECONDS"), QStringLiteral("45"));
    const QCommandLineOption tcp(QStringLiteral("tcp"), QStringLiteral("Listen on TCP instead of UDP."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QStringLiteral("Give up after this many seconds without the calls (default 600)."),
                                     QStringLiteral("SECONDS"), QStringLiteral("600"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object per call."));
    parser.addOptions({ listen, calls, announce, answerAfter, ring, tcp, timeout, json });
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("phone answer"), &status))
        return status;
    const QString address = parser.value(listen);
    const int colon = address.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const int port = colon > 0 ? address.mid(colon + 1).toInt(&ok) : 0;
    if (!ok || port <= 0 || port > 65535)
        return ctx.fail(QStringLiteral("phone answer needs --listen HOST:PORT."));
    const int wanted = parser.value(calls).toInt(&ok);
    if (!ok || wanted <= 0)
        return ctx.fail(QStringLiteral("--calls needs a positive number."));
    const double delay = parser.value(answerAfter).toDouble(&ok);
    if (!ok || delay < 0)
        return ctx.fail(QStringLiteral("--answer-after needs a number of seconds."));
    const int ringSeconds = parser.value(ring).toInt(&ok);
    if (!ok || ringSeconds <= 0)
        return ctx.fail(QStringLiteral("--ring-seconds needs a positive number."));
    const double limit = parser.value(timeout).toDouble(&ok);
    if (!ok || limit <= 0)
        return ctx.fail(QStringLiteral("--timeout needs a positive number of seconds."));

    std::unique_ptr<Session> session = ctx.openSession();
    if (!session)
        return 1;
    auto calendar = CalendarStore::load(session->database().connection());
    if (!calendar)
        return ctx.fail(calendar.error(), 1);

    LineSettings settings;
    settings.listenHost = address.left(colon);
    settings.listenPort = port;
    settings.transport = parser.isSet(tcp) ? SipTransport::Tcp : SipTransport::Udp;
    settings.announcement = parser.value(announce);
    settings.useFiles = true;
    settings.ringSeconds = ringSeconds;
    settings.workFolder = QFileInfo(ctx.databasePath).absolutePath() + QStringLiteral("/phone");
    // A headless line always records: it is what scripts and tests check.
    settings.record = true;

    LinphoneLine phone;
    if (Status s = phone.open(settings); !s)
        return ctx.fail(s.error(), 1);
    Hotline desk(*session, phone, *calendar);
    QEventLoop loop;
    int done = 0;
    QString failure;
    QObject::connect(&desk, &Hotline::ringing, &loop, [&](const HotlineCall& c) {
        QTimer::singleShot(int(delay * 1000), &loop, [&, id = c.lineCallId] {
            if (desk.call(id))
                desk.answer(id);
        });
    });
    QObject::connect(&desk, &Hotline::failed, &loop, [&](const QString& message) { ctx.err << message << Qt::endl; });
    QObject::connect(&desk, &Hotline::ended, &loop, [&](const HotlineCall& c, const CallRecord& r, const CallClosed&) {
        ++done;
        CallRecord shown = r;
        if (shown.number.isEmpty())
            shown.number = c.number;
        if (parser.isSet(json)) {
            ctx.out << line(callJson(shown)) << Qt::endl;
        } else {
            ctx.out << QStringLiteral("%1\t%2\t%3\t%4 s\t%5")
                           .arg(isoOrEmpty(shown.startedAt), shown.number, callOutcomeName(shown.outcome))
                           .arg(shown.durationSeconds)
                           .arg(shown.recordingSha256)
                    << Qt::endl;
        }
        if (done >= wanted)
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        failure = QStringLiteral("Only %1 of %2 calls came before the time was up.").arg(done).arg(wanted);
        loop.quit();
    });
    deadline.start(int(limit * 1000));
    // Ctrl-C or a TERM ends the running calls properly (their records complete), then stops.
    g_stop = 0;
    auto onSignal = [](int) { g_stop = 1; };
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &loop, [&] {
        if (g_stop) {
            failure = QStringLiteral("Stopped.");
            loop.quit();
        }
    });
    watch.start(100);
    ctx.err << QStringLiteral("Answering calls on %1.").arg(address) << Qt::endl;
    loop.exec();
    phone.close(); // the calls still running end here, and their records with them
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!failure.isEmpty())
        return ctx.fail(failure, 1);
    return 0;
}

int phoneCalls(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object per call."));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("The latest N calls (default 50)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    parser.addOptions({ json, limit });
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("phone calls"), &status))
        return status;
    std::unique_ptr<Session> session = ctx.openSession();
    if (!session)
        return 1;
    CallLog log(session->writer(), session->vault(), session->audit(), session->attachments());
    auto recent = log.recent(std::max(1, parser.value(limit).toInt()));
    if (!recent)
        return ctx.fail(recent.error(), 1);
    for (const CallRecord& c : *recent) {
        if (parser.isSet(json))
            ctx.out << line(callJson(c)) << Qt::endl;
        else
            ctx.out << QStringLiteral("%1\t%2\t%3\t%4 s").arg(isoOrEmpty(c.startedAt), c.number, callOutcomeName(c.outcome)).arg(c.durationSeconds)
                    << Qt::endl;
    }
    return 0;
}

int phoneCallbacks(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object per callback."));
    const QCommandLineOption done(QStringLiteral("done"), QStringLiteral("Record that the callback ID was made."),
                                  QStringLiteral("ID"));
    const QCommandLineOption outcome(QStringLiteral("outcome"),
                                     QStringLiteral("With --done: how it went (reached, no_answer, ...)."),
                                     QStringLiteral("TEXT"), QStringLiteral("reached"));
    const QCommandLineOption note(QStringLiteral("note"), QStringLiteral("With --done: a note."), QStringLiteral("TEXT"));
    parser.addOptions({ json, done, outcome, note });
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("phone callbacks"), &status))
        return status;
    std::unique_ptr<Session> session = ctx.openSession();
    if (!session)
        return 1;
    Callbacks callbacks(session->writer(), session->vault());
    if (parser.isSet(done)) {
        if (Status s = callbacks.complete(parser.value(done), parser.value(outcome), parser.value(note),
                                          QDateTime::currentDateTimeUtc());
            !s)
            return ctx.fail(s.error(), 1);
        return 0;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto open = callbacks.open(now);
    if (!open)
        return ctx.fail(open.error(), 1);
    for (const Callback& b : *open) {
        if (parser.isSet(json)) {
            QJsonObject o { { QStringLiteral("id"), b.id },
                            { QStringLiteral("call_id"), b.callId },
                            { QStringLiteral("created"), isoOrEmpty(b.createdAt) },
                            { QStringLiteral("due"), isoOrEmpty(b.dueAt) },
                            { QStringLiteral("overdue"), b.overdue },
                            { QStringLiteral("attempts"), b.attempts },
                            { QStringLiteral("last_attempt"), isoOrEmpty(b.attemptedAt) } };
            if (!b.number.isEmpty())
                o.insert(QStringLiteral("number"), b.number);
            ctx.out << line(o) << Qt::endl;
        } else {
            ctx.out << QStringLiteral("%1\t%2\t%3%4").arg(b.id, b.number, isoOrEmpty(b.dueAt),
                                                         b.overdue ? QStringLiteral("\toverdue") : QString())
                    << Qt::endl;
        }
    }
    return 0;
}

} // namespace

void registerPhoneCommands()
{
    CliApp::registerCommand({ QStringLiteral("phone answer"),
                              QStringLiteral("Answer and record the next N direct SIP calls on HOST:PORT."), phoneAnswer });
    CliApp::registerCommand({ QStringLiteral("phone calls"), QStringLiteral("List the hotline's call records (--json)."),
                              phoneCalls });
    CliApp::registerCommand({ QStringLiteral("phone callbacks"),
                              QStringLiteral("List the open callbacks (--json), or record one made (--done ID)."),
                              phoneCallbacks });
}

} // namespace qf

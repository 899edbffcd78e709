#include "programs/qingfeng-cli/CliApp.h"

#include "models/Database.h"
#include "models/Session.h"
#include "app/security/KeychainKeyProvider.h"

#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

namespace qf {

namespace {

QList<CliCommand>& commands()
{
    static QList<CliCommand> list;
    return list;
}

} // namespace

std::unique_ptr<Session> CliContext::openSession(bool signIn)
{
    KeychainKeyProvider keys;
    auto session = Session::open(databasePath, keys);
    if (!session) {
        err << session.error() << Qt::endl;
        return nullptr;
    }
    if (!signIn)
        return std::move(*session);
    if (!(*session)->accounts().any()) {
        err << "This store has no administrator yet. Create one first:\n"
               "  qingfeng-cli init --admin LOGIN --admin-name NAME"
            << Qt::endl;
        return nullptr;
    }
    if (user.isEmpty()) {
        err << "Sign in: --user LOGIN (the password from QINGFENG_PASSWORD, --password-file F or a prompt)."
            << Qt::endl;
        return nullptr;
    }
    const QString secret = password("QINGFENG_PASSWORD", passwordFile, QStringLiteral("Password for %1: ").arg(user));
    if (Status st = (*session)->signIn(user, secret); !st) {
        err << st.error() << Qt::endl;
        return nullptr;
    }
    signedInPassword = secret;
    return std::move(*session);
}

QString CliContext::password(const char* environment, const QString& file, const QString& prompt, bool confirm)
{
    if (qEnvironmentVariableIsSet(environment))
        return qEnvironmentVariable(environment);
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            err << "Cannot read the password file " << file << ": " << f.errorString() << Qt::endl;
            return {};
        }
        // The first line, without its line end.
        return QString::fromUtf8(f.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    }
    const int tty = ::open("/dev/tty", O_RDWR | O_NOCTTY);
    if (tty < 0)
        return {};
    auto ask = [tty](const QString& text) {
        const QByteArray p = text.toLocal8Bit();
        (void)!::write(tty, p.constData(), p.size());
        termios old {};
        const bool isTerminal = tcgetattr(tty, &old) == 0;
        if (isTerminal) {
            termios quiet = old;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(tty, TCSAFLUSH, &quiet);
        }
        QByteArray line;
        char c = 0;
        while (::read(tty, &c, 1) == 1 && c != '\n')
            line += c;
        if (isTerminal)
            tcsetattr(tty, TCSAFLUSH, &old);
        (void)!::write(tty, "\n", 1);
        return QString::fromLocal8Bit(line);
    };
    QString first = ask(prompt);
    if (confirm && ask(QStringLiteral("Again: ")) != first) {
        err << "The two passwords differ." << Qt::endl;
        first.clear();
    }
    ::close(tty);
    return first;
}

std::unique_ptr<Database> CliContext::openDatabase()
{
    auto db = Database::open(databasePath);
    if (!db) {
        err << db.error() << Qt::endl;
        return nullptr;
    }
    return std::move(*db);
}

int CliContext::fail(const QString& message, int status)
{
    err << message << Qt::endl;
    return status;
}

bool CliContext::parse(QCommandLineParser& parser, const QString& command, int* status)
{
    parser.setApplicationDescription(command);
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") },
                                  QStringLiteral("Shows this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList { QStringLiteral("qingfeng-cli ") + command } + args)) {
        err << parser.errorText() << Qt::endl;
        *status = 2;
        return false;
    }
    if (parser.isSet(help)) {
        out << parser.helpText().replace(QStringLiteral("qingfeng-cli ") + command,
                                         QStringLiteral("qingfeng-cli ") + command);
        *status = 0;
        return false;
    }
    return true;
}

QString cliRole(Session& session)
{
    return session.role();
}

void CliApp::registerCommand(CliCommand command)
{
    commands().append(std::move(command));
}

CliApp::CliApp()
{
    if (commands().isEmpty()) {
        registerStoreCommands();
        registerPersonCommands();
        registerRuleCommands();
        registerDemoCommands();
        registerIdCardCommands();
        registerCaseCommands();
        registerSearchCommands();
        registerRepeatCommands();
        registerImportCommands();
        registerSyncCommands();
        registerCategoryCommands();
        registerFollowUpCommands();
        registerAuditCommands();
        registerUserCommands();
        registerScanCommands();
        registerPhoneCommands();
        registerStatsCommands();
    }
}

void CliApp::printHelp(QTextStream& out) const
{
    out << "Usage: qingfeng-cli [--db FILE] [--user LOGIN [--password-file F]] COMMAND [ARGS...]\n\n"
        << "Works on the local Qingfeng store (default: " << Database::defaultPath() << ").\n"
        << "Commands that open the store act as a signed-in user: --user LOGIN (or QINGFENG_USER), the\n"
        << "password from QINGFENG_PASSWORD, --password-file F or a prompt.\n\nCommands:\n";
    QList<CliCommand> sorted = commands();
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    for (const CliCommand& c : sorted)
        out << "  " << c.name.leftJustified(28) << c.summary << '\n';
    out << "\n'qingfeng-cli COMMAND --help' shows a command's options.\n";
    out.flush();
}

int CliApp::run(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = arguments.mid(1);

    QString dbPath = QString::fromLocal8Bit(qgetenv("QINGFENG_DB"));
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QStringLiteral("--db")) {
            if (i + 1 >= args.size()) {
                err << "--db needs a file name." << Qt::endl;
                return 2;
            }
            dbPath = args[i + 1];
            args.remove(i, 2);
            break;
        }
        if (args[i].startsWith(QStringLiteral("--db="))) {
            dbPath = args[i].mid(5);
            args.remove(i);
            break;
        }
    }
    if (dbPath.isEmpty())
        dbPath = Database::defaultPath();
    QString user = qEnvironmentVariable("QINGFENG_USER");
    QString passwordFile;
    // Before the command only: a command may have options of the same name (audit list --user).
    while (!args.isEmpty()) {
        QString* target = nullptr;
        QString name = args.first();
        QString value;
        for (const auto& [option, into] : { std::pair { QStringLiteral("--user"), &user },
                                            std::pair { QStringLiteral("--password-file"), &passwordFile } }) {
            if (name == option) {
                if (args.size() < 2) {
                    err << option << " needs a value." << Qt::endl;
                    return 2;
                }
                target = into;
                value = args[1];
                args.remove(0, 2);
            } else if (name.startsWith(option + QLatin1Char('='))) {
                target = into;
                value = name.mid(option.size() + 1);
                args.remove(0);
            }
            if (target)
                break;
        }
        if (!target)
            break;
        *target = value;
    }

    if (args.isEmpty() || args.first() == QStringLiteral("--help") || args.first() == QStringLiteral("-h")
        || args.first() == QStringLiteral("help")) {
        printHelp(out);
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QStringLiteral("--version")) {
        out << "qingfeng-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }

    // The longest command name that the words start with: "person add" before "person".
    const CliCommand* match = nullptr;
    int matchedWords = 0;
    for (const CliCommand& c : commands()) {
        const QStringList words = c.name.split(QLatin1Char(' '));
        if (words.size() > args.size() || words.size() <= matchedWords)
            continue;
        if (std::equal(words.begin(), words.end(), args.begin())) {
            match = &c;
            matchedWords = static_cast<int>(words.size());
        }
    }
    if (!match) {
        err << "Unknown command: " << args.join(QLatin1Char(' ')) << "\n\n";
        err.flush();
        printHelp(err);
        return 2;
    }
    CliContext ctx { args.mid(matchedWords), dbPath, out, err, user, passwordFile };
    const int status = match->run(ctx);
    out.flush();
    err.flush();
    return status;
}

} // namespace qf

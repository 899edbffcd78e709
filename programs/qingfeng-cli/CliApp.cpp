#include "programs/qingfeng-cli/CliApp.h"

#include "models/Database.h"
#include "models/Session.h"
#include "app/security/KeychainKeyProvider.h"

#include <QFileInfo>

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

std::unique_ptr<Session> CliContext::openSession()
{
    KeychainKeyProvider keys;
    auto session = Session::open(databasePath, keys);
    if (!session) {
        err << session.error() << Qt::endl;
        return nullptr;
    }
    return std::move(*session);
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
    const QString role = session.profile().role();
    return role.isEmpty() ? QStringLiteral("administrator") : role;
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
        registerScanCommands();
    }
}

void CliApp::printHelp(QTextStream& out) const
{
    out << "Usage: qingfeng-cli [--db FILE] COMMAND [ARGS...]\n\n"
        << "Works on the local Qingfeng store (default: " << Database::defaultPath() << ").\n\nCommands:\n";
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
    CliContext ctx { args.mid(matchedWords), dbPath, out, err };
    const int status = match->run(ctx);
    out.flush();
    err.flush();
    return status;
}

} // namespace qf

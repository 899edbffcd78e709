// qingfeng-syncd admin ...: the central store's administration (schema, users, devices), run
// by the PostgreSQL superuser on the server. The workstation programs do not carry it.
#include "programs/qingfeng-syncd/AdminCommands.h"

#include "server/ServerSchema.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <functional>
#include <map>

namespace qf {

namespace {

struct AdminContext
{
    QStringList args;
    QTextStream& out;
    QTextStream& err;

    int fail(const QString& message, int status = 2)
    {
        err << message << Qt::endl;
        return status;
    }
    bool parse(QCommandLineParser& parser, const QString& command, int* status)
    {
        parser.setApplicationDescription(command);
        const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") },
                                      QStringLiteral("Shows this help."));
        parser.addOption(help);
        if (!parser.parse(QStringList { QStringLiteral("qingfeng-syncd ") + command } + args)) {
            err << parser.errorText() << Qt::endl;
            *status = 2;
            return false;
        }
        if (parser.isSet(help)) {
            out << parser.helpText();
            *status = 0;
            return false;
        }
        return true;
    }
};

int serverInit(AdminContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption pg(QStringLiteral("pg"), QStringLiteral("PostgreSQL connection as a superuser."), QStringLiteral("DSN"));
    parser.addOption(pg);
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("admin init"), &status))
        return status;
    if (!parser.isSet(pg))
        return ctx.fail(QStringLiteral("admin init needs --pg DSN."));
    auto db = server::openPostgres(parser.value(pg), QStringLiteral("admin"));
    if (!db)
        return ctx.fail(db.error(), 1);
    auto before = server::ServerSchema::version(*db);
    auto v = server::ServerSchema::init(*db);
    if (!v)
        return ctx.fail(v.error(), 1);
    if (before && *before == *v)
        ctx.out << "The central store is up to date (schema " << *v << ")." << Qt::endl;
    else
        ctx.out << "The central store is set up (schema " << *v << ")." << Qt::endl;
    return 0;
}

int serverAddUser(AdminContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption pg(QStringLiteral("pg"), QStringLiteral("PostgreSQL connection as a superuser."), QStringLiteral("DSN"));
    const QCommandLineOption login(QStringLiteral("login"), QStringLiteral("Login."), QStringLiteral("L"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Full name."), QStringLiteral("N"));
    const QCommandLineOption office(QStringLiteral("office"), QStringLiteral("Office code."), QStringLiteral("CODE"));
    const QCommandLineOption officeName(QStringLiteral("office-name"), QStringLiteral("Office name (new offices)."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption role(QStringLiteral("role"), QStringLiteral("Role."), QStringLiteral("ROLE"));
    parser.addOptions({ pg, login, name, office, officeName, role });
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("admin add-user"), &status))
        return status;
    if (!parser.isSet(pg))
        return ctx.fail(QStringLiteral("admin add-user needs --pg DSN."));
    auto db = server::openPostgres(parser.value(pg), QStringLiteral("admin"));
    if (!db)
        return ctx.fail(db.error(), 1);
    server::NewUser u { parser.value(login), parser.value(name), parser.value(office), parser.value(officeName),
                        parser.value(role) };
    if (Status s = server::ServerSchema::addUser(*db, u); !s)
        return ctx.fail(s.error(), 1);
    ctx.out << "User " << u.login << " (" << u.role << ", " << u.officeCode << ") added." << Qt::endl;
    return 0;
}

int serverAddDevice(AdminContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption pg(QStringLiteral("pg"), QStringLiteral("PostgreSQL connection as a superuser."), QStringLiteral("DSN"));
    const QCommandLineOption login(QStringLiteral("login"), QStringLiteral("The user the device works for."), QStringLiteral("L"));
    parser.addOptions({ pg, login });
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("admin add-device"), &status))
        return status;
    if (!parser.isSet(pg) || !parser.isSet(login))
        return ctx.fail(QStringLiteral("admin add-device needs --pg DSN and --login L."));
    auto db = server::openPostgres(parser.value(pg), QStringLiteral("admin"));
    if (!db)
        return ctx.fail(db.error(), 1);
    auto d = server::ServerSchema::addDevice(*db, parser.value(login));
    if (!d)
        return ctx.fail(d.error(), 1);
    // The token is shown this once; the server keeps only its hash.
    ctx.out << d->token << Qt::endl;
    ctx.err << "Device " << d->id << " (tag " << d->tag << ") added for " << parser.value(login)
            << ". Enrol it with: qingfeng-cli enrol --server URL --token TOKEN" << Qt::endl;
    return 0;
}

int serverRevokeDevice(AdminContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption pg(QStringLiteral("pg"), QStringLiteral("PostgreSQL connection as a superuser."), QStringLiteral("DSN"));
    const QCommandLineOption login(QStringLiteral("login"), QStringLiteral("The user whose device it is."), QStringLiteral("L"));
    const QCommandLineOption device(QStringLiteral("device"), QStringLiteral("The device number (default: all of the user's)."),
                                    QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({ pg, login, device });
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("admin revoke-device"), &status))
        return status;
    if (!parser.isSet(pg) || !parser.isSet(login))
        return ctx.fail(QStringLiteral("admin revoke-device needs --pg DSN and --login L."));
    auto db = server::openPostgres(parser.value(pg), QStringLiteral("admin"));
    if (!db)
        return ctx.fail(db.error(), 1);
    auto n = server::ServerSchema::revokeDevices(*db, parser.value(login), parser.value(device).toLongLong());
    if (!n)
        return ctx.fail(n.error(), 1);
    ctx.out << *n << " device(s) revoked." << Qt::endl;
    return *n > 0 ? 0 : 1;
}

int serverAuditAlarms(AdminContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption pg(QStringLiteral("pg"), QStringLiteral("PostgreSQL connection as a superuser."), QStringLiteral("DSN"));
    const QCommandLineOption device(QStringLiteral("device"), QStringLiteral("Only this device's (default: every device's)."),
                                    QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({ pg, device });
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("admin audit-alarms"), &status))
        return status;
    if (!parser.isSet(pg))
        return ctx.fail(QStringLiteral("admin audit-alarms needs --pg DSN."));
    auto db = server::openPostgres(parser.value(pg), QStringLiteral("admin"));
    if (!db)
        return ctx.fail(db.error(), 1);
    auto alarms = server::ServerSchema::auditAlarms(*db, parser.value(device).toLongLong());
    if (!alarms)
        return ctx.fail(alarms.error(), 1);
    // One line per refused chain, tab-separated, newest first; exit 1 when there is any.
    ctx.out << "id\tat\tdevice\tlogin\tkind\tkept_seq\tsent_seq\tbroken_at" << Qt::endl;
    for (const server::AuditAlarm& a : *alarms)
        ctx.out << a.id << '\t' << a.at.toUTC().toString(Qt::ISODate) << '\t' << a.deviceId << '\t' << a.login << '\t'
                << a.kind << '\t' << a.keptSeq << '\t' << a.sentSeq << '\t' << (a.brokenAt > 0 ? QString::number(a.brokenAt) : QString())
                << Qt::endl;
    ctx.err << alarms->size() << " audit alarm(s)." << Qt::endl;
    return alarms->isEmpty() ? 0 : 1;
}

struct AdminCommand
{
    const char* summary;
    std::function<int(AdminContext&)> run;
};

const std::map<QString, AdminCommand>& adminCommands()
{
    static const std::map<QString, AdminCommand> commands {
        { QStringLiteral("init"), { "Create or migrate the central PostgreSQL store: --pg DSN.", serverInit } },
        { QStringLiteral("add-user"),
          { "Add a user: --pg DSN --login L --name N --office CODE [--office-name NAME] --role ROLE.", serverAddUser } },
        { QStringLiteral("add-device"),
          { "Add a device for a user and print its token once: --pg DSN --login L.", serverAddDevice } },
        { QStringLiteral("revoke-device"),
          { "Stop a device's token at once: --pg DSN --login L [--device N].", serverRevokeDevice } },
        { QStringLiteral("audit-alarms"),
          { "List the devices refused for a rewritten audit log (exit 1 if any): --pg DSN [--device N].",
            serverAuditAlarms } },
    };
    return commands;
}

} // namespace

void printAdminHelp(QTextStream& out)
{
    out << "Administration of the central store (as the PostgreSQL superuser):" << Qt::endl;
    for (const auto& [name, command] : adminCommands())
        out << "  qingfeng-syncd admin " << name.leftJustified(14) << " " << command.summary << Qt::endl;
}

int runAdmin(const QStringList& args, QTextStream& out, QTextStream& err)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        printAdminHelp(args.isEmpty() ? err : out);
        return args.isEmpty() ? 2 : 0;
    }
    const auto it = adminCommands().find(args.first());
    if (it == adminCommands().end()) {
        err << "qingfeng-syncd admin: unknown command " << args.first() << Qt::endl;
        printAdminHelp(err);
        return 2;
    }
    AdminContext ctx { args.mid(1), out, err };
    return it->second.run(ctx);
}

} // namespace qf

// qingfeng-syncd admin ...: the central store's administration (schema, users, devices), run
// by the PostgreSQL superuser on the server. The workstation programs do not carry it.
#include "programs/qingfeng-syncd/AdminCommands.h"

#include "server/ServerSchema.h"

#include <QCommandLineParser>
#include <QFile>
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

QCommandLineOption passwordFileOption()
{
    return QCommandLineOption(QStringLiteral("password-file"),
                              QStringLiteral("A file holding the user's password (first line); else QINGFENG_NEW_PASSWORD."),
                              QStringLiteral("F"));
}

// The password for a central account: --password-file's first line, else QINGFENG_NEW_PASSWORD.
// Never an argument of its own (the process list would show it).
bool newPassword(AdminContext& ctx, const QCommandLineParser& parser, const QCommandLineOption& file, bool required,
                 QString& password)
{
    if (parser.isSet(file)) {
        QFile f(parser.value(file));
        if (!f.open(QIODevice::ReadOnly)) {
            ctx.err << "Cannot read " << parser.value(file) << ": " << f.errorString() << Qt::endl;
            return false;
        }
        password = QString::fromUtf8(f.readLine()).trimmed();
    } else {
        password = qEnvironmentVariable("QINGFENG_NEW_PASSWORD");
    }
    if (required && password.isEmpty()) {
        ctx.err << "The new password: give --password-file F or set QINGFENG_NEW_PASSWORD." << Qt::endl;
        return false;
    }
    return true;
}

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
    const QCommandLineOption passwordFile(passwordFileOption());
    parser.addOptions({ pg, login, name, office, officeName, role, passwordFile });
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("admin add-user"), &status))
        return status;
    if (!parser.isSet(pg))
        return ctx.fail(QStringLiteral("admin add-user needs --pg DSN."));
    QString password;
    if (!newPassword(ctx, parser, passwordFile, false, password))
        return 2;
    auto db = server::openPostgres(parser.value(pg), QStringLiteral("admin"));
    if (!db)
        return ctx.fail(db.error(), 1);
    server::NewUser u { parser.value(login), parser.value(name), parser.value(office), parser.value(officeName),
                        parser.value(role), password };
    if (Status s = server::ServerSchema::addUser(*db, u); !s)
        return ctx.fail(s.error(), 1);
    ctx.out << "User " << u.login << " (" << u.role << ", " << u.officeCode << ") added." << Qt::endl;
    return 0;
}

int serverResetPassword(AdminContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption pg(QStringLiteral("pg"), QStringLiteral("PostgreSQL connection as a superuser."), QStringLiteral("DSN"));
    const QCommandLineOption login(QStringLiteral("login"), QStringLiteral("Login."), QStringLiteral("L"));
    const QCommandLineOption passwordFile(passwordFileOption());
    parser.addOptions({ pg, login, passwordFile });
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("admin reset-password"), &status))
        return status;
    if (!parser.isSet(pg) || !parser.isSet(login))
        return ctx.fail(QStringLiteral("admin reset-password needs --pg DSN and --login L."));
    QString password;
    if (!newPassword(ctx, parser, passwordFile, true, password))
        return 2;
    auto db = server::openPostgres(parser.value(pg), QStringLiteral("admin"));
    if (!db)
        return ctx.fail(db.error(), 1);
    if (Status s = server::ServerSchema::setPassword(*db, parser.value(login), password); !s)
        return ctx.fail(s.error(), 1);
    ctx.out << "The password of " << parser.value(login)
            << " is reset; the workstations take it at their next sync (and seal the office's keys for it)." << Qt::endl;
    return 0;
}

int serverAccountFlag(AdminContext& ctx, const QString& command, const QString& offName, const QString& offHelp,
                      const std::function<Status(QSqlDatabase, const QString&, bool)>& set, const QString& onDone,
                      const QString& offDone)
{
    QCommandLineParser parser;
    const QCommandLineOption pg(QStringLiteral("pg"), QStringLiteral("PostgreSQL connection as a superuser."), QStringLiteral("DSN"));
    const QCommandLineOption login(QStringLiteral("login"), QStringLiteral("Login."), QStringLiteral("L"));
    const QCommandLineOption off(offName, offHelp);
    parser.addOptions({ pg, login, off });
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("admin ") + command, &status))
        return status;
    if (!parser.isSet(pg) || !parser.isSet(login))
        return ctx.fail(QStringLiteral("admin %1 needs --pg DSN and --login L.").arg(command));
    auto db = server::openPostgres(parser.value(pg), QStringLiteral("admin"));
    if (!db)
        return ctx.fail(db.error(), 1);
    const bool on = !parser.isSet(off);
    if (Status s = set(*db, parser.value(login), on); !s)
        return ctx.fail(s.error(), 1);
    ctx.out << parser.value(login) << ": " << (on ? onDone : offDone) << Qt::endl;
    return 0;
}

int serverDisableUser(AdminContext& ctx)
{
    return serverAccountFlag(ctx, QStringLiteral("disable-user"), QStringLiteral("enable"),
                             QStringLiteral("Enable the account again."), &server::ServerSchema::setDisabled,
                             QStringLiteral("disabled on every workstation at its next sync."),
                             QStringLiteral("enabled again (reset the password to give it its keys)."));
}

int serverCustodian(AdminContext& ctx)
{
    return serverAccountFlag(ctx, QStringLiteral("custodian"), QStringLiteral("off"),
                             QStringLiteral("No longer a custodian."), &server::ServerSchema::setCustodian,
                             QStringLiteral("a custodian of identity releases."), QStringLiteral("no longer a custodian."));
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
          { "Add a user: --pg DSN --login L --name N --office CODE [--office-name NAME] --role ROLE [--password-file F].", serverAddUser } },
        { QStringLiteral("reset-password"),
          { "Give a user's central account a new password (and a new key pair): --pg DSN --login L [--password-file F].",
            serverResetPassword } },
        { QStringLiteral("disable-user"),
          { "Disable a user's account on every workstation (or --enable it again): --pg DSN --login L.", serverDisableUser } },
        { QStringLiteral("custodian"),
          { "Name a user a custodian of identity releases (or --off): --pg DSN --login L.", serverCustodian } },
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

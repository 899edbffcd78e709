// enrol, sync, conflicts, sync failures (the workstation), and server init / add-user /
// add-device (the central store's administrator).
#include "AttachmentStore.h"
#include "CliApp.h"
#include "Database.h"
#include "ServerSchema.h"
#include "Session.h"
#include "SyncClient.h"
#include "security/KeychainKeyProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace qf {

namespace {

QString dsnOption(CliContext& ctx, QCommandLineParser& parser, const QCommandLineOption& pg)
{
    Q_UNUSED(ctx);
    return parser.value(pg);
}

int serverInit(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption pg(QStringLiteral("pg"), QStringLiteral("PostgreSQL connection as a superuser."), QStringLiteral("DSN"));
    parser.addOption(pg);
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("server init"), &status))
        return status;
    if (!parser.isSet(pg))
        return ctx.fail(QStringLiteral("server init needs --pg DSN."));
    auto db = server::openPostgres(dsnOption(ctx, parser, pg), QStringLiteral("cli"));
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

int serverAddUser(CliContext& ctx)
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
    if (!ctx.parse(parser, QStringLiteral("server add-user"), &status))
        return status;
    if (!parser.isSet(pg))
        return ctx.fail(QStringLiteral("server add-user needs --pg DSN."));
    auto db = server::openPostgres(parser.value(pg), QStringLiteral("cli"));
    if (!db)
        return ctx.fail(db.error(), 1);
    server::NewUser u { parser.value(login), parser.value(name), parser.value(office), parser.value(officeName),
                        parser.value(role) };
    if (Status s = server::ServerSchema::addUser(*db, u); !s)
        return ctx.fail(s.error(), 1);
    ctx.out << "User " << u.login << " (" << u.role << ", " << u.officeCode << ") added." << Qt::endl;
    return 0;
}

int serverAddDevice(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption pg(QStringLiteral("pg"), QStringLiteral("PostgreSQL connection as a superuser."), QStringLiteral("DSN"));
    const QCommandLineOption login(QStringLiteral("login"), QStringLiteral("The user the device works for."), QStringLiteral("L"));
    parser.addOptions({ pg, login });
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("server add-device"), &status))
        return status;
    if (!parser.isSet(pg) || !parser.isSet(login))
        return ctx.fail(QStringLiteral("server add-device needs --pg DSN and --login L."));
    auto db = server::openPostgres(parser.value(pg), QStringLiteral("cli"));
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

int serverRevokeDevice(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption pg(QStringLiteral("pg"), QStringLiteral("PostgreSQL connection as a superuser."), QStringLiteral("DSN"));
    const QCommandLineOption login(QStringLiteral("login"), QStringLiteral("The user whose device it is."), QStringLiteral("L"));
    const QCommandLineOption device(QStringLiteral("device"), QStringLiteral("The device number (default: all of the user's)."),
                                    QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({ pg, login, device });
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("server revoke-device"), &status))
        return status;
    if (!parser.isSet(pg) || !parser.isSet(login))
        return ctx.fail(QStringLiteral("server revoke-device needs --pg DSN and --login L."));
    auto db = server::openPostgres(parser.value(pg), QStringLiteral("cli"));
    if (!db)
        return ctx.fail(db.error(), 1);
    auto n = server::ServerSchema::revokeDevices(*db, parser.value(login), parser.value(device).toLongLong());
    if (!n)
        return ctx.fail(n.error(), 1);
    ctx.out << *n << " device(s) revoked." << Qt::endl;
    return *n > 0 ? 0 : 1;
}

int enrol(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("The sync service's address."), QStringLiteral("URL"));
    const QCommandLineOption token(QStringLiteral("token"), QStringLiteral("The device token from server add-device."),
                                   QStringLiteral("T"));
    const QCommandLineOption ca(QStringLiteral("ca"), QStringLiteral("A certificate authority (PEM) to trust for this server."),
                                QStringLiteral("FILE"));
    parser.addOptions({ server, token, ca });
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("enrol"), &status))
        return status;
    if (!parser.isSet(server) || !parser.isSet(token))
        return ctx.fail(QStringLiteral("enrol needs --server URL and --token T."));
    auto session = ctx.openSession();
    if (!session)
        return 1;
    KeychainKeyProvider keys;
    sync::SyncClient client(*session, keys, AttachmentStore::defaultRoot(ctx.databasePath));
    auto info = client.enrol(QUrl(parser.value(server)), parser.value(token).toLatin1(), parser.value(ca));
    if (!info)
        return ctx.fail(info.error(), 1);
    ctx.out << "Enrolled as " << info->login << " (" << info->role << ", office " << info->officeCode << "), device tag "
            << info->tag << "." << Qt::endl;
    if (info->receivedOfficeKey)
        ctx.out << "This workstation now seals identities with the office key." << Qt::endl;
    return 0;
}

int syncCommand(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the summary as JSON."));
    const QCommandLineOption page(QStringLiteral("page-size"), QStringLiteral("Rows per pulled page."), QStringLiteral("N"),
                                  QStringLiteral("2000"));
    const QCommandLineOption protocol(QStringLiteral("protocol"), QStringLiteral("Speak this protocol version (testing)."),
                                      QStringLiteral("N"));
    const QCommandLineOption pushOnly(QStringLiteral("push-only"), QStringLiteral("Only send this workstation's changes."));
    parser.addOptions({ json, page, protocol, pushOnly });
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("sync"), &status))
        return status;
    auto session = ctx.openSession();
    if (!session)
        return 1;
    KeychainKeyProvider keys;
    sync::SyncClient client(*session, keys, AttachmentStore::defaultRoot(ctx.databasePath));
    client.setPageSize(std::max(1, parser.value(page).toInt()));
    if (parser.isSet(protocol))
        client.setProtocolVersion(parser.value(protocol).toInt());
    client.setPushOnly(parser.isSet(pushOnly));
    auto summary = client.syncOnce();
    if (!summary) {
        auto pending = client.local().pendingCount();
        return ctx.fail(summary.error() + QStringLiteral(" (%1 changes wait to be sent.)").arg(pending ? *pending : -1), 1);
    }
    if (parser.isSet(json)) {
        ctx.out << QJsonDocument(QJsonObject { { QStringLiteral("pushed"), summary->pushed },
                                               { QStringLiteral("refused"), summary->refused },
                                               { QStringLiteral("pulled"), summary->pulled },
                                               { QStringLiteral("uploaded_bytes"), summary->uploadedBytes },
                                               { QStringLiteral("downloaded_bytes"), summary->downloadedBytes },
                                               { QStringLiteral("pending"), summary->pending },
                                               { QStringLiteral("open_conflicts"), summary->openConflicts } })
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
    } else {
        ctx.out << "Sent " << summary->pushed << " changes";
        if (summary->refused)
            ctx.out << " (" << summary->refused << " refused by the server: see qingfeng-cli sync failures)";
        ctx.out << ", received " << summary->pulled << ", files up " << summary->uploadedBytes << " bytes, down "
                << summary->downloadedBytes << " bytes; " << summary->pending << " waiting, " << summary->openConflicts
                << " open conflicts." << Qt::endl;
    }
    return summary->inSync() && summary->refused == 0 ? 0 : 1;
}

int conflicts(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOption(json);
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("conflicts"), &status))
        return status;
    auto session = ctx.openSession();
    if (!session)
        return 1;
    sync::SyncLocal local(session->database(), session->writer());
    auto list = local.openConflicts();
    if (!list)
        return ctx.fail(list.error(), 1);
    if (parser.isSet(json)) {
        QJsonArray a;
        for (const auto& c : *list)
            a << QJsonObject { { QStringLiteral("id"), c.id },          { QStringLiteral("table"), c.table },
                               { QStringLiteral("row"), c.rowId },      { QStringLiteral("field"), c.field },
                               { QStringLiteral("kept"), c.keptValue }, { QStringLiteral("other"), c.otherValue },
                               { QStringLiteral("kind"), c.kind },      { QStringLiteral("reg_no"), c.label },
                               { QStringLiteral("created_at"), c.createdAt } };
        ctx.out << QJsonDocument(a).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        for (const auto& c : *list)
            ctx.out << c.id << '\t' << (c.label.isEmpty() ? c.table + QLatin1Char('/') + c.rowId : c.label) << '\t'
                    << c.field << "\tkept " << c.keptValue << "\tother " << c.otherValue << '\n';
        ctx.out.flush();
    }
    return 0;
}

int conflictResolve(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("The conflict."));
    const QCommandLineOption other(QStringLiteral("other"), QStringLiteral("Use the value that lost (default: keep)."));
    parser.addOption(other);
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("conflicts resolve"), &status))
        return status;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(QStringLiteral("conflicts resolve needs the conflict's id."));
    auto session = ctx.openSession();
    if (!session)
        return 1;
    sync::SyncLocal local(session->database(), session->writer());
    if (Status s = local.resolveConflict(parser.positionalArguments().first(), parser.isSet(other), session->userId()); !s)
        return ctx.fail(s.error(), 1);
    ctx.out << "Decided." << Qt::endl;
    return 0;
}

int syncFailures(CliContext& ctx)
{
    QCommandLineParser parser;
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("sync failures"), &status))
        return status;
    auto session = ctx.openSession();
    if (!session)
        return 1;
    sync::SyncLocal local(session->database(), session->writer());
    auto list = local.refusedChanges();
    if (!list)
        return ctx.fail(list.error(), 1);
    for (const auto& f : *list)
        ctx.out << f.refusedAt << '\t' << f.table << '/' << f.rowId << '\t' << f.op << '\t' << f.reason << '\n';
    ctx.out.flush();
    return 0;
}

} // namespace

void registerSyncCommands()
{
    CliApp::registerCommand({ QStringLiteral("server init"),
                              QStringLiteral("Create or migrate the central PostgreSQL store: --pg DSN."), serverInit });
    CliApp::registerCommand({ QStringLiteral("server add-user"),
                              QStringLiteral("Add a user: --pg DSN --login L --name N --office CODE --role ROLE."),
                              serverAddUser });
    CliApp::registerCommand({ QStringLiteral("server add-device"),
                              QStringLiteral("Add a device for a user and print its token once: --pg DSN --login L."),
                              serverAddDevice });
    CliApp::registerCommand({ QStringLiteral("server revoke-device"),
                              QStringLiteral("Stop a device's token at once: --pg DSN --login L [--device N]."),
                              serverRevokeDevice });
    CliApp::registerCommand({ QStringLiteral("enrol"),
                              QStringLiteral("Enrol this workstation: --server URL --token T (kept in the keychain)."), enrol });
    CliApp::registerCommand({ QStringLiteral("sync"),
                              QStringLiteral("Send and receive changes once; exit 0 when in sync [--json]."), syncCommand });
    CliApp::registerCommand({ QStringLiteral("sync failures"),
                              QStringLiteral("Changes the server refused, with the reason."), syncFailures });
    CliApp::registerCommand({ QStringLiteral("conflicts"),
                              QStringLiteral("Open sync conflicts: both values [--json]."), conflicts });
    CliApp::registerCommand({ QStringLiteral("conflicts resolve"),
                              QStringLiteral("Decide a conflict: conflicts resolve ID [--other]."), conflictResolve });
}

} // namespace qf

// init, migrate: creating and upgrading the local store.
#include "programs/qingfeng-cli/CliApp.h"
#include "models/Database.h"
#include "models/Migrations.h"
#include "models/Session.h"
#include "app/security/KeychainKeyProvider.h"

#include <QFileInfo>

namespace qf {

namespace {

int initCommand(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption admin(QStringLiteral("admin"), QStringLiteral("The administrator's login."),
                                   QStringLiteral("LOGIN"));
    const QCommandLineOption adminName(QStringLiteral("admin-name"), QStringLiteral("The administrator's name."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption office(QStringLiteral("office"),
                                    QStringLiteral("The office's name (default: 纪委监委信访室)."), QStringLiteral("NAME"));
    const QCommandLineOption level(QStringLiteral("office-level"),
                                   QStringLiteral("county, township, subdistrict, department, ... (default: county)."),
                                   QStringLiteral("LEVEL"));
    parser.addOptions({ admin, adminName, office, level });
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("init"), &status))
        return status;
    const bool existed = QFileInfo::exists(ctx.databasePath);
    auto session = ctx.openSession(false);
    if (!session)
        return 1;
    ctx.out << (existed ? "Database already present: " : "Database created: ") << session->database().path()
            << " (schema " << session->database().schemaVersion() << ")" << Qt::endl;
    if (session->accounts().any()) {
        if (parser.isSet(admin))
            return ctx.fail(QStringLiteral("The store has its administrator already; an administrator adds users "
                                           "with 'qingfeng-cli user add'."),
                            1);
        return 0;
    }
    if (!parser.isSet(admin)) {
        ctx.err << "The store has no administrator yet: qingfeng-cli init --admin LOGIN --admin-name NAME" << Qt::endl;
        return 0;
    }
    NewAccount a;
    a.login = parser.value(admin);
    a.name = parser.isSet(adminName) ? parser.value(adminName) : a.login;
    a.newOrgName = parser.isSet(office) ? parser.value(office) : QStringLiteral("纪委监委信访室");
    a.newOrgLevel = parser.isSet(level) ? parser.value(level) : QStringLiteral("county");
    a.password = ctx.password("QINGFENG_PASSWORD", ctx.passwordFile,
                              QStringLiteral("Password for the administrator %1: ").arg(a.login), true);
    KeychainKeyProvider keys;
    auto created = session->accounts().createAdministrator(a, keys);
    if (!created)
        return ctx.fail(created.error(), 1);
    ctx.out << "Administrator " << created->login << " created." << Qt::endl;
    return 0;
}

int migrateCommand(CliContext& ctx)
{
    QCommandLineParser parser;
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("migrate"), &status))
        return status;
    auto db = Database::open(ctx.databasePath, Database::Upgrade::Automatic);
    if (!db)
        return ctx.fail(db.error(), 1);
    const auto& r = (*db)->upgradeReport();
    if (r.fromVersion == r.toVersion) {
        ctx.out << "Schema is up to date (version " << r.toVersion << ")." << Qt::endl;
    } else {
        ctx.out << "Schema upgraded from version " << r.fromVersion << " to " << r.toVersion << "." << Qt::endl;
        if (!r.backupPath.isEmpty())
            ctx.out << "Backup of the previous file: " << r.backupPath << Qt::endl;
    }
    return 0;
}

} // namespace

void registerStoreCommands()
{
    CliApp::registerCommand({ QStringLiteral("init"), QStringLiteral("Create the local database and its administrator (--admin LOGIN --admin-name NAME)."),
                              initCommand });
    CliApp::registerCommand({ QStringLiteral("migrate"),
                              QStringLiteral("Upgrade the database to this version's schema (a backup is kept)."),
                              migrateCommand });
}

} // namespace qf

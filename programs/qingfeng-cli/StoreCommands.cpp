// init, migrate: creating and upgrading the local store.
#include "programs/qingfeng-cli/CliApp.h"
#include "models/Database.h"
#include "models/Migrations.h"
#include "models/Session.h"

#include <QFileInfo>

namespace qf {

namespace {

int initCommand(CliContext& ctx)
{
    QCommandLineParser parser;
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("init"), &status))
        return status;
    const bool existed = QFileInfo::exists(ctx.databasePath);
    auto session = ctx.openSession();
    if (!session)
        return 1;
    ctx.out << (existed ? "Database already present: " : "Database created: ") << session->database().path()
            << " (schema " << session->database().schemaVersion() << ")" << Qt::endl;
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
    CliApp::registerCommand({ QStringLiteral("init"), QStringLiteral("Create the local database (and its key)."),
                              initCommand });
    CliApp::registerCommand({ QStringLiteral("migrate"),
                              QStringLiteral("Upgrade the database to this version's schema (a backup is kept)."),
                              migrateCommand });
}

} // namespace qf

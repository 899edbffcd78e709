#include "models/Database.h"
#include "models/SqlError.h"
#include "models/Log.h"

#include "models/Migrations.h"
#include "models/PrivateFiles.h"
#include "models/SqlTransaction.h"
#include "models/Uuid7.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QThread>

#include <sqlite3.h>

namespace qf {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("qf-%1").arg(counter.fetchAndAddRelaxed(1));
}

int readUserVersion(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool execAll(QSqlDatabase db, const QStringList& statements, QString* error)
{
    QSqlQuery q(db);
    for (const QString& sql : statements) {
        if (!q.exec(sql)) {
            *error = SqlError::text(q.lastError());
            return false;
        }
    }
    return true;
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/qingfeng");
    return dir + QStringLiteral("/qingfeng.sqlite");
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Upgrade upgrade)
{
    return open(path, upgrade, migrations());
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Upgrade upgrade,
                                                 std::span<const Migration> revisions)
{
    const QFileInfo info(path);
    // The data folder, the database and what SQLite keeps beside it are the account's own
    // (0700 / 0600) whatever the umask; the program's default folder is tightened when an
    // older version made it readable, a folder named by the user only when created here.
    const bool ownFolder = info.absolutePath() == QFileInfo(defaultPath()).absolutePath();
    if (Status s = PrivateFiles::makeFolder(info.absolutePath(), ownFolder); !s)
        return Error { s.error(), ErrorCode::Io };
    const bool created = !info.exists();
    if (created) {
        if (Status s = PrivateFiles::prepareFile(info.absoluteFilePath()); !s)
            return Error { tr("Cannot create the database %1: %2").arg(info.absoluteFilePath(), s.error()), ErrorCode::Io };
    } else {
        PrivateFiles::restrictDatabase(info.absoluteFilePath());
    }

    auto result = openFile(info.absoluteFilePath(), upgrade, revisions);
    if (result) {
        (*result)->m_created = created;
    } else if (created) {
        // Nothing half-made stays behind (a full disk in the middle of the first revisions).
        removeFiles(info.absoluteFilePath());
    }
    return result;
}

void Database::removeFiles(const QString& path)
{
    for (const char* suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
}

bool Database::isOwnFile(const QString& file) const
{
    const QString target = QFileInfo(file).canonicalFilePath();
    if (target.isEmpty())
        return false;
    for (const char* suffix : { "", "-wal", "-shm", "-journal" })
        if (QFileInfo(m_path + QLatin1String(suffix)).canonicalFilePath() == target)
            return true;
    return false;
}

Result<std::unique_ptr<Database>> Database::openFile(const QString& path, Upgrade upgrade,
                                                     std::span<const Migration> revisions)
{
    const int latest = revisions.back().version;
    std::unique_ptr<Database> db(new Database(path, nextConnectionName()));
    QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    c.setDatabaseName(db->m_path);
    c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!c.open())
        return Error { tr("Cannot open the database %1: %2").arg(db->m_path, SqlError::text(c.lastError())) };

    // Look at the version before anything writes to the file.
    QSqlQuery look(c);
    if (!look.exec(QStringLiteral("PRAGMA user_version")) || !look.next()) {
        const QSqlError why = look.lastError();
        const int code = why.nativeErrorCode().toInt() & 0xFF;
        if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
            return Error { tr("%1 is not a Qingfeng database (or it is damaged).").arg(db->m_path) };
        // Opening a database in WAL mode writes its shared-memory file: on a full disk that
        // fails as an I/O error, which says nothing to a person.
        const bool full = SqlError::isDiskFull(code)
            || (code == SQLITE_IOERR && QStorageInfo(QFileInfo(db->m_path).absolutePath()).bytesAvailable() < (1 << 20));
        return Error { tr("Cannot open the database %1: %2").arg(db->m_path, full ? SqlError::diskFull() : SqlError::text(why)),
                       ErrorCode::Io };
    }
    const int version = look.value(0).toInt();
    look.finish();
    if (version > latest) {
        bool compatible = false;
        QSqlQuery q(c);
        if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'compatible_from'")) && q.next())
            compatible = q.value(0).toInt() <= latest;
        if (!compatible)
            return Error { tr("This database was written by a newer version of Qingfeng (schema %1; this program "
                              "knows up to %2). It has not been changed. Please install the newer version.")
                               .arg(version)
                               .arg(latest) };
    }

    if (Status s = db->configure(false); !s)
        return Error { s.error() };
    if (Status s = db->migrate(upgrade, revisions); !s)
        return Error { s.error() };
    return db;
}

Result<std::unique_ptr<Database>> Database::openReader(const QString& path)
{
    std::unique_ptr<Database> db(new Database(QFileInfo(path).absoluteFilePath(), nextConnectionName()));
    QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    c.setDatabaseName(db->m_path);
    c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!c.open())
        return Error { tr("Cannot open the database %1: %2").arg(db->m_path, SqlError::text(c.lastError())) };
    if (Status s = db->configure(true); !s)
        return Error { s.error() };
    db->m_schemaVersion = readUserVersion(c);
    return db;
}

Status Database::configure(bool reader)
{
    QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA cache_size = -32768"),
    };
    if (!reader)
        pragmas.prepend(QStringLiteral("PRAGMA journal_mode = WAL"));
    QString error;
    if (!execAll(connection(), pragmas, &error))
        return Error { tr("Cannot configure the database: %1").arg(error) };
    return {};
}

Status Database::migrate(Upgrade upgrade, std::span<const Migration> revisions)
{
    QSqlDatabase c = connection();
    const int from = readUserVersion(c);
    const int latest = revisions.back().version;
    m_upgrade.fromVersion = from;
    m_upgrade.toVersion = from;
    m_schemaVersion = from;
    if (from >= latest)
        return {};
    if (upgrade == Upgrade::Refuse && from > 0)
        return Error { tr("The database needs an upgrade from schema %1 to %2; run 'qingfeng-cli migrate'.")
                           .arg(from)
                           .arg(latest) };

    if (from > 0) {
        // A consistent copy of the whole file (WAL included) before changing its shape.
        const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QString backup = QStringLiteral("%1.schema%2-%3.bak").arg(m_path).arg(from).arg(stamp);
        QFile::remove(backup);
        // Made empty and private first: VACUUM INTO would create it readable by everyone.
        if (Status s = PrivateFiles::prepareFile(backup); !s)
            return Error { tr("Could not write a backup copy before upgrading (%1); nothing was changed.").arg(s.error()) };
        QSqlQuery q(c);
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(backup);
        if (!q.exec()) {
            const QString why = SqlError::text(q.lastError());
            removeFiles(backup);
            return Error { tr("Could not write a backup copy before upgrading (%1); nothing was changed.").arg(why) };
        }
        PrivateFiles::restrictDatabase(backup);
        m_upgrade.backupPath = backup;
        qCInfo(lcStore) << "backup before upgrade written to" << backup;
    }

    for (const Migration& m : revisions) {
        if (m.version <= from)
            continue;
        SqlTransaction tx(c);
        if (!tx.active())
            return Error { tr("Cannot start the upgrade to schema %1: %2").arg(m.version).arg(tx.beginError()) };
        QString error;
        QStringList statements = m.statements;
        statements << QStringLiteral("PRAGMA user_version = %1").arg(m.version);
        if (!execAll(c, statements, &error))
            return Error { tr("Upgrade to schema %1 (%2) failed and was undone: %3")
                               .arg(m.version)
                               .arg(QString::fromUtf8(m.description), error) };
        QSqlQuery q(c);
        q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES ('compatible_from', ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(QString::number(m.compatibleFrom));
        if (!q.exec())
            return Error { tr("Upgrade to schema %1 failed and was undone: %2").arg(m.version).arg(SqlError::text(q.lastError())) };
        if (m.version == 1) {
            const QStringList init = {
                QStringLiteral("INSERT INTO meta(key, value) VALUES ('database_id', '%1')").arg(Uuid7::generate()),
                QStringLiteral("INSERT INTO meta(key, value) VALUES ('device_id', '%1')").arg(Uuid7::generate()),
                QStringLiteral("INSERT INTO meta(key, value) VALUES ('created_at', '%1')")
                    .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)),
            };
            if (!execAll(c, init, &error))
                return Error { tr("Could not initialise the database: %1").arg(error) };
        }
        if (Status s = tx.commit(); !s)
            return s;
        m_schemaVersion = m.version;
        m_upgrade.toVersion = m.version;
        qCInfo(lcStore) << "schema upgraded to" << m.version;
    }
    return {};
}

QString Database::meta(const QString& key) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

Status Database::setMeta(const QString& key, const QString& value)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return Error { tr("Cannot save %1: %2").arg(key, SqlError::text(q.lastError())) };
    return {};
}

} // namespace qf

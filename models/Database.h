#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <span>

namespace qf {

struct Migration;

// One SQLite connection to the local store, with the project's pragmas applied and the
// schema brought up to date. The owning thread uses it; other threads open their own
// with openReader().
class Database
{
    Q_DECLARE_TR_FUNCTIONS(qf::Database)

public:
    enum class Upgrade { Automatic, Refuse };

    struct UpgradeReport
    {
        int fromVersion = 0;
        int toVersion = 0;
        QString backupPath;
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating when missing) and migrates to the newest schema. A database written
    // by a newer, incompatible version is refused and left untouched.
    static Result<std::unique_ptr<Database>> open(const QString& path, Upgrade upgrade = Upgrade::Automatic);
    // The same with another list of revisions (tests of the upgrade path).
    static Result<std::unique_ptr<Database>> open(const QString& path, Upgrade upgrade,
                                                  std::span<const struct Migration> revisions);
    // A further connection to an already migrated database, for a worker thread.
    static Result<std::unique_ptr<Database>> openReader(const QString& path);

    // Default location: the user's data folder.
    static QString defaultPath();

    QSqlDatabase connection() const;
    const QString& path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    const UpgradeReport& upgradeReport() const { return m_upgrade; }
    // Whether this open created the file (a Session that then fails removes it again).
    bool created() const { return m_created; }
    // Removes a database file and what SQLite keeps beside it (-wal, -shm, -journal).
    static void removeFiles(const QString& path);
    // Whether `file` is this database or one of the files SQLite keeps beside it. Such a file
    // is never opened outside SQLite in a process that has the database open: POSIX locks
    // belong to the process, so closing any other descriptor on the file releases SQLite's
    // locks, and another program closing the database then deletes the -wal and -shm files
    // this process still writes to.
    bool isOwnFile(const QString& file) const;

    QString meta(const QString& key) const;
    Status setMeta(const QString& key, const QString& value);
    QString databaseId() const { return meta(QStringLiteral("database_id")); }
    QString deviceId() const { return meta(QStringLiteral("device_id")); }

private:
    explicit Database(QString path, QString connectionName);
    static Result<std::unique_ptr<Database>> openFile(const QString& path, Upgrade upgrade,
                                                      std::span<const Migration> revisions);
    Status configure(bool reader);
    Status migrate(Upgrade upgrade, std::span<const Migration> revisions);

    QString m_path;
    QString m_connectionName;
    int m_schemaVersion = 0;
    UpgradeReport m_upgrade;
    bool m_created = false;
};

} // namespace qf

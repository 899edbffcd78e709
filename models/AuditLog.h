#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace qf {

class Database;

// Who looked at or changed what, appended to a hash chain: each entry's hash covers the
// entry and the hash before it, so removing or editing an entry breaks the chain.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(qf::AuditLog)

public:
    explicit AuditLog(Database& db);

    void setUser(const QString& userId) { m_user = userId; }
    Status record(const QString& action, const QString& table, const QString& id, const QString& detail = {});
    // Walks the chain; the error names the first entry that does not match.
    Status verify() const;
    // The number of the first entry that does not match its hash; 0: the chain is intact.
    Result<qint64> firstAltered() const;
    qint64 count() const;

    // The chain's last entry (seq 0 and no hash when the log is empty), and the hash kept at
    // an entry (nullopt when there is none): what a sync reports of the chain (sync/SyncClient).
    struct Head
    {
        qint64 seq = 0;
        QByteArray hash;
    };
    Result<Head> head() const;
    Result<std::optional<QByteArray>> hashAt(qint64 seq) const;

private:
    Database& m_db;
    QString m_user;
};

} // namespace qf

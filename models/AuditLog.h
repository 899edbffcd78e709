#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

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
    qint64 count() const;

private:
    Database& m_db;
    QString m_user;
};

} // namespace qf

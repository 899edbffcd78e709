#include "models/AuditLog.h"
#include "models/SqlError.h"

#include "models/Database.h"
#include "models/SqlTransaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace qf {

namespace {

QByteArray chainHash(const QByteArray& previous, const QString& at, const QString& user, const QString& action,
                     const QString& table, const QString& id, const QString& detail)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(previous);
    for (const QString* part : { &at, &user, &action, &table, &id, &detail }) {
        const QByteArray bytes = part->toUtf8();
        h.addData(QByteArray(QByteArray::number(bytes.size()) + ':'));
        h.addData(bytes);
    }
    return h.result();
}

} // namespace

AuditLog::AuditLog(Database& db)
    : m_db(db)
{
}

Status AuditLog::record(const QString& action, const QString& table, const QString& id, const QString& detail)
{
    // The head is read and the next entry written under the write lock: another process on the
    // same database (qingfeng-cli beside the window) appending in between would fork the chain,
    // and the central store refuses a workstation whose chain does not verify. Inside a
    // caller's transaction (always BEGIN IMMEDIATE) this is a savepoint.
    SqlTransaction tx(m_db.connection());
    if (!tx.active())
        return Error { tr("Could not record the access in the audit log: %1").arg(tx.beginError()) };
    QSqlQuery q(m_db.connection());
    QByteArray previous;
    if (q.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")) && q.next())
        previous = q.value(0).toByteArray();
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, user_id, action, target_table, target_id, detail, hash) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(at);
    q.addBindValue(m_user);
    q.addBindValue(action);
    q.addBindValue(table);
    q.addBindValue(id);
    q.addBindValue(detail);
    q.addBindValue(chainHash(previous, at, m_user, action, table, id, detail));
    if (!q.exec())
        return Error { tr("Could not record the access in the audit log: %1").arg(SqlError::text(q.lastError())) };
    q.finish();
    return tx.commit();
}

Status AuditLog::verify() const
{
    auto altered = firstAltered();
    if (!altered)
        return altered.failure();
    if (*altered > 0)
        return Error { tr("The audit log was altered at entry %1.").arg(*altered) };
    return {};
}

Result<qint64> AuditLog::firstAltered() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, at, user_id, action, target_table, target_id, detail, hash "
                               "FROM audit_log ORDER BY seq")))
        return Error { SqlError::text(q.lastError()) };
    QByteArray previous;
    while (q.next()) {
        const QByteArray expected
            = chainHash(previous, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toString(), q.value(6).toString());
        if (expected != q.value(7).toByteArray())
            return q.value(0).toLongLong();
        previous = expected;
    }
    return qint64(0);
}

Result<AuditLog::Head> AuditLog::head() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return Error { SqlError::text(q.lastError()) };
    Head h;
    if (q.next())
        h = { q.value(0).toLongLong(), q.value(1).toByteArray() };
    return h;
}

Result<std::optional<QByteArray>> AuditLog::hashAt(qint64 seq) const
{
    if (seq == 0)
        return std::optional<QByteArray>(QByteArray());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"));
    q.addBindValue(seq);
    if (!q.exec())
        return Error { SqlError::text(q.lastError()) };
    if (!q.next())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(q.value(0).toByteArray());
}

qint64 AuditLog::count() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace qf

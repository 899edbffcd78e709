#include "models/ReportHistory.h"
#include "models/SqlError.h"

#include "models/Database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace qf {

ReportHistory::ReportHistory(Database& db)
    : m_db(db)
{ }

Result<QList<ReportEvent>> ReportHistory::events(const QString& reportId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT e.at, e.kind, u.name, e.payload FROM events e LEFT JOIN users u ON u.id = e.author_id "
                             "WHERE e.report_id = ? ORDER BY e.at, e.rowid"));
    q.addBindValue(reportId);
    if (!q.exec())
        return Error { tr("Cannot read the report's history: %1").arg(SqlError::text(q.lastError())) };
    QList<ReportEvent> list;
    while (q.next())
        list.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object() });
    return list;
}

Result<QStringList> ReportHistory::repeatsOf(const QString& reportId, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM reports WHERE repeat_of = ? AND deleted = 0 ORDER BY received_at LIMIT ?"));
    q.addBindValue(reportId);
    q.addBindValue(limit);
    if (!q.exec())
        return Error { tr("Cannot read the report's repeats: %1").arg(SqlError::text(q.lastError())) };
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

} // namespace qf

#include "models/VisitReceipts.h"

#include "models/Database.h"
#include "models/Report.h"
#include "models/SqlError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace qf {

Result<VisitReceipt> VisitReceipts::of(Database& db, const QString& reportId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT r.reg_no, r.received_at, v.ticket_no, "
        " (SELECT count(*) FROM report_attachments a WHERE a.report_id = r.id AND a.kind = 'recording' AND a.deleted = 0), "
        " (SELECT count(*) FROM followup_codes f WHERE f.report_id = r.id), v.id, r.status "
        "FROM reports r LEFT JOIN visits v ON v.report_id = r.id AND v.deleted = 0 "
        "WHERE r.id = ? AND r.deleted = 0 ORDER BY v.arrived_at LIMIT 1"));
    q.addBindValue(reportId);
    if (!q.exec())
        return Error { tr("Cannot read the report: %1").arg(SqlError::text(q.lastError())) };
    if (!q.next())
        return Error { tr("There is no such report."), ErrorCode::NotFound };
    if (q.value(5).isNull())
        return Error { tr("Report %1 was not registered at the check-in desk: it has no receipt.").arg(q.value(0).toString()),
                       ErrorCode::Invalid };
    if (q.value(6).toString() == QLatin1String("out_of_scope"))
        return Error { tr("Report %1 was referred elsewhere at the desk: it was given the notice of lawful referral, not a "
                          "receipt.")
                           .arg(q.value(0).toString()),
                       ErrorCode::Invalid };
    VisitReceipt f;
    f.reportId = reportId;
    f.regNo = q.value(0).toString();
    f.registeredOn = storedTime(q.value(1)).toLocalTime().date();
    f.ticketNo = q.value(2).toString();
    f.recording = q.value(3).toInt() > 0;
    f.followUpGiven = q.value(4).toInt() > 0;
    return f;
}

} // namespace qf

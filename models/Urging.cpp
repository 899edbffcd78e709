#include "models/Urging.h"

#include "models/AuditLog.h"
#include "models/Report.h"
#include "models/ReportStore.h"
#include "models/Role.h"
#include "models/Session.h"
#include "models/SqlError.h"
#include "models/Writer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace qf {

Urging::Urging(Session& session)
    : m_session(session)
{
}

int Urging::overdueDays(const DeadlineStatus& status, const QDateTime& now)
{
    if (!status.due.isValid() || now <= status.due)
        return 0;
    return std::max<qint64>(1, status.due.toLocalTime().date().daysTo(now.toLocalTime().date()));
}

Status Urging::urge(const QString& reportId, const QString& note, const DeadlineStatus& status, const QDateTime& now)
{
    if (Status s = m_session.writer().require(Capability::Urge, tr("urge the handling of a report")); !s)
        return s;
    if (note.trimmed().isEmpty())
        return Error { tr("Write what the handling office is asked to do.") };
    auto report = m_session.reports().get(reportId);
    if (!report)
        return report.failure();
    QJsonObject payload { { QStringLiteral("note"), note.trimmed() }, { QStringLiteral("light"), lightName(status.light) },
                          { QStringLiteral("overdue_days"), overdueDays(status, now) } };
    if (status.due.isValid())
        payload.insert(QStringLiteral("due"), status.due.toUTC().toString(Qt::ISODate));
    if (!status.clock.isEmpty())
        payload.insert(QStringLiteral("clock"), status.clock);
    if (!report->handlingOrgId.isEmpty())
        payload.insert(QStringLiteral("office"), report->handlingOrgId);
    const Change event = ReportStore::eventChange(report->id, QStringLiteral("urged"), payload, now.toUTC(),
                                                  m_session.writer().author());
    if (Status s = m_session.writer().apply(event); !s)
        return Error { tr("The reminder could not be saved: %1").arg(s.error()) };
    return m_session.audit().record(QStringLiteral("report.urge"), QStringLiteral("reports"), report->id, note.trimmed());
}

Result<QList<Urge>> Urging::of(const QString& reportId) const
{
    QSqlQuery q(m_session.database().connection());
    q.prepare(QStringLiteral("SELECT at, author_id, payload FROM events WHERE report_id = ? AND kind = 'urged' "
                             "ORDER BY at, id"));
    q.addBindValue(reportId);
    if (!q.exec())
        return Error { tr("The reminders could not be read: %1").arg(SqlError::text(q.lastError())) };
    QList<Urge> out;
    while (q.next()) {
        const QJsonObject p = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        Urge u;
        u.reportId = reportId;
        u.at = storedTime(q.value(0));
        u.by = q.value(1).toString();
        u.note = p.value(QStringLiteral("note")).toString();
        u.light = p.value(QStringLiteral("light")).toString();
        u.due = QDateTime::fromString(p.value(QStringLiteral("due")).toString(), Qt::ISODate);
        u.overdueDays = p.value(QStringLiteral("overdue_days")).toInt();
        out << u;
    }
    return out;
}

QString Urging::letterHtml(const Report& r, const QString& office, const QString& note, const DeadlineStatus& status,
                           const QDateTime& now, const QString& officeName, const QString& docNo)
{
    // 成文日期 as GB/T 9704-2012 writes it: Arabic digits, no leading zeros.
    const QString dateFormat = QStringLiteral("yyyy年M月d日");
    QString h = QStringLiteral("<html><body><p class=\"title\">督办函</p>");
    if (!docNo.isEmpty())
        h += QStringLiteral("<p class=\"docno\">%1</p>").arg(docNo.toHtmlEscaped());
    h += QStringLiteral("<p class=\"addressee\">%1：</p>")
             .arg(office.trimmed().isEmpty() ? QStringLiteral("承办部门") : office.toHtmlEscaped());
    QString state;
    const int late = overdueDays(status, now);
    if (status.due.isValid()) {
        state = late > 0 ? QStringLiteral("按规定应于%1前办理完毕，现已超期%2天。")
                               .arg(status.due.toLocalTime().date().toString(dateFormat))
                               .arg(late)
                         : QStringLiteral("按规定应于%1前办理完毕，现即将到期。")
                               .arg(status.due.toLocalTime().date().toString(dateFormat));
    }
    h += QStringLiteral("<p class=\"text\">你单位承办的信访举报件（编号：%1，%2收到）%3</p>")
             .arg(r.regNo.toHtmlEscaped(), r.receivedAt.toLocalTime().date().toString(dateFormat), state);
    h += QStringLiteral("<p class=\"text\">%1</p>").arg(note.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    h += QStringLiteral("<p class=\"text\">请抓紧办理，并将办理进展情况及时报送。</p><p>&nbsp;</p>");
    if (!officeName.trimmed().isEmpty())
        h += QStringLiteral("<p class=\"sign\">%1</p>").arg(officeName.toHtmlEscaped());
    h += QStringLiteral("<p class=\"seal\">（盖章）</p><p class=\"sign\">%1</p></body></html>")
             .arg(now.toLocalTime().date().toString(dateFormat));
    return h;
}

QHash<QString, int> Urging::countsByReport(const QSqlDatabase& db)
{
    QHash<QString, int> counts;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT report_id, count(*) FROM events WHERE kind = 'urged' GROUP BY report_id")))
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}

} // namespace qf

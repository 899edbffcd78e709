#include "ClosingReview.h"

#include "Database.h"
#include "Report.h"
#include "ReportStore.h"
#include "Writer.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace qf {

ClosingReview::ClosingReview(ReportStore& reports, CaseStateMachine& machine)
    : m_reports(reports)
    , m_machine(machine)
{
}

Status ClosingReview::record(const QString& reportId, const ReviewAnswers& a, int reviewDays, const Actor& actor,
                             const QDateTime& atIn)
{
    auto report = m_reports.get(reportId);
    if (!report)
        return Error { report.error() };
    const QDateTime at = atIn.isValid() ? atIn : QDateTime::currentDateTimeUtc();
    const bool late = report->concludedAt.isValid() && report->concludedAt.daysTo(at) > reviewDays;
    QVariantMap params { { QStringLiteral("facts_established"), a.factsEstablished },
                         { QStringLiteral("handled_properly"), a.handledProperly },
                         { QStringLiteral("reporter_understood"), a.reporterUnderstood },
                         { QStringLiteral("late"), late },
                         { QStringLiteral("at"), at } };
    if (!a.notes.trimmed().isEmpty())
        params.insert(QStringLiteral("notes"), a.notes.trimmed());
    return m_machine.apply(report->id, Transition::Review, params, actor);
}

QStringList ClosingReview::drawSample(QStringList ids, int percent, quint64 seed)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    const int n = static_cast<int>((qint64(ids.size()) * std::clamp(percent, 0, 100) + 99) / 100);
    QRandomGenerator rng(static_cast<quint32>(seed ^ (seed >> 32)));
    // Fisher-Yates on the sorted list, then the first n.
    for (qsizetype i = ids.size() - 1; i > 0; --i)
        ids.swapItemsAt(i, static_cast<qsizetype>(rng.bounded(static_cast<quint32>(i + 1))));
    QStringList picked = ids.mid(0, n);
    std::sort(picked.begin(), picked.end());
    return picked;
}

Result<QStringList> ClosingReview::sample(const QDate& from, const QDate& to, int percent, quint64 seed) const
{
    QSqlQuery q(m_reports.writer().database().connection());
    q.prepare(QStringLiteral("SELECT id FROM reports WHERE deleted = 0 AND concluded_at IS NOT NULL "
                             "AND substr(concluded_at, 1, 10) BETWEEN ? AND ?"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec())
        return Error { tr("Cannot read the concluded reports: %1").arg(q.lastError().text()) };
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return drawSample(ids, percent, seed);
}

Result<QList<OfficeQuality>> ClosingReview::officeQuality(const QDate& from, const QDate& to,
                                                          const QualityThresholds& t) const
{
    QSqlQuery q(m_reports.writer().database().connection());
    q.prepare(QStringLiteral(
        "SELECT r.handling_org_id, COUNT(*), SUM(r.substantiated = 1), SUM(r.satisfied IS NOT NULL), "
        "SUM(r.satisfied = 1), SUM(EXISTS (SELECT 1 FROM reports x WHERE x.repeat_of = r.id AND x.deleted = 0)) "
        "FROM reports r WHERE r.deleted = 0 AND r.handling_org_id IS NOT NULL AND r.concluded_at IS NOT NULL "
        "AND substr(r.concluded_at, 1, 10) BETWEEN ? AND ? GROUP BY r.handling_org_id ORDER BY r.handling_org_id"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec())
        return Error { tr("Cannot compute the office figures: %1").arg(q.lastError().text()) };
    QList<OfficeQuality> list;
    while (q.next()) {
        OfficeQuality o;
        o.orgId = q.value(0).toString();
        o.concluded = q.value(1).toInt();
        o.substantiationRate = double(q.value(2).toInt()) / o.concluded;
        const int answered = q.value(3).toInt();
        o.satisfactionRate = answered == 0 ? 1.0 : double(q.value(4).toInt()) / answered;
        o.repeatRate = double(q.value(5).toInt()) / o.concluded;
        o.twoLowOneHigh = o.substantiationRate < t.lowSubstantiation && o.satisfactionRate < t.lowSatisfaction
            && o.repeatRate > t.highRepeat;
        list << o;
    }
    return list;
}

} // namespace qf

#include "models/ClosingReview.h"
#include "models/SqlError.h"

#include "models/Database.h"
#include "models/Report.h"
#include "models/RepeatDetector.h"
#include "models/ReportStore.h"
#include "models/Writer.h"
#include "models/Role.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace qf {

namespace {

// Reports concluded in the period with their office (the conclusion time is ISO text:
// [from, day after to) is a range on the reports_concluded index).
const char* const kPeriodReports =
    "SELECT r.id, r.reg_no, o.name, r.concluded_at "
    "FROM reports r LEFT JOIN organisations o ON o.id = r.handling_org_id "
    "WHERE r.deleted = 0 AND r.concluded_at >= :from AND r.concluded_at < :until "
    "ORDER BY r.concluded_at";

QJsonObject objectOf(const QVariant& v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

} // namespace

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
                             "AND concluded_at >= ? AND concluded_at < ?"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.addDays(1).toString(Qt::ISODate)); // dates compared as ISO text: the day after, exclusive
    if (!q.exec())
        return Error { tr("Cannot read the concluded reports: %1").arg(SqlError::text(q.lastError())) };
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
        "AND r.concluded_at >= ? AND r.concluded_at < ? GROUP BY r.handling_org_id ORDER BY r.handling_org_id"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.addDays(1).toString(Qt::ISODate)); // dates compared as ISO text: the day after, exclusive
    if (!q.exec())
        return Error { tr("Cannot compute the office figures: %1").arg(SqlError::text(q.lastError())) };
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

Result<ReviewQueue> ClosingReview::awaitingReview(const QDateTime& now, int reviewDays, bool includeRestricted,
                                                  int limit) const
{
    const QString where = QStringLiteral("WHERE r.status = 'concluded' AND r.deleted = 0%1")
                              .arg(includeRestricted ? QString() : QStringLiteral(" AND r.restricted = 0"));
    ReviewQueue queue;
    QSqlQuery q(m_reports.writer().database().connection());
    q.setForwardOnly(true);
    // Times are ISO text, so "concluded before the cutoff" is a comparison of text (on the
    // reports_awaiting_review index, which also answers the counts).
    // The planner would take the status index and sort; the partial index is named (schema 10).
    q.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(r.concluded_at < ?), 0) FROM reports r "
                             "INDEXED BY reports_awaiting_review ")
              + where);
    q.addBindValue(now.toUTC().addDays(-reviewDays).toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return Error { tr("Cannot read the concluded reports: %1").arg(SqlError::text(q.lastError())) };
    queue.total = q.value(0).toInt();
    queue.late = q.value(1).toInt();
    q.prepare(QStringLiteral("SELECT r.id, r.reg_no, o.name, u.name, r.concluded_at FROM reports r "
                             "INDEXED BY reports_awaiting_review LEFT JOIN organisations o ON o.id = r.handling_org_id "
                             "LEFT JOIN users u ON u.id = r.handler_id ")
              + where + QStringLiteral(" ORDER BY r.concluded_at LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return Error { tr("Cannot read the concluded reports: %1").arg(SqlError::text(q.lastError())) };
    while (q.next()) {
        ReviewItem item { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                          storedTime(q.value(4)), {}, false };
        if (item.concludedAt.isValid()) {
            item.dueAt = item.concludedAt.addDays(reviewDays);
            item.late = now > item.dueAt;
        }
        queue.items << item;
    }
    return queue;
}

std::pair<QDate, QDate> ClosingReview::quarterDates(const QString& quarter)
{
    const auto [start, end] = RepeatDetector::quarterBounds(quarter);
    if (!start.isValid())
        return {};
    constexpr int china = 8 * 3600;
    return { start.toOffsetFromUtc(china).date(), end.toOffsetFromUtc(china).date().addDays(-1) };
}

QString ClosingReview::periodKey(const QDate& from, const QDate& to)
{
    return from.toString(Qt::ISODate) + QStringLiteral("..") + to.toString(Qt::ISODate);
}

quint64 ClosingReview::periodSeed(const QDate& from, const QDate& to)
{
    const QByteArray h = QCryptographicHash::hash(periodKey(from, to).toUtf8(), QCryptographicHash::Sha256);
    quint64 seed = 0;
    for (int i = 0; i < 8; ++i)
        seed = (seed << 8) | quint8(h[i]);
    return seed;
}

Result<RecheckSample> ClosingReview::recordedSample(const QDate& from, const QDate& to) const
{
    if (!from.isValid() || !to.isValid() || from > to)
        return Error { tr("The period is not valid.") };
    const QString period = periodKey(from, to);
    QSqlQuery q(m_reports.writer().database().connection());
    q.setForwardOnly(true);
    // The sample as recorded (a small partial index of schema 10), then its reports one by one.
    q.prepare(QStringLiteral("SELECT report_id, payload FROM events INDEXED BY events_recheck_sampled "
                             "WHERE kind = 'recheck_sampled' AND json_extract(payload, '$.period') = ?"));
    q.addBindValue(period);
    if (!q.exec())
        return Error { tr("Cannot read the re-check sample: %1").arg(SqlError::text(q.lastError())) };
    RecheckSample sample;
    QStringList ids;
    while (q.next()) {
        const QJsonObject drawn = objectOf(q.value(1));
        sample.concluded = drawn.value(QStringLiteral("concluded")).toInt(); // when it was drawn
        sample.percent = drawn.value(QStringLiteral("percent")).toInt();
        sample.seed = drawn.value(QStringLiteral("seed")).toString().toULongLong();
        ids << q.value(0).toString();
    }
    if (ids.isEmpty()) {
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM reports WHERE deleted = 0 AND concluded_at >= ? AND concluded_at < ?"));
        q.addBindValue(from.toString(Qt::ISODate));
        q.addBindValue(to.addDays(1).toString(Qt::ISODate));
        if (!q.exec() || !q.next())
            return Error { tr("Cannot read the concluded reports: %1").arg(SqlError::text(q.lastError())) };
        sample.concluded = q.value(0).toInt();
        return sample;
    }
    QSqlQuery report(m_reports.writer().database().connection());
    report.prepare(QStringLiteral("SELECT r.reg_no, o.name, r.concluded_at FROM reports r "
                                  "LEFT JOIN organisations o ON o.id = r.handling_org_id WHERE r.id = ? AND r.deleted = 0"));
    QSqlQuery done(m_reports.writer().database().connection());
    done.prepare(QStringLiteral("SELECT payload FROM events INDEXED BY events_recheck_done "
                                "WHERE report_id = ? AND kind = 'recheck_done' AND json_extract(payload, '$.period') = ? "
                                "ORDER BY at DESC LIMIT 1"));
    for (const QString& id : std::as_const(ids)) {
        report.addBindValue(id);
        if (!report.exec())
            return Error { tr("Cannot read the concluded reports: %1").arg(SqlError::text(report.lastError())) };
        if (!report.next())
            continue; // removed since
        RecheckItem item { id, report.value(0).toString(), report.value(1).toString(), storedTime(report.value(2)) };
        done.addBindValue(id);
        done.addBindValue(period);
        if (!done.exec())
            return Error { tr("Cannot read the re-check sample: %1").arg(SqlError::text(done.lastError())) };
        if (done.next()) {
            const QJsonObject finding = objectOf(done.value(0));
            item.rechecked = true;
            item.problemFound = finding.value(QStringLiteral("problem_found")).toBool();
            item.notes = finding.value(QStringLiteral("notes")).toString();
        }
        sample.items << item;
    }
    std::sort(sample.items.begin(), sample.items.end(),
              [](const RecheckItem& a, const RecheckItem& b) { return a.concludedAt < b.concludedAt; });
    return sample;
}

Result<RecheckSample> ClosingReview::recheckSample(const QDate& from, const QDate& to, int percent, const Actor& actor)
{
    if (!Role::may(actor.role, Capability::Recheck) || !m_reports.writer().require(Capability::Recheck, QString()))
        return Error { tr("Only a supervisor, a meeting chair or an administrator may draw the re-check sample."),
                       ErrorCode::Refused };
    auto recorded = recordedSample(from, to);
    if (!recorded || !recorded->items.isEmpty())
        return recorded;
    if (percent < 1 || percent > 100)
        return Error { tr("The share to re-check must be between 1 and 100 percent.") };
    QSqlQuery q(m_reports.writer().database().connection());
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(kPeriodReports));
    q.bindValue(QStringLiteral(":from"), from.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":until"), to.addDays(1).toString(Qt::ISODate));
    if (!q.exec())
        return Error { tr("Cannot read the concluded reports: %1").arg(SqlError::text(q.lastError())) };
    QHash<QString, RecheckItem> byId;
    while (q.next())
        byId.insert(q.value(0).toString(),
                    RecheckItem { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), storedTime(q.value(3)) });
    if (byId.isEmpty())
        return Error { tr("No report was concluded between %1 and %2.")
                           .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)) };

    RecheckSample sample;
    sample.percent = percent;
    sample.seed = periodSeed(from, to);
    sample.concluded = int(byId.size());
    sample.drawnNow = true;
    const QStringList picked = drawSample(byId.keys(), percent, sample.seed);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Change> changes;
    for (const QString& id : picked) {
        sample.items << byId.value(id);
        changes << ReportStore::eventChange(id, QStringLiteral("recheck_sampled"),
                                            { { QStringLiteral("period"), periodKey(from, to) },
                                              { QStringLiteral("percent"), percent },
                                              { QStringLiteral("seed"), QString::number(sample.seed) },
                                              { QStringLiteral("concluded"), sample.concluded } },
                                            now, actor.userId);
    }
    std::sort(sample.items.begin(), sample.items.end(),
              [](const RecheckItem& a, const RecheckItem& b) { return a.concludedAt < b.concludedAt; });
    if (Status s = m_reports.writer().apply(changes); !s)
        return Error { s.error() };
    return sample;
}

Status ClosingReview::recordRecheck(const QString& reportId, const QDate& from, const QDate& to, bool problemFound,
                                    const QString& notes, const Actor& actor)
{
    if (!Role::may(actor.role, Capability::Recheck) || !m_reports.writer().require(Capability::Recheck, QString()))
        return Error { tr("Only a supervisor, a meeting chair or an administrator may record a re-check."),
                       ErrorCode::Refused };
    auto recorded = recordedSample(from, to);
    if (!recorded)
        return Error { recorded.error() };
    const bool sampled = std::any_of(recorded->items.cbegin(), recorded->items.cend(),
                                     [&reportId](const RecheckItem& i) { return i.reportId == reportId; });
    if (!sampled)
        return Error { tr("The report is not in the re-check sample of this period.") };
    if (problemFound && notes.trimmed().isEmpty())
        return Error { tr("Say what the re-check found.") };
    QJsonObject payload { { QStringLiteral("period"), periodKey(from, to) },
                          { QStringLiteral("problem_found"), problemFound } };
    if (!notes.trimmed().isEmpty())
        payload.insert(QStringLiteral("notes"), notes.trimmed());
    return m_reports.writer().apply(
        ReportStore::eventChange(reportId, QStringLiteral("recheck_done"), payload, QDateTime::currentDateTimeUtc(),
                                 actor.userId));
}

} // namespace qf

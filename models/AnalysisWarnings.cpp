// The analysis' early warnings (a month clearly above its own recent months) and the
// handling offices' quarterly flags; the figures are in Analysis.cpp.
#include "models/Analysis.h"
#include "models/AnalysisSql.h"

#include "models/CaseListQuery.h"
#include "models/SqlError.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace qf {

using namespace analysis_sql;

// ---- early warnings ---------------------------------------------------------------------

Result<QList<AnalysisWarning>> Analysis::warnings(int year, int month, const WarningRule& rule,
                                                  bool includeRestricted) const
{
    const QDate thisMonth(year, month, 1);
    if (!thisMonth.isValid())
        return Error { tr("The month is not valid.") };
    const QDate first = thisMonth.addMonths(-rule.months);
    AnalysisQuery query;
    query.includeRestricted = includeRestricted;
    const CaseListQuery::Condition c = CaseListQuery::condition(
        baseFilter(query, AnalysisPeriod::range(first, thisMonth.addMonths(1).addDays(-1))));
    const QString month0 = monthKey(thisMonth);
    QStringList historyMonths;
    for (QDate m = first; m < thisMonth; m = m.addMonths(1))
        historyMonths << monthKey(m);

    // Two passes over the months: by category and region together, and by reported unit.
    const QString m = QString::fromLatin1(kMonthExpr);
    QHash<Dimension, QHash<QString, QHash<QString, qint64>>> counts; // dimension -> key -> month -> count
    QSqlQuery q(m_db);
    if (auto st = bindAndRun(q,
                             QStringLiteral("SELECT %1, r.category_id, coalesce(r.region, ''), count(*) FROM reports r "
                                            "WHERE %2 GROUP BY 1, 2, 3")
                                 .arg(m, c.sql),
                             c.binds);
        !st)
        return Error { st.error() };
    while (q.next()) {
        const QString month = q.value(0).toString();
        const qint64 n = q.value(3).toLongLong();
        if (!q.value(1).isNull())
            counts[Dimension::Category][q.value(1).toString()][month] += n;
        if (const QString region = q.value(2).toString(); !region.isEmpty())
            counts[Dimension::Region][region][month] += n;
    }
    if (auto st = bindAndRun(q,
                             QStringLiteral("SELECT %1, s.unit, count(DISTINCT r.rowid) FROM reports r JOIN subjects s ON "
                                            "s.report_id = r.id AND s.deleted = 0 AND coalesce(s.unit, '') <> '' WHERE %2 "
                                            "GROUP BY 1, 2")
                                 .arg(m, c.sql),
                             c.binds);
        !st)
        return Error { st.error() };
    while (q.next())
        counts[Dimension::Unit][q.value(1).toString()][q.value(0).toString()] = q.value(2).toLongLong();

    QList<AnalysisWarning> out;
    const QString ruleText = warningRuleText(rule);
    for (Dimension d : { Dimension::Category, Dimension::Region, Dimension::Unit }) {
        const auto& byKey = counts[d];
        for (auto it = byKey.constBegin(); it != byKey.constEnd(); ++it) {
            const qint64 now = it->value(month0);
            if (now < rule.minimum || now == 0)
                continue;
            AnalysisWarning w;
            w.dimension = d;
            w.key = it.key();
            w.label = label(d, it.key());
            w.month = month0;
            w.count = now;
            double sum = 0;
            for (const QString& hm : std::as_const(historyMonths)) {
                w.history << it->value(hm);
                sum += double(w.history.last());
            }
            w.mean = sum / double(historyMonths.size());
            double squares = 0;
            for (qint64 h : std::as_const(w.history))
                squares += (double(h) - w.mean) * (double(h) - w.mean);
            w.deviation = std::sqrt(squares / double(historyMonths.size()));
            w.threshold = w.mean + rule.deviations * w.deviation;
            w.ruleText = ruleText;
            if (double(now) > w.threshold)
                out << w;
        }
    }
    std::sort(out.begin(), out.end(), [](const AnalysisWarning& a, const AnalysisWarning& b) {
        const double ra = a.count - a.threshold, rb = b.count - b.threshold;
        if (ra != rb)
            return ra > rb;
        return a.key < b.key;
    });
    return out;
}

// ---- quarterly flags --------------------------------------------------------------------

Result<QList<QHash<QString, OfficeFlag>>> Analysis::quarterFlags(const QList<QPair<int, int>>& quarters,
                                                                 const FlagRule& rule) const
{
    // One pass over the dispatched reports for all the quarters: per quarter, the workload
    // and its four counts as sums gated by the quarter's bounds. Times are ISO text in UTC,
    // the bounds generated here (no input in the text). The reports are those concluded since
    // the first quarter began (by the index of conclusions) and those still with the office
    // (by the index of states): a report filed, removed or sent back without a conclusion is
    // no longer the office's workload, and no report needs a scan of the whole table.
    QStringList columns;
    QString first, last;
    QStringList starts, ends;
    for (const auto& [year, quarter] : quarters) {
        const AnalysisPeriod p = AnalysisPeriod::quarter(year, quarter);
        if (!p.isValid())
            return Error { tr("The quarter is not valid: give it as 2026Q4.") };
        const QString qs = QLatin1Char('\'') + CaseListQuery::dayStart(p.from, true) + QLatin1Char('\'');
        const QString qe = QLatin1Char('\'') + CaseListQuery::dayStart(p.to.addDays(1), true) + QLatin1Char('\'');
        starts << qs;
        ends << qe;
        const QString w = QStringLiteral("(x.since < %1 AND (x.concluded_at IS NULL OR x.concluded_at >= %2))").arg(qe, qs);
        const QString inQuarter = QStringLiteral("x.concluded_at >= %1 AND x.concluded_at < %2").arg(qs, qe);
        columns << QStringLiteral("sum(%1)").arg(w)
                << QStringLiteral("sum(%1 AND (x.concluded_at < %2 OR (x.status = 'handling' AND x.status_at < %2) OR "
                                  "x.began < %2))")
                       .arg(w, qe)
                << QStringLiteral("sum(%1 AND x.concluded_at < %2)").arg(w, qe)
                << QStringLiteral("sum(%1 AND %2)").arg(w, inQuarter)
                << QStringLiteral("sum(%1 AND %2 AND x.reviewed_at IS NOT NULL AND julianday(x.reviewed_at) - "
                                  "julianday(x.concluded_at) <= %3)")
                       .arg(w, inQuarter)
                       .arg(rule.reviewDays);
    }
    QList<QHash<QString, OfficeFlag>> out(quarters.size());
    if (quarters.isEmpty())
        return out;
    std::sort(starts.begin(), starts.end());
    std::sort(ends.begin(), ends.end());
    QSqlQuery q(m_db);
    if (auto st = bindAndRun(
            q,
            QStringLiteral("SELECT x.handling_org_id, %1 FROM (SELECT %4 FROM reports r WHERE r.deleted = 0 AND "
                           "r.handling_org_id IS NOT NULL AND r.concluded_at >= %3 AND coalesce(r.dispatched_at, "
                           "r.received_at) < %2 UNION ALL SELECT %4 FROM reports r WHERE r.deleted = 0 AND r.status IN "
                           "('dispatched', 'handling', 'send_back_pending', 'removal_pending') AND r.handling_org_id IS "
                           "NOT NULL AND r.concluded_at IS NULL AND coalesce(r.dispatched_at, r.received_at) < %2) x "
                           "GROUP BY x.handling_org_id")
                .arg(columns.join(QStringLiteral(", ")), ends.last(), starts.first(),
                     QStringLiteral("r.handling_org_id, r.status, r.status_at, r.concluded_at, r.reviewed_at, "
                                    "coalesce(r.dispatched_at, r.received_at) AS since, (SELECT min(e.at) FROM events e "
                                    "WHERE e.report_id = r.id AND e.kind = 'begin_handling') AS began")),
            {});
        !st)
        return Error { st.error() };
    const double weights = rule.weightAcceptance + rule.weightHandling + rule.weightCooperation;
    while (q.next()) {
        for (qsizetype k = 0; k < quarters.size(); ++k) {
            const int base = 1 + int(k) * 5;
            OfficeFlag f;
            f.workload = q.value(base).toLongLong();
            if (f.workload == 0)
                continue;
            f.orgId = q.value(0).toString();
            f.orgName = officeName(f.orgId);
            f.quarter = QStringLiteral("%1Q%2").arg(quarters.at(k).first).arg(quarters.at(k).second);
            f.accepted = q.value(base + 1).toLongLong();
            f.concluded = q.value(base + 2).toLongLong();
            f.concludedInQuarter = q.value(base + 3).toLongLong();
            f.reviewedInTime = q.value(base + 4).toLongLong();
            f.acceptance = double(f.accepted) / double(f.workload);
            f.handling = double(f.concluded) / double(f.workload);
            f.cooperation = f.concludedInQuarter ? double(f.reviewedInTime) / double(f.concludedInQuarter) : 1.0;
            f.score = weights > 0 ? (rule.weightAcceptance * f.acceptance + rule.weightHandling * f.handling
                                     + rule.weightCooperation * f.cooperation)
                    / weights
                                  : 0.0;
            // Compared at a precision of a millionth so that 0.85 exactly is green.
            const double score = std::round(f.score * 1e6) / 1e6;
            f.colour = score >= rule.greenAt ? OfficeFlag::Colour::Green
                : score >= rule.yellowAt     ? OfficeFlag::Colour::Yellow
                                             : OfficeFlag::Colour::Red;
            f.accountability = f.colour == OfficeFlag::Colour::Red;
            out[k].insert(f.orgId, f);
        }
    }
    return out;
}

Result<QList<OfficeFlag>> Analysis::flags(int year, int quarter, const FlagRule& rule, int historyQuarters) const
{
    if (quarter < 1 || quarter > 4)
        return Error { tr("The quarter is not valid: give it as 2026Q4.") };
    int y = year, qn = quarter;
    QList<QPair<int, int>> quarters { { year, quarter } };
    for (int i = 0; i < std::max(1, historyQuarters); ++i) {
        if (--qn == 0) {
            qn = 4;
            --y;
        }
        quarters.insert(1, { y, qn }); // oldest first after the current one
    }
    auto all = quarterFlags(quarters, rule);
    if (!all)
        return Error { all.error() };
    const QHash<QString, OfficeFlag>* now = &all->first();
    const QList<QHash<QString, OfficeFlag>> before = all->mid(1);
    QList<OfficeFlag> out;
    for (OfficeFlag f : std::as_const(*now)) {
        for (qsizetype i = 0; i < before.size(); ++i) {
            if (auto it = before.at(i).constFind(f.orgId); it != before.at(i).constEnd()) {
                f.history << it->colour;
                f.historyQuarters << it->quarter;
            }
        }
        const auto last = before.last().constFind(f.orgId);
        f.interview = f.colour == OfficeFlag::Colour::Yellow && last != before.last().constEnd()
            && last->colour == OfficeFlag::Colour::Yellow;
        out << f;
    }
    std::sort(out.begin(), out.end(), [](const OfficeFlag& a, const OfficeFlag& b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.orgName < b.orgName;
    });
    return out;
}

} // namespace qf

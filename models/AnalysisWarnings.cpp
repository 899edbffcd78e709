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

    // One pass over the months' reports with their reported persons' units (a report naming
    // none comes once), through the SQLite handle: a report counts once under its category,
    // its region and each distinct unit it names.
    QStringList monthKeys;
    const QString m = monthIndexExpr(first, thisMonth.addMonths(1).addDays(-1), monthKeys);
    SqliteStatement st;
    if (Status s = prepareWith(st, m_db,
                               QStringLiteral("SELECT r.rowid, %1, r.category_id, r.region, s.unit FROM reports r LEFT JOIN "
                                              "subjects s ON s.report_id = r.id AND s.deleted = 0 AND coalesce(s.unit, '') <> '' "
                                              "WHERE %2")
                                   .arg(m, c.sql),
                               c.binds);
        !s)
        return Error { s.error() };
    // key -> month -> count, per dimension; the keys as bytes until the end.
    QHash<QByteArray, QList<qint64>> byCategory, byRegion, byUnit;
    const auto add = [&](QHash<QByteArray, QList<qint64>>& to, QByteArrayView key, qint64 month) {
        auto it = to.find(key.toByteArray());
        if (it == to.end())
            it = to.insert(key.toByteArray(), QList<qint64>(monthKeys.size()));
        ++(*it)[month];
    };
    qint64 current = -1;
    QList<QByteArray> units;
    while (st.step()) {
        const qint64 rowid = st.columnInt(0);
        const qint64 month = std::clamp<qint64>(st.columnInt(1), 0, monthKeys.size() - 1);
        if (rowid != current) {
            current = rowid;
            units.clear();
            if (const QByteArrayView category = st.columnBytes(2); !category.isEmpty())
                add(byCategory, category, month);
            if (const QByteArrayView region = st.columnBytes(3); !region.isEmpty())
                add(byRegion, region, month);
        }
        if (const QByteArrayView unit = st.columnBytes(4); !unit.isEmpty() && !units.contains(unit)) {
            units.append(unit.toByteArray());
            add(byUnit, unit, month);
        }
    }
    if (!st.finished())
        return Error { tr("Cannot compute the figures: %1").arg(st.stepError()) };
    QHash<Dimension, QHash<QString, QHash<QString, qint64>>> counts; // dimension -> key -> month -> count
    for (const auto& [d, from] : { std::pair { Dimension::Category, &byCategory }, std::pair { Dimension::Region, &byRegion },
                                   std::pair { Dimension::Unit, &byUnit } })
        for (auto it = from->constBegin(); it != from->constEnd(); ++it) {
            auto& months = counts[d][QString::fromUtf8(it.key())];
            for (qsizetype k = 0; k < monthKeys.size(); ++k)
                if (it.value().at(k) > 0)
                    months.insert(monthKeys.at(k), it.value().at(k));
        }

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
    // One pass over the dispatched reports for all the quarters; each report is weighed
    // against every quarter's bounds here (times are ISO text in UTC: compared as bytes, as
    // SQLite compares them). The reports are those concluded since the first quarter began
    // (by the index of conclusions) and those still with the office (by the index of states):
    // a report filed, removed or sent back without a conclusion is no longer the office's
    // workload, and no report needs a scan of the whole table.
    struct Bounds
    {
        QByteArray start, end;
    };
    QList<Bounds> bounds;
    for (const auto& [year, quarter] : quarters) {
        const AnalysisPeriod p = AnalysisPeriod::quarter(year, quarter);
        if (!p.isValid())
            return Error { tr("The quarter is not valid: give it as 2026Q4.") };
        bounds.append({ CaseListQuery::dayStart(p.from, true).toUtf8(), CaseListQuery::dayStart(p.to.addDays(1), true).toUtf8() });
    }
    QList<QHash<QString, OfficeFlag>> out(quarters.size());
    if (quarters.isEmpty())
        return out;
    QByteArray first = bounds.first().start, last = bounds.first().end;
    for (const Bounds& b : std::as_const(bounds)) {
        first = std::min(first, b.start);
        last = std::max(last, b.end);
    }
    const QString columns = QStringLiteral(
        "r.handling_org_id, r.status, r.status_at, r.concluded_at, coalesce(r.dispatched_at, r.received_at), "
        "(SELECT min(e.at) FROM events e WHERE e.report_id = r.id AND e.kind = 'begin_handling'), "
        "r.reviewed_at IS NOT NULL AND julianday(r.reviewed_at) - julianday(r.concluded_at) <= %1")
                                .arg(rule.reviewDays);
    SqliteStatement st;
    if (Status s = prepareWith(st, m_db,
                               QStringLiteral("SELECT %1 FROM reports r WHERE r.deleted = 0 AND r.handling_org_id IS NOT NULL "
                                              "AND r.concluded_at >= ?1 AND coalesce(r.dispatched_at, r.received_at) < ?2 UNION "
                                              "ALL SELECT %1 FROM reports r WHERE r.deleted = 0 AND r.status IN ('dispatched', "
                                              "'handling', 'send_back_pending', 'removal_pending') AND r.handling_org_id IS NOT "
                                              "NULL AND r.concluded_at IS NULL AND coalesce(r.dispatched_at, r.received_at) < ?2")
                                   .arg(columns),
                               { QString::fromUtf8(first), QString::fromUtf8(last) }); // text, as the times are
        !s)
        return Error { s.error() };
    struct Counts
    {
        qint64 workload = 0, accepted = 0, concluded = 0, concludedInQuarter = 0, reviewedInTime = 0;
    };
    QHash<QByteArray, QList<Counts>> byOffice;
    const auto before = [](QByteArrayView time, const QByteArray& bound) { return !time.isEmpty() && time < bound; };
    while (st.step()) {
        const QByteArrayView office = st.columnBytes(0), status = st.columnBytes(1), statusAt = st.columnBytes(2),
                             concluded = st.columnBytes(3), since = st.columnBytes(4), began = st.columnBytes(5);
        const bool reviewedInTime = st.columnInt(6) != 0;
        QList<Counts>* counts = nullptr;
        for (qsizetype k = 0; k < bounds.size(); ++k) {
            const Bounds& b = bounds.at(k);
            if (!(since < b.end && (concluded.isEmpty() || concluded >= b.start)))
                continue;
            if (!counts) {
                auto it = byOffice.find(office.toByteArray());
                if (it == byOffice.end())
                    it = byOffice.insert(office.toByteArray(), QList<Counts>(bounds.size()));
                counts = &*it;
            }
            Counts& c = (*counts)[k];
            ++c.workload;
            if (before(concluded, b.end) || (status == "handling" && before(statusAt, b.end)) || before(began, b.end))
                ++c.accepted;
            if (before(concluded, b.end))
                ++c.concluded;
            if (!concluded.isEmpty() && concluded >= b.start && concluded < b.end) {
                ++c.concludedInQuarter;
                if (reviewedInTime)
                    ++c.reviewedInTime;
            }
        }
    }
    if (!st.finished())
        return Error { tr("Cannot compute the figures: %1").arg(st.stepError()) };
    const double weights = rule.weightAcceptance + rule.weightHandling + rule.weightCooperation;
    for (auto o = byOffice.constBegin(); o != byOffice.constEnd(); ++o) {
        for (qsizetype k = 0; k < quarters.size(); ++k) {
            const Counts& c = o.value().at(k);
            OfficeFlag f;
            f.workload = c.workload;
            if (f.workload == 0)
                continue;
            f.orgId = QString::fromUtf8(o.key());
            f.orgName = officeName(f.orgId);
            f.quarter = QStringLiteral("%1Q%2").arg(quarters.at(k).first).arg(quarters.at(k).second);
            f.accepted = c.accepted;
            f.concluded = c.concluded;
            f.concludedInQuarter = c.concludedInQuarter;
            f.reviewedInTime = c.reviewedInTime;
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

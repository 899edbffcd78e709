// The one pass over a period's reports that every figure of the period is summed from
// (Analysis::figures). Read through the SQLite handle, from the index that carries every
// column it needs (reports_analysis), and grouped here: at 1,000,000 reports a GROUP BY of
// eleven columns and a join per report cost more than the reading.
#include "models/Analysis.h"
#include "models/AnalysisSql.h"

#include "models/CaseState.h"

#include <QCryptographicHash>
#include <QSet>

#include <algorithm>

namespace qf {

using namespace analysis_sql;

namespace {

constexpr char kSeparator = '\x1f';
constexpr int kGrouped = 10; // columns 0..9 make the group; 10 the reporter; 11, 12 id and clock

QString keyOrNone(QByteArrayView v) { return v.isEmpty() ? QStringLiteral("none") : QString::fromUtf8(v); }

} // namespace

const QSet<QByteArray>& Analysis::keyPetitionerIds() const
{
    if (!m_keyPetitioners) {
        QSet<QByteArray> ids;
        SqliteStatement st;
        if (prepareWith(st, m_db, QStringLiteral("SELECT id FROM persons WHERE key_petitioner <> 0")))
            while (st.step())
                ids.insert(st.columnBytes(0).toByteArray());
        m_keyPetitioners = std::move(ids);
    }
    return *m_keyPetitioners;
}

Status Analysis::periodPass(const CaseListQuery::Condition& c, const AnalysisQuery& query, const AnalysisPeriod& period,
                            bool withHash, AnalysisFigures& fig) const
{
    QStringList months;
    const QString monthCase = monthIndexExpr(period.from, period.to, months);
    const QString sql = QStringLiteral("SELECT r.channel, r.category_id, r.region, r.anonymous <> 0, r.repeat_of IS NOT NULL, "
                                       "r.status, r.triage_class, r.outcome, r.handling_org_id, %1, r.reporter_id%2 "
                                       "FROM reports r WHERE %3")
                            .arg(monthCase, withHash ? QStringLiteral(", r.id, r.hlc") : QString(), c.sql);
    SqliteStatement st;
    if (Status s = prepareWith(st, m_db, sql, c.binds); !s)
        return s;

    QHash<QByteArray, qint64> groups;
    QSet<QByteArray> reporters;
    QList<QPair<QByteArray, qint64>> counted;
    QByteArray key;
    key.reserve(256);
    while (st.step()) {
        key.clear();
        for (int i = 0; i < kGrouped; ++i) {
            key += st.columnBytes(i);
            key += kSeparator;
        }
        ++groups[key];
        if (const QByteArrayView reporter = st.columnBytes(10); !reporter.isEmpty())
            reporters.insert(reporter.toByteArray());
        if (withHash)
            counted.append({ st.columnBytes(11).toByteArray(), st.columnInt(12) });
    }
    if (!st.finished())
        return Error { tr("Cannot compute the figures: %1").arg(st.stepError()) };

    QHash<Dimension, QHash<QString, qint64>> sums;
    QHash<QString, qint64> byMonth;
    QHash<QString, QString> categoryAtLevel;
    const QByteArray referredStatus = stateName(CaseState::OutOfScope).toUtf8();
    for (auto g = groups.constBegin(); g != groups.constEnd(); ++g) {
        const qint64 n = g.value();
        QByteArrayView v[kGrouped];
        const QByteArray& k = g.key();
        for (qsizetype at = 0, i = 0; i < kGrouped; ++i) {
            const qsizetype end = k.indexOf(kSeparator, at);
            v[i] = QByteArrayView(k.constData() + at, end - at);
            at = end + 1;
        }
        const QString channel = QString::fromUtf8(v[0]);
        const QString recorded = keyOrNone(v[1]);
        auto level = categoryAtLevel.constFind(recorded);
        if (level == categoryAtLevel.constEnd())
            level = categoryAtLevel.insert(recorded, categoryAt(recorded, query.categoryLevel));
        const QString& category = *level;
        const QString region = keyOrNone(v[2]);
        const bool anonymous = v[3] != "0";
        const bool repeat = v[4] != "0";
        const QString status = QString::fromUtf8(v[5]);
        const bool referred = v[5] == referredStatus;
        fig.received += n;
        if (repeat)
            fig.repeats += n;
        if (referred)
            fig.referred += n;
        if (!anonymous)
            fig.realName += n;
        sums[Dimension::Channel][channel] += n;
        sums[Dimension::Category][category] += n;
        sums[Dimension::Region][region] += n;
        sums[Dimension::RealName][anonymous ? QStringLiteral("anonymous") : QStringLiteral("real")] += n;
        sums[Dimension::Repeat][repeat ? QStringLiteral("repeat") : QStringLiteral("first")] += n;
        sums[Dimension::Referral][referred ? QStringLiteral("referred") : QStringLiteral("in_scope")] += n;
        sums[Dimension::TriageClass][keyOrNone(v[6])] += n;
        sums[Dimension::Outcome][keyOrNone(v[7])] += n;
        sums[Dimension::Status][status] += n;
        sums[Dimension::Office][keyOrNone(v[8])] += n;
        byMonth[months.value(v[9].toInt())] += n;
        fig.riskMap[region][category] += n;
    }
    for (auto it = sums.constBegin(); it != sums.constEnd(); ++it) {
        QList<AnalysisCell> cells;
        for (auto k = it->constBegin(); k != it->constEnd(); ++k)
            cells << AnalysisCell { k.key(), label(it.key(), k.key()), k.value() };
        sortCells(cells);
        fig.groups.insert(it.key(), cells);
    }
    for (const QString& m : std::as_const(months))
        fig.months << AnalysisCell { m, m, byMonth.value(m) };
    const QSet<QByteArray>& keyPetitioners = keyPetitionerIds();
    for (const QByteArray& r : std::as_const(reporters))
        if (keyPetitioners.contains(r))
            ++fig.keyPetitioners;

    if (withHash) {
        // What was counted: the reports and the clock of their last change, in the order of their ids.
        std::sort(counted.begin(), counted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(QByteArray(kRulesVersion));
        for (const auto& [id, hlc] : std::as_const(counted)) {
            hash.addData(id);
            hash.addData(QByteArrayView(":"));
            hash.addData(QByteArray::number(hlc));
            hash.addData(QByteArrayView("\n"));
        }
        fig.dataHash = hash.result().toHex();
    }
    return {};
}

Status Analysis::subjectCells(const QString& where, const QVariantList& binds, AnalysisFigures& fig) const
{
    // Every report of the period with its reported persons (a report naming none comes once
    // with NULLs); a report counts once under each distinct unit and rank it names.
    SqliteStatement st;
    if (Status s = prepareWith(st, m_db,
                               QStringLiteral("SELECT r.rowid, s.unit, s.rank FROM reports r LEFT JOIN subjects s ON "
                                              "s.report_id = r.id AND s.deleted = 0 WHERE %1")
                                   .arg(where),
                               binds);
        !s)
        return s;
    QHash<QByteArray, qint64> units, ranks;
    QList<QByteArray> reportUnits, reportRanks; // a report names few persons
    qint64 current = -1;
    const QByteArray none("none");
    auto flush = [&] {
        if (current < 0)
            return;
        if (reportUnits.isEmpty())
            ++units[none];
        for (const QByteArray& u : std::as_const(reportUnits))
            ++units[u];
        if (reportRanks.isEmpty())
            ++ranks[none];
        for (const QByteArray& r : std::as_const(reportRanks))
            ++ranks[r];
        reportUnits.clear();
        reportRanks.clear();
    };
    const auto addDistinct = [](QList<QByteArray>& list, QByteArrayView v) {
        if (!v.isEmpty() && !list.contains(v))
            list.append(v.toByteArray());
    };
    while (st.step()) {
        const qint64 rowid = st.columnInt(0);
        if (rowid != current) {
            flush();
            current = rowid;
        }
        addDistinct(reportUnits, st.columnBytes(1));
        addDistinct(reportRanks, st.columnBytes(2));
    }
    if (!st.finished())
        return Error { tr("Cannot compute the figures: %1").arg(st.stepError()) };
    flush();
    for (const auto& [d, counts] : { std::pair { Dimension::Unit, &units }, std::pair { Dimension::Rank, &ranks } }) {
        QList<AnalysisCell> cells;
        for (auto it = counts->constBegin(); it != counts->constEnd(); ++it) {
            const QString key = QString::fromUtf8(it.key());
            cells << AnalysisCell { key, label(d, key), it.value() };
        }
        sortCells(cells);
        fig.groups.insert(d, cells);
    }
    return {};
}

} // namespace qf

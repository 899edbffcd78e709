#include "models/Analysis.h"
#include "models/AnalysisSql.h"

#include "models/CaseLabels.h"
#include "models/CaseListQuery.h"
#include "models/CaseState.h"
#include "models/ReportSearch.h"
#include "models/SqlError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace qf {

using namespace analysis_sql;

namespace {

const QString kNone = QStringLiteral("none");

struct DimensionInfo
{
    Dimension d;
    const char* name;
};

const DimensionInfo kDimensions[] = {
    { Dimension::Channel, "channel" },   { Dimension::Category, "category" },
    { Dimension::Region, "region" },     { Dimension::Unit, "unit" },
    { Dimension::Rank, "rank" },         { Dimension::RealName, "realname" },
    { Dimension::Repeat, "repeat" },     { Dimension::Referral, "referral" },
    { Dimension::TriageClass, "class" }, { Dimension::Outcome, "outcome" },
    { Dimension::Status, "status" },     { Dimension::Office, "office" },
};

QDate quarterStart(int year, int quarter) { return QDate(year, (quarter - 1) * 3 + 1, 1); }


QString keyOrNone(const QVariant& v)
{
    const QString s = v.toString();
    return s.isEmpty() ? kNone : s;
}


} // namespace

// ---- periods ----------------------------------------------------------------------------

AnalysisPeriod AnalysisPeriod::month(int year, int month)
{
    const QDate from(year, month, 1);
    return { Kind::Month, from, from.addMonths(1).addDays(-1) };
}

AnalysisPeriod AnalysisPeriod::quarter(int year, int quarter)
{
    if (quarter < 1 || quarter > 4)
        return {};
    const QDate from = quarterStart(year, quarter);
    return { Kind::Quarter, from, from.addMonths(3).addDays(-1) };
}

AnalysisPeriod AnalysisPeriod::year(int year) { return { Kind::Year, QDate(year, 1, 1), QDate(year, 12, 31) }; }

AnalysisPeriod AnalysisPeriod::range(QDate from, QDate to) { return { Kind::Range, from, to }; }

AnalysisPeriod AnalysisPeriod::of(QDate from, QDate to)
{
    if (from.isValid() && from.day() == 1) {
        if (to == from.addMonths(1).addDays(-1))
            return month(from.year(), from.month());
        if ((from.month() - 1) % 3 == 0 && to == from.addMonths(3).addDays(-1))
            return quarter(from.year(), (from.month() - 1) / 3 + 1);
        if (from.month() == 1 && to == QDate(from.year(), 12, 31))
            return year(from.year());
    }
    return range(from, to);
}

AnalysisPeriod AnalysisPeriod::parse(const QString& text)
{
    const QString t = text.trimmed().toUpper();
    bool ok = false;
    if (t.size() == 6 && t.at(4) == QLatin1Char('Q')) {
        const int y = t.left(4).toInt(&ok);
        const int q = t.mid(5).toInt();
        return ok ? quarter(y, q) : AnalysisPeriod {};
    }
    if (t.size() == 7 && t.at(4) == QLatin1Char('-')) {
        const int y = t.left(4).toInt(&ok);
        const int m = t.mid(5).toInt();
        return ok && m >= 1 && m <= 12 ? month(y, m) : AnalysisPeriod {};
    }
    if (t.size() == 4) {
        const int y = t.toInt(&ok);
        return ok ? year(y) : AnalysisPeriod {};
    }
    return {};
}

AnalysisPeriod AnalysisPeriod::previous() const
{
    switch (kind) {
    case Kind::Month: return month(from.addMonths(-1).year(), from.addMonths(-1).month());
    case Kind::Quarter: {
        const QDate d = from.addMonths(-3);
        return quarter(d.year(), (d.month() - 1) / 3 + 1);
    }
    case Kind::Year: return year(from.year() - 1);
    case Kind::Range: {
        const qint64 days = from.daysTo(to) + 1;
        return range(from.addDays(-days), from.addDays(-1));
    }
    }
    return {};
}

AnalysisPeriod AnalysisPeriod::yearEarlier() const
{
    AnalysisPeriod p = *this;
    p.from = from.addYears(-1);
    p.to = kind == Kind::Range ? to.addYears(-1) : p.from.addDays(from.daysTo(to));
    if (kind == Kind::Month)
        p.to = p.from.addMonths(1).addDays(-1);
    return p;
}

QString AnalysisPeriod::label() const
{
    switch (kind) {
    case Kind::Month: return Analysis::tr("%1-%2").arg(from.year()).arg(from.month(), 2, 10, QLatin1Char('0'));
    case Kind::Quarter: return Analysis::tr("Q%2 %1").arg(from.year()).arg((from.month() - 1) / 3 + 1);
    case Kind::Year: return Analysis::tr("Year %1").arg(from.year());
    case Kind::Range:
        return Analysis::tr("%1 to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    }
    return {};
}

// ---- dimensions -------------------------------------------------------------------------

QString dimensionName(Dimension d)
{
    for (const DimensionInfo& i : kDimensions)
        if (i.d == d)
            return QString::fromLatin1(i.name);
    return {};
}

std::optional<Dimension> dimensionFromName(const QString& name)
{
    for (const DimensionInfo& i : kDimensions)
        if (name == QLatin1String(i.name))
            return i.d;
    return std::nullopt;
}

QList<Dimension> allDimensions()
{
    QList<Dimension> list;
    for (const DimensionInfo& i : kDimensions)
        list << i.d;
    return list;
}

QString colourName(OfficeFlag::Colour c)
{
    switch (c) {
    case OfficeFlag::Colour::Green: return QStringLiteral("green");
    case OfficeFlag::Colour::Yellow: return QStringLiteral("yellow");
    case OfficeFlag::Colour::Red: return QStringLiteral("red");
    }
    return {};
}

const QList<AnalysisCell>& AnalysisFigures::cells(Dimension d) const
{
    static const QList<AnalysisCell> empty;
    auto it = groups.constFind(d);
    return it == groups.constEnd() ? empty : *it;
}

qint64 AnalysisFigures::count(Dimension d, const QString& key) const
{
    for (const AnalysisCell& c : cells(d))
        if (c.key == key)
            return c.count;
    return 0;
}

Analysis::Analysis(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Status Analysis::load()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, parent_id, name, code FROM categories WHERE deleted = 0")))
        return Error { tr("Cannot read the categories: %1").arg(SqlError::text(q.lastError())) };
    while (q.next()) {
        const QString id = q.value(0).toString();
        m_categoryParent.insert(id, q.value(1).toString());
        m_categoryName.insert(id, q.value(2).toString());
        m_categoryByCode.insert(q.value(3).toString(), id);
        m_categoryChildren[q.value(1).toString()] << id;
    }
    if (!q.exec(QStringLiteral("SELECT id, parent_id, name, code FROM organisations WHERE deleted = 0")))
        return Error { tr("Cannot read the offices: %1").arg(SqlError::text(q.lastError())) };
    while (q.next()) {
        const QString id = q.value(0).toString();
        m_orgParent.insert(id, q.value(1).toString());
        m_orgName.insert(id, q.value(2).toString());
        m_orgByCode.insert(q.value(3).toString(), id);
        m_orgChildren[q.value(1).toString()] << id;
    }
    return {};
}

QList<QPair<QString, QString>> Analysis::topCategories() const
{
    QList<QPair<QString, QString>> out;
    for (const QString& id : m_categoryChildren.value(QString()))
        out << qMakePair(id, m_categoryName.value(id));
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    return out;
}

QList<QPair<QString, QString>> Analysis::offices() const
{
    QList<QPair<QString, QString>> out;
    for (auto it = m_orgName.constBegin(); it != m_orgName.constEnd(); ++it)
        out << qMakePair(it.key(), it.value());
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    return out;
}

// ---- the reference tables ---------------------------------------------------------------

int Analysis::categoryDepth(const QString& id) const
{
    int depth = 0;
    QString at = id;
    while (!at.isEmpty() && depth < 64) {
        ++depth;
        at = m_categoryParent.value(at);
    }
    return depth;
}

QString Analysis::categoryAt(const QString& categoryId, int level) const
{
    if (categoryId.isEmpty() || categoryId == kNone)
        return kNone;
    if (level <= 0)
        return categoryId;
    QStringList path; // from the category up to the root
    QString at = categoryId;
    while (!at.isEmpty() && path.size() < 64) {
        path << at;
        at = m_categoryParent.value(at);
    }
    if (path.size() <= level)
        return categoryId;
    return path.at(path.size() - level);
}

QStringList Analysis::categorySubtree(const QString& categoryId) const
{
    QStringList out { categoryId };
    for (qsizetype i = 0; i < out.size() && out.size() < 100000; ++i)
        out << m_categoryChildren.value(out.at(i));
    return out;
}

QStringList Analysis::officeSubtree(const QString& orgId) const
{
    QStringList out { orgId };
    for (qsizetype i = 0; i < out.size() && out.size() < 100000; ++i)
        out << m_orgChildren.value(out.at(i));
    return out;
}

QString Analysis::officeByCode(const QString& code) const { return m_orgByCode.value(code); }

QString Analysis::officeName(const QString& orgId) const { return m_orgName.value(orgId, orgId); }

QString Analysis::label(Dimension d, const QString& key) const
{
    if (key == kNone) {
        switch (d) {
        case Dimension::Category: return tr("(no category)");
        case Dimension::TriageClass: return tr("not triaged");
        case Dimension::Outcome: return tr("no decision yet");
        case Dimension::Office: return tr("not dispatched");
        default: return tr("(not recorded)");
        }
    }
    switch (d) {
    case Dimension::Channel: return CaseLabels::channel(key);
    case Dimension::Category: return m_categoryName.value(key, key);
    case Dimension::Region:
    case Dimension::Unit:
    case Dimension::Rank: return key;
    case Dimension::RealName: return key == QLatin1String("real") ? tr("real name") : tr("anonymous");
    case Dimension::Repeat: return key == QLatin1String("repeat") ? tr("repeat") : tr("first report");
    case Dimension::Referral: return key == QLatin1String("referred") ? tr("referred elsewhere") : tr("in scope");
    case Dimension::TriageClass: return CaseLabels::triageClass(key);
    case Dimension::Outcome:
        if (key == QLatin1String("talk_inquiry"))
            return tr("talk and inquiry");
        if (key == QLatin1String("preliminary_verification"))
            return tr("preliminary verification");
        if (key == QLatin1String("stored_pending"))
            return tr("stored pending");
        if (key == QLatin1String("closed_no_action"))
            return tr("closed");
        return key;
    case Dimension::Status: return CaseLabels::status(key);
    case Dimension::Office: return officeName(key);
    }
    return key;
}

// ---- filters ----------------------------------------------------------------------------

CaseListFilter Analysis::baseFilter(const AnalysisQuery& query, const AnalysisPeriod& period) const
{
    CaseListFilter f;
    f.from = period.from;
    f.to = period.to;
    f.chinaDays = true;
    f.includeRestricted = query.includeRestricted;
    f.excludeStatuses = { stateName(CaseState::AwaitingSignature) };
    switch (query.scope.kind) {
    case AnalysisScope::Kind::Office: break;
    case AnalysisScope::Kind::HandlingOffice: f.handlingOrgIds = officeSubtree(query.scope.value); break;
    case AnalysisScope::Kind::Region: f.region = query.scope.value; break;
    case AnalysisScope::Kind::Unit: f.subjectUnits = { query.scope.value }; break;
    }
    for (const QString& c : query.categoryIds)
        f.categoryIds << categorySubtree(c);
    f.regions = query.regions;
    f.anySubjectUnits = query.units;
    f.search = query.keywords; // the case list searches it itself; where() for the counts
    return f;
}

Result<CaseListQuery::Condition> Analysis::where(const AnalysisQuery& query, const AnalysisPeriod& period) const
{
    CaseListQuery::Condition c = CaseListQuery::condition(baseFilter(query, period));
    const QString words = query.keywords.trimmed();
    if (ReportSearch::terms(words).isEmpty())
        return c;
    auto rows = m_keywordRows.constFind(words);
    if (rows == m_keywordRows.constEnd()) {
        auto ids = ReportSearch(m_db).matchingRowIds(words);
        if (!ids)
            return Error { ids.error() };
        QJsonArray list;
        for (qint64 id : std::as_const(*ids))
            list.append(id);
        rows = m_keywordRows.insert(words, QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
    }
    // One bind whatever the number of matches.
    c.sql += QStringLiteral(" AND r.rowid IN (SELECT value FROM json_each(?))");
    c.binds << *rows;
    return c;
}

CaseListFilter Analysis::cellFilter(const AnalysisQuery& query, const AnalysisPeriod& period, Dimension d,
                                    const QString& key) const
{
    CaseListFilter f = baseFilter(query, period);
    switch (d) {
    case Dimension::Channel: f.channel = key; break;
    case Dimension::Category: {
        QStringList ids;
        if (key == kNone)
            ids = { kNone };
        else if (query.categoryLevel > 0 && categoryDepth(key) == query.categoryLevel)
            ids = categorySubtree(key);
        else
            ids = { key };
        if (!f.categoryIds.isEmpty()) { // a topic: only its categories
            QStringList both;
            for (const QString& id : std::as_const(ids))
                if (f.categoryIds.contains(id))
                    both << id;
            ids = both.isEmpty() ? QStringList { QStringLiteral("-") } : both;
        }
        f.categoryIds = ids;
        break;
    }
    case Dimension::Region: f.region = key; break;
    case Dimension::Unit: f.subjectUnits << key; break;
    case Dimension::Rank: f.subjectRank = key; break;
    case Dimension::RealName: f.anonymous = key != QLatin1String("real"); break;
    case Dimension::Repeat: f.repeat = key == QLatin1String("repeat"); break;
    case Dimension::Referral: f.referred = key == QLatin1String("referred"); break;
    case Dimension::TriageClass: f.triageClass = key; break;
    case Dimension::Outcome: f.outcome = key; break;
    case Dimension::Status: f.statuses = { key }; break;
    case Dimension::Office: f.handlingOrgIds = { key }; break;
    }
    return f;
}

CaseListFilter Analysis::riskCellFilter(const AnalysisQuery& query, const QString& region, const QString& category) const
{
    CaseListFilter f = cellFilter(query, query.period, Dimension::Category, category);
    f.region = region;
    return f;
}

// ---- figures ----------------------------------------------------------------------------


Result<AnalysisFigures> Analysis::figures(const AnalysisQuery& query, const AnalysisPeriod& period, bool withHash) const
{
    if (!period.isValid())
        return Error { tr("The period is not valid: give a first day that is not after the last.") };
    const auto cond = where(query, period);
    if (!cond)
        return Error { cond.error() };
    const CaseListQuery::Condition& c = *cond;
    AnalysisFigures fig;
    fig.period = period;

    if (Status st = periodPass(c, query, period, withHash, fig); !st)
        return Error { st.error() };
    if (Status st = subjectCells(c.sql, c.binds, fig); !st)
        return Error { st.error() };

    return fig;
}

Result<QList<AnalysisCell>> Analysis::monthsOf(const AnalysisQuery& query, const AnalysisPeriod& period) const
{
    if (!period.isValid())
        return Error { tr("The period is not valid: give a first day that is not after the last.") };
    const auto cond = where(query, period);
    if (!cond)
        return Error { cond.error() };
    const CaseListQuery::Condition& c = *cond;
    QStringList months;
    const QString month = monthIndexExpr(period.from, period.to, months);
    QSqlQuery q(m_db);
    if (auto st = bindAndRun(q, QStringLiteral("SELECT %1, count(*) FROM reports r WHERE %2 GROUP BY 1").arg(month, c.sql), c.binds);
        !st)
        return Error { st.error() };
    QHash<QString, qint64> byMonth;
    while (q.next())
        byMonth.insert(months.value(q.value(0).toInt()), q.value(1).toLongLong());
    QList<AnalysisCell> out;
    for (QDate m(period.from.year(), period.from.month(), 1); m <= period.to; m = m.addMonths(1))
        out << AnalysisCell { monthKey(m), monthKey(m), byMonth.value(monthKey(m)) };
    return out;
}

Result<AnalysisComparison> Analysis::compare(const AnalysisQuery& query) const
{
    AnalysisComparison out;
    auto current = figures(query, query.period);
    if (!current)
        return Error { current.error() };
    auto previous = figures(query, query.period.previous(), false);
    if (!previous)
        return Error { previous.error() };
    auto earlier = figures(query, query.period.yearEarlier(), false);
    if (!earlier)
        return Error { earlier.error() };
    out.current = std::move(*current);
    out.previous = std::move(*previous);
    out.yearEarlier = std::move(*earlier);
    return out;
}

Result<QList<AnalysisListRow>> Analysis::list(const AnalysisQuery& query) const
{
    const auto cond = where(query, query.period);
    if (!cond)
        return Error { cond.error() };
    const CaseListQuery::Condition& c = *cond;
    QSqlQuery q(m_db);
    if (auto st = bindAndRun(q,
                             QStringLiteral("SELECT r.reg_no, r.received_at, r.category_id, r.status, r.outcome, "
                                            "(SELECT group_concat(DISTINCT s.unit) FROM subjects s WHERE s.report_id = "
                                            "r.id AND s.deleted = 0), (SELECT group_concat(DISTINCT s.rank) FROM subjects "
                                            "s WHERE s.report_id = r.id AND s.deleted = 0) FROM reports r WHERE %1 "
                                            "ORDER BY r.received_at, r.reg_no")
                                 .arg(c.sql),
                             c.binds);
        !st)
        return Error { st.error() };
    QList<AnalysisListRow> out;
    while (q.next()) {
        AnalysisListRow row;
        row.regNo = q.value(0).toString();
        row.received = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs)
                           .toTimeZone(QTimeZone(8 * 3600))
                           .date();
        const QString category = q.value(2).toString();
        row.category = category.isEmpty() ? label(Dimension::Category, kNone) : label(Dimension::Category, category);
        row.status = label(Dimension::Status, q.value(3).toString());
        row.outcome = label(Dimension::Outcome, keyOrNone(q.value(4)));
        row.units = q.value(5).toString().replace(QLatin1Char(','), QStringLiteral("；"));
        row.ranks = q.value(6).toString().replace(QLatin1Char(','), QStringLiteral("；"));
        out << row;
    }
    return out;
}

} // namespace qf

#include "models/CaseListQuery.h"
#include "models/SqlError.h"

#include "models/ReportSearch.h"
#include "models/ReportStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace qf {

namespace {

const char* const kRowSelect =
    "SELECT r.rowid AS qf_rowid, r.*, c.name AS qf_category, o.name AS qf_office, u.name AS qf_handler, "
    "(SELECT group_concat(s.name || CASE WHEN coalesce(s.unit, '') = '' THEN '' ELSE '（' || s.unit || '）' END, '；') "
    " FROM subjects s WHERE s.report_id = r.id AND s.deleted = 0) AS qf_subjects "
    "FROM reports r LEFT JOIN categories c ON c.id = r.category_id "
    "LEFT JOIN organisations o ON o.id = r.handling_org_id LEFT JOIN users u ON u.id = r.handler_id ";

QString sortColumn(CaseListFilter::SortKey key)
{
    switch (key) {
    case CaseListFilter::SortKey::Received: return QStringLiteral("r.received_at");
    case CaseListFilter::SortKey::RegNo: return QStringLiteral("r.reg_no");
    case CaseListFilter::SortKey::Channel: return QStringLiteral("r.channel");
    case CaseListFilter::SortKey::Status: return QStringLiteral("r.status");
    case CaseListFilter::SortKey::TriageClass: return QStringLiteral("r.triage_class");
    case CaseListFilter::SortKey::Office: return QStringLiteral("r.handling_org_id");
    case CaseListFilter::SortKey::Handler: return QStringLiteral("r.handler_id");
    }
    return QStringLiteral("r.received_at");
}

QString terminalList()
{
    QStringList t;
    for (CaseState s : allStates()) {
        if (isTerminal(s))
            t << QLatin1Char('\'') + stateName(s) + QLatin1Char('\'');
    }
    return t.join(QLatin1Char(','));
}

} // namespace

CaseListQuery::CaseListQuery(QSqlDatabase db, const DeadlineClock& clock, QDateTime now)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_now(std::move(now))
{
}

QString CaseListQuery::dayStart(const QDate& day, bool china)
{
    if (!china)
        return day.toString(Qt::ISODate);
    return QDateTime(day, QTime(0, 0), QTimeZone(8 * 3600))
        .toUTC()
        .toString(Qt::ISODateWithMs);
}

CaseListQuery::Condition CaseListQuery::condition(const CaseListFilter& f)
{
    QStringList where { QStringLiteral("r.deleted = 0") };
    QVariantList binds;
    const QString none = QStringLiteral("none");
    auto placeholders = [](qsizetype n) { return QStringList(n, QStringLiteral("?")).join(QLatin1Char(',')); };
    if (!f.includeRestricted)
        where << QStringLiteral("r.restricted = 0");
    if (!f.statuses.isEmpty()) {
        where << QStringLiteral("r.status IN (%1)").arg(placeholders(f.statuses.size()));
        for (const QString& s : f.statuses)
            binds << s;
    }
    if (!f.excludeStatuses.isEmpty()) {
        where << QStringLiteral("r.status NOT IN (%1)").arg(placeholders(f.excludeStatuses.size()));
        for (const QString& s : f.excludeStatuses)
            binds << s;
    }
    if (f.triageClass == none) {
        where << QStringLiteral("r.triage_class IS NULL");
    } else if (!f.triageClass.isEmpty()) {
        where << QStringLiteral("r.triage_class = ?");
        binds << f.triageClass;
    }
    auto equal = [&](const QString& column, const QString& value) {
        if (!value.isEmpty()) {
            where << column + QStringLiteral(" = ?");
            binds << value;
        }
    };
    auto equalOrNone = [&](const QString& column, const QString& value) {
        if (value == none)
            where << QStringLiteral("coalesce(%1, '') = ''").arg(column);
        else
            equal(column, value);
    };
    auto anyOf = [&](const QString& column, const QStringList& values) {
        if (values.isEmpty())
            return;
        QStringList real;
        for (const QString& v : values)
            if (v != none)
                real << v;
        QStringList alternatives;
        if (values.contains(none))
            alternatives << column + QStringLiteral(" IS NULL");
        if (!real.isEmpty()) {
            alternatives << QStringLiteral("%1 IN (%2)").arg(column, placeholders(real.size()));
            for (const QString& v : std::as_const(real))
                binds << v;
        }
        where << QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    };
    equal(QStringLiteral("r.channel"), f.channel);
    equal(QStringLiteral("r.handling_org_id"), f.officeId);
    equal(QStringLiteral("r.handler_id"), f.handlerId);
    anyOf(QStringLiteral("r.category_id"), f.categoryIds);
    anyOf(QStringLiteral("r.handling_org_id"), f.handlingOrgIds);
    equalOrNone(QStringLiteral("r.region"), f.region);
    if (!f.regions.isEmpty()) {
        where << QStringLiteral("r.region IN (%1)").arg(placeholders(f.regions.size()));
        for (const QString& region : f.regions)
            binds << region;
    }
    equalOrNone(QStringLiteral("r.outcome"), f.outcome);
    auto subject = [&](const QString& column, const QString& value) {
        if (value.isEmpty())
            return;
        if (value == none) {
            where << QStringLiteral("NOT EXISTS (SELECT 1 FROM subjects s WHERE s.report_id = r.id AND s.deleted = 0 "
                                    "AND coalesce(s.%1, '') <> '')")
                         .arg(column);
        } else {
            where << QStringLiteral("EXISTS (SELECT 1 FROM subjects s WHERE s.report_id = r.id AND s.deleted = 0 "
                                    "AND s.%1 = ?)")
                         .arg(column);
            binds << value;
        }
    };
    for (const QString& unit : f.subjectUnits)
        subject(QStringLiteral("unit"), unit);
    if (!f.anySubjectUnits.isEmpty()) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM subjects s WHERE s.report_id = r.id AND s.deleted = 0 AND s.unit IN (%1))")
                     .arg(placeholders(f.anySubjectUnits.size()));
        for (const QString& unit : f.anySubjectUnits)
            binds << unit;
    }
    subject(QStringLiteral("rank"), f.subjectRank);
    if (f.anonymous)
        where << (*f.anonymous ? QStringLiteral("r.anonymous <> 0") : QStringLiteral("r.anonymous = 0"));
    if (f.repeat)
        where << (*f.repeat ? QStringLiteral("r.repeat_of IS NOT NULL") : QStringLiteral("r.repeat_of IS NULL"));
    if (f.referred)
        where << (*f.referred ? QStringLiteral("r.status = 'out_of_scope'") : QStringLiteral("r.status <> 'out_of_scope'"));
    equal(QStringLiteral("r.reporter_id"), f.reporterId);
    if (f.reportIds) {
        // One bind whatever the number of reports (a JSON array of the ids).
        where << QStringLiteral("r.id IN (SELECT value FROM json_each(?))");
        binds << QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(*f.reportIds)).toJson(QJsonDocument::Compact));
    }
    // received_at is ISO 8601 text: a day is a lower bound, the next day an upper one.
    if (f.from.isValid()) {
        where << QStringLiteral("r.received_at >= ?");
        binds << dayStart(f.from, f.chinaDays);
    }
    if (f.to.isValid()) {
        where << QStringLiteral("r.received_at < ?");
        binds << dayStart(f.to.addDays(1), f.chinaDays);
    }
    return { where.join(QStringLiteral(" AND ")), binds };
}

Result<QList<qint64>> CaseListQuery::keys(const CaseListFilter& f) const
{
    const Condition c = condition(f);
    QStringList where { c.sql };
    QVariantList binds = c.binds;
    if (f.light && *f.light != Light::None)
        where << QStringLiteral("r.status NOT IN (%1)").arg(terminalList());

    std::optional<QSet<qint64>> found;
    if (!ReportSearch::terms(f.search).isEmpty()) {
        auto ids = ReportSearch(m_db).matchingRowIds(f.search);
        if (!ids)
            return Error { ids.error() };
        if (ids->isEmpty())
            return QList<qint64> {};
        // Few matches: let SQLite look them up; many: filter the ordered scan here.
        if (ids->size() <= 5000) {
            QStringList list;
            list.reserve(ids->size());
            for (qint64 id : std::as_const(*ids))
                list << QString::number(id);
            where << QStringLiteral("r.rowid IN (%1)").arg(list.join(QLatin1Char(',')));
        } else {
            found = QSet<qint64>(ids->begin(), ids->end());
        }
    }

    const QString dir = f.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString order = sortColumn(f.sort) + dir;
    if (f.sort != CaseListFilter::SortKey::Received && f.sort != CaseListFilter::SortKey::RegNo)
        order += QStringLiteral(", r.received_at") + dir;
    order += QStringLiteral(", r.rowid") + dir;
    const bool needLight = f.light.has_value();
    const QString sql = QStringLiteral("%1 WHERE %2 ORDER BY %3")
                            .arg(needLight ? QString::fromUtf8(kRowSelect) : QStringLiteral("SELECT r.rowid FROM reports r"),
                                 where.join(QStringLiteral(" AND ")), order);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Error { tr("Cannot list the reports: %1").arg(SqlError::text(q.lastError())) };
    for (const QVariant& b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec())
        return Error { tr("Cannot list the reports: %1").arg(SqlError::text(q.lastError())) };
    QList<qint64> out;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (found && !found->contains(id))
            continue;
        if (needLight && m_clock.evaluate(ReportStore::fromRecord(q.record()), m_now).light != *f.light)
            continue;
        out << id;
    }
    return out;
}

Result<QList<CaseListRow>> CaseListQuery::rows(const QList<qint64>& rowIds) const
{
    if (rowIds.isEmpty())
        return QList<CaseListRow> {};
    QStringList list;
    for (qint64 id : rowIds)
        list << QString::number(id);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QString::fromUtf8(kRowSelect) + QStringLiteral("WHERE r.rowid IN (%1)").arg(list.join(QLatin1Char(',')))))
        return Error { tr("Cannot read the reports: %1").arg(SqlError::text(q.lastError())) };
    QHash<qint64, CaseListRow> byId;
    while (q.next()) {
        const QSqlRecord rec = q.record();
        const Report report = ReportStore::fromRecord(rec);
        const DeadlineStatus light = m_clock.evaluate(report, m_now);
        CaseListRow row;
        row.rowId = rec.value(QStringLiteral("qf_rowid")).toLongLong();
        row.id = report.id;
        row.regNo = report.regNo;
        row.receivedAt = report.receivedAt;
        row.channel = report.channel;
        row.category = rec.value(QStringLiteral("qf_category")).toString();
        row.subjects = rec.value(QStringLiteral("qf_subjects")).toString();
        row.status = rec.value(QStringLiteral("status")).toString();
        row.triageClass = rec.value(QStringLiteral("triage_class")).toString();
        row.light = light.light;
        row.lightReason = light.reason;
        row.due = light.due;
        row.clock = light.clock;
        row.office = rec.value(QStringLiteral("qf_office")).toString();
        row.handler = rec.value(QStringLiteral("qf_handler")).toString();
        row.restricted = report.restricted;
        byId.insert(row.rowId, row);
    }
    QList<CaseListRow> out;
    out.reserve(rowIds.size());
    for (qint64 id : rowIds) {
        if (auto it = byId.constFind(id); it != byId.constEnd())
            out << *it;
    }
    return out;
}

Result<QList<CaseListRow>> CaseListQuery::flagged(bool includeRestricted) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT r.rowid FROM reports r WHERE r.deleted = 0 AND r.status NOT IN (%1)%2")
                    .arg(terminalList(), includeRestricted ? QString() : QStringLiteral(" AND r.restricted = 0"))))
        return Error { tr("Cannot read the reports: %1").arg(SqlError::text(q.lastError())) };
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<CaseListRow> out;
    constexpr int kChunk = 2000;
    for (qsizetype i = 0; i < ids.size(); i += kChunk) {
        auto chunk = rows(ids.mid(i, kChunk));
        if (!chunk)
            return chunk;
        for (const CaseListRow& r : std::as_const(*chunk)) {
            if (r.light == Light::Yellow || r.light == Light::Orange || r.light == Light::Red || r.light == Light::Overdue)
                out << r;
        }
    }
    return out;
}

} // namespace qf

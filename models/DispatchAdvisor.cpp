#include "models/DispatchAdvisor.h"
#include "models/SqlError.h"

#include "models/Database.h"
#include "models/DispatchTables.h"
#include "models/Report.h"
#include "models/ReportStore.h"
#include "models/Writer.h"

#include <QSqlError>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace qf {

namespace {

bool sameText(const QString& a, const QString& b)
{
    return !a.isEmpty() && a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

DispatchAdvisor::DispatchAdvisor(ReportStore& reports, CaseStateMachine& machine)
    : m_reports(reports)
    , m_machine(machine)
{
}

// The rows are added through the tables' store, with its checks.
Status DispatchAdvisor::addJurisdiction(const JurisdictionRule& r)
{
    auto id = DispatchTables(m_reports.writer()).save(JurisdictionRow { {}, r.orgId, {}, r.unit, r.region, r.ranks, {} });
    if (!id)
        return Error { id.error() };
    return {};
}

Status DispatchAdvisor::addRecusal(const QString& userId, const QString& unit, const QString& subjectName,
                                   const QString& reason)
{
    auto id = DispatchTables(m_reports.writer()).save(RecusalRow { {}, userId, {}, unit, subjectName, reason });
    if (!id)
        return Error { id.error() };
    return {};
}

Status DispatchAdvisor::addCapability(const QString& userId, const QString& orgId, const QStringList& areas,
                                      int maxLoad)
{
    auto id = DispatchTables(m_reports.writer())
                  .save(CapabilityRow { {}, userId, {}, orgId, {}, areas, 0, maxLoad });
    if (!id)
        return Error { id.error() };
    return {};
}

Result<bool> DispatchAdvisor::isRecused(const QString& userId, const Report& report) const
{
    QSqlQuery q(m_reports.writer().database().connection());
    q.prepare(QStringLiteral("SELECT unit, subject_name FROM recusals WHERE user_id = ? AND deleted = 0"));
    q.addBindValue(userId);
    if (!q.exec())
        return Error { tr("Cannot read the recusal table: %1").arg(SqlError::text(q.lastError())) };
    while (q.next())
        for (const Subject& s : report.subjects)
            if (sameText(q.value(0).toString(), s.unit) || sameText(q.value(1).toString(), s.name))
                return true;
    return false;
}

Result<QList<DispatchProposal>> DispatchAdvisor::propose(const QString& reportId) const
{
    auto report = m_reports.get(reportId);
    if (!report)
        return Error { report.error() };
    QSqlDatabase db = m_reports.writer().database().connection();

    // Offices by jurisdiction: every criterion given must match one of the subjects.
    QHash<QString, QPair<int, QStringList>> offices;
    QSqlQuery j(db);
    if (!j.exec(QStringLiteral("SELECT org_id, unit, region, ranks FROM jurisdictions WHERE deleted = 0")))
        return Error { tr("Cannot read the jurisdiction table: %1").arg(SqlError::text(j.lastError())) };
    while (j.next()) {
        const QString unit = j.value(1).toString();
        const QString region = j.value(2).toString();
        const QStringList ranks = j.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        int score = 0;
        QStringList why;
        bool matches = true;
        if (!unit.isEmpty()) {
            const bool hit = std::any_of(report->subjects.cbegin(), report->subjects.cend(),
                                         [&](const Subject& s) { return sameText(unit, s.unit); });
            matches = matches && hit;
            score += 10;
            why << tr("its jurisdiction covers the unit %1").arg(unit);
        }
        if (!region.isEmpty()) {
            matches = matches && sameText(region, report->region);
            score += 10;
            why << tr("its jurisdiction covers the region %1").arg(region);
        }
        if (!ranks.isEmpty()) {
            const bool hit = std::any_of(report->subjects.cbegin(), report->subjects.cend(), [&](const Subject& s) {
                return std::any_of(ranks.cbegin(), ranks.cend(), [&](const QString& r) { return sameText(r, s.rank); });
            });
            matches = matches && hit;
            score += 10;
            why << tr("it manages cadres of rank %1").arg(ranks.join(QStringLiteral(", ")));
        }
        if (!matches)
            continue;
        auto& o = offices[j.value(0).toString()];
        if (score >= o.first)
            o = { score, why };
    }

    // The report's category and the categories above it, by id and by code: an officer whose
    // areas name a category knows its subcategories too.
    QSet<QString> categoryKeys;
    QSqlQuery up(db);
    up.prepare(QStringLiteral("SELECT code, parent_id FROM categories WHERE id = ?"));
    for (QString at = report->categoryId; !at.isEmpty() && !categoryKeys.contains(at);) {
        categoryKeys.insert(at);
        up.bindValue(0, at);
        if (!up.exec())
            return Error { tr("Cannot read the categories: %1").arg(SqlError::text(up.lastError())) };
        if (!up.next())
            break;
        categoryKeys.insert(up.value(0).toString());
        at = up.value(1).toString();
    }

    QList<DispatchProposal> proposals;
    for (auto it = offices.cbegin(); it != offices.cend(); ++it) {
        QSqlQuery c(db);
        c.prepare(QStringLiteral(
            "SELECT c.user_id, c.areas, c.max_load, c.base_load + (SELECT COUNT(*) FROM reports r WHERE "
            "r.handler_id = c.user_id AND r.deleted = 0 AND r.status IN ('dispatched', 'handling', "
            "'send_back_pending')) FROM capabilities c WHERE c.org_id = ? AND c.deleted = 0 ORDER BY c.user_id"));
        c.addBindValue(it.key());
        if (!c.exec())
            return Error { tr("Cannot read the capability table: %1").arg(SqlError::text(c.lastError())) };
        bool anyOfficer = false;
        while (c.next()) {
            anyOfficer = true;
            const QString user = c.value(0).toString();
            auto recused = isRecused(user, *report);
            if (!recused)
                return Error { recused.error() };
            if (*recused)
                continue;
            DispatchProposal p { it.key(), user, it->first, it->second };
            const QStringList areas = c.value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (std::any_of(areas.cbegin(), areas.cend(), [&](const QString& a) { return categoryKeys.contains(a); })) {
                p.score += 5;
                p.reasons << tr("the handler's areas include this category");
            }
            const int load = c.value(3).toInt();
            const int maxLoad = c.value(2).toInt();
            if (load < maxLoad) {
                p.score += 3;
                p.reasons << tr("not recused; %n open case(s) of at most %1", nullptr, load).arg(maxLoad);
            } else {
                p.reasons << tr("not recused; at capacity with %n open case(s)", nullptr, load);
            }
            p.score -= load;
            proposals << p;
        }
        if (!anyOfficer)
            proposals << DispatchProposal { it.key(), QString(), it->first,
                                            it->second + QStringList { tr("no handler on record in this office") } };
    }
    std::stable_sort(proposals.begin(), proposals.end(), [](const auto& a, const auto& b) {
        return a.score != b.score ? a.score > b.score : a.handlerId < b.handlerId;
    });
    return proposals;
}

Status DispatchAdvisor::dispatch(const QString& reportId, Transition how, const QString& orgId,
                                 const QString& handlerId, const QString& overrideReason, const Actor& actor,
                                 QVariantMap params)
{
    if (!isDispatch(how))
        return Error { tr("%1 is not a way of dispatching.").arg(transitionName(how)) };
    auto report = m_reports.get(reportId);
    if (!report)
        return Error { report.error() };
    if (!handlerId.isEmpty()) {
        auto recused = isRecused(handlerId, *report);
        if (!recused)
            return Error { recused.error() };
        if (*recused)
            return Error { tr("The chosen handler is recused from this unit or person.") };
    }
    auto proposals = propose(report->id);
    if (!proposals)
        return Error { proposals.error() };
    const bool followsTop = !proposals->isEmpty() && proposals->first().orgId == orgId
        && (handlerId.isEmpty() || proposals->first().handlerId == handlerId);
    if (!followsTop && overrideReason.trimmed().isEmpty())
        return Error { tr("The choice differs from the proposal; give the reason for overriding it.") };
    params.insert(QStringLiteral("target_org"), orgId);
    if (!handlerId.isEmpty())
        params.insert(QStringLiteral("handler"), handlerId);
    params.insert(QStringLiteral("followed_proposal"), followsTop);
    if (!followsTop)
        params.insert(QStringLiteral("override_reason"), overrideReason.trimmed());
    return m_machine.apply(report->id, how, params, actor);
}

} // namespace qf

#pragma once

#include "models/CaseStateMachine.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace qf {

class ReportStore;
struct Report;

// One proposed handling office and handler, with the reasons in plain words.
struct DispatchProposal
{
    QString orgId;
    QString handlerId; // empty when the office has no officer on record
    int score = 0;
    QStringList reasons;
};

// Rows of the dispatch tables (管辖库, 回避库, 能力库); kept through the Writer (synced).
struct JurisdictionRule
{
    QString orgId;
    QString unit;   // empty: any unit
    QString region; // empty: any region
    QStringList ranks; // empty: any rank
};

// Proposes where a report should go (seven-step method, step 5): offices whose jurisdiction
// matches the reported persons' unit, region and rank; in each, the officers not recused
// from the unit or person, ranked by area match (category) and current load.
//
// Score: jurisdiction +10 per matching criterion (unit, region, rank), area match +5,
// load below capacity +3 minus one per open case. Recused officers are never proposed.
class DispatchAdvisor
{
    Q_DECLARE_TR_FUNCTIONS(qf::DispatchAdvisor)

public:
    DispatchAdvisor(ReportStore& reports, CaseStateMachine& machine);

    Status addJurisdiction(const JurisdictionRule& rule);
    Status addRecusal(const QString& userId, const QString& unit, const QString& subjectName, const QString& reason);
    Status addCapability(const QString& userId, const QString& orgId, const QStringList& areas, int maxLoad = 20);

    Result<QList<DispatchProposal>> propose(const QString& reportId) const;
    Result<bool> isRecused(const QString& userId, const Report& report) const;

    // Dispatches (transfer, forward, assign_down, report_up). Choosing other than the top
    // proposal needs an override reason, kept in the event; a recused officer is refused.
    Status dispatch(const QString& reportId, Transition how, const QString& orgId, const QString& handlerId,
                    const QString& overrideReason, const Actor& actor, QVariantMap params = {});

private:
    ReportStore& m_reports;
    CaseStateMachine& m_machine;
};

} // namespace qf

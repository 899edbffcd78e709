#include "models/CaseLabels.h"

namespace qf {

QString CaseLabels::transition(Transition t)
{
    switch (t) {
    case Transition::SignFor: return tr("Sign for (签收)");
    case Transition::Accept: return tr("Accept (受理)");
    case Transition::RejectOutOfScope: return tr("Out of scope: refer to the competent body");
    case Transition::FileAsRepeat: return tr("File as a repeat");
    case Transition::Triage: return tr("Triage (初筛)");
    case Transition::RequestEvidence: return tr("Request evidence (补证)");
    case Transition::ReceiveEvidence: return tr("Evidence received");
    case Transition::SubmitForReview: return tr("Submit for the collective review");
    case Transition::Decide: return tr("Record the review decision");
    case Transition::Transfer: return tr("Transfer (移送)");
    case Transition::Forward: return tr("Forward (转送)");
    case Transition::AssignDown: return tr("Assign down (交办)");
    case Transition::ReportUp: return tr("Report up (上报)");
    case Transition::BeginHandling: return tr("Begin handling");
    case Transition::RequestSendBack: return tr("Ask to send back (退回)");
    case Transition::ApproveSendBack: return tr("Approve the send-back");
    case Transition::RejectSendBack: return tr("Reject the send-back");
    case Transition::RequestRemoval: return tr("Ask to remove (no substance)");
    case Transition::ApproveRemoval: return tr("Approve the removal");
    case Transition::RejectRemoval: return tr("Reject the removal");
    case Transition::Conclude: return tr("Conclude (办结)");
    case Transition::Review: return tr("Post-closing review done (复盘)");
    }
    return transitionName(t);
}

QString CaseLabels::status(const QString& code)
{
    const auto s = stateFromName(code);
    if (!s)
        return code;
    switch (*s) {
    case CaseState::AwaitingSignature: return tr("Awaiting signature");
    case CaseState::Registered: return tr("Registered");
    case CaseState::OutOfScope: return tr("Out of scope");
    case CaseState::Filed: return tr("Filed");
    case CaseState::Accepted: return tr("Accepted");
    case CaseState::Triaged: return tr("Triaged");
    case CaseState::KeyAttention: return tr("Key attention");
    case CaseState::ReminderSent: return tr("Reminder sent");
    case CaseState::EvidenceRequested: return tr("Evidence requested");
    case CaseState::EvidenceReceived: return tr("Evidence received");
    case CaseState::AwaitingReview: return tr("Awaiting review");
    case CaseState::Decided: return tr("Decided");
    case CaseState::Dispatched: return tr("Dispatched");
    case CaseState::Handling: return tr("Handling");
    case CaseState::SendBackPending: return tr("Send-back pending");
    case CaseState::RemovalPending: return tr("Removal pending");
    case CaseState::Removed: return tr("Removed");
    case CaseState::Concluded: return tr("Concluded");
    case CaseState::Reviewed: return tr("Reviewed");
    }
    return code;
}

QString CaseLabels::channel(const QString& code)
{
    if (code == QLatin1String("letter"))
        return tr("Letter");
    if (code == QLatin1String("visit"))
        return tr("Visit");
    if (code == QLatin1String("phone"))
        return tr("Phone");
    if (code == QLatin1String("online"))
        return tr("Online");
    if (code == QLatin1String("forwarded"))
        return tr("Forwarded");
    if (code == QLatin1String("handed_over"))
        return tr("Handed over");
    return code;
}

QString CaseLabels::light(Light light)
{
    switch (light) {
    case Light::None: return tr("None");
    case Light::Green: return tr("Green");
    case Light::Yellow: return tr("Yellow");
    case Light::Orange: return tr("Orange");
    case Light::Red: return tr("Red");
    case Light::Overdue: return tr("Overdue");
    }
    return {};
}

QString CaseLabels::triageClass(const QString& code)
{
    return code.isEmpty() ? QString() : tr("Class %1").arg(code);
}

QStringList CaseLabels::channelCodes()
{
    return { QStringLiteral("letter"), QStringLiteral("visit"),     QStringLiteral("phone"),
             QStringLiteral("online"), QStringLiteral("forwarded"), QStringLiteral("handed_over") };
}

QList<Light> CaseLabels::lights()
{
    return { Light::Green, Light::Yellow, Light::Orange, Light::Red, Light::Overdue, Light::None };
}

} // namespace qf

#include "models/CaseState.h"

namespace qf {

namespace {

template <typename E>
struct Named
{
    E value;
    const char* name;
};

const QList<Named<CaseState>>& states()
{
    static const QList<Named<CaseState>> list = {
        { CaseState::AwaitingSignature, "awaiting_signature" },
        { CaseState::Registered, "registered" },
        { CaseState::OutOfScope, "out_of_scope" },
        { CaseState::Filed, "filed" },
        { CaseState::Accepted, "accepted" },
        { CaseState::Triaged, "triaged" },
        { CaseState::KeyAttention, "key_attention" },
        { CaseState::ReminderSent, "reminder_sent" },
        { CaseState::EvidenceRequested, "evidence_requested" },
        { CaseState::EvidenceReceived, "evidence_received" },
        { CaseState::AwaitingReview, "awaiting_review" },
        { CaseState::Decided, "decided" },
        { CaseState::Dispatched, "dispatched" },
        { CaseState::Handling, "handling" },
        { CaseState::SendBackPending, "send_back_pending" },
        { CaseState::RemovalPending, "removal_pending" },
        { CaseState::Removed, "removed" },
        { CaseState::Concluded, "concluded" },
        { CaseState::Reviewed, "reviewed" },
    };
    return list;
}

const QList<Named<Transition>>& transitions()
{
    static const QList<Named<Transition>> list = {
        { Transition::SignFor, "sign_for" },
        { Transition::Accept, "accept" },
        { Transition::RejectOutOfScope, "out_of_scope" },
        { Transition::FileAsRepeat, "file_as_repeat" },
        { Transition::Triage, "triage" },
        { Transition::RequestEvidence, "request_evidence" },
        { Transition::ReceiveEvidence, "receive_evidence" },
        { Transition::SubmitForReview, "submit_for_review" },
        { Transition::Decide, "decide" },
        { Transition::Transfer, "transfer" },
        { Transition::Forward, "forward" },
        { Transition::AssignDown, "assign_down" },
        { Transition::ReportUp, "report_up" },
        { Transition::BeginHandling, "begin_handling" },
        { Transition::RequestSendBack, "request_send_back" },
        { Transition::ApproveSendBack, "approve_send_back" },
        { Transition::RejectSendBack, "reject_send_back" },
        { Transition::RequestRemoval, "request_removal" },
        { Transition::ApproveRemoval, "approve_removal" },
        { Transition::RejectRemoval, "reject_removal" },
        { Transition::Conclude, "conclude" },
        { Transition::Review, "review" },
    };
    return list;
}

const QList<Named<Outcome>>& outcomes()
{
    static const QList<Named<Outcome>> list = {
        { Outcome::TalkInquiry, "talk_inquiry" },
        { Outcome::PreliminaryVerification, "preliminary_verification" },
        { Outcome::StoredPending, "stored_pending" },
        { Outcome::ClosedNoAction, "closed_no_action" },
    };
    return list;
}

template <typename E>
QString nameOf(const QList<Named<E>>& list, E value)
{
    for (const auto& n : list)
        if (n.value == value)
            return QString::fromLatin1(n.name);
    return {};
}

template <typename E>
std::optional<E> valueOf(const QList<Named<E>>& list, const QString& name)
{
    for (const auto& n : list)
        if (name == QLatin1String(n.name))
            return n.value;
    return std::nullopt;
}

} // namespace

QString stateName(CaseState s) { return nameOf(states(), s); }
std::optional<CaseState> stateFromName(const QString& name) { return valueOf(states(), name); }
QString transitionName(Transition t) { return nameOf(transitions(), t); }
std::optional<Transition> transitionFromName(const QString& name) { return valueOf(transitions(), name); }
QString outcomeName(Outcome o) { return nameOf(outcomes(), o); }
std::optional<Outcome> outcomeFromName(const QString& name) { return valueOf(outcomes(), name); }

QString triageClassName(TriageClass c)
{
    switch (c) {
    case TriageClass::A:
        return QStringLiteral("A");
    case TriageClass::B:
        return QStringLiteral("B");
    case TriageClass::C:
        return QStringLiteral("C");
    }
    return {};
}

std::optional<TriageClass> triageClassFromName(const QString& name)
{
    if (name == QLatin1String("A"))
        return TriageClass::A;
    if (name == QLatin1String("B"))
        return TriageClass::B;
    if (name == QLatin1String("C"))
        return TriageClass::C;
    return std::nullopt;
}

QList<CaseState> allStates()
{
    QList<CaseState> l;
    for (const auto& n : states())
        l << n.value;
    return l;
}

QList<Transition> allTransitions()
{
    QList<Transition> l;
    for (const auto& n : transitions())
        l << n.value;
    return l;
}

bool isTerminal(CaseState s)
{
    return s == CaseState::OutOfScope || s == CaseState::Filed || s == CaseState::Removed || s == CaseState::Reviewed;
}

bool isDispatch(Transition t)
{
    return t == Transition::Transfer || t == Transition::Forward || t == Transition::AssignDown
        || t == Transition::ReportUp;
}

} // namespace qf

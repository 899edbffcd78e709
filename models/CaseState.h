#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace qf {

// The states of a report (column reports.status) and the commands that move it. The table
// of legal moves is in CaseStateMachine.h.
enum class CaseState {
    AwaitingSignature, // forwarded / handed-over item not yet signed for (签收)
    Registered,
    OutOfScope,        // lawful referral to the body named (terminal)
    Filed,             // repeat item kept on file (terminal)
    Accepted,          // pre-check passed (受理)
    Triaged,           // class A: goes on to evidence / review
    KeyAttention,      // class B: key-attention pool (重点关注库)
    ReminderSent,      // class C: reminder letter to the responsible department
    EvidenceRequested,
    EvidenceReceived,
    AwaitingReview,    // waits for the collective review meeting (研判)
    Decided,           // one of the four outcomes recorded
    Dispatched,        // transferred, forwarded, assigned down or reported up
    Handling,
    SendBackPending,   // 退回 asked for, waits for a leader's approval
    RemovalPending,    // removal of an item without substance, waits for approval
    Removed,           // (terminal)
    Concluded,         // 办结
    Reviewed,          // 复盘 done (terminal)
};

enum class Transition {
    SignFor,
    Accept,
    RejectOutOfScope,
    FileAsRepeat,
    Triage,
    RequestEvidence,
    ReceiveEvidence,
    SubmitForReview,
    Decide,
    Transfer,   // 移送 to the supervision office; case management notified
    Forward,    // 转送 to another body
    AssignDown, // 交办 to a lower office, optionally supervised (督办)
    ReportUp,   // 上报 to the higher office
    BeginHandling,
    RequestSendBack,
    ApproveSendBack,
    RejectSendBack,
    RequestRemoval,
    ApproveRemoval,
    RejectRemoval,
    Conclude,
    Review,
};

// The four decisions of the review meeting.
enum class Outcome { TalkInquiry, PreliminaryVerification, StoredPending, ClosedNoAction };

enum class TriageClass { A, B, C };

QString stateName(CaseState s);
std::optional<CaseState> stateFromName(const QString& name);
QString transitionName(Transition t);
std::optional<Transition> transitionFromName(const QString& name);
QString outcomeName(Outcome o);
std::optional<Outcome> outcomeFromName(const QString& name);
QString triageClassName(TriageClass c);
std::optional<TriageClass> triageClassFromName(const QString& name);

QList<CaseState> allStates();
QList<Transition> allTransitions();
bool isTerminal(CaseState s);
bool isDispatch(Transition t);

} // namespace qf

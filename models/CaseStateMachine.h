#pragma once

#include "models/CaseState.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVariantMap>

namespace qf {

class ReportStore;
class Writer;
struct Report;

// Who asks for a move: the user id (author of the event) and the role (users.role).
struct Actor
{
    QString userId;
    QString role;
};

// Everything the legality check needs besides the state: pure data, no database, so that the
// sync service can run the same check on commands arriving from devices.
struct TransitionContext
{
    QString role;
    bool principalLeader = false;           // the report concerns the office's own 一把手
    std::optional<CaseState> pendingFrom;    // the state before a pending approval
    std::optional<Outcome> outcome;          // the decision already recorded
    QVariantMap params;                      // the command's parameters (see the table)
};

// The one state machine of a report. Every status change is a command checked here; a legal
// one updates the row and appends an event (kind = the transition's name, payload = from,
// to and the parameters) in one transaction.
//
// | from                                         | transition        | to                          | needs                               |
// |----------------------------------------------|-------------------|-----------------------------|-------------------------------------|
// | awaiting_signature                           | sign_for          | registered                  |                                     |
// | registered                                   | accept            | accepted                    |                                     |
// | registered                                   | out_of_scope      | out_of_scope                | referred_to (the competent body)    |
// | registered, accepted                         | file_as_repeat    | filed                       | repeat_of (an existing report)      |
// | accepted, key_attention                      | triage            | A: triaged, B: key_attention, C: reminder_sent | verifiability, typicality, timeliness 1-5 |
// | triaged, evidence_received                   | request_evidence  | evidence_requested          | (a second request comes from evidence_received) |
// | evidence_requested                           | receive_evidence  | evidence_received           |                                     |
// | triaged, evidence_received, key_attention    | submit_for_review | awaiting_review             |                                     |
// | awaiting_review                              | decide            | decided                     | outcome; role supervisor/meeting_chair/administrator |
// | decided (talk_inquiry, preliminary_verification) | transfer, forward, assign_down, report_up | dispatched | target_org; assign_down may carry supervised=1 (督办) |
// | registered, accepted, triaged (principal leader) | report_up     | dispatched                  | target_org (the higher office)      |
// | dispatched                                   | begin_handling    | handling                    | optional handler                    |
// | dispatched, handling                         | request_send_back | send_back_pending           | reason                              |
// | send_back_pending                            | approve_send_back | awaiting_review             | approver role                       |
// | send_back_pending                            | reject_send_back  | the state before            | approver role                       |
// | accepted, triaged, key_attention, awaiting_review | request_removal | removal_pending           | reason                              |
// | removal_pending                              | approve_removal   | removed                     | approver role                       |
// | removal_pending                              | reject_removal    | the state before            | approver role                       |
// | handling, reminder_sent, decided (stored_pending, closed_no_action) | conclude | concluded      | optional substantiated=yes/no       |
// | concluded                                    | review            | reviewed                    |                                     |
//
// A report about the office's own principal leader can only leave by report_up. A transfer
// also appends the event 'case_management_notified'. Every command may carry at=ISO time
// (when it happened; default now) and override_reason.
class CaseStateMachine
{
    Q_DECLARE_TR_FUNCTIONS(qf::CaseStateMachine)

public:
    explicit CaseStateMachine(ReportStore& reports);

    // Pure: the state after the transition, or why it is not allowed.
    static Result<CaseState> next(CaseState from, Transition transition, const TransitionContext& context);
    static TransitionContext contextFor(const Report& report, const QString& role, const QVariantMap& params);

    Status apply(const QString& reportId, Transition transition, const QVariantMap& params, const Actor& actor);

private:
    ReportStore& m_reports;
};

} // namespace qf

#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace qf {

// A participant of a review meeting (研判会) and the department they speak for.
struct MeetingParticipant
{
    QString id;
    QString name;
    QString department; // case_management 案管, trial 审理, inspection 巡察, organisation 组织, audit 审计,
                        // registry 信访
    bool sittingIn = false; // 列席 rather than attending (出席)
};

// What the meeting decided about one case.
enum class MeetingDecision {
    None,
    TalkInquiry, // 谈话函询
    PreliminaryVerification, // 初步核实
    StoredPending, // 暂存待查
    ClosedNoAction, // 予以了结
    Dispatch, // 分送 (after 初步核实) to the office named
    SendBack, // 退回 a dispatched case
    Deferred, // 暂缓: comes back at a later meeting
};
QString meetingDecisionName(MeetingDecision d);
MeetingDecision meetingDecisionFromName(const QString& name);

// One case on the agenda, in the chair's order, with what was said and decided.
struct AgendaItem
{
    QString id;
    QString reportId;
    int position = 0;
    QString reason; // class_a, must_review, put_forward, added
    MeetingDecision decision = MeetingDecision::None;
    QString targetOrg; // for a dispatch
    QString reasons; // the grounds of the decision
    QString opinions; // the participants' opinions
    QString dissent; // 不同意见
    QDate deadline;
    int seconds = 0; // time spent on the case
    QDateTime decidedAt;
};

struct Meeting
{
    QString id;
    QDate heldOn;
    QString place;
    QString chairId;    // the user who opened the meeting
    int number = 0;     // 第N次 in the year of heldOn (0: not numbered)
    QString chairName;  // 主持人 as printed in the minutes
    QString recorder;   // 记录人
    QList<MeetingParticipant> participants;
    QList<AgendaItem> items;
};

// 集体研判纪要: a draft until the chair confirms it; confirmed minutes never change, an
// amendment is a new record pointing at the one it amends.
struct Minutes
{
    QString id;
    QString meetingId;
    int version = 1;
    QString amends;
    bool confirmed = false;
    QString body; // the minutes as rich text (HTML)
    QString confirmedBy;
    QDateTime confirmedAt;
};

} // namespace qf

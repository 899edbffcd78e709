#pragma once

#include "models/CaseStateMachine.h"
#include "models/Meeting.h"
#include "models/Result.h"

#include <QCoreApplication>

namespace qf {

class Database;
class ReportStore;
class Writer;

// The review meeting (研判会) in the store: meetings, participants, the ordered agenda, the
// decision per case and the minutes. Every write goes through the Writer; a decision is also
// written to its case through the CaseStateMachine (decide, transfer, request_send_back) plus
// a 'meeting_decision' event whose source is the meeting. Confirmed minutes are refused for
// edit here and, as a second line, by triggers in the schema.
class MeetingStore
{
    Q_DECLARE_TR_FUNCTIONS(qf::MeetingStore)

public:
    MeetingStore(Writer& writer, ReportStore& reports, CaseStateMachine& machine);

    Writer& writer() { return m_writer; }

    // The handling deadline a review meeting set for the report (its latest decision with
    // one), or an invalid date.
    static Result<QDate> decidedDeadline(const Database& db, const QString& reportId);

    static QStringList departments();
    static QString departmentName(const QString& code);

    // A new meeting takes the next number of its year (第N次).
    Result<QString> create(const QDate& heldOn, const QString& place, const QString& chairId);
    // The next number of a year's meetings: one more than the highest so far.
    Result<int> nextNumber(int year) const;
    // The heading of the minutes: number in the year, place, chair (主持人) and recorder (记录人).
    Status setHeading(const QString& meetingId, int number, const QString& place, const QString& chairName,
                      const QString& recorder);
    Result<Meeting> load(const QString& meetingId) const;
    Result<QList<Meeting>> list() const; // newest first, without items

    // sittingIn: 列席 (sits in) rather than 出席 (attends).
    Result<QString> addParticipant(const QString& meetingId, const QString& name, const QString& department,
                                   bool sittingIn = false);
    Status removeParticipant(const QString& participantId);

    // The agenda: an item is added at the end; moving renumbers the positions.
    Result<QString> addItem(const QString& meetingId, const QString& reportId, const QString& reason);
    Status moveItem(const QString& meetingId, const QString& itemId, int newPosition);
    Status saveNotes(const AgendaItem& item); // reasons, opinions, dissent, deadline, seconds

    // An officer puts a case forward for the next meeting.
    Result<QString> propose(const QString& reportId, const QString& proposedBy, const QString& reason);

    // Writes the decision to the agenda item and to the case, all or nothing. A dispatch
    // needs targetOrg; 予以了结 (closed, no action) and 退回 (send back) need the reasons on
    // the item (saveNotes) first. What the decision changed on the case is kept in its
    // meeting_decision event, so that it can be undone.
    Status decide(
        const QString& itemId, MeetingDecision decision, const Actor& chair, const QString& targetOrg = {});
    // Whether a decision needs written reasons.
    static bool needsReasons(MeetingDecision decision);
    // Takes a decision back until the meeting's minutes are confirmed: the case gets back
    // what the decision changed (refused when it has changed since), the item is undecided,
    // and a meeting_decision_undone event says who took it back.
    Status undo(const QString& itemId, const Actor& chair);

    // Minutes: the newest record of a meeting (none yet: an error).
    Result<Minutes> latestMinutes(const QString& meetingId) const;
    Result<Minutes> minutes(const QString& minutesId) const;
    // Writes the draft (creating it when the meeting has none); refused once confirmed.
    Result<QString> saveDraft(const QString& meetingId, const QString& body);
    Status updateMinutes(const QString& minutesId, const QString& body);
    Status confirm(const QString& minutesId, const Actor& chair);
    // A new draft linked to the confirmed minutes it amends.
    Result<QString> amend(const QString& minutesId, const QString& body);

private:
    Result<AgendaItem> item(const QString& itemId, QString* meetingId) const;
    Result<QVariantMap> reportFields(const QString& reportId);
    Status applyToCase(const QString& meetingId, const AgendaItem& item, MeetingDecision decision,
        const Actor& chair, const QString& targetOrg);

    Writer& m_writer;
    ReportStore& m_reports;
    CaseStateMachine& m_machine;
};

} // namespace qf

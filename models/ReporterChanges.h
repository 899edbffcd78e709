#pragma once

#include "models/CaseStateMachine.h"
#include "models/PersonStore.h"
#include "models/Report.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QString>

namespace qf {

class ReportStore;

// What a change of the reporter did.
struct ReporterChange
{
    QString personId;
    bool existingPerson = false; // the ID number was already on file: that person is linked
    bool changed = false;        // false: what was given is what is on file, nothing written
};

// The reporter of a registered report (the registry's 信息校正): making an anonymous report
// real-name, correcting the reporter's name, ID number and phone, or making a report
// anonymous. Only roles that may see reporter identities may do it (the same roles as the
// audited "show the identity"), and never on a restricted report the role may not see.
//
// Each change is one transaction through the Writer with one event in the report's
// history, which says that something changed and (through its author) who changed it, but
// never carries the identity:
// | change                       | event             | payload                               |
// |------------------------------|-------------------|---------------------------------------|
// | anonymous -> real name       | anonymity_changed | real_name: true, existing_person      |
// | real name -> anonymous       | anonymity_changed | real_name: false                      |
// | details corrected            | reporter_changed  | fields: the names of what changed     |
// | another person on file named | reporter_changed  | relinked: true                        |
//
// The person is created, or found by the blind index of the ID number as at the check-in
// desk (a known person is linked as on file, not overwritten). Making a report anonymous
// only unlinks the reporter: the person row is kept, sealed as before - it may be the
// visitor of other reports, and nobody expects a switch of a flag to destroy an identity;
// switching back links the same person again through the ID number.
//
// The acceptance-notice and result-feedback clocks (DeadlineClock) and the feedback notices
// (FeedbackNotices) follow reports.anonymous, so they start or stop with the switch; the
// acceptance notice then counts from the day of receipt, as for any real-name report.
class ReporterChanges
{
    Q_DECLARE_TR_FUNCTIONS(qf::ReporterChanges)

public:
    ReporterChanges(ReportStore& reports, PersonStore& persons);

    // What the intake desk asks of a real-name reporter: a name, the ID number or a phone
    // to be answered, and an ID number that passes IdNumber::check (the failed rule named).
    // Trims and normalises the identity in place.
    static Status checkIdentity(PersonIdentity& identity);

    // Anonymous report: links the reporter (new person or the one on file with this ID
    // number). Real-name report: corrects the linked person's name, ID number and phone,
    // or links the person on file when the corrected ID number is someone else's.
    Result<ReporterChange> setRealName(const QString& reportId, PersonIdentity identity, const Actor& actor);
    // Unlinks the reporter (the person is kept); nothing to do for an anonymous report.
    Status setAnonymous(const QString& reportId, const Actor& actor);

private:
    Status allowed(const Report& report, const Actor& actor) const;

    ReportStore& m_reports;
    PersonStore& m_persons;
};

} // namespace qf

#pragma once

#include "models/Report.h"
#include "models/ReportDraft.h"
#include "models/Result.h"
#include "models/Writer.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

class QSqlRecord;

namespace qf {

class DuplicateIndex;
class PersonStore;
class RegistrationNumbers;
class Writer;
struct Change;

// Reports: registration from every channel, reading back, field edits. Every write goes
// through the Writer and appends an event to the report's history in the same transaction.
// Status changes are not made here but by CaseStateMachine.
class ReportStore
{
    Q_DECLARE_TR_FUNCTIONS(qf::ReportStore)

public:
    // Built once per connection by the Session (Session::reports()).
    ReportStore(Writer& writer, PersonStore& persons, DuplicateIndex& duplicates);
    ~ReportStore();

    // Registers a report in one transaction (the draft checked by ReportRegistrar::problems):
    // the rows of stageNew() without files or repeat check. The channels register through
    // the session's ReportRegistrar, which adds those in the same transaction.
    Result<RegisteredReport> add(const ReportDraft& draft);

    // The rows of a new report, staged in the caller's batch, unchecked: number, the reporter
    // (a new person with the given roles, or an existing one), the row, its reported persons
    // and the events 'registered' (and 'needs_correction'). Forwarded and handed-over items
    // start as awaiting_signature, the others as registered.
    struct StagedReport
    {
        QString id;
        QString regNo;
        QString reporterId;
    };
    Result<StagedReport> stageNew(Writer::Batch& batch, const ReportDraft& draft, PersonRoles reporterRoles);

    // By report id or registration number.
    Result<QString> resolve(const QString& idOrRegNo) const;
    Result<Report> get(const QString& idOrRegNo) const;
    // Reports not in a terminal state (without subjects): the input of the deadline clocks.
    Result<QList<Report>> listOpen() const;

    // Changes one field; the event 'field_changed' names the field (never the value).
    // Fields: editableFields().
    Status setField(const QString& reportId, const QString& field, const QString& value);
    // Changes several fields in one transaction, one 'field_changed' event per field (the
    // editor's save). The subject fields apply to the first reported person, who is created
    // when the report names none yet (subject_name is then required).
    Status setFields(const QString& reportId, const QList<std::pair<QString, QString>>& fields);
    // The editor's save: fields and reported persons in one transaction. An event per changed
    // field, and 'subjects_changed' with how many were added, changed and removed (no names).
    // The office's own principal leader cannot be taken off (the report stays restricted).
    //
    // The principal-leader flag of a reported person (SubjectEdit::principalLeader): set by
    // anyone who may edit the report, it does what intake does - the report is flagged
    // (only report_up can dispatch it, to the higher office) and restricted, so roles not
    // entitled no longer see it. Clearing it needs a role that may see restricted reports
    // (the role given here), and it does not lift the restriction: a reviewer expects a
    // report that was once about the principal leader to stay out of sight until someone
    // decides otherwise, not to reappear in every list because a box was unticked. The
    // report's own flag follows its reported persons (set while any is flagged). Either way
    // the event 'principal_leader_changed' says how many were set and cleared (no names).
    Status edit(const QString& reportId, const QList<std::pair<QString, QString>>& fields,
                const QList<SubjectEdit>& subjects, const QString& role = {});
    // The near-duplicate fingerprints every registration adds to (the session's one index).
    DuplicateIndex& duplicates() { return m_duplicates; }

    static QStringList editableFields();

    // Restricted reports (about the office's own principal leader) are visible only to
    // supervisors, meeting chairs and administrators.
    static bool canView(const QString& role, const Report& report);
    static bool isApproverRole(const QString& role);

    static bool isValidChannel(const QString& channel);
    // An event row for the report's history (append-only).
    static Change eventChange(const QString& reportId, const QString& kind, const QJsonObject& payload,
                              const QDateTime& at, const QString& authorId);
    static Report fromRecord(const QSqlRecord& record);

    Writer& writer() { return m_writer; }

private:
    QVariantMap reportRow(const ReportDraft& draft, const QString& regNo, const QDateTime& received,
                          const QString& reporterId) const;

    Writer& m_writer;
    PersonStore& m_persons;
    std::unique_ptr<RegistrationNumbers> m_numbers;
    DuplicateIndex& m_duplicates; // the session's, for the repeat check
};

} // namespace qf

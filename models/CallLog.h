#pragma once

#include "models/Result.h"
#include "models/VisitorHistory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace qf {

class AttachmentStore;
class AuditLog;
class IdentityVault;
class WorkCalendar;
class Writer;

// How a call on the hotline ended.
enum class CallOutcome {
    Ringing,      // still ringing (or the program stopped while it rang)
    Answered,     // the operator was connected (whoever hung up afterwards)
    Missed,       // nobody answered before the line gave up
    Declined,     // the operator declined it
    CallerHungUp, // the caller hung up before the operator was connected (abandoned)
    Failed,       // the call broke (network, media, the peer's error)
};
QString callOutcomeCode(CallOutcome o);
std::optional<CallOutcome> callOutcomeFromCode(const QString& code);
QString callOutcomeName(CallOutcome o); // translated
// Missed, declined and abandoned calls are called back.
bool needsCallback(CallOutcome o);

// One call as the lists show it. `number` is opened only for a role entitled to identities.
struct CallRecord
{
    QString id;
    QString line;
    QString number;
    QString operatorId;
    QDateTime startedAt, answeredAt, endedAt;
    int durationSeconds = 0;
    CallOutcome outcome = CallOutcome::Ringing;
    QString recordingSha256;
    double recordingSeconds = 0;
    bool announced = false;
    QString reportId;
    bool outgoing = false; // a callback the operator dialled
};

// What the pop-up shows while the phone rings: everything found by the number's blind index
// (earlier calls, the visits and reports of persons with that phone), nothing decrypted.
struct CallerHistory
{
    int calls = 0, visits = 0, reports = 0;
    // The number has called, visited or reported about a matter still open.
    bool repeatCaller = false;
    QList<HistoryEntry> entries; // newest first; kind "call" for earlier calls

    bool known() const { return calls + visits + reports > 0; }
};

// The end of a call as the line saw it.
struct CallEnd
{
    QDateTime endedAt;
    CallOutcome outcome = CallOutcome::Answered;
    QString recordingPath; // the WAV written during the call (empty: not recorded)
    bool announced = false;
};

// What the hang-up left: the record and, for a missed call, its callback.
struct CallClosed
{
    QString recordingSha256;
    double recordingSeconds = 0;
    qint64 recordingBytes = 0;
    QString callbackId;
    QDateTime callbackDue;
};

// The hotline's call records (table call_records): written through the Writer by a role
// entitled to identities (the caller's number is sealed like a person's phone, with the same
// blind index), the recording stored in the attachments store and its SHA-256 written to the
// audit chain at hang-up, a missed call making its callback (Callbacks).
class CallLog
{
    Q_DECLARE_TR_FUNCTIONS(qf::CallLog)

public:
    CallLog(Writer& writer, const IdentityVault& vault, AuditLog& audit, AttachmentStore& attachments);

    // A call rings on `line` from `number`: its record (outcome ringing), returned by id.
    // `outgoing`: a call the operator placed (a callback), never itself called back.
    Result<QString> ring(const QString& line, const QString& number, const QDateTime& at, bool outgoing = false);
    // The operator (the signed-in user) took it.
    Status answered(const QString& callId, const QDateTime& at);
    // The call ended: times and outcome written, the recording stored and its SHA-256 in the
    // audit chain, a callback made when the call needs one (due by `calendar`).
    Result<CallClosed> ended(const QString& callId, const CallEnd& end, const WorkCalendar& calendar);

    // Links the call (and its recording, as an attachment of kind "call_recording") to a
    // report: the phone report registered from it, or the existing case it was about.
    Status linkReport(const QString& callId, const QString& reportId);

    // The report with that registration number (the case a call was about), by id.
    Result<QString> reportByNumber(const QString& regNo) const;

    Result<CallRecord> call(const QString& callId) const;
    // The latest calls, newest first.
    Result<QList<CallRecord>> recent(int limit = 200) const;

    // The caller's history by the number's blind index (no decryption); `exceptCall` leaves
    // out the call ringing now.
    Result<CallerHistory> history(const QString& number, const QString& exceptCall = {}, int limit = 30) const;

private:
    Result<CallRecord> read(const QString& where, const QVariantList& binds, int limit, QList<CallRecord>* all) const;

    Writer& m_writer;
    const IdentityVault& m_vault;
    AuditLog& m_audit;
    AttachmentStore& m_attachments;
};

} // namespace qf

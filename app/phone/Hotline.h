#pragma once

#include "app/devices/phone/PhoneLine.h"
#include "models/CallLog.h"
#include "models/WorkCalendar.h"

#include <QHash>
#include <QObject>

namespace qf {

class Session;

// A call as the hotline desk follows it: the line's call, its record, and what was found
// about the caller while it rang.
struct HotlineCall
{
    QString lineCallId;
    QString recordId;
    QString number;
    QDateTime ringAt, answeredAt;
    qint64 arrivedNs = 0;
    CallerHistory history;
};

// The hotline desk: the phone line's events written to the call records of the signed-in
// operator's session (ring, answer, hang-up with the recording and its fingerprint, the
// callback of a missed call), the same for the window and the headless line. A store that
// cannot be written (a full disk) is told and the recording is kept in the line's folder.
class Hotline : public QObject
{
    Q_OBJECT

public:
    Hotline(Session& session, PhoneLine& line, WorkCalendar calendar, QObject* parent = nullptr);

    // The line settings a workstation asked for, with the office's rules applied: when the
    // administrator requires recording, every line of the office records, whatever its
    // workstation chose.
    static LineSettings withOfficeRules(Session& session, LineSettings requested);

    PhoneLine& line() { return m_line; }
    CallLog& log() { return m_log; }
    // The calls ringing or in progress.
    QList<HotlineCall> calls() const { return m_calls.values(); }
    std::optional<HotlineCall> call(const QString& lineCallId) const;

    Status answer(const QString& lineCallId) { return m_line.answer(lineCallId); }
    Status decline(const QString& lineCallId) { return m_line.decline(lineCallId); }
    Status hangUp(const QString& lineCallId) { return m_line.hangUp(lineCallId); }
    // A callback: the number of the callback's call dialled, the outcome recorded when it ends.
    Result<QString> callBack(const QString& callbackId);

signals:
    // The phone rings: the caller's history is already in `call`.
    void ringing(const qf::HotlineCall& call);
    void answered(const qf::HotlineCall& call);
    void connected(const qf::HotlineCall& call);
    // The call ended and its record is complete (or could not be written: `error`).
    void ended(const qf::HotlineCall& call, const qf::CallRecord& record, const qf::CallClosed& closed);
    void failed(const QString& message);

private:
    void onIncoming(const IncomingCall& in);
    void onAnswered(const QString& id, const QDateTime& at);
    void onFinished(const CallFinished& f);

    Session& m_session;
    PhoneLine& m_line;
    CallLog m_log;
    WorkCalendar m_calendar;
    QHash<QString, HotlineCall> m_calls;
    QHash<QString, QString> m_callbacks; // line call id → callback id being returned
};

} // namespace qf

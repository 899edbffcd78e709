#pragma once

#include "models/CallLog.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QString>

namespace qf {

enum class SipTransport { Udp, Tcp, Tls };

// How the workstation's hotline line is reached: a SIP account on the office's registrar, or
// (no domain) a line answering direct calls on an address, for scripts and tests.
struct LineSettings
{
    QString name = QStringLiteral("12388"); // the line, as call records name it
    QString username;                       // the SIP account
    QString domain;                         // the registrar's domain; empty: direct calls only
    QString proxy;                          // outbound proxy (empty: the domain)
    SipTransport transport = SipTransport::Udp;
    QString password;   // read from the OS keychain by the caller, never kept in a file
    QString listenHost; // where direct calls arrive (empty: every address)
    int listenPort = 5060;
    QString announcement; // a WAV played to the caller before the operator is connected
    bool record = true;
    QString workFolder;  // private folder for the line's state and the recordings being written
    bool useFiles = false; // no sound card: the operator's side is silence (headless lines, tests)
    int ringSeconds = 45; // a call unanswered this long is missed
};

enum class LineState {
    Off,         // not opened
    Registering, // asking the registrar
    Registered,  // calls arrive through the registrar
    Listening,   // direct calls on the listening address
    Failed,      // the registrar refused or cannot be reached; the reason says why
};

// A call ringing on the line. `arrived` is the monotonic time the INVITE was seen
// (QElapsedTimer::msecsSinceReference based), to measure how quickly the pop-up follows.
struct IncomingCall
{
    QString id;
    QString number; // the caller's number (From), digits as sent
    QString displayName;
    QDateTime at;
    qint64 arrivedNs = 0;
};

struct CallFinished
{
    QString id;
    CallOutcome outcome = CallOutcome::Failed;
    QDateTime at;
    QString recordingPath; // the WAV the line wrote (empty: not recorded)
    bool announced = false;
    QString reason; // for a failed call, what broke (translated)
};

// The hotline's phone line (a device interface: the real one is SIP through liblinphone++,
// LinphoneLine). Every call it reports ends with exactly one finished(); the window and the
// headless line drive it the same way, through Hotline.
class PhoneLine : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual Status open(const LineSettings& settings) = 0;
    virtual void close() = 0;
    virtual LineState state() const = 0;
    virtual QString stateReason() const = 0;
    // The line as call records name it ("12388").
    virtual QString lineName() const = 0;

    virtual Status answer(const QString& callId) = 0;
    virtual Status decline(const QString& callId) = 0;
    virtual Status hangUp(const QString& callId) = 0;
    virtual Status setHeld(const QString& callId, bool held) = 0;
    virtual Status setMuted(const QString& callId, bool muted) = 0;
    // An outgoing call (a callback); its id, reported like incoming ones from then on.
    virtual Result<QString> dial(const QString& number) = 0;

signals:
    void stateChanged(qf::LineState state, const QString& reason);
    void incoming(const qf::IncomingCall& call);
    void answered(const QString& callId, const QDateTime& at);
    // The operator is connected (after the announcement, when there is one).
    void connected(const QString& callId);
    void finished(const qf::CallFinished& call);
};

// "线路：已注册" and the like, for the status bar.
QString lineStateText(LineState state, const QString& reason);

} // namespace qf

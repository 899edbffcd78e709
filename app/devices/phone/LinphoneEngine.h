#pragma once

#include "app/devices/phone/SipEngine.h"

#include <QCoreApplication>

#include <memory>

namespace linphone {
class Call;
class Core;
class Player;
} // namespace linphone

namespace qf {

// The hotline line over SIP, through liblinphone++ (the qingfeng_sip module, loaded by
// LinphoneLine only when a line is opened): an account on the office's registrar (or direct
// calls on an address), every answered call recorded in both directions with the
// announcement as the first thing in the recording. iterate() runs liblinphone on the
// caller's thread; audio runs on its own threads.
class LinphoneEngine : public SipEngine
{
    Q_DECLARE_TR_FUNCTIONS(qf::LinphoneLine)

public:
    explicit LinphoneEngine(SipEvents events);
    ~LinphoneEngine() override;

    Status open(const LineSettings& settings) override;
    void close() override;
    LineState state() const override { return m_state; }
    QString stateReason() const override { return m_reason; }
    QString lineName() const override { return m_settings.name; }

    Status answer(const QString& callId) override;
    Status decline(const QString& callId) override;
    Status hangUp(const QString& callId) override;
    Status setHeld(const QString& callId, bool held) override;
    Status setMuted(const QString& callId, bool muted) override;
    Result<QString> dial(const QString& number) override;
    void iterate() override;

private:
    class Events;
    friend class Events;
    struct Tracked
    {
        QString id;
        std::shared_ptr<linphone::Call> call;
        QString recordingPath;
        bool incoming = true;
        bool answered = false;
        bool declined = false;
        bool missed = false;
        bool recording = false;
        bool announcing = false;
        bool announced = false;
        bool connected = false;
        bool finished = false;
        qint64 ringStartMs = 0;
    };

    void callStateChanged(const std::shared_ptr<linphone::Call>& call, int state, const std::string& message);
    void registrationChanged(int state, const std::string& message);
    void announcementEnded(const std::shared_ptr<linphone::Player>& player);
    void streamsRunning(Tracked& t);
    void finish(Tracked& t, int state);
    void checkRinging();
    Tracked* byId(const QString& id);
    Tracked* byCall(const std::shared_ptr<linphone::Call>& call);
    void setState(LineState state, const QString& reason);

    LineSettings m_settings;
    std::shared_ptr<linphone::Core> m_core;
    std::shared_ptr<Events> m_listener;
    SipEvents m_events;
    QList<Tracked> m_calls;
    LineState m_state = LineState::Off;
    QString m_reason;
};

} // namespace qf

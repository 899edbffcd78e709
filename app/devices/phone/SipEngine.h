#pragma once

#include "app/devices/phone/PhoneLine.h"

#include <functional>

namespace qf {

// What the SIP engine reports (LinphoneLine turns them into its signals).
struct SipEvents
{
    std::function<void(LineState, const QString&)> stateChanged;
    std::function<void(const IncomingCall&)> incoming;
    std::function<void(const QString&, const QDateTime&)> answered;
    std::function<void(const QString&)> connected;
    std::function<void(const CallFinished&)> finished;
};

// The SIP line itself, in the qingfeng_sip module so that liblinphone and its ~120 libraries
// load only when a workstation opens a line, not at every start of every program. Header-only
// types cross the boundary; the module exports qf_create_sip_engine.
class SipEngine
{
public:
    virtual ~SipEngine() = default;
    virtual Status open(const LineSettings& settings) = 0;
    virtual void close() = 0;
    virtual void iterate() = 0; // liblinphone's work and the ring timeouts; every 10 ms
    virtual LineState state() const = 0;
    virtual QString stateReason() const = 0;
    virtual QString lineName() const = 0;
    virtual Status answer(const QString& callId) = 0;
    virtual Status decline(const QString& callId) = 0;
    virtual Status hangUp(const QString& callId) = 0;
    virtual Status setHeld(const QString& callId, bool held) = 0;
    virtual Status setMuted(const QString& callId, bool muted) = 0;
    virtual Result<QString> dial(const QString& number) = 0;
};

} // namespace qf

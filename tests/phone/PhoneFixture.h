#pragma once

#include "app/devices/phone/LinphoneLine.h"
#include "app/phone/Hotline.h"
#include "models/Session.h"
#include "tests/support/SipCaller.h"
#include "tests/support/TestSupport.h"

#include <memory>

namespace qf::test {

// A hotline desk in the test process: a store signed in as a hotline operator, the real
// SIP line (liblinphone) on a free loopback port, and what the desk reported.
struct PhoneFixture
{
    explicit PhoneFixture(const LineSettings& overrides = {}, bool answer = true);
    ~PhoneFixture();

    // Waits until `n` calls have ended (or the time is up); true when they have.
    bool waitForEnded(int n, int timeoutMs = 60000);

    Scratch dir;
    std::unique_ptr<Session> session;
    QString operatorId;
    int port = 0;
    std::unique_ptr<LinphoneLine> line;
    std::unique_ptr<Hotline> desk;
    bool answerCalls = true;
    QList<HotlineCall> rung;
    QList<CallRecord> ended;
    QList<CallClosed> closed;
    QStringList failures;
};

} // namespace qf::test

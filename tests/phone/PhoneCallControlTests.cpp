// The operator's controls during and after a call, against a real SIP peer (sipp on
// loopback): hold and resume as the caller's side sees them, the office's recording rule, and
// a callback dialled through the office's exchange (answered: done; not answered: kept open).
#include "tests/phone/PhoneFixture.h"

#include "models/Callbacks.h"
#include "models/Settings.h"

#include <QTest>

#include <catch2/catch.hpp>

using namespace qf;
using namespace qf::test;

namespace {

// A line registered with a sipp exchange that takes its outgoing calls.
LineSettings registeredLine(int exchangePort)
{
    LineSettings s;
    s.username = QStringLiteral("12388-1");
    s.domain = QStringLiteral("127.0.0.1:%1").arg(exchangePort);
    s.password = QStringLiteral("secret");
    s.ringSeconds = 2;
    return s;
}

// A missed call from `number`, so that there is a callback to make; its id.
QString missedCall(PhoneFixture& f, const QString& number)
{
    SipCaller caller;
    REQUIRE(caller.start(f.port, { number, SipCaller::Mode::Refused, 0, 0 }));
    REQUIRE(f.waitForEnded(1, 30000));
    CHECK(caller.wait(10000));
    REQUIRE_FALSE(f.closed.first().callbackId.isEmpty());
    return f.closed.first().callbackId;
}

} // namespace

TEST_CASE("phone: hold and resume reach the caller as SIP re-INVITEs, and the call goes on", "[phone][control]")
{
    PhoneFixture f;
    QString answered;
    QObject::connect(f.desk.get(), &Hotline::connected, f.desk.get(),
                     [&](const HotlineCall& c) { answered = c.lineCallId; });
    SipCaller caller;
    REQUIRE(caller.start(f.port, { QStringLiteral("13800138021"), SipCaller::Mode::Held, 1500, 0 }));
    REQUIRE(QTest::qWaitFor([&] { return !answered.isEmpty(); }, 20000));
    QTest::qWait(500);
    QF_REQUIRE_OK(f.desk->line().setHeld(answered, true));
    // Resuming is possible once the caller has acknowledged the hold.
    REQUIRE(QTest::qWaitFor([&] { return f.desk->line().setHeld(answered, false).ok(); }, 10000));
    QF_REQUIRE_OK(f.desk->line().setMuted(answered, true));
    QF_REQUIRE_OK(f.desk->line().setMuted(answered, false));
    REQUIRE(f.waitForEnded(1, 30000));
    INFO(caller.output().toStdString());
    // sipp's scenario fails unless the hold said sendonly/inactive and the resume sendrecv.
    CHECK(caller.wait(10000));
    CHECK(f.ended.first().outcome == CallOutcome::Answered);
    CHECK_FALSE(f.ended.first().recordingSha256.isEmpty());
    // Controls on a call that is over say so.
    CHECK(f.desk->line().setHeld(answered, true).errorCode() == ErrorCode::NotFound);
}

TEST_CASE("phone: the office's recording rule holds whatever a workstation chose", "[phone][control]")
{
    Scratch dir;
    auto session = openSession(dir.path(QStringLiteral("q.sqlite")));
    LineSettings mine;
    mine.record = false;
    signInAs(*session, QStringLiteral("administrator"));
    QF_REQUIRE_OK(Settings(session->writer()).setValue(Settings::Key::HotlineRecordCalls, QStringLiteral("true")));
    CHECK(Hotline::withOfficeRules(*session, mine).record);
    QF_REQUIRE_OK(Settings(session->writer()).setValue(Settings::Key::HotlineRecordCalls, QStringLiteral("false")));
    CHECK_FALSE(Hotline::withOfficeRules(*session, mine).record);
    mine.record = true;
    CHECK(Hotline::withOfficeRules(*session, mine).record);
    // Only the administrator changes the rule; an operator is refused by the core.
    QF_REQUIRE_OK(Settings(session->writer()).setValue(Settings::Key::HotlineRecordCalls, QStringLiteral("true")));
    signInAs(*session, QStringLiteral("hotline_operator"));
    const Status refused = Settings(session->writer()).setValue(Settings::Key::HotlineRecordCalls, QStringLiteral("false"));
    CHECK(refused.errorCode() == ErrorCode::Refused);
    CHECK(Settings(session->writer()).isOn(Settings::Key::HotlineRecordCalls));
    signInAs(*session, QStringLiteral("administrator"));
    CHECK_FALSE(Settings(session->writer()).setValue(Settings::Key::HotlineWorkdayEnds, QStringLiteral("25:99")).ok());
}

TEST_CASE("phone: a callback dialled through the office's exchange is recorded and done when the caller answers",
          "[phone][callback]")
{
    const int exchangePort = SipCaller::freePort();
    SipCaller exchange;
    REQUIRE(exchange.startCallee(exchangePort, true));
    QTest::qWait(300);
    PhoneFixture f(registeredLine(exchangePort), false);
    REQUIRE(QTest::qWaitFor([&] { return f.line->state() == LineState::Registered; }, 15000));
    const QString callbackId = missedCall(f, QStringLiteral("13400134021"));

    QString connected;
    QObject::connect(f.desk.get(), &Hotline::answered, f.desk.get(),
                     [&](const HotlineCall& c) { connected = c.lineCallId; });
    auto dialled = f.desk->callBack(callbackId);
    QF_REQUIRE_OK(dialled);
    REQUIRE(QTest::qWaitFor([&] { return connected == *dialled; }, 20000));
    QTest::qWait(1500);
    QF_REQUIRE_OK(f.desk->hangUp(*dialled));
    REQUIRE(f.waitForEnded(2, 20000));
    INFO(exchange.output().toStdString());
    CHECK(exchange.wait(15000));
    const CallRecord& back = f.ended.last();
    CHECK(back.outgoing);
    CHECK(back.number == QStringLiteral("13400134021"));
    CHECK(back.outcome == CallOutcome::Answered);
    CHECK_FALSE(back.recordingSha256.isEmpty());
    Callbacks callbacks(f.session->writer(), f.session->vault());
    CHECK(callbacks.open(QDateTime::currentDateTimeUtc())->isEmpty());
}

TEST_CASE("phone: a callback nobody answers stays on the list with the attempt counted", "[phone][callback]")
{
    const int exchangePort = SipCaller::freePort();
    SipCaller exchange;
    REQUIRE(exchange.startCallee(exchangePort, false));
    QTest::qWait(300);
    PhoneFixture f(registeredLine(exchangePort), false);
    REQUIRE(QTest::qWaitFor([&] { return f.line->state() == LineState::Registered; }, 15000));
    const QString callbackId = missedCall(f, QStringLiteral("13400134022"));
    auto dialled = f.desk->callBack(callbackId);
    QF_REQUIRE_OK(dialled);
    REQUIRE(f.waitForEnded(2, 20000));
    INFO(exchange.output().toStdString());
    CHECK(exchange.wait(15000));
    CHECK(f.ended.last().outcome != CallOutcome::Answered);
    Callbacks callbacks(f.session->writer(), f.session->vault());
    auto open = callbacks.open(QDateTime::currentDateTimeUtc());
    REQUIRE(open.ok());
    REQUIRE(open->size() == 1);
    CHECK(open->first().id == callbackId);
    CHECK(open->first().attempts == 1);
    CHECK(open->first().attemptedAt.isValid());
}

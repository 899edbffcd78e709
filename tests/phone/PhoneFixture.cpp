#include "tests/phone/PhoneFixture.h"

#include "models/CalendarStore.h"

#include <QTest>

namespace qf::test {

PhoneFixture::PhoneFixture(const LineSettings& overrides, bool answer)
    : answerCalls(answer)
{
    session = openSession(dir.path(QStringLiteral("q.sqlite")));
    operatorId = signInAs(*session, QStringLiteral("hotline_operator"));
    port = SipCaller::freePort();
    LineSettings s = overrides;
    s.listenHost = QStringLiteral("127.0.0.1");
    s.listenPort = port;
    s.useFiles = true;
    s.workFolder = dir.path(QStringLiteral("phone"));
    line = std::make_unique<LinphoneLine>();
    const Status opened = line->open(s);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    auto calendar = CalendarStore::load(session->database().connection());
    REQUIRE(calendar.ok());
    desk = std::make_unique<Hotline>(*session, *line, *calendar);
    QObject::connect(desk.get(), &Hotline::ringing, desk.get(), [this](const HotlineCall& c) {
        rung << c;
        if (answerCalls)
            desk->answer(c.lineCallId);
    });
    QObject::connect(desk.get(), &Hotline::ended, desk.get(),
                     [this](const HotlineCall&, const CallRecord& r, const CallClosed& c) {
                         ended << r;
                         closed << c;
                     });
    QObject::connect(desk.get(), &Hotline::failed, desk.get(), [this](const QString& m) { failures << m; });
}

PhoneFixture::~PhoneFixture()
{
    desk.reset();
    line.reset();
}

bool PhoneFixture::waitForEnded(int n, int timeoutMs)
{
    return QTest::qWaitFor([&] { return ended.size() >= n; }, timeoutMs);
}

} // namespace qf::test

// Traffic lights on the official calendar: Spring Festival and National Day 2026 with their
// make-up working Saturdays.
#include "tests/cases/CaseFixture.h"

#include "models/CalendarStore.h"
#include "models/DeadlineClock.h"
#include "models/Settings.h"

using namespace qf;

namespace {

const WorkCalendar& calendar()
{
    static const WorkCalendar c = [] {
        auto loaded = CalendarStore::loadBuiltIn();
        REQUIRE(loaded.ok());
        return *loaded;
    }();
    return c;
}

QDateTime at(int y, int m, int d, int h = 12, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min));
}

Report report(CaseState state, const QDateTime& received)
{
    Report r;
    r.regNo = QStringLiteral("2026-ABC-000001");
    r.state = state;
    r.receivedAt = received;
    return r;
}

} // namespace

TEST_CASE("deadlines: untriaged after 24 hours turns yellow", "[cases][deadlines]")
{
    DeadlineClock clock(calendar(), {});
    const Report r = report(CaseState::Registered, at(2026, 3, 2, 9, 0));
    auto early = clock.evaluate(r, at(2026, 3, 3, 8, 59));
    CHECK(early.light == Light::Green);
    CHECK(early.clock == QStringLiteral("triage"));
    CHECK(early.due == at(2026, 3, 3, 9, 0));
    auto late = clock.evaluate(r, at(2026, 3, 3, 9, 1));
    CHECK(late.light == Light::Yellow);
    CHECK(late.clock == QStringLiteral("triage"));
    CHECK_FALSE(late.flagSupervisor);
    CHECK_FALSE(late.fallback);
}

TEST_CASE("deadlines: not dispatched after 7 working days across the Spring Festival is red", "[cases][deadlines]")
{
    DeadlineClock clock(calendar(), {});
    // Friday 13 Feb 2026; working: Sat 14 (make-up), 24-27 Feb, Sat 28 (make-up), Mon 2 Mar.
    Report r = report(CaseState::Accepted, at(2026, 2, 13, 10, 0));
    auto onDue = clock.evaluate(r, at(2026, 3, 2, 18, 0));
    CHECK(onDue.light == Light::Yellow); // untriaged, but still within the dispatch clock
    auto after = clock.evaluate(r, at(2026, 3, 3, 9, 0));
    CHECK(after.light == Light::Red);
    CHECK(after.clock == QStringLiteral("dispatch"));
    CHECK(after.due.date() == QDate(2026, 3, 2));
    CHECK_FALSE(after.fallback);

    // A plain Monday-Friday rule would have gone red on 25 February already.
    WorkCalendar mondayToFriday;
    DeadlineClock naive(mondayToFriday, {});
    auto wrong = naive.evaluate(r, at(2026, 2, 25));
    CHECK(wrong.light == Light::Red);
    CHECK(wrong.fallback);
    CHECK(clock.evaluate(r, at(2026, 2, 25)).light == Light::Yellow);

    r.state = CaseState::Dispatched;
    r.dispatchedAt = at(2026, 2, 26);
    CHECK(clock.evaluate(r, at(2026, 3, 10)).light == Light::None);
}

TEST_CASE("deadlines: evidence clock over National Day ends on the make-up Saturday", "[cases][deadlines]")
{
    DeadlineClock clock(calendar(), {});
    Report r = report(CaseState::EvidenceRequested, at(2026, 9, 28, 9, 0));
    r.triagedAt = at(2026, 9, 28, 10, 0);
    r.evidenceRequestedAt = at(2026, 9, 30, 15, 0);
    // 1 Oct - 7 Oct off; Thu 8 (1), Fri 9 (2), Sat 10 worked (3).
    auto onDue = clock.evaluate(r, at(2026, 10, 10));
    CHECK(onDue.light == Light::Green);
    CHECK(onDue.clock == QStringLiteral("evidence"));
    CHECK(onDue.due.date() == QDate(2026, 10, 10));
    auto late = clock.evaluate(r, at(2026, 10, 11));
    CHECK(late.light == Light::Orange);
    CHECK(late.clock == QStringLiteral("evidence"));
    // Dispatch: 29, 30 Sep, 8, 9, 10, 12, 13 Oct.
    auto red = clock.evaluate(r, at(2026, 10, 14));
    CHECK(red.light == Light::Red);
    CHECK(red.due.date() == QDate(2026, 10, 13));

    // Class A left without any evidence request after triage.
    Report idle = report(CaseState::Triaged, at(2026, 9, 28, 9, 0));
    idle.triagedAt = at(2026, 9, 28, 10, 0); // 29, 30 Sep, 8 Oct
    CHECK(clock.evaluate(idle, at(2026, 10, 8, 17, 0)).light == Light::Green);
    CHECK(clock.evaluate(idle, at(2026, 10, 9)).light == Light::Orange);
}

TEST_CASE("deadlines: real-name notices are due 15 working days after receipt and conclusion", "[cases][deadlines]")
{
    DeadlineClock clock(calendar(), {});
    // Received Thu 24 Sep 2026; Mid-Autumn 25-27 Sep, National Day 1-7 Oct, Sat 10 Oct worked.
    Report r = report(CaseState::Dispatched, at(2026, 9, 24, 9, 0));
    r.anonymous = false;
    r.dispatchedAt = at(2026, 9, 29);
    auto due = clock.evaluate(r, at(2026, 10, 22, 17, 0));
    CHECK(due.light == Light::Green);
    CHECK(due.clock == QStringLiteral("acceptance_notice"));
    CHECK(due.due.date() == QDate(2026, 10, 22));
    auto overdue = clock.evaluate(r, at(2026, 10, 23, 9, 0));
    CHECK(overdue.light == Light::Overdue);
    CHECK(overdue.flagSupervisor);
    r.acceptanceNoticeAt = at(2026, 10, 9);
    CHECK(clock.evaluate(r, at(2026, 10, 23)).light == Light::None);

    // Concluded Tue 10 Feb 2026: 11, 12, 13, Sat 14, 24-27 Feb, Sat 28, 2-6 Mar, Mon 9 Mar.
    Report done = report(CaseState::Concluded, at(2026, 1, 5));
    done.anonymous = false;
    done.acceptanceNoticeAt = at(2026, 1, 6);
    done.concludedAt = at(2026, 2, 10, 16, 0);
    auto feedback = clock.evaluate(done, at(2026, 3, 9, 16, 0));
    CHECK(feedback.light == Light::Green);
    CHECK(feedback.due.date() == QDate(2026, 3, 9));
    CHECK(clock.evaluate(done, at(2026, 3, 10)).light == Light::Overdue);
    done.resultFeedbackAt = at(2026, 3, 1);
    CHECK(clock.evaluate(done, at(2026, 3, 10)).light == Light::None);
    done.anonymous = true;
    done.resultFeedbackAt = {};
    CHECK(clock.evaluate(done, at(2026, 3, 10)).light == Light::None);
}

TEST_CASE("deadlines: forwarded items are signed for within 5 working days", "[cases][deadlines]")
{
    DeadlineClock clock(calendar(), {});
    // Thu 12 Feb 2026: 13, Sat 14, 24, 25, 26 Feb.
    Report r = report(CaseState::AwaitingSignature, at(2026, 2, 12, 11, 0));
    r.channel = QStringLiteral("forwarded");
    auto due = clock.evaluate(r, at(2026, 2, 26, 17, 0));
    CHECK(due.light == Light::Green);
    CHECK(due.clock == QStringLiteral("sign_for"));
    CHECK(due.due.date() == QDate(2026, 2, 26));
    auto late = clock.evaluate(r, at(2026, 2, 27, 9, 0));
    CHECK(late.light == Light::Overdue);
    CHECK(late.clock == QStringLiteral("sign_for"));
}

TEST_CASE("deadlines: durations come from the office settings - years beyond the calendar say so",
          "[cases][deadlines]")
{
    test::CaseFixture f;
    Settings settings(f.session->writer());
    QF_REQUIRE_OK(settings.setValue(Settings::Key::DispatchRedWorkdays, 2));
    QF_REQUIRE_OK(settings.setValue(Settings::Key::TriageYellowHours, 48));
    const DeadlinePolicy policy = DeadlinePolicy::fromSettings(settings);
    CHECK(policy.dispatchRedWorkdays == 2);
    CHECK(policy.evidenceOrangeWorkdays == 3);
    DeadlineClock clock(calendar(), policy);
    Report r = report(CaseState::Registered, at(2026, 2, 12, 9, 0)); // 13, Sat 14
    CHECK(clock.evaluate(r, at(2026, 2, 13, 10, 0)).light == Light::Green); // 48 hours not yet over
    CHECK(clock.evaluate(r, at(2026, 2, 14, 10, 0)).light == Light::Yellow);
    CHECK(clock.evaluate(r, at(2026, 2, 15, 10, 0)).light == Light::Red);

    Report future = report(CaseState::Accepted, at(2027, 3, 1, 9, 0));
    auto status = clock.evaluate(future, at(2027, 3, 11)); // Mon 1 Mar + 7 = Wed 10 Mar
    CHECK(status.light == Light::Red);
    CHECK(status.fallback);

    for (CaseState s : { CaseState::Filed, CaseState::OutOfScope, CaseState::Removed, CaseState::Reviewed })
        CHECK(clock.evaluate(report(s, at(2026, 1, 5)), at(2026, 6, 1)).light == Light::None);
}

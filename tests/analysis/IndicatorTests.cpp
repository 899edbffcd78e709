// The case-work figures of the analysis (on time per deadline clock, second requests,
// satisfaction, 两低一高, key petitioners) against reports the test plants with known times,
// and the case list behind them.
#include "tests/analysis/AnalysisFixture.h"

#include "models/CaseListQuery.h"
#include "models/DeadlineClock.h"
#include "models/WorkCalendar.h"

#include <QSet>
#include "models/Uuid7.h"
#include "models/Writer.h"

using namespace qf;
using namespace qf::test;

namespace {

QDateTime utc(const QString& iso) { return QDateTime::fromString(iso, Qt::ISODate).toUTC(); }

const ClockShare& clockOf(const AnalysisIndicators& x, const char* clock)
{
    for (const ClockShare& c : x.clocks)
        if (c.clock == QLatin1String(clock))
            return c;
    FAIL("no clock " << clock);
    return x.clocks.first();
}

AnalysisQuery november()
{
    AnalysisQuery q;
    q.period = AnalysisPeriod::month(2026, 11);
    q.includeRestricted = true;
    return q;
}

} // namespace

TEST_CASE("On-time shares count a stopped clock by its due time, a clock run out unstopped as late, and none off its path")
{
    AnalysisFixture fx;
    // Monday 2 November 2026, 09:00 China time; November has no holidays.
    Planted onTime;
    onTime.receivedUtc = utc(QStringLiteral("2026-11-02T01:00:00Z"));
    onTime.status = QStringLiteral("handling");
    onTime.anonymous = false;
    onTime.office = fx.townA;
    onTime.extra = { { QStringLiteral("triaged_at"), QStringLiteral("2026-11-02T03:00:00.000Z") },
                     { QStringLiteral("dispatched_at"), QStringLiteral("2026-11-04T03:00:00.000Z") },
                     { QStringLiteral("acceptance_notice_at"), QStringLiteral("2026-11-05T03:00:00.000Z") } };
    const QString a = fx.add(onTime);
    Planted late = onTime;
    late.extra = { { QStringLiteral("triaged_at"), QStringLiteral("2026-11-03T07:00:00.000Z") }, // 30 hours
                   { QStringLiteral("dispatched_at"), QStringLiteral("2026-11-20T03:00:00.000Z") } }; // no notice
    const QString b = fx.add(late);
    Planted waiting; // never triaged nor dispatched: both clocks ran out in November
    waiting.receivedUtc = utc(QStringLiteral("2026-11-03T01:00:00Z"));
    waiting.status = QStringLiteral("registered");
    const QString c = fx.add(waiting);
    Planted referred; // referred at once: its clocks ended with the referral
    referred.receivedUtc = utc(QStringLiteral("2026-11-04T01:00:00Z"));
    referred.status = QStringLiteral("out_of_scope");
    fx.add(referred);

    auto analysis = fx.analysis();
    const AnalysisQuery q = november();
    auto x = analysis->indicators(q);
    QF_REQUIRE_OK(x);
    const ClockShare& triage = clockOf(*x, "triage");
    CHECK(triage.onTime == 1);
    CHECK(triage.late == 2);
    CHECK(QSet<QString>(triage.lateIds.begin(), triage.lateIds.end()) == QSet<QString> { b, c });
    const ClockShare& dispatch = clockOf(*x, "dispatch");
    CHECK(dispatch.onTime == 1);
    CHECK(dispatch.late == 2);
    const ClockShare& notice = clockOf(*x, "acceptance_notice");
    CHECK(notice.onTime == 1);
    CHECK(notice.late == 1);
    CHECK(notice.lateIds == QStringList { b });
    CHECK(clockOf(*x, "sign_for").counted() == 0);

    // The drill-down lists exactly the late ones.
    CHECK(listedIds(fx, analysis->idsFilter(q, triage.lateIds)) == QSet<QString> { b, c });
    CHECK(listedIds(fx, analysis->idsFilter(q, dispatch.onTimeIds)) == QSet<QString> { a });
}

TEST_CASE("Second requests, satisfaction and two low one high are counted from the period's reports")
{
    AnalysisFixture fx;
    auto concluded = [&](bool substantiated, std::optional<bool> satisfied, bool anonymous) {
        Planted p;
        p.receivedUtc = utc(QStringLiteral("2026-11-10T02:00:00Z"));
        p.status = QStringLiteral("concluded");
        p.anonymous = anonymous;
        p.office = fx.townB;
        p.concludedAt = QStringLiteral("2026-11-25T02:00:00.000Z");
        p.extra.insert(QStringLiteral("substantiated"), substantiated ? 1 : 0);
        if (satisfied)
            p.extra.insert(QStringLiteral("satisfied"), *satisfied ? 1 : 0);
        return fx.add(p);
    };
    const QString tloCase = concluded(false, false, false); // reported again below: 两低一高
    const QString unhappy = concluded(true, false, false);  // not satisfied, but substantiated
    concluded(true, true, false);
    concluded(false, true, true); // anonymous: satisfaction not asked of a real-name reporter
    // The later report of the same matter, after the conclusion (December: not in the period).
    Planted again;
    again.receivedUtc = utc(QStringLiteral("2026-12-01T02:00:00Z"));
    again.repeatOf = tloCase;
    fx.add(again);
    // Evidence: one report asked once, one twice.
    Planted once;
    once.receivedUtc = utc(QStringLiteral("2026-11-12T02:00:00Z"));
    once.status = QStringLiteral("evidence_requested");
    once.evidenceRequests = 1;
    fx.add(once);
    Planted twice = once;
    twice.evidenceRequests = 2;
    const QString second = fx.add(twice);

    auto analysis = fx.analysis();
    const AnalysisQuery q = november();
    auto x = analysis->indicators(q);
    QF_REQUIRE_OK(x);
    CHECK(x->evidenceRequested == 2);
    CHECK(x->secondRequests == 1);
    CHECK(x->secondRequestIds == QStringList { second });
    CHECK(x->secondRequestRate() == 0.5);
    CHECK(x->feedbackAsked == 3);
    CHECK(x->satisfied == 1);
    CHECK(QSet<QString>(x->dissatisfiedIds.begin(), x->dissatisfiedIds.end()) == QSet<QString> { tloCase, unhappy });
    CHECK(x->concluded == 4);
    CHECK(x->substantiated == 2);
    CHECK(x->repeatedAfter == 1);
    CHECK(x->twoLowOneHighIds == QStringList { tloCase });
    REQUIRE(x->offices.size() == 1);
    CHECK(x->offices.first().concluded == 4);
    CHECK(x->offices.first().asked == 3);
    CHECK_FALSE(x->offices.first().twoLowOneHigh); // the only office is the office-wide rate
    CHECK(listedIds(fx, analysis->idsFilter(q, x->twoLowOneHighIds)) == QSet<QString> { tloCase });
}

TEST_CASE("Key petitioners are listed by their file with their counts and open their reports, never a name")
{
    AnalysisFixture fx;
    auto person = [&](bool key) {
        const QString id = Uuid7::generate();
        QF_REQUIRE_OK(fx.session->writer().apply(Change::insert(
            QStringLiteral("persons"), id,
            { { QStringLiteral("is_reporter"), 1 }, { QStringLiteral("key_petitioner"), key ? 1 : 0 },
              { QStringLiteral("created_at"), QStringLiteral("2026-01-01T00:00:00.000Z") } })));
        return id;
    };
    const QString key = person(true), plain = person(false);
    auto report = [&](const QString& reporter, const QString& when) {
        Planted p;
        p.receivedUtc = utc(when);
        p.anonymous = false;
        p.extra.insert(QStringLiteral("reporter_id"), reporter);
        return fx.add(p);
    };
    report(key, QStringLiteral("2026-10-05T02:00:00Z")); // before the period: on file only
    const QString k1 = report(key, QStringLiteral("2026-11-05T02:00:00Z"));
    const QString k2 = report(key, QStringLiteral("2026-11-20T02:00:00Z"));
    report(plain, QStringLiteral("2026-11-06T02:00:00Z"));

    auto analysis = fx.analysis();
    const AnalysisQuery q = november();
    auto x = analysis->indicators(q);
    QF_REQUIRE_OK(x);
    REQUIRE(x->keyPetitioners.size() == 1);
    const KeyPetitionerRow& row = x->keyPetitioners.first();
    CHECK(row.personId == key);
    CHECK(row.count == 2);
    CHECK(row.total == 3);
    CHECK(row.firstRegNo == fx.planted.first().regNo);
    CHECK(row.lastReceived == QDate(2026, 11, 20));
    CHECK(listedIds(fx, analysis->reporterFilter(q, key)) == QSet<QString> { k1, k2 });
    auto figures = analysis->figures(q);
    QF_REQUIRE_OK(figures);
    CHECK(figures->keyPetitioners == 1);
}

TEST_CASE("The case list's own dates are the analysis' China days: a report at 01:00 on the 1st counts in both")
{
    AnalysisFixture fx;
    // 1 November 01:00 China time is 31 October in UTC; 1 December 01:00 likewise 30 November.
    Planted first;
    first.receivedUtc = utc(QStringLiteral("2026-10-31T17:00:00Z"));
    const QString in = fx.add(first);
    Planted after;
    after.receivedUtc = utc(QStringLiteral("2026-11-30T17:00:00Z"));
    fx.add(after);
    auto analysis = fx.analysis();
    auto figures = analysis->figures(november());
    QF_REQUIRE_OK(figures);
    CHECK(figures->received == 1);
    CaseListFilter typed; // as the case list's date pickers set it
    typed.from = QDate(2026, 11, 1);
    typed.to = QDate(2026, 11, 30);
    typed.includeRestricted = true;
    CHECK(listedIds(fx, typed) == QSet<QString> { in });
}

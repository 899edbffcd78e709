// Step 7 at the office: the queue of concluded reports waiting for their closing review
// (late ones marked) and the quarter's re-check sample (回头看), drawn once and recorded.
#include "tests/cases/CaseFixture.h"

#include "models/ClosingReview.h"

#include <QTimeZone>

using namespace qf;


TEST_CASE("review: concluded reports wait for their review - late ones marked - reviewed ones leave", "[cases][review]")
{
    test::CaseFixture f;
    ClosingReview review(*f.reports, *f.machine);
    const QString early = f.addConcluded(QStringLiteral("2026-03-02T10:00:00"), f.lower);
    const QString recent = f.addConcluded(QStringLiteral("2026-03-09T10:00:00"), f.lower);
    const QString open = f.addReport(); // not concluded: not in the queue

    const QDateTime now(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
    auto queue = review.awaitingReview(now, 5, false);
    QF_REQUIRE_OK(queue);
    REQUIRE(queue->items.size() == 2);
    CHECK(queue->total == 2);
    CHECK(queue->late == 1);
    CHECK(queue->items.at(0).reportId == early); // oldest first
    CHECK(queue->items.at(0).late);
    CHECK(queue->items.at(0).dueAt.date() == QDate(2026, 3, 7));
    CHECK_FALSE(queue->items.at(0).office.isEmpty());
    CHECK(queue->items.at(1).reportId == recent);
    CHECK_FALSE(queue->items.at(1).late);
    CHECK(queue->items.at(1).regNo == f.reports->get(recent)->regNo);
    // A long queue lists the oldest and counts them all.
    auto first = review.awaitingReview(now, 5, false, 1);
    QF_REQUIRE_OK(first);
    REQUIRE(first->items.size() == 1);
    CHECK(first->items.at(0).reportId == early);
    CHECK(first->total == 2);
    CHECK(first->late == 1);

    QF_REQUIRE_OK(review.record(early, { true, true, true, {} }, 5, f.officer, now));
    queue = review.awaitingReview(now, 5, false);
    QF_REQUIRE_OK(queue);
    REQUIRE(queue->items.size() == 1);
    CHECK(queue->total == 1);
    CHECK(queue->late == 0);
    CHECK(queue->items.at(0).reportId == recent);
    CHECK(f.reports->get(open)->state != CaseState::Concluded);
}

TEST_CASE("recheck: the quarter's sample is drawn once - recorded on each report - and read back the same",
          "[cases][review]")
{
    test::CaseFixture f;
    ClosingReview review(*f.reports, *f.machine);
    QStringList april;
    for (int i = 0; i < 10; ++i)
        april << f.addConcluded(QStringLiteral("2026-04-%1T10:00:00").arg(i + 10), f.lower);
    const QString may = f.addConcluded(QStringLiteral("2026-07-02T10:00:00"), f.lower); // another quarter
    const QDate from(2026, 4, 1), to(2026, 6, 30);

    // Only those who answer for quality draw the sample.
    const auto refused = review.recheckSample(from, to, 20, f.officer);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("supervisor")));
    auto none = review.recordedSample(from, to);
    QF_REQUIRE_OK(none);
    CHECK(none->items.isEmpty());
    CHECK(none->concluded == 10);

    auto drawn = review.recheckSample(from, to, 20, f.chair);
    QF_REQUIRE_OK(drawn);
    CHECK(drawn->drawnNow);
    REQUIRE(drawn->items.size() == 2);
    CHECK(drawn->concluded == 10);
    QStringList picked;
    for (const RecheckItem& i : drawn->items) {
        CHECK(april.contains(i.reportId));
        CHECK(f.eventCount(i.reportId, QStringLiteral("recheck_sampled")) == 1);
        CHECK_FALSE(i.rechecked);
        picked << i.reportId;
    }
    CHECK(f.eventCount(may, QStringLiteral("recheck_sampled")) == 0);
    // The same data and period always give the same sample.
    std::sort(picked.begin(), picked.end());
    CHECK(ClosingReview::drawSample(april, 20, ClosingReview::periodSeed(from, to)) == picked);

    // Drawing again returns the recorded sample: it cannot be redrawn until it suits somebody.
    auto again = review.recheckSample(from, to, 50, f.chair);
    QF_REQUIRE_OK(again);
    CHECK_FALSE(again->drawnNow);
    CHECK(again->percent == 20);
    REQUIRE(again->items.size() == 2);
    for (const RecheckItem& i : again->items)
        CHECK(f.eventCount(i.reportId, QStringLiteral("recheck_sampled")) == 1);

    // Findings: only on sampled reports; a problem needs a description.
    const QString outside = *std::find_if(april.cbegin(), april.cend(), [&](const QString& id) { return !picked.contains(id); });
    CHECK_FALSE(review.recordRecheck(outside, from, to, false, {}, f.chair).ok());
    CHECK_FALSE(review.recordRecheck(picked[0], from, to, true, QStringLiteral("  "), f.chair).ok());
    CHECK_FALSE(review.recordRecheck(picked[0], from, to, false, {}, f.officer).ok());
    QF_REQUIRE_OK(review.recordRecheck(picked[0], from, to, true, QStringLiteral("当事人未被告知结果"), f.chair));
    QF_REQUIRE_OK(review.recordRecheck(picked[1], from, to, false, {}, f.chair));
    auto read = review.recordedSample(from, to);
    QF_REQUIRE_OK(read);
    REQUIRE(read->items.size() == 2);
    for (const RecheckItem& i : read->items) {
        CHECK(i.rechecked);
        CHECK(i.problemFound == (i.reportId == picked[0]));
        if (i.problemFound)
            CHECK(i.notes == QStringLiteral("当事人未被告知结果"));
    }

    // A period without concluded reports says so.
    const auto empty = review.recheckSample(QDate(2025, 1, 1), QDate(2025, 3, 31), 20, f.chair);
    CHECK_FALSE(empty.ok());
    CHECK(empty.error().contains(QStringLiteral("2025-01-01")));
}

#include "models/AgendaBuilder.h"
#include "tests/meeting/MeetingFixture.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace qf;
using namespace qf::test;

namespace {

QStringList agendaReports(MeetingFixture& f, const QString& meetingId)
{
    auto m = f.meetings->load(meetingId);
    QF_REQUIRE_OK(m);
    QStringList out;
    for (const AgendaItem& i : m->items)
        out << i.reportId;
    return out;
}

} // namespace

TEST_CASE("agenda builder: class A awaiting review - must-review categories and put-forward cases")
{
    MeetingFixture f;
    const QString classA = f.awaitingReview();
    const QString classATriagedOnly = f.triaged(5, 3, 4); // not submitted: not on the agenda by itself
    const QString classB = f.triaged(3, 2, 2); // key attention, nothing special
    const QString mustReview = f.triaged(3, 2, 2); // key attention, but 一把手 category
    const QString putForward = f.triaged(2, 4, 2); // key attention, put forward by an officer
    const QString mustReviewClosed = f.addReport(); // must-review but only registered: not yet
    const QString leader = f.addCategory(QStringLiteral("top_official"), true);
    f.setCategory(mustReview, leader);
    f.setCategory(mustReviewClosed, leader);
    f.setCategory(classB, f.addCategory(QStringLiteral("subsidies"), false));
    QF_REQUIRE_OK(f.meetings->propose(putForward, f.officer.userId, QStringLiteral("new facts")));

    AgendaBuilder builder(f.session->database());
    auto candidates = builder.candidates();
    QF_REQUIRE_OK(candidates);
    QStringList ids, reasons;
    for (const AgendaCandidate& c : *candidates) {
        ids << c.reportId;
        reasons << c.reason;
    }
    CHECK(ids == QStringList { mustReview, classA, putForward });
    CHECK(reasons
        == QStringList {
            QStringLiteral("must_review"), QStringLiteral("class_a"), QStringLiteral("put_forward") });
    CHECK_FALSE(ids.contains(classATriagedOnly));
    CHECK_FALSE(ids.contains(classB));

    auto meeting = f.meetings->create(QDate(2026, 11, 20), QStringLiteral("三楼会议室"), f.chair.userId);
    QF_REQUIRE_OK(meeting);
    auto added = builder.fill(*f.meetings, *meeting);
    QF_REQUIRE_OK(added);
    CHECK(*added == 3);
    // The proposal is taken; building again adds nothing.
    CHECK(builder.fill(*f.meetings, *meeting).value() == 0);
    auto again = builder.candidates();
    QF_REQUIRE_OK(again);
    CHECK(again->size() == 2);

    // The chair reorders and adds.
    auto m = f.meetings->load(*meeting);
    QF_REQUIRE_OK(m);
    QF_REQUIRE_OK(f.meetings->moveItem(*meeting, m->items[2].id, 1));
    auto extra = f.meetings->addItem(*meeting, classATriagedOnly, QStringLiteral("added"));
    QF_REQUIRE_OK(extra);
    CHECK(agendaReports(f, *meeting) == QStringList { putForward, mustReview, classA, classATriagedOnly });
    CHECK_FALSE(f.meetings->addItem(*meeting, classA, QStringLiteral("added")).ok());
}

TEST_CASE("meeting decisions are written to the cases as events with the meeting as their source")
{
    MeetingFixture f;
    auto meeting = f.meetings->create(QDate(2026, 11, 20), QStringLiteral("会议室"), f.chair.userId);
    QF_REQUIRE_OK(meeting);
    QF_REQUIRE_OK(f.meetings->addParticipant(*meeting, QStringLiteral("李审理"), QStringLiteral("trial")));
    CHECK_FALSE(f.meetings->addParticipant(*meeting, QStringLiteral("某人"), QStringLiteral("kitchen")).ok());
    const QString a = f.awaitingReview();
    const QString b = f.triaged(3, 2, 2); // key attention: submitted for review by the decision
    const QString c = f.awaitingReview();
    const QString d = f.awaitingReview();
    QStringList items;
    for (const QString& r : { a, b, c, d })
        items << f.meetings->addItem(*meeting, r, QStringLiteral("added")).value();

    QF_REQUIRE_OK(f.meetings->decide(items[0], MeetingDecision::TalkInquiry, f.chair));
    // 予以了结 needs its reasons.
    const Status bare = f.meetings->decide(items[1], MeetingDecision::ClosedNoAction, f.chair);
    CHECK_FALSE(bare.ok());
    CHECK(bare.errorCode() == ErrorCode::Invalid);
    CHECK(f.status(b) != QStringLiteral("decided"));
    AgendaItem withReasons = f.meetings->load(*meeting)->items[1];
    withReasons.reasons = QStringLiteral("反映问题已另案处理");
    QF_REQUIRE_OK(f.meetings->saveNotes(withReasons));
    QF_REQUIRE_OK(f.meetings->decide(items[1], MeetingDecision::ClosedNoAction, f.chair));
    CHECK_FALSE(f.meetings->decide(items[2], MeetingDecision::Dispatch, f.chair).ok()); // no office named
    QF_REQUIRE_OK(f.meetings->decide(items[2], MeetingDecision::Dispatch, f.chair, f.lower));
    QF_REQUIRE_OK(f.meetings->decide(items[3], MeetingDecision::Deferred, f.chair));
    // 退回 needs its reasons, and a dispatched case.
    const Status bareSendBack = f.meetings->decide(items[3], MeetingDecision::SendBack, f.chair);
    CHECK_FALSE(bareSendBack.ok());
    CHECK(bareSendBack.error().contains(QStringLiteral("reasons")));
    AgendaItem sendBackReasons = f.meetings->load(*meeting)->items[3];
    sendBackReasons.reasons = QStringLiteral("承办单位不适格");
    QF_REQUIRE_OK(f.meetings->saveNotes(sendBackReasons));
    const Status sendBack = f.meetings->decide(items[3], MeetingDecision::SendBack, f.chair);
    CHECK_FALSE(sendBack.ok());
    CHECK(sendBack.error().contains(QStringLiteral("dispatched")));
    const Status twice = f.meetings->decide(items[0], MeetingDecision::StoredPending, f.chair);
    CHECK_FALSE(twice.ok());
    // Only an entitled role decides.
    CHECK_FALSE(f.meetings->decide(items[3], MeetingDecision::StoredPending, f.officer).ok());

    CHECK(f.status(a) == QStringLiteral("decided"));
    CHECK(f.status(b) == QStringLiteral("decided"));
    CHECK(f.status(c) == QStringLiteral("dispatched"));
    CHECK(f.status(d) == QStringLiteral("awaiting_review"));
    CHECK(f.eventCount(b, QStringLiteral("submit_for_review")) == 1);
    CHECK(f.eventCount(c, QStringLiteral("transfer")) == 1);
    QSqlQuery q(f.session->database().connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'meeting_decision' AND source = ?"));
    q.addBindValue(QString(QStringLiteral("meeting:") + *meeting));
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 4);
    q.prepare(QStringLiteral("SELECT payload FROM events WHERE report_id = ? AND kind = 'decide'"));
    q.addBindValue(a);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toString().contains(*meeting));
}

TEST_CASE("confirmed minutes are refused for edit - in the store and by the database - and amended by a linked "
          "record")
{
    MeetingFixture f;
    auto meeting = f.meetings->create(QDate(2026, 11, 20), QStringLiteral("会议室"), f.chair.userId);
    QF_REQUIRE_OK(meeting);
    auto draft = f.meetings->saveDraft(*meeting, QStringLiteral("<p>第一稿</p>"));
    QF_REQUIRE_OK(draft);
    QF_REQUIRE_OK(f.meetings->saveDraft(*meeting, QStringLiteral("<p>第二稿</p>")));
    CHECK_FALSE(f.meetings->confirm(*draft, f.officer).ok());
    QF_REQUIRE_OK(f.meetings->confirm(*draft, f.chair));

    const Status edit = f.meetings->updateMinutes(*draft, QStringLiteral("<p>改过</p>"));
    REQUIRE_FALSE(edit.ok());
    CHECK(edit.error().contains(QStringLiteral("confirmed")));
    CHECK(edit.error().contains(QStringLiteral("amendment")));
    CHECK_FALSE(f.meetings->saveDraft(*meeting, QStringLiteral("<p>改过</p>")).ok());
    CHECK(f.meetings->minutes(*draft)->body == QStringLiteral("<p>第二稿</p>"));

    // The second line: the database itself refuses.
    QSqlQuery q(f.session->database().connection());
    q.prepare(QStringLiteral("UPDATE meeting_minutes SET body = 'x' WHERE id = ?"));
    q.addBindValue(*draft);
    CHECK_FALSE(q.exec());
    CHECK(q.lastError().text().contains(QStringLiteral("immutable")));
    q.prepare(QStringLiteral("DELETE FROM meeting_minutes WHERE id = ?"));
    q.addBindValue(*draft);
    CHECK_FALSE(q.exec());

    auto amendment = f.meetings->amend(*draft, QStringLiteral("<p>更正</p>"));
    QF_REQUIRE_OK(amendment);
    auto latest = f.meetings->latestMinutes(*meeting);
    QF_REQUIRE_OK(latest);
    CHECK(latest->id == *amendment);
    CHECK(latest->amends == *draft);
    CHECK(latest->version == 2);
    CHECK_FALSE(latest->confirmed);
    CHECK_FALSE(f.meetings->amend(*draft, QStringLiteral("<p>再改</p>")).ok());
}

TEST_CASE("a meeting decision is undone - the case gets back what it had - until the minutes are confirmed", "[meeting]")
{
    MeetingFixture f;
    auto meeting = f.meetings->create(QDate(2026, 11, 20), QStringLiteral("会议室"), f.chair.userId);
    QF_REQUIRE_OK(meeting);
    const QString a = f.awaitingReview();
    const QString b = f.awaitingReview();
    const QString c = f.awaitingReview();
    QStringList items;
    for (const QString& r : { a, b, c })
        items << f.meetings->addItem(*meeting, r, QStringLiteral("added")).value();
    const auto before = f.reports->get(a);
    QF_REQUIRE_OK(before);

    // 予以了结 by mistake, undone: back to awaiting review, no outcome, the item open again.
    AgendaItem ia = f.meetings->load(*meeting)->items[0];
    ia.reasons = QStringLiteral("误按");
    QF_REQUIRE_OK(f.meetings->saveNotes(ia));
    QF_REQUIRE_OK(f.meetings->decide(items[0], MeetingDecision::ClosedNoAction, f.chair));
    CHECK(f.status(a) == QStringLiteral("decided"));
    QF_REQUIRE_OK(f.meetings->undo(items[0], f.chair));
    CHECK(f.status(a) == stateName(before->state));
    CHECK_FALSE(f.reports->get(a)->outcome.has_value());
    CHECK(f.meetings->load(*meeting)->items[0].decision == MeetingDecision::None);
    CHECK(f.eventCount(a, QStringLiteral("meeting_decision_undone")) == 1);
    CHECK_FALSE(f.meetings->undo(items[0], f.chair).ok()); // nothing to undo now
    // ... and decided again, properly.
    QF_REQUIRE_OK(f.meetings->decide(items[0], MeetingDecision::TalkInquiry, f.chair));
    CHECK(f.reports->get(a)->outcome == Outcome::TalkInquiry);

    // A dispatch undone: no handling office any more.
    QF_REQUIRE_OK(f.meetings->decide(items[1], MeetingDecision::Dispatch, f.chair, f.lower));
    CHECK(f.status(b) == QStringLiteral("dispatched"));
    QF_REQUIRE_OK(f.meetings->undo(items[1], f.chair));
    CHECK(f.status(b) == QStringLiteral("awaiting_review"));
    CHECK(f.reports->get(b)->handlingOrgId.isEmpty());

    // Only an entitled role undoes.
    QF_REQUIRE_OK(f.meetings->decide(items[2], MeetingDecision::StoredPending, f.chair));
    test::signInAs(*f.session, QStringLiteral("case_officer"));
    CHECK_FALSE(f.meetings->undo(items[2], f.officer).ok());
    test::signInAs(*f.session, QStringLiteral("meeting_chair"));

    // Once the minutes are confirmed, decisions stay.
    auto draft = f.meetings->saveDraft(*meeting, QStringLiteral("<p>纪要</p>"));
    QF_REQUIRE_OK(draft);
    QF_REQUIRE_OK(f.meetings->confirm(*draft, f.chair));
    const Status late = f.meetings->undo(items[2], f.chair);
    CHECK_FALSE(late.ok());
    CHECK(f.status(c) == QStringLiteral("decided"));
}

// The state machine: every legal move, a sample of illegal ones, approvals; then the same
// moves against the store.
#include "tests/cases/CaseFixture.h"

#include <QSet>

using namespace qf;
using S = CaseState;
using T = Transition;

namespace {

struct Row
{
    S from;
    T transition;
    S to;
    QVariantMap params = {};
    QString role = QStringLiteral("case_officer");
    bool principal = false;
    std::optional<Outcome> outcome = std::nullopt;
    std::optional<S> pendingFrom = std::nullopt;
};

const QString Chair = QStringLiteral("meeting_chair");
const QVariantMap Org { { QStringLiteral("target_org"), QStringLiteral("org") } };
const QVariantMap ScoresA { { QStringLiteral("verifiability"), 5 }, { QStringLiteral("typicality"), 2 },
                            { QStringLiteral("timeliness"), 4 } };
const QVariantMap ScoresB { { QStringLiteral("verifiability"), 3 }, { QStringLiteral("typicality"), 4 },
                            { QStringLiteral("timeliness"), 2 } };
const QVariantMap ScoresC { { QStringLiteral("verifiability"), 1 }, { QStringLiteral("typicality"), 2 },
                            { QStringLiteral("timeliness"), 3 } };
const QVariantMap Reason { { QStringLiteral("reason"), QStringLiteral("无实质内容") } };
const auto PV = Outcome::PreliminaryVerification;

QList<Row> legal()
{
    return {
        { S::AwaitingSignature, T::SignFor, S::Registered },
        { S::Registered, T::Accept, S::Accepted },
        { S::Registered, T::RejectOutOfScope, S::OutOfScope, { { QStringLiteral("referred_to"), QStringLiteral("人民法院") } } },
        { S::Registered, T::FileAsRepeat, S::Filed, { { QStringLiteral("repeat_of"), QStringLiteral("x") } } },
        { S::Accepted, T::FileAsRepeat, S::Filed, { { QStringLiteral("repeat_of"), QStringLiteral("x") } } },
        { S::Accepted, T::Triage, S::Triaged, ScoresA },
        { S::Accepted, T::Triage, S::KeyAttention, ScoresB },
        { S::Accepted, T::Triage, S::ReminderSent, ScoresC },
        { S::KeyAttention, T::Triage, S::Triaged, ScoresA },
        { S::Triaged, T::RequestEvidence, S::EvidenceRequested },
        { S::EvidenceReceived, T::RequestEvidence, S::EvidenceRequested },
        { S::EvidenceRequested, T::ReceiveEvidence, S::EvidenceReceived },
        { S::Triaged, T::SubmitForReview, S::AwaitingReview },
        { S::EvidenceReceived, T::SubmitForReview, S::AwaitingReview },
        { S::KeyAttention, T::SubmitForReview, S::AwaitingReview },
        { S::AwaitingReview, T::Decide, S::Decided, { { QStringLiteral("outcome"), QStringLiteral("talk_inquiry") } }, Chair },
        { S::AwaitingReview, T::Decide, S::Decided, { { QStringLiteral("outcome"), QStringLiteral("closed_no_action") } },
          QStringLiteral("supervisor") },
        { S::Decided, T::Transfer, S::Dispatched, Org, {}, false, PV },
        { S::Decided, T::Forward, S::Dispatched, Org, {}, false, Outcome::TalkInquiry },
        { S::Decided, T::AssignDown, S::Dispatched, Org, {}, false, PV },
        { S::Decided, T::ReportUp, S::Dispatched, Org, {}, false, PV },
        { S::Registered, T::ReportUp, S::Dispatched, Org, {}, true },
        { S::Accepted, T::ReportUp, S::Dispatched, Org, {}, true },
        { S::Triaged, T::ReportUp, S::Dispatched, Org, {}, true },
        { S::Dispatched, T::BeginHandling, S::Handling },
        { S::Dispatched, T::RequestSendBack, S::SendBackPending, Reason },
        { S::Handling, T::RequestSendBack, S::SendBackPending, Reason },
        { S::SendBackPending, T::ApproveSendBack, S::AwaitingReview, {}, QStringLiteral("supervisor") },
        { S::SendBackPending, T::RejectSendBack, S::Handling, {}, Chair, false, {}, S::Handling },
        { S::SendBackPending, T::RejectSendBack, S::Dispatched, {}, Chair, false, {}, S::Dispatched },
        { S::Accepted, T::RequestRemoval, S::RemovalPending, Reason },
        { S::Triaged, T::RequestRemoval, S::RemovalPending, Reason },
        { S::KeyAttention, T::RequestRemoval, S::RemovalPending, Reason },
        { S::AwaitingReview, T::RequestRemoval, S::RemovalPending, Reason },
        { S::RemovalPending, T::ApproveRemoval, S::Removed, {}, QStringLiteral("administrator") },
        { S::RemovalPending, T::RejectRemoval, S::KeyAttention, {}, Chair, false, {}, S::KeyAttention },
        { S::Handling, T::Conclude, S::Concluded },
        { S::ReminderSent, T::Conclude, S::Concluded },
        { S::Decided, T::Conclude, S::Concluded, {}, {}, false, Outcome::StoredPending },
        { S::Decided, T::Conclude, S::Concluded, {}, {}, false, Outcome::ClosedNoAction },
        { S::Concluded, T::Review, S::Reviewed },
    };
}

struct Bad
{
    S from;
    T transition;
    QString because;
    QVariantMap params = {};
    QString role = QStringLiteral("case_officer");
    std::optional<Outcome> outcome = std::nullopt;
};

QList<Bad> illegal()
{
    return {
        { S::Registered, T::Transfer, QStringLiteral("not been triaged cannot be dispatched"), Org },
        { S::Accepted, T::AssignDown, QStringLiteral("not been triaged cannot be dispatched"), Org },
        { S::Triaged, T::Forward, QStringLiteral("collective review"), Org },
        { S::AwaitingReview, T::Transfer, QStringLiteral("collective review"), Org },
        { S::Decided, T::Transfer, QStringLiteral("concluded instead"), Org, {}, Outcome::ClosedNoAction },
        { S::Decided, T::Transfer, QStringLiteral("office the report goes to"), {}, {}, PV },
        { S::Registered, T::Triage, QStringLiteral("pre-check"), ScoresA },
        { S::Accepted, T::Triage, QStringLiteral("1 to 5"), { { QStringLiteral("verifiability"), 6 } } },
        { S::Accepted, T::RequestEvidence, QStringLiteral("class A") },
        { S::EvidenceRequested, T::SubmitForReview, QStringLiteral("not arrived") },
        // Right after the evidence came: said as it is, not "none was requested" (#18).
        { S::EvidenceReceived, T::ReceiveEvidence, QStringLiteral("already been received") },
        { S::Triaged, T::ReceiveEvidence, QStringLiteral("No evidence was requested") },
        { S::AwaitingReview, T::Decide, QStringLiteral("review-meeting chair"),
          { { QStringLiteral("outcome"), QStringLiteral("talk_inquiry") } } },
        { S::AwaitingReview, T::Decide, QStringLiteral("outcome"), { { QStringLiteral("outcome"), QStringLiteral("maybe") } },
          Chair },
        { S::Triaged, T::Decide, QStringLiteral("submitted"), { { QStringLiteral("outcome"), QStringLiteral("talk_inquiry") } },
          Chair },
        { S::SendBackPending, T::ApproveSendBack, QStringLiteral("supervisor") },
        { S::RemovalPending, T::ApproveRemoval, QStringLiteral("approve") },
        { S::Handling, T::ApproveSendBack, QStringLiteral("no send-back request"), {}, Chair },
        { S::Handling, T::RequestSendBack, QStringLiteral("reason") },
        { S::Registered, T::RejectOutOfScope, QStringLiteral("body the matter is referred to") },
        { S::Registered, T::FileAsRepeat, QStringLiteral("earlier report this one repeats") },
        { S::Triaged, T::Conclude, QStringLiteral("concluded") },
        { S::Handling, T::Review, QStringLiteral("Only a concluded") },
        { S::Reviewed, T::Accept, QStringLiteral("closed") },
        { S::OutOfScope, T::Accept, QStringLiteral("closed") },
        { S::Removed, T::RejectRemoval, QStringLiteral("closed"), {}, Chair },
        { S::Accepted, T::SignFor, QStringLiteral("signed for") },
        { S::Concluded, T::Accept, QStringLiteral("cannot be moved") },
    };
}

} // namespace

TEST_CASE("state machine: every legal transition - table-driven", "[cases][state]")
{
    QSet<int> covered;
    for (const Row& row : legal()) {
        INFO(stateName(row.from).toStdString() << " --" << transitionName(row.transition).toStdString() << "-> "
                                               << stateName(row.to).toStdString());
        TransitionContext c { row.role, row.principal, row.pendingFrom, row.outcome, row.params };
        auto next = CaseStateMachine::next(row.from, row.transition, c);
        INFO(next.error().toStdString());
        REQUIRE(next.ok());
        CHECK(*next == row.to);
        covered.insert(int(row.transition));
    }
    // Every command appears in the table.
    CHECK(covered.size() == allTransitions().size());
}

TEST_CASE("state machine: illegal moves are refused with the reason", "[cases][state]")
{
    for (const Bad& bad : illegal()) {
        INFO(stateName(bad.from).toStdString() << " --" << transitionName(bad.transition).toStdString());
        TransitionContext c { bad.role, false, std::nullopt, bad.outcome, bad.params };
        auto next = CaseStateMachine::next(bad.from, bad.transition, c);
        REQUIRE_FALSE(next.ok());
        CHECK(next.error().contains(bad.because));
    }
}

TEST_CASE("state machine: nothing leaves a terminal state", "[cases][state]")
{
    for (S s : allStates()) {
        if (!isTerminal(s))
            continue;
        for (T t : allTransitions())
            CHECK_FALSE(CaseStateMachine::next(s, t, { Chair, false, std::nullopt, PV, Org }).ok());
    }
}

TEST_CASE("state machine: the whole path in the store - with an event per move", "[cases][state]")
{
    test::CaseFixture f;
    const QString id = f.addReport();
    f.move(id, T::Accept);
    f.move(id, T::Triage, ScoresA);
    auto r = f.reports->get(id);
    CHECK(r->state == S::Triaged);
    CHECK(r->triageClass == TriageClass::A);
    CHECK(r->verifiability == 5);
    CHECK(r->typicality == 2);
    CHECK(r->timeliness == 4);
    CHECK(r->triagedAt.isValid());
    f.move(id, T::RequestEvidence);
    f.move(id, T::ReceiveEvidence);
    f.move(id, T::SubmitForReview);
    f.move(id, T::Decide, { { QStringLiteral("outcome"), QStringLiteral("preliminary_verification") } }, &f.chair);
    f.move(id, T::AssignDown, { { QStringLiteral("target_org"), f.lower }, { QStringLiteral("supervised"), true } });
    r = f.reports->get(id);
    CHECK(r->state == S::Dispatched);
    CHECK(r->outcome == Outcome::PreliminaryVerification);
    CHECK(r->handlingOrgId == f.lower);
    CHECK(r->supervised);
    f.move(id, T::BeginHandling, { { QStringLiteral("handler"), f.officer.userId } });
    f.move(id, T::Conclude, { { QStringLiteral("substantiated"), QStringLiteral("yes") } });
    f.move(id, T::Review);
    r = f.reports->get(id);
    CHECK(r->state == S::Reviewed);
    CHECK(r->substantiated == true);
    CHECK(r->handlerId == f.officer.userId);
    for (T t : { T::Accept, T::Triage, T::RequestEvidence, T::ReceiveEvidence, T::SubmitForReview, T::Decide,
                 T::AssignDown, T::BeginHandling, T::Conclude, T::Review })
        CHECK(f.eventCount(id, transitionName(t)) == 1);

    // A refused move changes nothing.
    auto again = f.machine->apply(id, T::Accept, {}, f.officer);
    REQUIRE_FALSE(again.ok());
    CHECK(f.reports->get(id)->state == S::Reviewed);
    CHECK(f.eventCount(id, QStringLiteral("accept")) == 1);
}

TEST_CASE("state machine: send-back and removal need a leader's approval", "[cases][state][approval]")
{
    test::CaseFixture f;
    const QString id = f.addReport();
    f.toDecided(id);
    f.move(id, T::Transfer, { { QStringLiteral("target_org"), f.office } });
    CHECK(f.eventCount(id, QStringLiteral("case_management_notified")) == 1);
    f.move(id, T::BeginHandling);
    f.move(id, T::RequestSendBack, Reason);
    CHECK(f.reports->get(id)->state == S::SendBackPending);
    CHECK(f.reports->get(id)->pendingFrom == S::Handling);

    auto byOfficer = f.machine->apply(id, T::ApproveSendBack, {}, f.officer);
    REQUIRE_FALSE(byOfficer.ok());
    CHECK(f.reports->get(id)->state == S::SendBackPending);
    f.move(id, T::RejectSendBack, {}, &f.chair);
    CHECK(f.reports->get(id)->state == S::Handling);
    f.move(id, T::RequestSendBack, Reason);
    f.move(id, T::ApproveSendBack, {}, &f.chair);
    auto r = f.reports->get(id);
    CHECK(r->state == S::AwaitingReview);
    CHECK(r->handlingOrgId.isEmpty());
    CHECK_FALSE(r->pendingFrom.has_value());

    const QString junk = f.addReport();
    f.move(junk, T::Accept);
    f.move(junk, T::RequestRemoval, Reason);
    CHECK_FALSE(f.machine->apply(junk, T::ApproveRemoval, {}, f.officer).ok());
    f.move(junk, T::RejectRemoval, {}, &f.chair);
    CHECK(f.reports->get(junk)->state == S::Accepted);
    f.move(junk, T::RequestRemoval, Reason);
    f.move(junk, T::ApproveRemoval, {}, &f.chair);
    CHECK(f.reports->get(junk)->state == S::Removed);
}

TEST_CASE("state machine: out of scope - repeats on file - class B and C", "[cases][state]")
{
    test::CaseFixture f;
    const QString first = f.addReport();
    const QString outside = f.addReport();
    f.move(outside, T::RejectOutOfScope, { { QStringLiteral("referred_to"), QStringLiteral("县人民法院") } });
    CHECK(f.reports->get(outside)->referredTo == QStringLiteral("县人民法院"));

    const QString repeat = f.addReport();
    CHECK_FALSE(f.machine->apply(repeat, T::FileAsRepeat, { { QStringLiteral("repeat_of"), QStringLiteral("none") } },
                                 f.officer).ok());
    f.move(repeat, T::FileAsRepeat, { { QStringLiteral("repeat_of"), f.reports->get(first)->regNo } });
    CHECK(f.reports->get(repeat)->state == S::Filed);
    CHECK(f.reports->get(repeat)->repeatOf == first);

    const QString b = f.addReport();
    f.move(b, T::Accept);
    f.move(b, T::Triage, ScoresB);
    CHECK(f.reports->get(b)->state == S::KeyAttention);
    CHECK(f.reports->get(b)->triageClass == TriageClass::B);
    const QString c = f.addReport();
    f.move(c, T::Accept);
    f.move(c, T::Triage, ScoresC);
    CHECK(f.reports->get(c)->state == S::ReminderSent);
    f.move(c, T::Conclude);
    CHECK(f.reports->get(c)->state == S::Concluded);
}

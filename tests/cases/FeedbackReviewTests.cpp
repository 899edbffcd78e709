// Triage classes, the evidence notice, feedback to real-name reporters, the closing review.
#include "tests/cases/CaseFixture.h"

#include "models/ClosingReview.h"
#include "models/EvidenceRequest.h"
#include "models/FeedbackNotices.h"
#include "models/Triage.h"

using namespace qf;

TEST_CASE("triage: the 1+3 scores give class A - B or C by the documented rule", "[cases][triage]")
{
    CHECK(Triage::classify({ 4, 1, 3 }) == TriageClass::A);
    CHECK(Triage::classify({ 5, 5, 5 }) == TriageClass::A);
    CHECK(Triage::classify({ 5, 1, 2 }) == TriageClass::B); // verifiable but stale
    CHECK(Triage::classify({ 3, 1, 5 }) == TriageClass::B);
    CHECK(Triage::classify({ 1, 4, 1 }) == TriageClass::B); // frequently reported
    CHECK(Triage::classify({ 2, 3, 5 }) == TriageClass::C);
    CHECK_FALSE(Triage::assess({ 0, 3, 3 }).ok());
    CHECK_FALSE(Triage::assess({ 3, 6, 3 }).ok());
}

TEST_CASE("evidence: one notice lists everything missing - the second-request rate", "[cases][evidence]")
{
    test::CaseFixture f;
    EvidenceRequest evidence(*f.reports, *f.machine);
    EvidenceNotice notice;
    notice.factItems << QStringLiteral("发放补贴的时间和金额");
    notice.evidenceItems << QStringLiteral("银行流水或发放名单");
    notice.levelItems << QStringLiteral("被反映人的职务层级");
    notice.replyBy = QDate(2026, 3, 20);

    const QString a = f.addReport();
    auto report = f.reports->get(a);
    const QString text = EvidenceRequest::plainText(*report, notice, QDate(2026, 3, 10));
    CHECK(text.contains(report->regNo));
    CHECK(text.contains(QStringLiteral("银行流水或发放名单")));
    CHECK(text.contains(QStringLiteral("2026年3月20日")));
    const QString html = EvidenceRequest::html(*report, notice, QDate(2026, 3, 10));
    CHECK(html.contains(QStringLiteral("<li>被反映人的职务层级</li>")));

    f.move(a, Transition::Accept);
    CHECK_FALSE(evidence.request(a, notice, f.officer).ok()); // not triaged as A
    f.move(a, Transition::Triage, { { QStringLiteral("verifiability"), 5 }, { QStringLiteral("typicality"), 1 },
                                    { QStringLiteral("timeliness"), 5 } });
    CHECK_FALSE(evidence.request(a, EvidenceNotice {}, f.officer).ok());
    QF_REQUIRE_OK(evidence.request(a, notice, f.officer, QDateTime(QDate(2026, 3, 10), QTime(10, 0))));
    f.move(a, Transition::ReceiveEvidence);
    QF_REQUIRE_OK(evidence.request(a, notice, f.officer, QDateTime(QDate(2026, 3, 16), QTime(10, 0))));
    CHECK(f.reports->get(a)->evidenceRequestedAt == QDateTime(QDate(2026, 3, 16), QTime(10, 0)));

    for (int i = 0; i < 3; ++i) {
        const QString b = f.addReport();
        f.move(b, Transition::Accept);
        f.move(b, Transition::Triage, { { QStringLiteral("verifiability"), 4 }, { QStringLiteral("typicality"), 1 },
                                        { QStringLiteral("timeliness"), 4 } });
        QF_REQUIRE_OK(evidence.request(b, notice, f.officer, QDateTime(QDate(2026, 3, 11), QTime(10, 0))));
    }
    auto rate = evidence.secondRequestRate(QDate(2026, 3, 1), QDate(2026, 3, 31));
    QF_REQUIRE_OK(rate);
    CHECK(rate->requested == 4);
    CHECK(rate->second == 1);
    CHECK(rate->rate() == Approx(0.25));
    CHECK(evidence.secondRequestRate(QDate(2026, 4, 1), QDate(2026, 4, 30))->requested == 0);
}

TEST_CASE("feedback: notices at acceptance - dispatch and conclusion for real-name reporters", "[cases][feedback]")
{
    test::CaseFixture f;
    FeedbackNotices feedback(*f.reports);
    const QString id = f.addReport({}, QStringLiteral("城关镇政府"), true);
    auto none = feedback.pending(id);
    QF_REQUIRE_OK(none);
    CHECK(none->isEmpty());
    CHECK_FALSE(feedback.recordSent(id, Milestone::Accepted, f.officer).ok()); // not accepted yet

    f.toDecided(id);
    CHECK(*feedback.pending(id) == QList<Milestone> { Milestone::Accepted });
    QF_REQUIRE_OK(feedback.recordSent(id, Milestone::Accepted, f.officer));
    CHECK(f.reports->get(id)->acceptanceNoticeAt.isValid());
    CHECK_FALSE(feedback.recordSent(id, Milestone::Accepted, f.officer).ok()); // only once
    f.move(id, Transition::Transfer, { { QStringLiteral("target_org"), f.office } });
    CHECK(*feedback.pending(id) == QList<Milestone> { Milestone::Dispatched });
    QF_REQUIRE_OK(feedback.recordSent(id, Milestone::Dispatched, f.officer));
    f.move(id, Transition::BeginHandling);
    f.move(id, Transition::Conclude);
    QF_REQUIRE_OK(feedback.recordSent(id, Milestone::Concluded, f.officer));
    CHECK(f.reports->get(id)->resultFeedbackAt.isValid());
    CHECK(feedback.pending(id)->isEmpty());
    CHECK(f.eventCount(id, QStringLiteral("feedback_notice")) == 3);

    QF_REQUIRE_OK(feedback.recordObjection(id, QStringLiteral("对处理结果不认可"), f.officer));
    CHECK(f.eventCount(id, QStringLiteral("objection")) == 1);
    CHECK_FALSE(feedback.recordObjection(id, QStringLiteral("  "), f.officer).ok());

    auto report = f.reports->get(id);
    for (Milestone m : { Milestone::Accepted, Milestone::Dispatched, Milestone::Concluded }) {
        const FeedbackText t = FeedbackNotices::compose(m, *report, QStringLiteral("某某县纪委监委信访室"),
                                                        QStringLiteral("0123-12388"), QStringLiteral("张三"));
        CHECK(t.sms.size() <= FeedbackNotices::SmsLimit);
        CHECK(t.sms.contains(report->regNo));
        CHECK_FALSE(t.sms.contains(QStringLiteral("张三")));
        CHECK(t.letter.contains(QStringLiteral("张三同志")));
        CHECK(t.letter.contains(report->regNo));
    }
    // A very long office name never pushes the SMS over the limit.
    const FeedbackText longName = FeedbackNotices::compose(Milestone::Concluded, *report, QString(60, QChar(0x5E02)),
                                                           QStringLiteral("12388"));
    CHECK(longName.sms.size() <= FeedbackNotices::SmsLimit);

    const QString anonymous = f.addReport();
    f.move(anonymous, Transition::Accept);
    CHECK_FALSE(feedback.recordSent(anonymous, Milestone::Accepted, f.officer).ok());
}

TEST_CASE("review: answers recorded after closing - a reproducible 20% sample", "[cases][review]")
{
    test::CaseFixture f;
    ClosingReview review(*f.reports, *f.machine);
    const QString id = f.addReport();
    f.toDecided(id, QStringLiteral("closed_no_action"));
    CHECK_FALSE(review.record(id, {}, 5, f.officer).ok()); // not concluded yet
    f.move(id, Transition::Conclude, { { QStringLiteral("at"), QStringLiteral("2026-03-02T10:00:00") } });
    QF_REQUIRE_OK(review.record(id, { true, true, false, QStringLiteral("需加强解释") }, 5, f.officer,
                                QDateTime(QDate(2026, 3, 5), QTime(9, 0))));
    CHECK(f.reports->get(id)->state == CaseState::Reviewed);
    CHECK(f.eventCount(id, QStringLiteral("review")) == 1);

    QStringList ids;
    for (int i = 0; i < 50; ++i)
        ids << QStringLiteral("report-%1").arg(i, 3, 10, QLatin1Char('0'));
    const QStringList sample = ClosingReview::drawSample(ids, 20, 2026);
    CHECK(sample.size() == 10);
    QStringList shuffled = ids;
    std::reverse(shuffled.begin(), shuffled.end());
    CHECK(ClosingReview::drawSample(shuffled, 20, 2026) == sample);
    CHECK(ClosingReview::drawSample(ids, 20, 7) != sample);
    for (const QString& s : sample)
        CHECK(ids.contains(s));
    CHECK(ClosingReview::drawSample(ids.mid(0, 7), 20, 1).size() == 2); // rounded up
    CHECK(ClosingReview::drawSample({}, 20, 1).isEmpty());
}

TEST_CASE("review: the store sample and two-low-one-high offices", "[cases][review]")
{
    test::CaseFixture f;
    ClosingReview review(*f.reports, *f.machine);
    FeedbackNotices feedback(*f.reports);
    QStringList concluded;
    for (int i = 0; i < 5; ++i) {
        const QString id = f.addReport();
        f.toDecided(id);
        f.move(id, Transition::AssignDown, { { QStringLiteral("target_org"), i < 4 ? f.lower : f.office } });
        f.move(id, Transition::BeginHandling);
        f.move(id, Transition::Conclude, { { QStringLiteral("at"), QStringLiteral("2026-04-0%1T10:00:00").arg(i + 1) },
                                           { QStringLiteral("substantiated"), i == 4 ? QStringLiteral("yes")
                                                                                    : QStringLiteral("no") } });
        QF_REQUIRE_OK(feedback.recordSatisfaction(id, i == 4, f.officer));
        concluded << id;
    }
    // Two of the lower office's cases come back as repeats.
    for (int i = 0; i < 2; ++i) {
        const QString again = f.addReport();
        f.move(again, Transition::FileAsRepeat, { { QStringLiteral("repeat_of"), concluded[i] } });
    }
    auto sample = review.sample(QDate(2026, 4, 1), QDate(2026, 4, 30), 20, 99);
    QF_REQUIRE_OK(sample);
    CHECK(sample->size() == 1);
    CHECK(concluded.contains(sample->first()));
    CHECK(*review.sample(QDate(2026, 4, 1), QDate(2026, 4, 30), 20, 99) == *sample);

    auto quality = review.officeQuality(QDate(2026, 4, 1), QDate(2026, 4, 30));
    QF_REQUIRE_OK(quality);
    REQUIRE(quality->size() == 2);
    for (const OfficeQuality& o : *quality) {
        if (o.orgId == f.lower) {
            CHECK(o.concluded == 4);
            CHECK(o.substantiationRate == Approx(0.0));
            CHECK(o.satisfactionRate == Approx(0.0));
            CHECK(o.repeatRate == Approx(0.5));
            CHECK(o.twoLowOneHigh);
        } else {
            CHECK(o.orgId == f.office);
            CHECK_FALSE(o.twoLowOneHigh);
        }
    }
}

// Repeat detection at intake: planted near-duplicates, same reporter by blind index, same
// reported person, the clerk's confirm / reject, the quarterly notice list.
#include "models/DuplicateIndex.h"
#include "models/RepeatDetector.h"
#include "models/ReportStore.h"
#include "models/Session.h"
#include "tests/support/TestSupport.h"
#include "models/Uuid7.h"
#include "models/Writer.h"
#include "app/demo/DemoGenerator.h"

#include <QSqlQuery>
#include <QTimeZone>

using namespace qf;

namespace {

struct Desk
{
    Desk()
    {
        session = test::openSession(dir.path(QStringLiteral("repeats.sqlite")));
        reports = &session->reports();
        detector = std::make_unique<RepeatDetector>(*reports);
    }
    QString add(const QString& content, const QString& subject, const QString& unit,
                std::optional<PersonIdentity> reporter = {}, const QDateTime& received = {})
    {
        ReportDraft d;
        d.channel = QStringLiteral("letter");
        d.receivedAt = received;
        d.content = content;
        if (!subject.isEmpty())
            d.subjects << SubjectDraft { subject, unit, QStringLiteral("科级"), {}, false };
        d.reporter = reporter;
        auto r = reports->add(d);
        QF_REQUIRE_OK(r);
        return r->id;
    }
    int events(const QString& id, const QString& kind)
    {
        QSqlQuery q(session->database().connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM events WHERE report_id = ? AND kind = ?"));
        q.addBindValue(id);
        q.addBindValue(kind);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
    const RepeatProposal* find(const QList<RepeatProposal>& list, const QString& id)
    {
        for (const RepeatProposal& p : list)
            if (p.reportId == id)
                return &p;
        return nullptr;
    }

    test::Scratch dir;
    std::unique_ptr<Session> session;
    ReportStore* reports = nullptr; // the session's
    std::unique_ptr<RepeatDetector> detector;
    Actor clerk { QString(), QStringLiteral("registry_clerk") };
};

const QString kText = QStringLiteral("反映城关镇财政所所长王某长期违规发放津贴补贴，并利用职务便利为亲属承揽工程提供帮助，"
                                     "涉及金额约十二万元，群众反映强烈，请求组织调查处理。");

} // namespace

TEST_CASE("repeats: the check finds the planted near-duplicates of a demo database", "[cases][repeats]")
{
    Desk desk;
    DemoGenerator demo(*desk.session, DemoOptions { 3000, 7, QDate(2026, 6, 30) });
    QF_REQUIRE_OK(demo.run());
    QSqlQuery q(desk.session->database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM dup_signatures")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 3000); // the demo maintains the index through the same code

    REQUIRE(q.exec(QStringLiteral("SELECT report_id, near_duplicate_of FROM demo_labels WHERE near_duplicate_of IS NOT NULL")));
    int planted = 0, found = 0;
    QList<std::pair<QString, QString>> pairs;
    while (q.next())
        pairs.append({ q.value(0).toString(), q.value(1).toString() });
    for (const auto& [copy, original] : std::as_const(pairs)) {
        auto proposals = desk.detector->check(copy, 20);
        QF_REQUIRE_OK(proposals);
        ++planted;
        const RepeatProposal* p = desk.find(*proposals, original);
        found += p && p->similarity > 0 ? 1 : 0;
    }
    REQUIRE(planted > 100);
    INFO(found << " of " << planted);
    CHECK(double(found) / planted >= 0.95);

    // A rebuild gives the same index.
    DuplicateIndex index(desk.session->database());
    auto rebuilt = index.rebuild();
    QF_REQUIRE_OK(rebuilt);
    CHECK(*rebuilt == 3000);
}

TEST_CASE("repeats: the same reporter is found by blind index - without decrypting", "[cases][repeats]")
{
    Desk desk;
    const PersonIdentity first { QStringLiteral("张三"), QStringLiteral("11010519491231002X"), QStringLiteral("13800138000"), {}, {}, {} };
    const QString earlier = desk.add(QStringLiteral("反映村干部侵占集体资金。"), {}, {}, first);
    // Registered again as a new person: same ID number, the phone written another way.
    const PersonIdentity again { QStringLiteral("张三"), QStringLiteral("11010519491231002x"), QStringLiteral("138-0013-8000"), {}, {}, {} };
    const QString later = desk.add(QStringLiteral("举报镇农经站站长挪用扶贫款。"), {}, {}, again);
    const PersonIdentity phoneOnly { QStringLiteral("张先生"), {}, QStringLiteral("+86 138 0013 8000"), {}, {}, {} };
    const QString third = desk.add(QStringLiteral("请求查处违规建房问题。"), {}, {}, phoneOnly);
    // A valid ID number of another person (every registration checks it, ReportRegistrar::problems).
    const QString stranger = desk.add(QStringLiteral("反映医院收红包。"), {}, {},
                                      PersonIdentity { QStringLiteral("李四"), QStringLiteral("110105198001010016"), {}, {}, {}, {} });

    auto proposals = desk.detector->check(later);
    QF_REQUIRE_OK(proposals);
    const RepeatProposal* p = desk.find(*proposals, earlier);
    REQUIRE(p);
    CHECK(p->sameReporter);
    CHECK_FALSE(p->sameSubject);
    CHECK(p->similarity == 0);
    CHECK(p->reasons().contains(RepeatDetector::tr("same reporter")));
    CHECK(desk.find(*proposals, third));
    CHECK_FALSE(desk.find(*proposals, stranger));
    // Looking did not reveal anyone: no audit entry of a reveal.
    QSqlQuery q(desk.session->database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'identity.view'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("repeats: the same reported person (name and unit) and similar content", "[cases][repeats]")
{
    Desk desk;
    const QString earlier = desk.add(kText, QStringLiteral("王某"), QStringLiteral("城关镇财政所"));
    const QString otherUnit = desk.add(QStringLiteral("反映王某酒驾。"), QStringLiteral("王某"), QStringLiteral("教育局"));
    QString edited = kText;
    edited.replace(QStringLiteral("十二万"), QStringLiteral("十三万"));
    const QString copy = desk.add(edited, QStringLiteral("王某"), QStringLiteral("城关镇财政所"));
    const QString sameSubjectOnly = desk.add(QStringLiteral("王某上班时间打牌。"), QStringLiteral("王某"), QStringLiteral("城关镇财政所"));

    auto proposals = desk.detector->check(copy);
    QF_REQUIRE_OK(proposals);
    REQUIRE(proposals->size() == 2);
    CHECK(proposals->at(0).reportId == earlier); // two reasons rank first
    CHECK(proposals->at(0).sameSubject);
    CHECK(proposals->at(0).similarity > 0.8);
    CHECK(proposals->at(1).reportId == sameSubjectOnly);
    CHECK(proposals->at(1).similarity == 0);
    CHECK_FALSE(desk.find(*proposals, otherUnit));

    desk.detector->setThreshold(0.99);
    auto strict = desk.detector->check(copy);
    QF_REQUIRE_OK(strict);
    CHECK(desk.find(*strict, earlier)->similarity == 0);
}

TEST_CASE("repeats: confirm files the repeat - new facts keep it open - rejections are kept", "[cases][repeats]")
{
    Desk desk;
    const QDateTime july(QDate(2026, 7, 10), QTime(2, 0), Qt::UTC);
    const QString original = desk.add(kText, QStringLiteral("王某"), QStringLiteral("城关镇财政所"), {}, july.addDays(-60));
    const QString copy = desk.add(kText, QStringLiteral("王某"), QStringLiteral("城关镇财政所"), {}, july);
    const QString withFacts = desk.add(kText + QStringLiteral("另有新证据。"), QStringLiteral("王某"),
                                       QStringLiteral("城关镇财政所"), {}, july.addDays(1));
    const QString unrelated = desk.add(QStringLiteral("王某上班时间打牌。"), QStringLiteral("王某"),
                                       QStringLiteral("城关镇财政所"), {}, july.addDays(2));

    // Reject: recorded, and not proposed again.
    QF_REQUIRE_OK(desk.detector->reject(unrelated, original, QStringLiteral("另一件事"), desk.clerk));
    CHECK(desk.events(unrelated, QStringLiteral("repeat_rejected")) == 1);
    auto again = desk.detector->check(unrelated);
    QF_REQUIRE_OK(again);
    CHECK_FALSE(desk.find(*again, original));

    QF_REQUIRE_OK(desk.detector->confirm(copy, original, false, desk.clerk));
    auto filed = desk.reports->get(copy);
    QF_REQUIRE_OK(filed);
    CHECK(filed->state == CaseState::Filed);
    CHECK(filed->repeatOf == original);
    CHECK(desk.events(copy, QStringLiteral("file_as_repeat")) == 1);
    CHECK(desk.events(copy, QStringLiteral("repeat_confirmed")) == 1);

    QF_REQUIRE_OK(desk.detector->confirm(withFacts, original, true, desk.clerk));
    auto open = desk.reports->get(withFacts);
    QF_REQUIRE_OK(open);
    CHECK(open->state == CaseState::Registered); // goes on to the review
    CHECK(open->repeatOf == original);
    CHECK(desk.events(withFacts, QStringLiteral("repeat_confirmed")) == 1);

    CHECK_FALSE(desk.detector->confirm(original, original, false, desk.clerk).ok());
    CHECK_FALSE(desk.detector->confirm(original, copy, false, desk.clerk).ok()); // would be a cycle
    const Status filedAgain = desk.detector->confirm(copy, withFacts, false, desk.clerk);
    CHECK_FALSE(filedAgain.ok()); // a filed report cannot be filed again

    auto q3 = desk.detector->quarterly(QStringLiteral("2026Q3"));
    QF_REQUIRE_OK(q3);
    REQUIRE(q3->size() == 2);
    CHECK(q3->at(0).reportId == copy);
    CHECK_FALSE(q3->at(0).newFacts);
    CHECK(q3->at(1).reportId == withFacts);
    CHECK(q3->at(1).newFacts);
    CHECK(q3->at(0).repeatOfRegNo == desk.reports->get(original)->regNo);
    auto q2 = desk.detector->quarterly(QStringLiteral("2026Q2"));
    QF_REQUIRE_OK(q2);
    CHECK(q2->isEmpty());
    CHECK_FALSE(desk.detector->quarterly(QStringLiteral("2026Q5")).ok());
}

// Registration from every channel, reading back, field edits, signing for forwarded items.
#include "tests/cases/CaseFixture.h"

#include "models/RegistrationNumbers.h"

#include <QSqlQuery>

using namespace qf;

namespace {

int count(test::CaseFixture& f, const QString& sql)
{
    QSqlQuery q(f.session->database().connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("intake: every channel registers with a number - the 八何 record and an event", "[cases][intake]")
{
    test::CaseFixture f;
    const QStringList channels = { QStringLiteral("letter"), QStringLiteral("visit"),     QStringLiteral("phone"),
                                   QStringLiteral("online"), QStringLiteral("forwarded"), QStringLiteral("handed_over") };
    QStringList numbers;
    for (const QString& channel : channels) {
        ReportDraft d;
        d.channel = channel;
        d.receivedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 30));
        d.orgId = f.office;
        d.sourceId = channel == QLatin1String("online") || channel == QLatin1String("forwarded")
                || channel == QLatin1String("handed_over") // one rule for every channel (ReportRegistrar)
            ? QStringLiteral("SRC-") + channel : QString();
        d.who = QStringLiteral("某村干部");
        d.what = QStringLiteral("侵占集体资金");
        d.whenText = QStringLiteral("2025年");
        d.whereText = QStringLiteral("某村");
        d.why = QStringLiteral("账目不公开");
        d.result = QStringLiteral("群众不满");
        d.demand = QStringLiteral("查处");
        d.disposition = QStringLiteral("转乡镇");
        d.content = QStringLiteral("内容");
        d.region = QStringLiteral("城关镇");
        d.subjects << SubjectDraft { QStringLiteral("李某"), QStringLiteral("某村委会"), QStringLiteral("村干部"), {}, false };
        auto added = f.reports->add(d);
        QF_REQUIRE_OK(added);
        CHECK(RegistrationNumbers::isWellFormed(added->regNo));
        numbers << added->regNo;

        auto r = f.reports->get(added->regNo);
        QF_REQUIRE_OK(r);
        CHECK(r->id == added->id);
        CHECK(r->channel == channel);
        CHECK(r->receivedAt == d.receivedAt);
        CHECK(r->who == d.who);
        CHECK(r->whereText == d.whereText);
        CHECK(r->disposition == d.disposition);
        CHECK(r->anonymous);
        REQUIRE(r->subjects.size() == 1);
        CHECK(r->subjects[0].unit == QStringLiteral("某村委会"));
        const bool toSign = channel == QLatin1String("forwarded") || channel == QLatin1String("handed_over");
        CHECK(r->state == (toSign ? CaseState::AwaitingSignature : CaseState::Registered));
        CHECK(f.eventCount(r->id, QStringLiteral("registered")) == 1);
    }
    numbers.removeDuplicates();
    CHECK(numbers.size() == channels.size());
}

TEST_CASE("intake: bad drafts are refused and leave nothing behind", "[cases][intake]")
{
    test::CaseFixture f;
    ReportDraft d;
    d.channel = QStringLiteral("fax");
    d.content = QStringLiteral("x");
    CHECK_FALSE(f.reports->add(d).ok());
    d.channel = QStringLiteral("online");
    auto noSource = f.reports->add(d);
    REQUIRE_FALSE(noSource.ok());
    CHECK(noSource.error().contains(QStringLiteral("source")));
    d.channel = QStringLiteral("letter");
    d.content.clear();
    CHECK_FALSE(f.reports->add(d).ok());
    CHECK(count(f, QStringLiteral("SELECT COUNT(*) FROM reports")) == 0);
    CHECK(count(f, QStringLiteral("SELECT COUNT(*) FROM reg_counters")) == 0);
}

TEST_CASE("intake: real-name reporter as a new or an existing person - anonymous otherwise", "[cases][intake]")
{
    test::CaseFixture f;
    const QString id = f.addReport({}, QStringLiteral("城关镇政府"), true);
    auto r = f.reports->get(id);
    QF_REQUIRE_OK(r);
    CHECK(r->realName());
    REQUIRE_FALSE(r->reporterId.isEmpty());
    auto found = f.session->persons().findByIdNumber(QStringLiteral("11010519491231002X"));
    QF_REQUIRE_OK(found);
    CHECK(found->contains(r->reporterId));

    ReportDraft again;
    again.channel = QStringLiteral("phone");
    again.content = QStringLiteral("再次反映");
    again.reporterId = r->reporterId;
    auto second = f.reports->add(again);
    QF_REQUIRE_OK(second);
    CHECK(f.reports->get(second->id)->reporterId == r->reporterId);
    CHECK(count(f, QStringLiteral("SELECT COUNT(*) FROM persons")) == 1);
    // The history never carries the identity.
    CHECK(count(f, QStringLiteral("SELECT COUNT(*) FROM events WHERE payload LIKE '%张三%' OR payload LIKE '%1101051949%'"))
          == 0);
}

TEST_CASE("intake: a report on the office's own principal leader is restricted", "[cases][intake]")
{
    test::CaseFixture f;
    ReportDraft d;
    d.channel = QStringLiteral("visit");
    d.content = QStringLiteral("反映本机关主要负责人问题");
    d.subjects << SubjectDraft { QStringLiteral("赵某"), QStringLiteral("县纪委"), QStringLiteral("处级"),
                                 QStringLiteral("书记"), true };
    auto added = f.reports->add(d);
    QF_REQUIRE_OK(added);
    auto r = f.reports->get(added->id);
    QF_REQUIRE_OK(r);
    CHECK(r->restricted);
    CHECK(r->principalLeader);
    CHECK_FALSE(ReportStore::canView(QStringLiteral("case_officer"), *r));
    CHECK_FALSE(ReportStore::canView(QStringLiteral("receptionist"), *r));
    CHECK(ReportStore::canView(QStringLiteral("supervisor"), *r));
    CHECK(ReportStore::canView(QStringLiteral("meeting_chair"), *r));

    // It can only leave upwards, and straight away.
    auto transfer = f.machine->apply(r->id, Transition::Transfer, { { QStringLiteral("target_org"), f.office } }, f.chair);
    REQUIRE_FALSE(transfer.ok());
    CHECK(transfer.error().contains(QStringLiteral("higher office")));
    f.move(r->id, Transition::ReportUp, { { QStringLiteral("target_org"), f.higher } });
    r = f.reports->get(added->id);
    CHECK(r->state == CaseState::Dispatched);
    CHECK(r->handlingOrgId == f.higher);
    CHECK(r->dispatchKind == QStringLiteral("report_up"));

    auto plain = f.reports->get(f.addReport());
    CHECK(ReportStore::canView(QStringLiteral("receptionist"), *plain));
}

TEST_CASE("intake: field changes are written with an event naming only the field", "[cases][intake]")
{
    test::CaseFixture f;
    const QString id = f.addReport();
    QF_REQUIRE_OK(f.reports->setField(id, QStringLiteral("content"), QStringLiteral("更正后的内容")));
    QF_REQUIRE_OK(f.reports->setField(id, QStringLiteral("subject_unit"), QStringLiteral("县住建局")));
    QF_REQUIRE_OK(f.reports->setField(id, QStringLiteral("where_text"), QStringLiteral("县城")));
    auto r = f.reports->get(id);
    CHECK(r->content == QStringLiteral("更正后的内容"));
    CHECK(r->subjects.first().unit == QStringLiteral("县住建局"));
    CHECK(r->whereText == QStringLiteral("县城"));
    CHECK(f.eventCount(id, QStringLiteral("field_changed")) == 3);
    CHECK(count(f, QStringLiteral("SELECT COUNT(*) FROM events WHERE payload LIKE '%更正后%'")) == 0);
    CHECK(count(f, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE table_name = 'reports'")) >= 3);

    auto bad = f.reports->setField(id, QStringLiteral("status"), QStringLiteral("concluded"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().contains(QStringLiteral("content")));
    CHECK_FALSE(f.reports->setField(id, QStringLiteral("category"), QStringLiteral("no-such")).ok());
}

TEST_CASE("intake: a forwarded item is signed for before anything else", "[cases][intake]")
{
    test::CaseFixture f;
    ReportDraft d;
    d.channel = QStringLiteral("forwarded");
    d.sourceId = QStringLiteral("市纪委转〔2026〕12号");
    d.content = QStringLiteral("上级转来");
    auto added = f.reports->add(d);
    QF_REQUIRE_OK(added);
    CHECK_FALSE(f.machine->apply(added->id, Transition::Accept, {}, f.officer).ok());
    f.move(added->id, Transition::SignFor, { { QStringLiteral("at"), QStringLiteral("2026-03-03T10:00:00") } });
    auto r = f.reports->get(added->id);
    CHECK(r->state == CaseState::Registered);
    CHECK(r->signedAt == QDateTime(QDate(2026, 3, 3), QTime(10, 0)));
    CHECK(f.eventCount(added->id, QStringLiteral("sign_for")) == 1);
}

// The reporter of a registered report (anonymous / real name, corrections) and the
// principal-leader flag set after intake: what the registry relies on.
#include "tests/cases/CaseFixture.h"

#include "models/CalendarStore.h"
#include "models/DeadlineClock.h"
#include "models/FeedbackNotices.h"
#include "models/IdNumber.h"
#include "models/ReporterChanges.h"
#include "models/Role.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace qf;

namespace {

const QString Name = QStringLiteral("欧阳明远");
const QString IdNo = QStringLiteral("440301199003074562");
const QString Phone = QStringLiteral("13912345678");

const WorkCalendar& calendar()
{
    static const WorkCalendar c = [] {
        auto loaded = CalendarStore::loadBuiltIn();
        REQUIRE(loaded.ok());
        return *loaded;
    }();
    return c;
}

// Received on Monday 2 March 2026; looked at four weeks later (more than 15 working days).
const QDateTime Received(QDate(2026, 3, 2), QTime(10, 0));
const QDateTime Later(QDate(2026, 3, 30), QTime(12, 0));

DeadlineStatus lightOf(test::CaseFixture& f, const QString& id)
{
    auto r = f.reports->get(id);
    REQUIRE(r.ok());
    return DeadlineClock(calendar(), {}).evaluate(*r, Later);
}

QString scalar(test::CaseFixture& f, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q(f.session->database().connection());
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toString();
}

QByteArray storedBytes(test::CaseFixture& f)
{
    QByteArray all;
    for (const QString& suffix : { QString(), QStringLiteral("-wal") }) {
        QFile file(f.session->database().path() + suffix);
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

PersonIdentity typed(const QString& name, const QString& idNumber, const QString& phone)
{
    return PersonIdentity { name, idNumber, phone, {}, {}, {} };
}

Actor clerkOf(test::CaseFixture& f)
{
    return Actor { f.addUser(QStringLiteral("clerk"), QStringLiteral("registry_clerk"), f.office),
                   QStringLiteral("registry_clerk") };
}

} // namespace

TEST_CASE("reporter: an anonymous report made real-name gets a sealed reporter and the acceptance notice clock",
          "[cases][reporter]")
{
    test::CaseFixture f;
    const Actor clerk = clerkOf(f);
    const QString id = f.addReport(Received);
    CHECK(lightOf(f, id).clock == QStringLiteral("dispatch")); // anonymous: nobody to tell
    ReporterChanges changes(*f.reports, f.session->persons());
    const int outboxBefore = scalar(f, QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt();

    auto done = changes.setRealName(id, typed(QStringLiteral(" 欧阳明远 "), QStringLiteral("4403011990 03074562"), Phone),
                                    clerk);
    QF_REQUIRE_OK(done);
    CHECK(done->changed);
    CHECK_FALSE(done->existingPerson);
    auto r = f.reports->get(id);
    QF_REQUIRE_OK(r);
    CHECK(r->realName());
    CHECK(r->reporterId == done->personId);

    // Sealed: found by the blind index, readable only through an audited reveal, and never
    // in clear in the database file - not in the row, not in the outbox, not in the event.
    auto found = f.session->persons().findByIdNumber(IdNo);
    QF_REQUIRE_OK(found);
    CHECK(*found == QStringList { done->personId });
    const QByteArray bytes = storedBytes(f);
    REQUIRE(bytes.contains(QStringLiteral("违规发放补贴").toUtf8())); // the report itself is plain text
    CHECK_FALSE(bytes.contains(Name.toUtf8()));
    CHECK_FALSE(bytes.contains(IdNo.toUtf8()));
    CHECK_FALSE(bytes.contains(Phone.toUtf8()));
    auto shown = f.session->persons().reveal(done->personId, QStringLiteral("test"));
    QF_REQUIRE_OK(shown);
    CHECK(shown->name == Name); // trimmed and normalised as at intake
    CHECK(shown->idNumber == IdNo);

    CHECK(f.eventCount(id, QStringLiteral("anonymity_changed")) == 1);
    const QString payload = scalar(f, QStringLiteral("SELECT payload FROM events WHERE report_id = ? AND kind = "
                                                     "'anonymity_changed'"), { id });
    CHECK(QJsonDocument::fromJson(payload.toUtf8()).object().value(QStringLiteral("real_name")).toBool());
    CHECK(scalar(f, QStringLiteral("SELECT author_id FROM events WHERE report_id = ? AND kind = 'anonymity_changed'"),
                 { id }) == clerk.userId);
    CHECK_FALSE(payload.contains(done->personId));

    // Synced like every write: the person, the report and the event wait in the outbox.
    CHECK(scalar(f, QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt() == outboxBefore + 3);
    CHECK(scalar(f, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE table_name = 'persons' AND row_id = ?"),
                 { done->personId }) == QStringLiteral("1"));

    // Now a real-name report: the reporter must be told within 15 working days of receipt.
    const DeadlineStatus light = lightOf(f, id);
    CHECK(light.clock == QStringLiteral("acceptance_notice"));
    CHECK(light.light == Light::Overdue);
    CHECK(light.flagSupervisor);
}

TEST_CASE("reporter: a real-name report made anonymous is unlinked but the person is kept and the clocks stop",
          "[cases][reporter]")
{
    test::CaseFixture f;
    const Actor clerk = clerkOf(f);
    const QString id = f.addReport(Received, QStringLiteral("城关镇政府"), true);
    f.move(id, Transition::Accept);
    const QString person = f.reports->get(id)->reporterId;
    REQUIRE_FALSE(person.isEmpty());
    CHECK(lightOf(f, id).clock == QStringLiteral("acceptance_notice"));
    FeedbackNotices feedback(*f.reports);
    CHECK(feedback.pending(id)->size() == 1); // the acceptance notice is due

    ReporterChanges changes(*f.reports, f.session->persons());
    QF_REQUIRE_OK(changes.setAnonymous(id, clerk));
    auto r = f.reports->get(id);
    CHECK(r->anonymous);
    CHECK(r->reporterId.isEmpty());
    CHECK(lightOf(f, id).clock != QStringLiteral("acceptance_notice"));
    CHECK(feedback.pending(id)->isEmpty());
    CHECK_FALSE(feedback.recordSent(id, Milestone::Accepted, clerk).ok());
    CHECK(f.eventCount(id, QStringLiteral("anonymity_changed")) == 1);

    // Nothing lost: the person is still on file, and naming the reporter again links them.
    auto found = f.session->persons().findByIdNumber(QStringLiteral("11010519491231002X"));
    QF_REQUIRE_OK(found);
    CHECK(*found == QStringList { person });
    const QString persons = scalar(f, QStringLiteral("SELECT COUNT(*) FROM persons"));
    auto back = changes.setRealName(id, typed(QStringLiteral("张三"), QStringLiteral("11010519491231002x"), {}), clerk);
    QF_REQUIRE_OK(back);
    CHECK(back->existingPerson);
    CHECK(back->personId == person);
    CHECK(scalar(f, QStringLiteral("SELECT COUNT(*) FROM persons")) == persons);
    CHECK(f.reports->get(id)->realName());
    CHECK(f.eventCount(id, QStringLiteral("anonymity_changed")) == 2);
}

TEST_CASE("reporter: a correction rewrites the sealed details and the event names only the fields changed",
          "[cases][reporter]")
{
    test::CaseFixture f;
    const Actor clerk = clerkOf(f);
    const QString id = f.addReport(Received, QStringLiteral("城关镇政府"), true);
    const QString person = f.reports->get(id)->reporterId;
    ReporterChanges changes(*f.reports, f.session->persons());

    // A wrong ID number is refused with the rule it breaks, as at intake.
    const QString wrong = QStringLiteral("110105194912310021");
    auto refused = changes.setRealName(id, typed(QStringLiteral("张三"), wrong, Phone), clerk);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(IdNumber::check(wrong).reason));
    CHECK(f.eventCount(id, QStringLiteral("reporter_changed")) == 0);

    // Unchanged details write nothing.
    auto same = changes.setRealName(id, typed(QStringLiteral("张三"), QStringLiteral("11010519491231002X"),
                                              QStringLiteral("13800138000")), clerk);
    QF_REQUIRE_OK(same);
    CHECK_FALSE(same->changed);

    auto fixed = changes.setRealName(id, typed(QStringLiteral("张叁"), QStringLiteral("11010519491231002X"), Phone), clerk);
    QF_REQUIRE_OK(fixed);
    CHECK(fixed->changed);
    CHECK(fixed->personId == person);
    CHECK(f.reports->get(id)->reporterId == person);
    CHECK(f.session->persons().findByPhone(Phone)->contains(person));
    CHECK(f.session->persons().findByPhone(QStringLiteral("13800138000"))->isEmpty());
    auto shown = f.session->persons().reveal(person, QStringLiteral("test"));
    QF_REQUIRE_OK(shown);
    CHECK(shown->name == QStringLiteral("张叁"));
    CHECK(shown->phone == Phone);
    const QString payload = scalar(f, QStringLiteral("SELECT payload FROM events WHERE report_id = ? AND kind = "
                                                     "'reporter_changed'"), { id });
    CHECK(QJsonDocument::fromJson(payload.toUtf8()).object().value(QStringLiteral("fields")).toVariant().toStringList()
          == QStringList { QStringLiteral("name"), QStringLiteral("phone") });
    CHECK_FALSE(payload.contains(Phone));
    CHECK_FALSE(storedBytes(f).contains(QStringLiteral("张叁").toUtf8()));
}

TEST_CASE("reporter: a case officer may neither name nor unlink the reporter", "[cases][reporter]")
{
    test::CaseFixture f;
    const QString anonymous = f.addReport(Received);
    const QString named = f.addReport(Received, QStringLiteral("城关镇政府"), true);
    ReporterChanges changes(*f.reports, f.session->persons());
    CHECK_FALSE(Role::may(f.officer.role, Capability::ChangeReporter));
    auto refused = changes.setRealName(anonymous, typed(Name, IdNo, Phone), f.officer);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("registry clerk")));
    CHECK_FALSE(changes.setAnonymous(named, f.officer).ok());
    CHECK(f.reports->get(anonymous)->anonymous);
    CHECK(f.reports->get(named)->realName());
    CHECK(f.session->persons().findByIdNumber(IdNo)->isEmpty());
    CHECK(f.eventCount(anonymous, QStringLiteral("anonymity_changed")) == 0);
    CHECK(f.eventCount(named, QStringLiteral("anonymity_changed")) == 0);
}

TEST_CASE("principal leader: flagging a reported person after intake restricts the report and routes it up",
          "[cases][reporter][restricted]")
{
    test::CaseFixture f;
    const QString id = f.addReport(Received);
    f.move(id, Transition::Accept);
    auto before = f.reports->get(id);
    REQUIRE_FALSE(before->restricted);
    const Subject s = before->subjects.first();
    SubjectEdit flag { s.id, s.name, s.unit, s.rank, s.position, false, true };
    QF_REQUIRE_OK(f.reports->edit(id, {}, { flag }, f.officer.role));

    auto r = f.reports->get(id);
    CHECK(r->restricted);
    CHECK(r->principalLeader);
    CHECK(r->subjects.first().principalLeader);
    CHECK_FALSE(ReportStore::canView(f.officer.role, *r));
    CHECK(ReportStore::canView(f.chair.role, *r));
    CHECK(f.eventCount(id, QStringLiteral("principal_leader_changed")) == 1);
    CHECK(f.eventCount(id, QStringLiteral("subjects_changed")) == 0);
    // Routed as at intake: only report_up to the higher office, straight away.
    CHECK_FALSE(CaseStateMachine::next(r->state, Transition::Transfer,
                                       CaseStateMachine::contextFor(*r, f.chair.role,
                                                                    { { QStringLiteral("target_org"), f.lower } }))
                    .ok());
    f.move(id, Transition::ReportUp, { { QStringLiteral("target_org"), f.higher } }, &f.chair);
    CHECK(f.reports->get(id)->handlingOrgId == f.higher);
}

TEST_CASE("principal leader: only an entitled role may clear the flag and the report stays restricted",
          "[cases][reporter][restricted]")
{
    test::CaseFixture f;
    ReportDraft d;
    d.channel = QStringLiteral("letter");
    d.orgId = f.office;
    d.what = QStringLiteral("反映本单位主要负责人问题");
    d.subjects << SubjectDraft { QStringLiteral("钱某"), QStringLiteral("本委"), QStringLiteral("处级"),
                                 QStringLiteral("书记"), true };
    auto added = f.reports->add(d);
    QF_REQUIRE_OK(added);
    const Subject s = f.reports->get(added->id)->subjects.first();
    SubjectEdit clear { s.id, s.name, s.unit, s.rank, s.position, false, false };
    auto refused = f.reports->edit(added->id, {}, { clear }, f.officer.role);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("principal-leader")));
    CHECK(f.reports->get(added->id)->principalLeader);

    QF_REQUIRE_OK(f.reports->edit(added->id, {}, { clear }, f.chair.role));
    auto r = f.reports->get(added->id);
    CHECK_FALSE(r->principalLeader);
    CHECK_FALSE(r->subjects.first().principalLeader);
    CHECK(r->restricted); // not lifted by unticking a box
    CHECK(f.eventCount(added->id, QStringLiteral("principal_leader_changed")) == 1);
}

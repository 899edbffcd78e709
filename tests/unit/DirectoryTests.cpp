// The offices and users as the screens list them (session.directory()), a report's history
// (session.history()) and the overview's counts, on a small store.
#include "models/CaseState.h"
#include "models/OverviewStats.h"
#include "models/Session.h"
#include "models/Uuid7.h"
#include "tests/support/TestSupport.h"

#include <QDateTime>

using namespace qf;

namespace {

struct Store
{
    Store()
        : session(test::openBareSession(dir.path(QStringLiteral("d.sqlite"))))
    { }

    QString addOrg(const QString& name, const QString& level = QStringLiteral("county"))
    {
        const QString id = Uuid7::generate();
        QF_REQUIRE_OK(session->writer().apply(Change::insert(QStringLiteral("organisations"), id,
            { { QStringLiteral("code"), QVariant(QStringLiteral("ORG-") + id.right(12)) },
              { QStringLiteral("name"), name }, { QStringLiteral("level"), level } })));
        return id;
    }
    QString addUser(const QString& name, const QString& orgId)
    {
        const QString id = Uuid7::generate();
        QF_REQUIRE_OK(session->writer().apply(Change::insert(QStringLiteral("users"), id,
            { { QStringLiteral("login"), QVariant(QStringLiteral("u-") + id.right(12)) }, { QStringLiteral("name"), name },
              { QStringLiteral("org_id"), orgId }, { QStringLiteral("role"), QStringLiteral("registry_clerk") } })));
        return id;
    }
    void remove(const QString& table, const QString& id)
    {
        QF_REQUIRE_OK(session->writer().apply(Change::remove(table, id)));
    }
    QString addReport(const QString& orgId, const QDateTime& received)
    {
        ReportDraft d;
        d.channel = QStringLiteral("letter");
        d.receivedAt = received;
        d.orgId = orgId;
        d.what = QStringLiteral("违规发放补贴");
        auto added = session->reports().add(d);
        QF_REQUIRE_OK(added);
        return added->id;
    }
    void addVisit(const QDateTime& arrived, bool deleted = false)
    {
        const QString id = Uuid7::generate();
        QF_REQUIRE_OK(session->writer().apply(Change::insert(QStringLiteral("visits"), id,
            { { QStringLiteral("arrived_at"), arrived.toUTC().toString(Qt::ISODateWithMs) } })));
        if (deleted)
            remove(QStringLiteral("visits"), id);
    }

    test::Scratch dir;
    std::unique_ptr<Session> session;
};

QStringList names(const QList<Organisation>& list)
{
    QStringList n;
    for (const Organisation& o : list)
        n << o.name;
    return n;
}

} // namespace

TEST_CASE("directory: the offices by name without deleted ones - those handling reports - every name", "[store]")
{
    Store s;
    const QString b = s.addOrg(QStringLiteral("B 乡纪委"), QStringLiteral("township"));
    const QString a = s.addOrg(QStringLiteral("A 县纪委"));
    const QString gone = s.addOrg(QStringLiteral("C 撤销的办公室"));
    s.remove(QStringLiteral("organisations"), gone);
    Directory& dir = s.session->directory();

    auto offices = dir.organisations();
    QF_REQUIRE_OK(offices);
    CHECK(names(*offices) == QStringList { QStringLiteral("A 县纪委"), QStringLiteral("B 乡纪委") });
    CHECK(offices->at(1).id == b);
    CHECK(offices->at(1).level == QStringLiteral("township"));

    auto none = dir.organisationsWithReports();
    QF_REQUIRE_OK(none);
    CHECK(none->isEmpty());
    const QString handled = s.addReport(a, QDateTime::currentDateTimeUtc());
    QF_REQUIRE_OK(s.session->writer().apply(
        Change::update(QStringLiteral("reports"), handled, { { QStringLiteral("handling_org_id"), b } })));
    auto withReports = dir.organisationsWithReports();
    QF_REQUIRE_OK(withReports);
    CHECK(names(*withReports) == QStringList { QStringLiteral("B 乡纪委") });

    // Names of deleted offices stay readable: old cases and slides name them.
    CHECK(dir.organisationName(gone) == QStringLiteral("C 撤销的办公室"));
    CHECK(dir.organisationName(a) == QStringLiteral("A 县纪委"));
    CHECK(dir.organisationName(QStringLiteral("no-such-office")).isEmpty());
    CHECK(dir.organisationName(QString()).isEmpty());
    auto all = dir.organisationNames();
    QF_REQUIRE_OK(all);
    CHECK(all->size() == 3);
    CHECK(all->value(gone) == QStringLiteral("C 撤销的办公室"));
}

TEST_CASE("directory: the users by name - of one office - without deleted ones", "[store]")
{
    Store s;
    const QString a = s.addOrg(QStringLiteral("A 县纪委"));
    const QString b = s.addOrg(QStringLiteral("B 乡纪委"));
    s.addUser(QStringLiteral("王芳"), a);
    const QString li = s.addUser(QStringLiteral("李明"), b);
    const QString left = s.addUser(QStringLiteral("赵离"), a);
    s.remove(QStringLiteral("users"), left);
    Directory& dir = s.session->directory();

    auto users = dir.users();
    QF_REQUIRE_OK(users);
    REQUIRE(users->size() == 2);
    auto ofB = dir.users(b);
    QF_REQUIRE_OK(ofB);
    REQUIRE(ofB->size() == 1);
    CHECK(ofB->first().id == li);
    CHECK(ofB->first().name == QStringLiteral("李明"));
    CHECK(ofB->first().orgId == b);
    CHECK(dir.userName(left) == QStringLiteral("赵离"));
    CHECK(dir.userName(QStringLiteral("nobody")).isEmpty());
}

TEST_CASE("history: a report's events oldest first with their author - and its repeats", "[store]")
{
    Store s;
    const QString org = s.addOrg(QStringLiteral("A 县纪委"));
    const QString first = s.addReport(org, QDateTime::currentDateTimeUtc().addDays(-3));
    const QString again = s.addReport(org, QDateTime::currentDateTimeUtc().addDays(-1));
    QF_REQUIRE_OK(s.session->writer().apply(
        Change::update(QStringLiteral("reports"), again, { { QStringLiteral("repeat_of"), first } })));

    auto events = s.session->history().events(first);
    QF_REQUIRE_OK(events);
    REQUIRE_FALSE(events->isEmpty());
    for (int i = 1; i < events->size(); ++i)
        CHECK(events->at(i - 1).at <= events->at(i).at);
    CHECK_FALSE(events->first().kind.isEmpty());

    auto repeats = s.session->history().repeatsOf(first);
    QF_REQUIRE_OK(repeats);
    CHECK(*repeats == QStringList { again });
    auto noRepeats = s.session->history().repeatsOf(again);
    QF_REQUIRE_OK(noRepeats);
    CHECK(noRepeats->isEmpty());
}

TEST_CASE("overview: reports today - this week - open, and visits today, counted on a small store", "[store]")
{
    Store s;
    const QString org = s.addOrg(QStringLiteral("A 县纪委"));
    const QDate today(2025, 1, 15); // a Wednesday
    const QTime noon(12, 0);
    s.addReport(org, QDateTime(today, noon, Qt::UTC));
    s.addReport(org, QDateTime(today, QTime(9, 0), Qt::UTC));
    const QString monday = s.addReport(org, QDateTime(today.addDays(-2), noon, Qt::UTC));
    s.addReport(org, QDateTime(today.addDays(-7), noon, Qt::UTC)); // last week
    const QString removed = s.addReport(org, QDateTime(today, noon, Qt::UTC));
    s.remove(QStringLiteral("reports"), removed);
    QF_REQUIRE_OK(s.session->writer().apply(Change::update(QStringLiteral("reports"), monday,
        { { QStringLiteral("status"), stateName(CaseState::Concluded) } })));
    s.addVisit(QDateTime(today, QTime(10, 0), Qt::UTC));
    s.addVisit(QDateTime(today, QTime(11, 0), Qt::UTC), true);
    s.addVisit(QDateTime(today.addDays(-1), QTime(10, 0), Qt::UTC));

    auto stats = OverviewStats::load(s.session->database().path(), today);
    QF_REQUIRE_OK(stats);
    CHECK(stats->reportsToday == 2);
    CHECK(stats->reportsThisWeek == 3);
    CHECK(stats->reportsOpen == 3); // the four kept, less the concluded one
    CHECK(stats->visitsToday == 1);
    CHECK(stats->schemaVersion == s.session->database().schemaVersion());
    CHECK(OverviewStats::closedStatuses().contains(stateName(CaseState::Concluded)));
}

// Queue tickets: unique per desk (prefix + the day's running number), so desks issuing
// tickets offline on the same day never collide when their visits are synced together.
#include "tests/support/TestSupport.h"

#include "models/RegistrationNumbers.h"
#include "models/Session.h"
#include "models/VisitStore.h"

#include <QSet>
#include <QTimeZone>

using namespace qf;
using namespace qf::test;

namespace {

QDateTime localTime(const QDate& day, int hour)
{
    return QDateTime(day, QTime(hour, 0), QTimeZone::systemTimeZone()).toUTC();
}

QStringList issue(VisitStore& store, int count, const QDateTime& at = {})
{
    QStringList tickets;
    for (int i = 0; i < count; ++i) {
        Visit v;
        v.arrivedAt = at;
        auto arrived = store.arrive(v);
        REQUIRE(arrived.ok());
        tickets << arrived->ticketNo;
    }
    return tickets;
}

} // namespace

TEST_CASE("two desks issuing tickets offline on the same day give distinct numbers", "[checkin][ticket]")
{
    Scratch scratch;
    auto deskA = openSession(scratch.path(QStringLiteral("desk-a.sqlite")));
    auto deskB = openSession(scratch.path(QStringLiteral("desk-b.sqlite")));
    REQUIRE(deskA);
    REQUIRE(deskB);

    SECTION("with a desk letter each")
    {
        VisitStore a(deskA->writer(), deskA->vault());
        VisitStore b(deskB->writer(), deskB->vault());
        a.setTicketPrefix(QStringLiteral("a")); // typed in lower case: shown in upper case
        b.setTicketPrefix(QStringLiteral("B"));
        const QStringList fromA = issue(a, 3);
        const QStringList fromB = issue(b, 3);
        CHECK(fromA == QStringList { QStringLiteral("A-001"), QStringLiteral("A-002"), QStringLiteral("A-003") });
        CHECK(fromB == QStringList { QStringLiteral("B-001"), QStringLiteral("B-002"), QStringLiteral("B-003") });
    }
    SECTION("with no letter set: the device tag of each database")
    {
        // Tags are given to devices (derived from the device id, or assigned by the server).
        RegistrationNumbers tagsA(deskA->database());
        RegistrationNumbers tagsB(deskB->database());
        QF_REQUIRE_OK(tagsA.setDeviceTag(QStringLiteral("K7Q")));
        QF_REQUIRE_OK(tagsB.setDeviceTag(QStringLiteral("M3P")));
        VisitStore a(deskA->writer(), deskA->vault());
        VisitStore b(deskB->writer(), deskB->vault());
        const QStringList fromA = issue(a, 4);
        const QStringList fromB = issue(b, 4);
        CHECK(fromA.first() == QStringLiteral("K7Q-001"));
        CHECK(fromB.last() == QStringLiteral("M3P-004"));
        // Synced together, every ticket of the day is still one visitor's.
        const QStringList all = fromA + fromB;
        CHECK(QSet<QString>(all.begin(), all.end()).size() == 8);
    }
    SECTION("a fresh database derives its tag from its device id")
    {
        VisitStore a(deskA->writer(), deskA->vault());
        auto tag = RegistrationNumbers(deskA->database()).deviceTag();
        QF_REQUIRE_OK(tag);
        CHECK(issue(a, 1).first() == *tag + QStringLiteral("-001"));
    }
}

TEST_CASE("a desk's ticket numbers restart every day and are not disturbed by other desks' visits",
          "[checkin][ticket]")
{
    Scratch scratch;
    auto session = openSession(scratch.path(QStringLiteral("desk.sqlite")));
    REQUIRE(session);
    VisitStore desk(session->writer(), session->vault());
    desk.setTicketPrefix(QStringLiteral("A"));
    const QDate today = QDate::currentDate();

    CHECK(issue(desk, 2, localTime(today.addDays(-1), 9)) == QStringList { QStringLiteral("A-001"), QStringLiteral("A-002") });
    CHECK(issue(desk, 1, localTime(today.addDays(-1), 16)) == QStringList { QStringLiteral("A-003") });
    CHECK(issue(desk, 1, localTime(today, 8)) == QStringList { QStringLiteral("A-001") });

    // Another desk's tickets, synced into this database, count on their own.
    VisitStore other(session->writer(), session->vault());
    other.setTicketPrefix(QStringLiteral("AB"));
    CHECK(issue(other, 2, localTime(today, 9)) == QStringList { QStringLiteral("AB-001"), QStringLiteral("AB-002") });
    CHECK(issue(desk, 1, localTime(today, 10)) == QStringList { QStringLiteral("A-002") });

    // Waiting today: the tickets of today only.
    auto waiting = desk.waiting(today);
    QF_REQUIRE_OK(waiting);
    CHECK(waiting->size() == 4);
}

TEST_CASE("a desk prefix that is not one to three letters or digits is refused with the reason", "[checkin][ticket]")
{
    Scratch scratch;
    auto session = openSession(scratch.path(QStringLiteral("desk.sqlite")));
    REQUIRE(session);
    VisitStore desk(session->writer(), session->vault());
    desk.setTicketPrefix(QStringLiteral("A%"));
    auto refused = desk.arrive(Visit {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("A%")));
    CHECK_FALSE(VisitStore::isValidTicketPrefix(QStringLiteral("ABCD")));
    CHECK(VisitStore::isValidTicketPrefix(QStringLiteral("B2")));
}

// Registration numbers: readable, unique per device, taken inside the caller's transaction.
#include "tests/support/TestSupport.h"

#include "models/Database.h"
#include "models/RegistrationNumbers.h"
#include "models/SqlTransaction.h"

using namespace qf;

TEST_CASE("registration numbers: device tag - running number per year - rollback", "[demo][regno]")
{
    test::Scratch dir;
    const QString path = dir.path(QStringLiteral("r.sqlite"));
    QString tag;
    {
        auto db = Database::open(path);
        QF_REQUIRE_OK(db);
        RegistrationNumbers numbers(**db);
        auto t = numbers.deviceTag();
        QF_REQUIRE_OK(t);
        tag = *t;
        CHECK(RegistrationNumbers::isValidTag(tag));
        CHECK(tag == RegistrationNumbers::tagFromDeviceId((*db)->deviceId()));
        CHECK((*db)->meta(QStringLiteral("device_tag")) == tag);

        auto a = numbers.next(2026);
        auto b = numbers.next(2026);
        auto c = numbers.next(2025);
        QF_REQUIRE_OK(a);
        QF_REQUIRE_OK(b);
        QF_REQUIRE_OK(c);
        CHECK(*a == QStringLiteral("2026-") + tag + QStringLiteral("-000001"));
        CHECK(*b == QStringLiteral("2026-") + tag + QStringLiteral("-000002"));
        CHECK(*c == QStringLiteral("2025-") + tag + QStringLiteral("-000001"));
        CHECK(RegistrationNumbers::isWellFormed(*a));

        {
            // A registration that is undone gives its number back.
            SqlTransaction tx((*db)->connection());
            REQUIRE(tx.active());
            auto undone = numbers.next(2026);
            QF_REQUIRE_OK(undone);
            CHECK(undone->endsWith(QStringLiteral("-000003")));
        }
        auto again = numbers.next(2026);
        QF_REQUIRE_OK(again);
        CHECK(again->endsWith(QStringLiteral("-000003")));

        CHECK_FALSE(numbers.next(123).ok());

        // Bulk: counted in memory, saved by flush() before the commit ...
        {
            SqlTransaction tx((*db)->connection());
            REQUIRE(tx.active());
            numbers.beginBulk();
            auto b1 = numbers.next(2026);
            auto b2 = numbers.next(2026);
            QF_REQUIRE_OK(b2);
            CHECK(b1->endsWith(QStringLiteral("-000004")));
            CHECK(b2->endsWith(QStringLiteral("-000005")));
            QF_REQUIRE_OK(numbers.flush());
            QF_REQUIRE_OK(tx.commit());
        }
        // ... and given back when the transaction is undone.
        {
            SqlTransaction tx((*db)->connection());
            REQUIRE(tx.active());
            numbers.beginBulk();
            auto lost = numbers.next(2026);
            QF_REQUIRE_OK(lost);
            CHECK(lost->endsWith(QStringLiteral("-000006")));
            QF_REQUIRE_OK(numbers.flush());
        }
        numbers.discard();
        auto after = numbers.next(2026);
        QF_REQUIRE_OK(after);
        CHECK(after->endsWith(QStringLiteral("-000006")));
    }
    {
        // The counter and the tag survive a restart; an assigned tag replaces the derived one.
        auto db = Database::open(path);
        QF_REQUIRE_OK(db);
        RegistrationNumbers numbers(**db);
        auto t = numbers.deviceTag();
        QF_REQUIRE_OK(t);
        CHECK(*t == tag);
        auto n = numbers.next(2026);
        QF_REQUIRE_OK(n);
        CHECK(n->endsWith(QStringLiteral("-000007")));

        QF_REQUIRE_OK(numbers.setDeviceTag(QStringLiteral("k7q")));
        auto assigned = numbers.next(2026);
        QF_REQUIRE_OK(assigned);
        CHECK(*assigned == QStringLiteral("2026-K7Q-000001"));
        for (const char* bad : { "ILO", "AB", "ABCD", "A-B", "K7U" }) {
            INFO(bad);
            CHECK_FALSE(numbers.setDeviceTag(QString::fromLatin1(bad)).ok());
        }
    }
    {
        auto db = Database::open(path);
        QF_REQUIRE_OK(db);
        RegistrationNumbers numbers(**db);
        auto t = numbers.deviceTag();
        QF_REQUIRE_OK(t);
        CHECK(*t == QStringLiteral("K7Q"));
    }
}

TEST_CASE("registration numbers: format check", "[demo][regno]")
{
    CHECK(RegistrationNumbers::isWellFormed(QStringLiteral("2026-K7Q-000123")));
    CHECK(RegistrationNumbers::isWellFormed(QStringLiteral("2026-K7Q-1000000")));
    CHECK_FALSE(RegistrationNumbers::isWellFormed(QStringLiteral("2026-K7Q-00123")));
    CHECK_FALSE(RegistrationNumbers::isWellFormed(QStringLiteral("2026-KIQ-000123")));
    CHECK_FALSE(RegistrationNumbers::isWellFormed(QStringLiteral("26-K7Q-000123")));
    CHECK_FALSE(RegistrationNumbers::isWellFormed(QStringLiteral("2026-k7q-000123")));
    // Tags are spread: many device ids give many different tags.
    QSet<QString> tags;
    for (int i = 0; i < 200; ++i)
        tags.insert(RegistrationNumbers::tagFromDeviceId(QStringLiteral("device-%1").arg(i)));
    CHECK(tags.size() > 190);
    for (const QString& t : std::as_const(tags))
        CHECK(RegistrationNumbers::isValidTag(t));
}

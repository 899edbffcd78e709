#include "models/CalendarStore.h"
#include "models/Session.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QSqlQuery>

using namespace qf;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

QString writeFile(const test::Scratch& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.path(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return path;
}

// A 2027 notice in the holiday-cn format (invented dates for the test).
const QByteArray kHolidayCn2027 = R"({
    "year": 2027,
    "papers": [],
    "days": [
        { "name": "元旦", "date": "2027-01-01", "isOffDay": true },
        { "name": "春节", "date": "2027-02-06", "isOffDay": false },
        { "name": "春节", "date": "2027-02-08", "isOffDay": true },
        { "name": "春节", "date": "2027-02-09", "isOffDay": true },
        { "name": "国庆节", "date": "2026-12-31", "isOffDay": true }
    ]
})";

int count(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("calendar: importing a holiday-cn file for 2027 ends the fallback", "[rules][calendar][import]")
{
    test::Scratch dir;
    auto session = test::openSession(dir.path(QStringLiteral("store.db")));
    const QSqlDatabase db = session->database().connection();

    auto before = CalendarStore::load(db);
    QF_REQUIRE_OK(before);
    CHECK(before->addWorkingDays(d(2027, 2, 5), 1).fallback);
    CHECK(before->addWorkingDays(d(2027, 2, 5), 1).date == d(2027, 2, 8));

    auto years = CalendarStore::importFile(db, writeFile(dir, QStringLiteral("2027.json"), kHolidayCn2027));
    QF_REQUIRE_OK(years);
    CHECK(*years == QList<int> { 2027 });
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM calendar_years WHERE year = 2027")) == 1);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM calendar_days")) == 5);

    auto after = CalendarStore::load(db);
    QF_REQUIRE_OK(after);
    CHECK(after->lastYear() == 2027);
    CHECK(after->covers(2026));
    CHECK_FALSE(after->isWorkingDay(d(2027, 1, 1)));
    CHECK(after->isWorkingDay(d(2027, 2, 6))); // make-up Saturday
    const WorkdayDate next = after->addWorkingDays(d(2027, 2, 5), 1);
    CHECK_FALSE(next.fallback);
    CHECK(next.date == d(2027, 2, 6));
    CHECK(after->addWorkingDays(d(2027, 2, 6), 1).date == d(2027, 2, 10));
    // The notice's late-December day applies too; the rest of 2026 stays built-in.
    CHECK_FALSE(after->isWorkingDay(d(2026, 12, 31)));
    CHECK_FALSE(after->isWorkingDay(d(2026, 10, 1)));
    CHECK(after->isWorkingDay(d(2026, 2, 14)));
}

TEST_CASE("calendar: an imported year replaces the built-in one", "[rules][calendar][import]")
{
    test::Scratch dir;
    auto session = test::openSession(dir.path(QStringLiteral("store.db")));
    const QSqlDatabase db = session->database().connection();

    const QByteArray own = R"({"format": "qingfeng-calendar", "version": 1, "years": [2026],
        "days": [{"date": "2026-10-08", "off": true, "name": "国庆节"}]})";
    QF_REQUIRE_OK(CalendarStore::importFile(db, writeFile(dir, QStringLiteral("own.json"), own)));
    auto c = CalendarStore::load(db);
    QF_REQUIRE_OK(c);
    CHECK_FALSE(c->isWorkingDay(d(2026, 10, 8)));
    CHECK(c->isWorkingDay(d(2026, 2, 23))); // no longer a holiday in this office's 2026
    CHECK(c->entries(2026).size() == 1);
    CHECK_FALSE(c->isWorkingDay(d(2025, 10, 1))); // other years untouched

    // Importing the same year again replaces the earlier import.
    const QByteArray again = R"({"format": "qingfeng-calendar", "version": 1, "years": [2026],
        "days": [{"date": "2026-10-09", "off": true, "name": "国庆节"}]})";
    QF_REQUIRE_OK(CalendarStore::importFile(db, writeFile(dir, QStringLiteral("again.json"), again)));
    auto c2 = CalendarStore::load(db);
    QF_REQUIRE_OK(c2);
    CHECK(c2->isWorkingDay(d(2026, 10, 8)));
    CHECK_FALSE(c2->isWorkingDay(d(2026, 10, 9)));
}

TEST_CASE("calendar: the built-in file can be imported as it is", "[rules][calendar][import]")
{
    QFile builtIn(QStringLiteral(QF_SOURCE_DIR "/resources/calendar/calendar-cn.json"));
    REQUIRE(builtIn.open(QIODevice::ReadOnly));
    auto data = CalendarStore::parse(builtIn.readAll());
    QF_REQUIRE_OK(data);
    CHECK(data->format == QStringLiteral("qingfeng-calendar"));
    CHECK(data->years.size() == 7);
    CHECK(data->days.size() > 200);
}

TEST_CASE("calendar: a malformed file is refused and changes nothing", "[rules][calendar][import]")
{
    test::Scratch dir;
    auto session = test::openSession(dir.path(QStringLiteral("store.db")));
    const QSqlDatabase db = session->database().connection();
    QF_REQUIRE_OK(CalendarStore::importFile(db, writeFile(dir, QStringLiteral("2027.json"), kHolidayCn2027)));

    const QList<QPair<QByteArray, QString>> bad {
        { "{ not json", QStringLiteral("not valid JSON") },
        { "[1, 2]", QStringLiteral("does not contain a calendar") },
        { R"({"hello": 1})", QStringLiteral("neither") },
        { R"({"year": 2027, "days": []})", QStringLiteral("lists no days") },
        { R"({"year": "2027", "days": [{"name": "x", "date": "2027-01-01", "isOffDay": true}]})",
          QStringLiteral("year is not a number") },
        { R"({"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true},
              {"name": "春节", "date": "2027-02-30", "isOffDay": true}]})",
          QStringLiteral("Day 2") },
        { R"({"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01"}]})",
          QStringLiteral("day off") },
        { R"({"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true},
              {"name": "元旦", "date": "2027-01-01", "isOffDay": false}]})",
          QStringLiteral("twice") },
        { R"({"year": 2027, "days": [{"name": "元旦", "date": "2029-01-01", "isOffDay": true}]})",
          QStringLiteral("outside the years") },
        { R"({"format": "qingfeng-calendar", "version": 2, "years": [2028], "days": []})",
          QStringLiteral("newer version") },
        { R"({"format": "qingfeng-calendar", "version": 1, "days": [{"date": "2028-01-01", "off": true}]})",
          QStringLiteral("which years") },
    };
    int i = 0;
    for (const auto& [content, expected] : bad) {
        INFO("case " << i << ": " << content.toStdString());
        auto result = CalendarStore::importFile(db, writeFile(dir, QStringLiteral("bad%1.json").arg(i++), content));
        CHECK_FALSE(result.ok());
        INFO(result.error().toStdString());
        CHECK(result.error().contains(expected));
    }
    auto missing = CalendarStore::importFile(db, dir.path(QStringLiteral("nope.json")));
    CHECK_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("nope.json")));

    // The earlier import is intact.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM calendar_years")) == 1);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM calendar_days")) == 5);
    auto c = CalendarStore::load(db);
    QF_REQUIRE_OK(c);
    CHECK(c->isWorkingDay(d(2027, 2, 6)));
    CHECK(c->lastYear() == 2027);
}

TEST_CASE("calendar: an import that fails half-way rolls back", "[rules][calendar][import]")
{
    test::Scratch dir;
    auto session = test::openSession(dir.path(QStringLiteral("store.db")));
    const QSqlDatabase db = session->database().connection();
    QF_REQUIRE_OK(CalendarStore::importFile(db, writeFile(dir, QStringLiteral("2027.json"), kHolidayCn2027)));

    // Make the database refuse one row in the middle of the import.
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON calendar_days WHEN NEW.day = '2028-05-01' "
                                  "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    CalendarData data;
    data.format = QStringLiteral("qingfeng-calendar");
    data.years = { 2027, 2028 };
    data.days = { { d(2028, 1, 3), true, QStringLiteral("x") }, { d(2028, 5, 1), true, QStringLiteral("y") } };
    auto result = CalendarStore::importData(db, data, QStringLiteral("test"));
    CHECK_FALSE(result.ok());
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM calendar_years")) == 1);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM calendar_days")) == 5);
}

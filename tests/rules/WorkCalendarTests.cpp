#include "models/CalendarStore.h"
#include "tests/support/TestSupport.h"
#include "models/WorkCalendar.h"

using namespace qf;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

const WorkCalendar& builtIn()
{
    static const WorkCalendar calendar = [] {
        auto c = CalendarStore::loadBuiltIn();
        INFO(c.error().toStdString());
        REQUIRE(c.ok());
        return *c;
    }();
    return calendar;
}

} // namespace

TEST_CASE("workdays: the built-in calendar is embedded and covers 2020-2026", "[rules][calendar]")
{
    const WorkCalendar& c = builtIn();
    CHECK(c.firstYear() == 2020);
    CHECK(c.lastYear() == 2026);
    CHECK(c.covers(2023));
    CHECK_FALSE(c.covers(2027));
    CHECK(c.day(d(2026, 2, 17)).name == QStringLiteral("春节"));
    CHECK(c.day(d(2026, 2, 17)).listed);
    CHECK_FALSE(c.day(d(2026, 3, 17)).listed);
}

TEST_CASE("workdays: 2026 Spring Festival with its make-up Saturdays", "[rules][calendar]")
{
    const WorkCalendar& c = builtIn();
    CHECK(c.isWorkingDay(d(2026, 2, 13)));       // Friday before
    CHECK(c.isWorkingDay(d(2026, 2, 14)));       // Saturday, worked (调休)
    CHECK_FALSE(c.isWorkingDay(d(2026, 2, 16))); // Monday, holiday
    CHECK_FALSE(c.isWorkingDay(d(2026, 2, 23))); // Monday, holiday
    CHECK(c.isWorkingDay(d(2026, 2, 24)));       // Tuesday, back at work
    CHECK(c.isWorkingDay(d(2026, 2, 28)));       // Saturday, worked
    CHECK_FALSE(c.isWorkingDay(d(2026, 3, 1)));  // ordinary Sunday

    CHECK(c.addWorkingDays(d(2026, 2, 13), 1).date == d(2026, 2, 14));
    CHECK(c.addWorkingDays(d(2026, 2, 13), 2).date == d(2026, 2, 24));
    CHECK(c.addWorkingDays(d(2026, 2, 16), 1).date == d(2026, 2, 24));
    // Sat 14 (1), 24-27 Feb (2-5), Sat 28 Feb (6), Mon 2 Mar (7): a 7-working-day deadline.
    CHECK(c.addWorkingDays(d(2026, 2, 13), 7).date == d(2026, 3, 2));
    CHECK(c.workingDaysBetween(d(2026, 2, 13), d(2026, 2, 24)).days == 2);
    CHECK(c.workingDaysBetween(d(2026, 2, 14), d(2026, 2, 23)).days == 0);
    CHECK(c.workingDaysBetween(d(2026, 2, 24), d(2026, 2, 13)).days == -2);
    CHECK_FALSE(c.addWorkingDays(d(2026, 2, 13), 7).fallback);
}

TEST_CASE("workdays: 2026 Mid-Autumn and National Day holidays", "[rules][calendar]")
{
    const WorkCalendar& c = builtIn();
    CHECK(c.isWorkingDay(d(2026, 9, 20)));       // Sunday, worked
    CHECK_FALSE(c.isWorkingDay(d(2026, 9, 25))); // Friday, Mid-Autumn
    CHECK_FALSE(c.isWorkingDay(d(2026, 10, 1)));
    CHECK_FALSE(c.isWorkingDay(d(2026, 10, 7))); // Wednesday, holiday
    CHECK(c.isWorkingDay(d(2026, 10, 10)));      // Saturday, worked

    CHECK(c.addWorkingDays(d(2026, 9, 19), 1).date == d(2026, 9, 20));
    CHECK(c.addWorkingDays(d(2026, 9, 24), 1).date == d(2026, 9, 28));
    CHECK(c.addWorkingDays(d(2026, 9, 30), 1).date == d(2026, 10, 8));
    CHECK(c.addWorkingDays(d(2026, 9, 30), 3).date == d(2026, 10, 10));
    CHECK(c.workingDaysBetween(d(2026, 9, 30), d(2026, 10, 10)).days == 3);
    // 15 working days to tell a real-name reporter: from 24 Sep, across both holidays.
    CHECK(c.addWorkingDays(d(2026, 9, 24), 15).date == d(2026, 10, 22));
}

TEST_CASE("workdays: across year ends", "[rules][calendar]")
{
    const WorkCalendar& c = builtIn();
    CHECK(c.addWorkingDays(d(2025, 12, 31), 1).date == d(2026, 1, 4)); // New Year, Sunday worked
    CHECK(c.addWorkingDays(d(2025, 12, 31), 2).date == d(2026, 1, 5));
    CHECK(c.workingDaysBetween(d(2025, 12, 30), d(2026, 1, 5)).days == 3);
    CHECK(c.addWorkingDays(d(2026, 1, 5), -2).date == d(2025, 12, 31));
    CHECK(c.addWorkingDays(d(2026, 1, 5), 0).date == d(2026, 1, 5));
}

TEST_CASE("workdays: adding and counting agree with a day-by-day count", "[rules][calendar]")
{
    const WorkCalendar& c = builtIn();
    int mismatches = 0;
    int checked = 0;
    for (QDate start = d(2019, 12, 1); start <= d(2027, 1, 31); start = start.addDays(3)) {
        QDate walk = start;
        int count = 0;
        for (int n = 1; n <= 25; ++n) {
            do {
                walk = walk.addDays(1);
            } while (!c.isWorkingDay(walk));
            ++count;
            const WorkdayDate added = c.addWorkingDays(start, n);
            const bool ok = added.date == walk && c.workingDaysBetween(start, added.date).days == n
                && c.workingDaysBetween(added.date, start).days == -n
                && c.workingDaysBetween(start, walk.addDays(-1)).days == n - 1
                && c.addWorkingDays(added.date, -n).date <= start
                && c.workingDaysBetween(c.addWorkingDays(added.date, -n).date.addDays(-1), added.date).days
                    >= n;
            mismatches += ok ? 0 : 1;
            ++checked;
        }
    }
    CHECK(checked > 20000);
    CHECK(mismatches == 0);
}

TEST_CASE("workdays: past the last known year Monday to Friday is assumed - and said", "[rules][calendar]")
{
    const WorkCalendar& c = builtIn();
    CHECK(c.isFallback(d(2027, 1, 1)));
    CHECK_FALSE(c.isFallback(d(2026, 12, 31)));
    CHECK(c.isWorkingDay(d(2027, 1, 1))); // a Friday; the real holiday is not known yet
    CHECK(c.day(d(2027, 1, 1)).fallback);

    const WorkdayDate inside = c.addWorkingDays(d(2026, 12, 1), 10);
    CHECK_FALSE(inside.fallback);
    const WorkdayDate past = c.addWorkingDays(d(2026, 12, 30), 5);
    CHECK(past.fallback);
    CHECK(past.date == d(2027, 1, 6)); // Thu 31, Fri 1, Mon 4, Tue 5, Wed 6
    CHECK(c.workingDaysBetween(d(2026, 12, 30), d(2027, 1, 6)).fallback);
    CHECK(c.workingDaysBetween(d(2027, 1, 6), d(2026, 12, 30)).fallback);
    CHECK_FALSE(c.workingDaysBetween(d(2026, 1, 1), d(2026, 12, 31)).fallback);
    CHECK(c.addWorkingDays(d(2019, 12, 20), 3).fallback); // before the first year, too

    // An empty calendar still answers, always as a fallback.
    const WorkCalendar none;
    CHECK(none.addWorkingDays(d(2026, 2, 13), 1).date == d(2026, 2, 16));
    CHECK(none.addWorkingDays(d(2026, 2, 13), 1).fallback);
    CHECK(none.workingDaysBetween(d(2026, 2, 13), d(2026, 2, 20)).days == 5);
}

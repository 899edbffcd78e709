#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <vector>

namespace qf {

// One day listed in the official calendar: a public holiday (off) or a weekend day that is
// worked to make up for one (调休, off == false).
struct CalendarEntry
{
    QDate date;
    bool off = true;
    QString name; // the holiday's official name, e.g. 春节
};

struct CalendarDay
{
    QDate date;
    bool working = false;
    bool listed = false;   // named in the official calendar (holiday or make-up day)
    QString name;          // the holiday's name when listed
    bool fallback = false; // the year is not in the calendar: Monday to Friday was assumed
};

struct WorkdayDate
{
    QDate date;
    bool fallback = false; // a day on the way lies in a year the calendar does not cover
};

struct WorkdayCount
{
    int days = 0;
    bool fallback = false; // a day counted lies in a year the calendar does not cover
};

// The official working-day calendar held in memory: O(1) per day, O(log n) to add or count
// working days. Immutable; build one with CalendarStore and share it.
// For a year not covered, Monday to Friday are working days and every answer says so.
class WorkCalendar
{
public:
    WorkCalendar(); // nothing known: Monday to Friday everywhere, always a fallback
    WorkCalendar(QList<CalendarEntry> entries, QList<int> coveredYears);

    bool isWorkingDay(const QDate& date) const;
    bool isFallback(const QDate& date) const;
    CalendarDay day(const QDate& date) const;

    // The Nth working day after d (d itself not counted); n == 0 gives d. A negative n
    // gives the |n|th working day before d.
    WorkdayDate addWorkingDays(const QDate& d, int n) const;
    // The number of working days in (a, b]; negative when b < a. For n >= 0,
    // workingDaysBetween(d, addWorkingDays(d, n)) == n.
    WorkdayCount workingDaysBetween(const QDate& a, const QDate& b) const;

    const QList<int>& coveredYears() const { return m_years; }
    bool covers(int year) const;
    int firstYear() const { return m_years.isEmpty() ? 0 : m_years.first(); }
    int lastYear() const { return m_years.isEmpty() ? 0 : m_years.last(); }
    // The listed days of a calendar year, in date order.
    QList<CalendarEntry> entries(int year) const;

private:
    qint64 cumulative(qint64 jd) const;       // working days in (origin, jd], any jd
    qint64 firstWithCount(qint64 count) const; // smallest jd with cumulative(jd) >= count
    bool anyFallback(qint64 fromJd, qint64 toJd) const; // over [fromJd, toJd]

    QList<CalendarEntry> m_entries; // sorted by date
    QList<int> m_years;             // sorted, unique
    qint64 m_start = 0;             // julian day of the first day in the table
    std::vector<qint32> m_prefix;   // working days in [m_start, m_start + i]
};

} // namespace qf

#include "models/WorkCalendar.h"

#include <algorithm>

namespace qf {

namespace {

// Julian day 0 is a Monday (QDate::dayOfWeek() is jd % 7 + 1 for jd >= 0). The helpers
// below work on julian days >= 0, i.e. any date after 4714 BC.
bool isWeekday(qint64 jd)
{
    return jd % 7 < 5;
}

// Number of Monday-to-Friday days in [0, jd].
qint64 weekdaysUpTo(qint64 jd)
{
    if (jd < 0)
        return 0;
    return (jd / 7) * 5 + std::min<qint64>(jd % 7 + 1, 5);
}

// Smallest jd with weekdaysUpTo(jd) >= count (count >= 1).
qint64 weekdayWithCount(qint64 count)
{
    if (count < 1)
        return 0;
    return ((count - 1) / 5) * 7 + (count - 1) % 5;
}

} // namespace

WorkCalendar::WorkCalendar() = default;

WorkCalendar::WorkCalendar(QList<CalendarEntry> entries, QList<int> coveredYears)
    : m_entries(std::move(entries))
    , m_years(std::move(coveredYears))
{
    std::sort(m_years.begin(), m_years.end());
    m_years.erase(std::unique(m_years.begin(), m_years.end()), m_years.end());
    m_entries.removeIf([](const CalendarEntry& e) { return !e.date.isValid(); });
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const CalendarEntry& a, const CalendarEntry& b) { return a.date < b.date; });
    // When a date is listed twice, the later entry wins.
    QList<CalendarEntry> unique;
    for (const CalendarEntry& e : std::as_const(m_entries)) {
        if (!unique.isEmpty() && unique.last().date == e.date)
            unique.last() = e;
        else
            unique.append(e);
    }
    m_entries = std::move(unique);
    if (m_years.isEmpty() && m_entries.isEmpty())
        return;

    int first = m_years.isEmpty() ? m_entries.first().date.year() : m_years.first();
    int last = m_years.isEmpty() ? m_entries.last().date.year() : m_years.last();
    if (!m_entries.isEmpty()) {
        first = std::min(first, m_entries.first().date.year());
        last = std::max(last, m_entries.last().date.year());
    }
    m_start = QDate(first, 1, 1).toJulianDay();
    const qint64 end = QDate(last, 12, 31).toJulianDay();
    std::vector<quint8> working(size_t(end - m_start + 1));
    for (size_t i = 0; i < working.size(); ++i)
        working[i] = isWeekday(m_start + qint64(i)) ? 1 : 0;
    for (const CalendarEntry& e : std::as_const(m_entries))
        working[size_t(e.date.toJulianDay() - m_start)] = e.off ? 0 : 1;
    m_prefix.resize(working.size());
    qint32 sum = 0;
    for (size_t i = 0; i < working.size(); ++i) {
        sum += working[i];
        m_prefix[i] = sum;
    }
}

bool WorkCalendar::covers(int year) const
{
    return std::binary_search(m_years.begin(), m_years.end(), year);
}

bool WorkCalendar::isFallback(const QDate& date) const
{
    return !covers(date.year());
}

bool WorkCalendar::isWorkingDay(const QDate& date) const
{
    const qint64 jd = date.toJulianDay();
    const qint64 i = jd - m_start;
    if (m_prefix.empty() || i < 0 || i >= qint64(m_prefix.size()))
        return isWeekday(jd);
    return m_prefix[size_t(i)] - (i > 0 ? m_prefix[size_t(i - 1)] : 0) == 1;
}

CalendarDay WorkCalendar::day(const QDate& date) const
{
    CalendarDay d;
    d.date = date;
    d.working = isWorkingDay(date);
    d.fallback = isFallback(date);
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), date,
                                     [](const CalendarEntry& e, const QDate& x) { return e.date < x; });
    if (it != m_entries.end() && it->date == date) {
        d.listed = true;
        d.name = it->name;
    }
    return d;
}

qint64 WorkCalendar::cumulative(qint64 jd) const
{
    if (m_prefix.empty())
        return weekdaysUpTo(jd);
    const qint64 end = m_start + qint64(m_prefix.size()) - 1;
    if (jd < m_start)
        return weekdaysUpTo(jd) - weekdaysUpTo(m_start - 1);
    if (jd > end)
        return m_prefix.back() + weekdaysUpTo(jd) - weekdaysUpTo(end);
    return m_prefix[size_t(jd - m_start)];
}

qint64 WorkCalendar::firstWithCount(qint64 count) const
{
    if (m_prefix.empty())
        return weekdayWithCount(count);
    const qint64 end = m_start + qint64(m_prefix.size()) - 1;
    if (count <= 0)
        return weekdayWithCount(count + weekdaysUpTo(m_start - 1));
    if (count <= m_prefix.back()) {
        const auto it = std::lower_bound(m_prefix.begin(), m_prefix.end(), qint32(count));
        return m_start + qint64(it - m_prefix.begin());
    }
    return weekdayWithCount(count - m_prefix.back() + weekdaysUpTo(end));
}

bool WorkCalendar::anyFallback(qint64 fromJd, qint64 toJd) const
{
    if (fromJd > toJd)
        return false;
    const int y1 = QDate::fromJulianDay(fromJd).year();
    const int y2 = QDate::fromJulianDay(toJd).year();
    for (int y = y1; y <= y2; ++y) {
        if (!covers(y))
            return true;
    }
    return false;
}

WorkdayDate WorkCalendar::addWorkingDays(const QDate& d, int n) const
{
    if (!d.isValid() || n == 0)
        return { d, false };
    const qint64 jd = d.toJulianDay();
    if (n > 0) {
        const qint64 t = firstWithCount(cumulative(jd) + n);
        return { QDate::fromJulianDay(t), anyFallback(jd + 1, t) };
    }
    // The |n|th working day before d: the last day t with |n| working days in [t, d).
    const qint64 t = firstWithCount(cumulative(jd - 1) + n + 1);
    return { QDate::fromJulianDay(t), anyFallback(t, jd - 1) };
}

WorkdayCount WorkCalendar::workingDaysBetween(const QDate& a, const QDate& b) const
{
    if (!a.isValid() || !b.isValid())
        return {};
    const qint64 ja = a.toJulianDay();
    const qint64 jb = b.toJulianDay();
    const qint64 count = cumulative(jb) - cumulative(ja);
    const bool fallback = ja <= jb ? anyFallback(ja + 1, jb) : anyFallback(jb + 1, ja);
    return { int(count), fallback };
}

QList<CalendarEntry> WorkCalendar::entries(int year) const
{
    QList<CalendarEntry> out;
    for (const CalendarEntry& e : m_entries) {
        if (e.date.year() == year)
            out.append(e);
    }
    return out;
}

} // namespace qf

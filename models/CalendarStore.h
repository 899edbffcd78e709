#pragma once

#include "models/Result.h"
#include "models/WorkCalendar.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace qf {

// The contents of a calendar file, in either accepted format.
struct CalendarData
{
    QString format;   // "qingfeng-calendar" or "holiday-cn"
    QList<int> years; // the notice years the file covers
    QList<CalendarEntry> days;
};

// Where the working-day calendar comes from: the calendar built into the program
// (resources/calendar/calendar-cn.json) overlaid with the years an office imported into its
// database (tables calendar_years, calendar_days), which replace the built-in ones.
// Load once and keep the WorkCalendar: its queries never touch the database.
class CalendarStore
{
    Q_DECLARE_TR_FUNCTIONS(qf::CalendarStore)

public:
    // Reads a calendar file: the project's own format ("qingfeng-calendar" version 1) or a
    // holiday-cn year file ({"year": 2027, "days": [{"name", "date", "isOffDay"}]}).
    static Result<CalendarData> parse(const QByteArray& bytes);

    static Result<CalendarData> builtInData();
    static Result<WorkCalendar> loadBuiltIn();
    // The built-in calendar with the years imported into this database.
    static Result<WorkCalendar> load(const QSqlDatabase& db);

    // Imports a calendar file in one transaction; a file that cannot be read or is malformed
    // changes nothing. Returns the years imported.
    static Result<QList<int>> importFile(const QSqlDatabase& db, const QString& path);
    static Result<QList<int>> importData(const QSqlDatabase& db, const CalendarData& data, const QString& source);
    static Result<QList<int>> importedYears(const QSqlDatabase& db);

    static constexpr qint64 MaxFileSize = 1024 * 1024;
};

} // namespace qf

#include "models/CalendarStore.h"
#include "models/InputCheck.h"
#include "models/SqlError.h"
#include "models/Log.h"
#include "models/SqlTransaction.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

static void initCalendarResource()
{
    // The calendar is compiled into the static core library; make sure it is registered in
    // whatever program links it.
    Q_INIT_RESOURCE(qingfeng_calendar);
}

namespace qf {

namespace {

const QString kOwnFormat = QStringLiteral("qingfeng-calendar");
const QString kHolidayCn = QStringLiteral("holiday-cn");
constexpr int kOwnVersion = 1;
constexpr int kMinYear = 1949;
constexpr int kMaxYear = 2200;

} // namespace

Result<CalendarData> CalendarStore::parse(const QByteArray& bytes)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error { tr("The calendar file is not valid JSON (%1 at byte %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset) };
    if (!doc.isObject())
        return Error { tr("The calendar file does not contain a calendar.") };
    const QJsonObject root = doc.object();

    CalendarData data;
    QString dayDate = QStringLiteral("date");
    QString dayOff;
    if (root.contains(QLatin1String("format"))) {
        if (root.value(QLatin1String("format")).toString() != kOwnFormat)
            return Error { tr("The calendar file has an unknown format.") };
        const int version = root.value(QLatin1String("version")).toInt(-1);
        if (version > kOwnVersion)
            return Error { tr("The calendar file was written by a newer version of the program.") };
        if (version != kOwnVersion)
            return Error { tr("The calendar file has no valid format version.") };
        data.format = kOwnFormat;
        dayOff = QStringLiteral("off");
        const QJsonValue years = root.value(QLatin1String("years"));
        if (!years.isArray() || years.toArray().isEmpty())
            return Error { tr("The calendar file does not say which years it covers.") };
        for (const QJsonValue& y : years.toArray()) {
            if (!y.isDouble() || y.toDouble() != double(y.toInt()))
                return Error { tr("The calendar file lists a year that is not a number.") };
            data.years.append(y.toInt());
        }
    } else if (root.contains(QLatin1String("year")) && root.contains(QLatin1String("days"))) {
        const QJsonValue y = root.value(QLatin1String("year"));
        if (!y.isDouble() || y.toDouble() != double(y.toInt()))
            return Error { tr("The calendar file's year is not a number.") };
        data.format = kHolidayCn;
        dayOff = QStringLiteral("isOffDay");
        data.years.append(y.toInt());
    } else {
        return Error { tr("The file is neither a Qingfeng calendar nor a holiday-cn year file.") };
    }
    for (int y : std::as_const(data.years)) {
        if (y < kMinYear || y > kMaxYear)
            return Error { tr("The calendar file covers the year %1, which is out of range.").arg(y) };
    }
    std::sort(data.years.begin(), data.years.end());
    const int firstAllowed = data.years.first() - 1; // a notice may list late December of the year before
    const int lastAllowed = data.years.last();

    const QJsonValue days = root.value(QLatin1String("days"));
    if (!days.isArray() || days.toArray().isEmpty())
        return Error { tr("The calendar file lists no days.") };
    QSet<QDate> seen;
    int index = 0;
    for (const QJsonValue& v : days.toArray()) {
        ++index;
        const QJsonObject day = v.toObject();
        const QJsonValue dateValue = day.value(dayDate);
        const QJsonValue offValue = day.value(dayOff);
        const QJsonValue nameValue = day.value(QLatin1String("name"));
        const QDate date = QDate::fromString(dateValue.toString(), Qt::ISODate);
        if (!v.isObject() || !date.isValid() || dateValue.toString().size() != 10)
            return Error { tr("Day %1 of the calendar file has no valid date (YYYY-MM-DD).").arg(index) };
        if (!offValue.isBool())
            return Error { tr("Day %1 of the calendar file (%2) does not say whether it is a day off.")
                               .arg(index)
                               .arg(date.toString(Qt::ISODate)) };
        if (!nameValue.isString() && !nameValue.isUndefined())
            return Error { tr("Day %1 of the calendar file (%2) has a name that is not text.")
                               .arg(index)
                               .arg(date.toString(Qt::ISODate)) };
        if (const QString why = InputCheck::problem(nameValue.toString(), InputCheck::Kind::Line); !why.isEmpty())
            return Error { tr("Day %1 of the calendar file (%2) has a name with %3.")
                               .arg(index)
                               .arg(date.toString(Qt::ISODate), why) };
        if (date.year() < firstAllowed || date.year() > lastAllowed)
            return Error { tr("Day %1 of the calendar file (%2) lies outside the years the file covers.")
                               .arg(index)
                               .arg(date.toString(Qt::ISODate)) };
        if (seen.contains(date))
            return Error { tr("The calendar file lists %1 twice.").arg(date.toString(Qt::ISODate)) };
        seen.insert(date);
        data.days.append(CalendarEntry { date, offValue.toBool(), nameValue.toString().trimmed() });
    }
    return data;
}

Result<CalendarData> CalendarStore::builtInData()
{
    static const bool registered = (initCalendarResource(), true);
    Q_UNUSED(registered);
    QFile file(QStringLiteral(":/qingfeng/calendar/calendar-cn.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("The built-in working-day calendar is missing from this program.") };
    auto data = parse(file.readAll());
    if (!data)
        return Error { tr("The built-in working-day calendar is damaged: %1").arg(data.error()) };
    return data;
}

Result<WorkCalendar> CalendarStore::loadBuiltIn()
{
    auto data = builtInData();
    if (!data)
        return Error { data.error() };
    return WorkCalendar(data->days, data->years);
}

Result<QList<int>> CalendarStore::importedYears(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT year FROM calendar_years ORDER BY year")))
        return Error { tr("Could not read the imported calendar years: %1").arg(SqlError::text(q.lastError())) };
    QList<int> years;
    while (q.next())
        years.append(q.value(0).toInt());
    return years;
}

Result<WorkCalendar> CalendarStore::load(const QSqlDatabase& db)
{
    auto builtIn = builtInData();
    if (!builtIn)
        return Error { builtIn.error() };
    auto imported = importedYears(db);
    if (!imported)
        return Error { imported.error() };

    QList<CalendarEntry> days;
    for (const CalendarEntry& e : std::as_const(builtIn->days)) {
        if (!imported->contains(e.date.year()))
            days.append(e);
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT day, off, name FROM calendar_days ORDER BY day")))
        return Error { tr("Could not read the imported calendar days: %1").arg(SqlError::text(q.lastError())) };
    while (q.next()) {
        const QDate date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (date.isValid())
            days.append(CalendarEntry { date, q.value(1).toBool(), q.value(2).toString() });
    }
    QList<int> years = builtIn->years;
    years.append(*imported);
    qCDebug(lcRules) << "working-day calendar loaded:" << years.size() << "years," << days.size() << "listed days";
    return WorkCalendar(days, years); // imported rows come last and win over built-in ones
}

Result<QList<int>> CalendarStore::importFile(const QSqlDatabase& db, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("Could not open the calendar file %1: %2").arg(path, file.errorString()) };
    if (file.size() > MaxFileSize)
        return Error { tr("The file %1 is too large to be a calendar.").arg(path) };
    auto data = parse(file.readAll());
    if (!data)
        return Error { data.error() };
    return importData(db, *data, QFileInfo(path).fileName());
}

Result<QList<int>> CalendarStore::importData(const QSqlDatabase& db, const CalendarData& data, const QString& source)
{
    SqlTransaction tx(db);
    if (!tx.active())
        return Error { tr("Could not start the calendar import: %1").arg(tx.beginError()) };
    QSqlQuery q(db);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (int year : data.years) {
        q.prepare(QStringLiteral("DELETE FROM calendar_days WHERE day >= ? AND day <= ?"));
        q.addBindValue(QDate(year, 1, 1).toString(Qt::ISODate));
        q.addBindValue(QDate(year, 12, 31).toString(Qt::ISODate));
        if (!q.exec())
            return Error { tr("Could not import the calendar: %1").arg(SqlError::text(q.lastError())) };
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO calendar_years (year, source, imported_at) VALUES (?, ?, ?)"));
        q.addBindValue(year);
        q.addBindValue(source);
        q.addBindValue(now);
        if (!q.exec())
            return Error { tr("Could not import the calendar: %1").arg(SqlError::text(q.lastError())) };
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO calendar_days (day, off, name) VALUES (?, ?, ?)"));
    for (const CalendarEntry& e : data.days) {
        q.addBindValue(e.date.toString(Qt::ISODate));
        q.addBindValue(e.off ? 1 : 0);
        q.addBindValue(e.name);
        if (!q.exec())
            return Error { tr("Could not import the calendar: %1").arg(SqlError::text(q.lastError())) };
    }
    if (auto committed = tx.commit(); !committed)
        return Error { committed.error() };
    qCInfo(lcRules) << "imported working-day calendar years" << data.years << "with" << data.days.size() << "days";
    return data.years;
}

} // namespace qf

// id check, workdays add|between, calendar import|show: the ID-number and working-day rules.
#include "models/CalendarStore.h"
#include "programs/qingfeng-cli/CliApp.h"
#include "models/Database.h"
#include "models/IdNumber.h"
#include "models/WorkCalendar.h"

#include <QFileInfo>

#include <optional>

namespace qf {

namespace {

// Parses the command's options and checks that exactly `count` positional arguments remain.
bool parsePositional(CliContext& ctx, const QString& command, const QString& syntax, qsizetype count,
                     QStringList* values, int* status)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("args"), syntax);
    if (!ctx.parse(parser, command, status))
        return false;
    *values = parser.positionalArguments();
    if (values->size() != count) {
        *status = ctx.fail(QStringLiteral("Usage: qingfeng-cli %1 %2").arg(command, syntax));
        return false;
    }
    return true;
}

std::optional<QDate> parseDate(CliContext& ctx, const QString& text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (text.size() != 10 || !date.isValid()) {
        ctx.err << "Not a date: '" << text << "' (expected YYYY-MM-DD, e.g. 2026-02-14)." << Qt::endl;
        return std::nullopt;
    }
    return date;
}

// The working-day calendar needs no identity, so no keychain: the database alone (its
// imported years), or the built-in calendar when there is no database yet.
std::optional<WorkCalendar> loadCalendar(CliContext& ctx)
{
    if (!QFileInfo::exists(ctx.databasePath)) {
        auto builtIn = CalendarStore::loadBuiltIn();
        if (!builtIn) {
            ctx.err << builtIn.error() << Qt::endl;
            return std::nullopt;
        }
        return std::move(*builtIn);
    }
    auto db = ctx.openDatabase();
    if (!db)
        return std::nullopt;
    auto calendar = CalendarStore::load(db->connection());
    if (!calendar) {
        ctx.err << calendar.error() << Qt::endl;
        return std::nullopt;
    }
    return std::move(*calendar);
}

void warnFallback(CliContext& ctx, const WorkCalendar& calendar)
{
    ctx.err << "warning: the result reaches beyond the working-day calendar (it covers "
            << calendar.firstYear() << "-" << calendar.lastYear()
            << "); Monday to Friday were assumed to be working days there. Import the official calendar "
               "with 'qingfeng-cli calendar import FILE'."
            << Qt::endl;
}

QString kindWord(IdNumberKind kind)
{
    switch (kind) {
    case IdNumberKind::Resident18: return QStringLiteral("resident");
    case IdNumberKind::Legacy15: return QStringLiteral("legacy-15");
    case IdNumberKind::HkMoTwPermit: return QStringLiteral("hk-mo-tw-permit");
    case IdNumberKind::Unknown: break;
    }
    return QStringLiteral("unknown");
}

int idCheck(CliContext& ctx)
{
    QStringList values;
    int status = 0;
    if (!parsePositional(ctx, QStringLiteral("id check"), QStringLiteral("NUMBER"), 1, &values, &status))
        return status;
    const IdNumberCheck result = IdNumber::check(values.first());
    if (!result.valid) {
        ctx.out << "invalid: " << result.reason << Qt::endl;
        return 1;
    }
    ctx.out << "valid " << kindWord(result.kind) << ' ' << result.birthDate.toString(Qt::ISODate) << ' '
            << (result.sex == Sex::Male ? "male" : "female");
    if (result.kind == IdNumberKind::Legacy15)
        ctx.out << " 18-digit " << IdNumber::upgrade15(result.normalized);
    ctx.out << Qt::endl;
    if (!result.warning.isEmpty())
        ctx.err << "warning: " << result.warning << Qt::endl;
    return 0;
}

int workdaysAdd(CliContext& ctx)
{
    QStringList values;
    int status = 0;
    if (!parsePositional(ctx, QStringLiteral("workdays add"), QStringLiteral("YYYY-MM-DD N"), 2, &values, &status))
        return status;
    const auto date = parseDate(ctx, values.at(0));
    if (!date)
        return 2;
    bool ok = false;
    const int n = values.at(1).toInt(&ok);
    if (!ok || n < 0 || n > 100000)
        return ctx.fail(QStringLiteral("Not a number of working days: '%1' (expected a whole number from 0).")
                            .arg(values.at(1)));
    const auto calendar = loadCalendar(ctx);
    if (!calendar)
        return 1;
    const WorkdayDate result = calendar->addWorkingDays(*date, n);
    if (result.fallback)
        warnFallback(ctx, *calendar);
    ctx.out << result.date.toString(Qt::ISODate) << Qt::endl;
    return 0;
}

int workdaysBetween(CliContext& ctx)
{
    QStringList values;
    int status = 0;
    if (!parsePositional(ctx, QStringLiteral("workdays between"), QStringLiteral("FROM TO"), 2, &values, &status))
        return status;
    const auto from = parseDate(ctx, values.at(0));
    const auto to = from ? parseDate(ctx, values.at(1)) : std::nullopt;
    if (!from || !to)
        return 2;
    const auto calendar = loadCalendar(ctx);
    if (!calendar)
        return 1;
    const WorkdayCount result = calendar->workingDaysBetween(*from, *to);
    if (result.fallback)
        warnFallback(ctx, *calendar);
    ctx.out << result.days << Qt::endl;
    return 0;
}

int calendarImport(CliContext& ctx)
{
    QStringList values;
    int status = 0;
    if (!parsePositional(ctx, QStringLiteral("calendar import"), QStringLiteral("FILE"), 1, &values, &status))
        return status;
    auto db = ctx.openDatabase();
    if (!db)
        return 1;
    auto years = CalendarStore::importFile(db->connection(), values.first());
    if (!years)
        return ctx.fail(years.error(), 1);
    ctx.out << "imported";
    for (int y : *years)
        ctx.out << ' ' << y;
    ctx.out << Qt::endl;
    return 0;
}

int calendarShow(CliContext& ctx)
{
    QStringList values;
    int status = 0;
    if (!parsePositional(ctx, QStringLiteral("calendar show"), QStringLiteral("YEAR"), 1, &values, &status))
        return status;
    bool ok = false;
    const int year = values.first().toInt(&ok);
    if (!ok || year < 1900 || year > 9999)
        return ctx.fail(QStringLiteral("Not a year: '%1'.").arg(values.first()));
    const auto calendar = loadCalendar(ctx);
    if (!calendar)
        return 1;
    if (!calendar->covers(year)) {
        ctx.err << year << " is not in the working-day calendar (it covers " << calendar->firstYear() << "-"
                << calendar->lastYear() << "); Monday to Friday are assumed." << Qt::endl;
        return 1;
    }
    for (const CalendarEntry& e : calendar->entries(year))
        ctx.out << e.date.toString(Qt::ISODate) << ' ' << (e.off ? "off " : "work") << ' ' << e.name << '\n';
    ctx.out.flush();
    return 0;
}

} // namespace

void registerRuleCommands()
{
    CliApp::registerCommand({ QStringLiteral("id check"),
                              QStringLiteral("Check an ID number; prints 'valid ...' (exit 0) or the reason (exit 1)."),
                              idCheck });
    CliApp::registerCommand({ QStringLiteral("workdays add"),
                              QStringLiteral("YYYY-MM-DD N: the Nth working day after the date."), workdaysAdd });
    CliApp::registerCommand({ QStringLiteral("workdays between"),
                              QStringLiteral("FROM TO: working days after FROM up to and including TO."),
                              workdaysBetween });
    CliApp::registerCommand({ QStringLiteral("calendar import"),
                              QStringLiteral("FILE: import official holidays (holiday-cn or Qingfeng format)."),
                              calendarImport });
    CliApp::registerCommand({ QStringLiteral("calendar show"),
                              QStringLiteral("YEAR: list the year's holidays and make-up working days."),
                              calendarShow });
}

} // namespace qf

// The working-day calendar file (`qingfeng-cli calendar import`, the built-in calendar): a
// file that parses is imported into a throwaway store and the calendar loaded again from
// it; the answers must keep WorkCalendar's promises (every listed day as the file says, and
// workingDaysBetween(d, addWorkingDays(d, n)) == n).
#include "models/CalendarStore.h"
#include "models/Database.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QCryptographicHash>
#include <QtEndian>

using namespace qf;

namespace {

void checkCalendar(const WorkCalendar& calendar, const CalendarData& data, quint64 seed)
{
    for (const CalendarEntry& e : data.days) {
        const CalendarDay day = calendar.day(e.date);
        QF_FUZZ_CHECK(day.listed);
        QF_FUZZ_CHECK(day.working == !e.off);
        QF_FUZZ_CHECK(calendar.isWorkingDay(e.date) == !e.off);
    }
    const QDate from(data.years.first() - 1, 1, 1);
    const qint64 span = QDate(data.years.last() + 1, 12, 31).toJulianDay() - from.toJulianDay() + 1;
    for (int i = 0; i < 8; ++i) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        const QDate d = from.addDays(qint64((seed >> 16) % quint64(span)));
        const int n = int((seed >> 48) % 801) - 400;
        const WorkdayDate r = calendar.addWorkingDays(d, n);
        QF_FUZZ_CHECK(r.date.isValid());
        QF_FUZZ_CHECK(n == 0 ? r.date == d : (n > 0 ? r.date > d : r.date < d));
        if (n > 0)
            QF_FUZZ_CHECK(calendar.isWorkingDay(r.date));
        const WorkdayCount c = calendar.workingDaysBetween(d, r.date);
        if (n >= 0)
            QF_FUZZ_CHECK(c.days == n);
        QF_FUZZ_CHECK(calendar.workingDaysBetween(r.date, d).days == -c.days);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size)
{
    Session& session = fuzz::session();
    const QByteArray input(reinterpret_cast<const char*>(bytes), qsizetype(size));
    if (input.size() > CalendarStore::MaxFileSize)
        return 0; // importFile refuses these before parsing
    auto data = CalendarStore::parse(input);
    if (!data)
        return 0;
    QF_FUZZ_CHECK(!data->years.isEmpty());
    const quint64 seed = qFromUnaligned<quint64>(
        QCryptographicHash::hash(input, QCryptographicHash::Md5).constData());

    checkCalendar(WorkCalendar(data->days, data->years), *data, seed);

    auto imported = CalendarStore::importData(session.database().connection(), *data, QStringLiteral("fuzz.json"));
    QF_FUZZ_CHECK(imported.ok());
    auto loaded = CalendarStore::load(session.database().connection());
    QF_FUZZ_CHECK(loaded.ok());
    checkCalendar(*loaded, *data, seed);
    for (int year : data->years)
        QF_FUZZ_CHECK(loaded->covers(year));
    return 0;
}

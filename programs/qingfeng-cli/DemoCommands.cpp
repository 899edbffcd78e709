// demo: fills the store with realistic synthetic reports (for demonstrations and benchmarks).
#include "programs/qingfeng-cli/CliApp.h"
#include "models/Session.h"
#include "app/demo/DemoGenerator.h"

#include <cstdio>

namespace qf {

namespace {

int demo(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption reports(QStringLiteral("reports"), QStringLiteral("How many reports to make (default 2000)."),
                                     QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed; the same seed gives the same data (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption endDate(QStringLiteral("end-date"),
                                     QStringLiteral("Last day of the three years covered, YYYY-MM-DD (default today)."),
                                     QStringLiteral("DATE"));
    parser.addOptions({ reports, seed, endDate });
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("demo"), &status))
        return status;
    if (!parser.positionalArguments().isEmpty())
        return ctx.fail(QStringLiteral("demo takes no arguments besides its options: %1")
                            .arg(parser.positionalArguments().join(QLatin1Char(' '))));

    DemoOptions options;
    bool ok = false;
    options.reports = parser.value(reports).toLongLong(&ok);
    if (!ok || options.reports < 1 || options.reports > DemoGenerator::MaxReports)
        return ctx.fail(QStringLiteral("--reports needs a whole number from 1 to %1, not '%2'.")
                            .arg(DemoGenerator::MaxReports)
                            .arg(parser.value(reports)));
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return ctx.fail(QStringLiteral("--seed needs a non-negative whole number, not '%1'.").arg(parser.value(seed)));
    if (parser.isSet(endDate)) {
        options.endDate = QDate::fromString(parser.value(endDate), Qt::ISODate);
        if (!options.endDate.isValid())
            return ctx.fail(QStringLiteral("--end-date needs a date as YYYY-MM-DD, not '%1'.").arg(parser.value(endDate)));
    }

    auto session = ctx.openSession();
    if (!session)
        return 1;
    DemoGenerator generator(*session, options);
    qint64 lastShown = 0;
    const Status s = generator.run([&](qint64 done, qint64 total) {
        if (done - lastShown >= 50000 || done == total) {
            std::fprintf(stderr, "%lld / %lld reports\n", static_cast<long long>(done), static_cast<long long>(total));
            lastShown = done;
        }
        return true;
    });
    if (!s)
        return ctx.fail(s.error(), 1);
    const DemoSummary& sum = generator.summary();
    ctx.out << "reports: " << sum.reports << '\n'
            << "persons: " << sum.persons << '\n'
            << "real_name_reports: " << sum.realName << '\n'
            << "planted_near_duplicates: " << sum.nearDuplicates << '\n'
            << "planted_repeat_persons: " << sum.repeatPersons << '\n'
            << "rows_written: " << sum.changes << '\n'
            << "seconds: " << QString::number(sum.seconds, 'f', 2) << '\n'
            << "reports_per_s: " << QString::number(sum.seconds > 0 ? sum.reports / sum.seconds : 0, 'f', 0) << '\n';
    return 0;
}

} // namespace

void registerDemoCommands()
{
    CliApp::registerCommand({ QStringLiteral("demo"),
                              QStringLiteral("Add realistic demo data: --reports N [--seed S] [--end-date DATE]."), demo });
}

} // namespace qf

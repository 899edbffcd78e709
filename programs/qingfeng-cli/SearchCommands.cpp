// search TEXT: full-text search over reports, for scripts. Prints registration numbers only.
// search rebuild-short: builds the index for one- and two-character terms on an upgraded
// database.
#include "programs/qingfeng-cli/CliApp.h"
#include "models/Database.h"
#include "models/ReportSearch.h"
#include "models/ShortTermIndex.h"

#include <cstdio>

namespace qf {

namespace {

int search(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("text"), QStringLiteral("What to look for (words separated by spaces must all occur)."));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N numbers (default 100)."),
                                   QStringLiteral("N"), QStringLiteral("100"));
    parser.addOption(limit);
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("search"), &status))
        return status;
    const QString text = parser.positionalArguments().join(QLatin1Char(' '));
    if (ReportSearch::terms(text).isEmpty())
        return ctx.fail(QStringLiteral("search needs some text to look for."));
    bool ok = false;
    const int n = parser.value(limit).toInt(&ok);
    if (!ok || n < 1)
        return ctx.fail(QStringLiteral("--limit needs a positive whole number, not '%1'.").arg(parser.value(limit)));

    // Searching needs no identities, so no key: the store is opened without the keychain.
    auto db = Database::open(ctx.databasePath);
    if (!db)
        return ctx.fail(db.error(), 1);
    auto hits = ReportSearch((*db)->connection()).search(text, n);
    if (!hits)
        return ctx.fail(hits.error(), 1);
    for (const ReportSearch::Hit& h : std::as_const(*hits))
        ctx.out << h.regNo << '\n';
    ctx.out.flush();
    return hits->isEmpty() ? 1 : 0;
}

int rebuildShort(CliContext& ctx)
{
    QCommandLineParser parser;
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("search rebuild-short"), &status))
        return status;
    auto db = Database::open(ctx.databasePath);
    if (!db)
        return ctx.fail(db.error(), 1);
    qint64 shown = 0;
    auto done = ShortTermIndex::rebuild(**db, [&](qint64 n, qint64 total) {
        if (n - shown >= 50000 || n == total) {
            std::fprintf(stderr, "%lld / %lld reports\n", static_cast<long long>(n), static_cast<long long>(total));
            shown = n;
        }
        return true;
    });
    if (!done)
        return ctx.fail(done.error(), 1);
    ctx.out << "indexed: " << *done << '\n';
    return 0;
}

} // namespace

void registerSearchCommands()
{
    CliApp::registerCommand({ QStringLiteral("search"),
                              QStringLiteral("Print the numbers of the reports containing TEXT, newest first [--limit N]."),
                              search });
    CliApp::registerCommand({ QStringLiteral("search rebuild-short"),
                              QStringLiteral("Index every report again for one- and two-character searches (after an upgrade)."),
                              rebuildShort });
}

} // namespace qf

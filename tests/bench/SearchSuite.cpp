// search: full-text search (ReportSearch) on N demo reports: p95 of 3-6 character Chinese
// queries (real substrings of the content and common terms), the same queries by a LIKE
// scan of reports.content in the same run, the path for one- and two-character terms
// (the index of characters and pairs, ShortTermIndex), and the time of the index rebuild
// that migration 4 runs on an existing database.
#include "tests/bench/BenchData.h"
#include "tests/bench/BenchSuite.h"

#include "models/Database.h"
#include "models/ReportSearch.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <random>

namespace qf::bench {

namespace {

bool isHan(QChar c)
{
    return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF;
}

// Substrings of `length` Chinese characters from the content of random reports.
QStringList sampleTerms(const QSqlDatabase& db, qint64 maxRowId, int count, int minLength, int maxLength,
                        std::mt19937_64& rng)
{
    QStringList out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT content FROM reports WHERE rowid = ?"));
    for (int attempt = 0; out.size() < count && attempt < count * 50; ++attempt) {
        q.addBindValue(qint64(rng() % quint64(maxRowId)) + 1);
        if (!q.exec() || !q.next())
            continue;
        const QString content = q.value(0).toString();
        const int length = minLength + int(rng() % quint64(maxLength - minLength + 1));
        if (content.size() <= length)
            continue;
        const QString term = content.mid(qsizetype(rng() % quint64(content.size() - length)), length);
        if (std::all_of(term.begin(), term.end(), isHan) && !out.contains(term))
            out << term;
    }
    return out;
}

double millis(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int runSearchSuite(BenchContext& ctx)
{
    const QString path = demoDatabase(ctx, ctx.reports(1000000));
    if (path.isEmpty())
        return 1;
    auto opened = Database::open(path);
    if (!opened) {
        ctx.log() << opened.error() << Qt::endl;
        return 1;
    }
    const QSqlDatabase db = (*opened)->connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*), max(rowid) FROM reports")) || !q.next())
        return 1;
    const qint64 count = q.value(0).toLongLong();
    const qint64 maxRowId = q.value(1).toLongLong();
    ctx.log() << "search: " << count << " reports" << Qt::endl;

    // What migration 4 does to an existing database.
    if (qEnvironmentVariableIsSet("QF_BENCH_REBUILD")) {
        QElapsedTimer t;
        t.start();
        if (!q.exec(QStringLiteral("INSERT INTO report_fts(report_fts) VALUES ('rebuild')"))) {
            ctx.log() << q.lastError().text() << Qt::endl;
            return 1;
        }
        ctx.result(QStringLiteral("search_rebuild_s"), millis(t) / 1000.0, 1);
    }
    if (q.exec(QStringLiteral("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'report_fts%' OR name LIKE 'subject_fts%'"))
        && q.next())
        ctx.result(QStringLiteral("search_index_mb"), q.value(0).toDouble() / 1048576.0, 0);
    // The index of characters and pairs behind one- and two-character terms (schema 9).
    if (q.exec(QStringLiteral("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'report_grams%' OR name LIKE 'subject_grams%'"))
        && q.next())
        ctx.result(QStringLiteral("search_short_index_mb"), q.value(0).toDouble() / 1048576.0, 0);

    std::mt19937_64 rng(4);
    QStringList terms = { QStringLiteral("村集体"), QStringLiteral("低保户"), QStringLiteral("收受红包"),
                          QStringLiteral("公车私用") };
    terms << sampleTerms(db, maxRowId, 196, 3, 6, rng);
    QStringList shortTerms = { QStringLiteral("低保"), QStringLiteral("红包"), QStringLiteral("村"), QStringLiteral("贪") };
    shortTerms << sampleTerms(db, maxRowId, 46, 1, 2, rng);

    const ReportSearch search(db);
    auto timeSearch = [&](const QStringList& list, std::vector<double>& ms) {
        for (const QString& term : list) {
            QElapsedTimer t;
            t.start();
            auto hits = search.search(term, 50);
            ms.push_back(millis(t));
            if (!hits) {
                ctx.log() << hits.error() << Qt::endl;
                return false;
            }
        }
        return true;
    };
    std::vector<double> searchMs, shortMs;
    if (!timeSearch(terms, searchMs) || !timeSearch(shortTerms, shortMs))
        return 1;

    // The same first page by a scan, for the first queries (a scan takes long).
    const int compared = std::min<int>(30, int(terms.size()));
    double likeTotal = 0, searchTotal = 0;
    QSqlQuery like(db);
    like.setForwardOnly(true);
    like.prepare(QStringLiteral("SELECT rowid, reg_no FROM reports WHERE content LIKE ? AND deleted = 0 "
                                "ORDER BY rowid DESC LIMIT 50"));
    for (int i = 0; i < compared; ++i) {
        QElapsedTimer t;
        t.start();
        like.addBindValue(QString(QLatin1Char('%') + terms[i] + QLatin1Char('%')));
        if (!like.exec()) {
            ctx.log() << like.lastError().text() << Qt::endl;
            return 1;
        }
        while (like.next()) { }
        likeTotal += millis(t);
        searchTotal += searchMs[size_t(i)];
    }
    ctx.log() << "search: " << terms.size() << " queries of 3-6 characters, " << shortTerms.size()
              << " of 1-2, LIKE on the first " << compared << Qt::endl;
    ctx.result(QStringLiteral("search_reports"), double(count));
    ctx.result(QStringLiteral("search_p95_ms_1m"), percentile(searchMs, 95), 1);
    ctx.result(QStringLiteral("search_p50_ms_1m"), percentile(searchMs, 50), 1);
    ctx.result(QStringLiteral("search_like_mean_ms"), likeTotal / compared, 1);
    ctx.result(QStringLiteral("search_speedup_vs_like"), likeTotal / std::max(searchTotal, 0.001), 1);
    ctx.result(QStringLiteral("search_short_p95_ms_1m"), percentile(shortMs, 95), 1);
    ctx.result(QStringLiteral("search_short_p50_ms_1m"), percentile(shortMs, 50), 1);
    return 0;
}

} // namespace qf::bench

// duplicates: the repeat check of a new report on N demo reports (p95 latency), and its recall
// against brute force: for a sample of planted near-duplicates, every report whose exact
// Jaccard similarity (same 3-gram shingles) is at least the threshold, found by scanning the
// whole set, compared with what the indexed check returns. The look-up is measured with
// several text-verification budgets on the same queries (recall, precision, p95), the
// default budget's figures being the headline ones.
#include "tests/bench/BenchData.h"
#include "tests/bench/BenchSuite.h"

#include "models/Database.h"
#include "models/DuplicateIndex.h"
#include "models/MinHash.h"
#include "models/RepeatDetector.h"
#include "models/ReportStore.h"
#include "models/Session.h"
#include "models/Settings.h"
#include "app/security/KeychainKeyProvider.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace qf::bench {

namespace {

constexpr int kTimedQueries = 400;
constexpr int kRecallQueries = 200;
constexpr int kBudgets[] = { 32, 128, 1024, 4096 };

struct Query
{
    QString id;
    QString original;
    MinHash::Shingles shingles;
};

} // namespace

int runDuplicatesSuite(BenchContext& ctx)
{
    const QString path = demoDatabase(ctx, ctx.reports(1000000));
    if (path.isEmpty())
        return 1;
    KeychainKeyProvider keys;
    auto session = benchSession(ctx, path, keys);
    if (!session)
        return 1;
    Session& s = *session;
    ReportStore& reports = s.reports();
    RepeatDetector detector(reports);
    const double threshold = detector.threshold();
    DuplicateIndex& index = detector.index();

    QSqlQuery q(s.database().connection());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM reports"));
    q.next();
    const qint64 total = q.value(0).toLongLong();
    auto indexed = index.size();
    if (!indexed)
        return 1;
    if (*indexed < total) {
        ctx.log() << "duplicates: indexing " << total << " reports (the database predates the index)" << Qt::endl;
        auto done = index.rebuild([&](qint64 n, qint64 t) {
            if (n % 100000 < 5000)
                ctx.log() << "  " << n << " / " << t << Qt::endl;
            return true;
        });
        if (!done) {
            ctx.log() << done.error() << Qt::endl;
            return 1;
        }
    }

    // Planted near-duplicates, spread over the whole set.
    std::vector<Query> queries;
    q.exec(QStringLiteral("SELECT l.report_id, l.near_duplicate_of, r.content, r.what FROM demo_labels l "
                          "JOIN reports r ON r.id = l.report_id WHERE l.near_duplicate_of IS NOT NULL ORDER BY l.report_id"));
    std::vector<Query> planted;
    QHash<QString, QString> texts;
    while (q.next()) {
        planted.push_back({ q.value(0).toString(), q.value(1).toString(), {} });
        texts.insert(q.value(0).toString(), DuplicateIndex::textOf(q.value(2).toString(), q.value(3).toString()));
    }
    if (planted.empty()) {
        ctx.log() << "duplicates: the database has no planted near-duplicates" << Qt::endl;
        return 1;
    }
    const size_t stride = std::max<size_t>(1, planted.size() / kTimedQueries);
    for (size_t i = 0; i < planted.size() && queries.size() < size_t(kTimedQueries); i += stride)
        queries.push_back(planted[i]);
    ctx.log() << "duplicates: " << total << " reports, " << planted.size() << " planted near-duplicates, threshold "
              << threshold << Qt::endl;

    // Loading every sketch into memory: what the window does in the background after start.
    QElapsedTimer warmTimer;
    warmTimer.start();
    auto reader = Database::openReader(path);
    if (!reader) {
        ctx.log() << reader.error() << Qt::endl;
        return 1;
    }
    if (Status w = index.warm(**reader); !w) {
        ctx.log() << w.error() << Qt::endl;
        return 1;
    }
    ctx.result(QStringLiteral("dup_sketch_load_ms"), double(warmTimer.nsecsElapsed()) / 1e6, 0);

    // Latency: the whole repeat check (same reporter, same subject, similar content) of a report.
    std::vector<double> checkMs, findMs;
    int plantedFound = 0;
    QHash<QString, QSet<QString>> foundBy;
    for (const Query& query : queries) {
        QElapsedTimer t;
        t.start();
        auto proposals = detector.check(query.id);
        checkMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!proposals) {
            ctx.log() << proposals.error() << Qt::endl;
            return 1;
        }
        t.restart();
        auto similar = index.find(texts.value(query.id), threshold, query.id, 1000);
        findMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!similar)
            return 1;
        QSet<QString>& set = foundBy[query.id];
        for (const SimilarReport& r : std::as_const(*similar))
            set.insert(r.reportId);
        plantedFound += set.contains(query.original) ? 1 : 0;
    }

    ctx.log() << "duplicates: first check " << checkMs.front() << " ms (sketches loaded before)" << Qt::endl;

    // The same look-ups with each verification budget (timed again: the budget is what costs).
    const size_t recallCount = std::min<size_t>(queries.size(), kRecallQueries);
    constexpr size_t budgetCount = std::size(kBudgets);
    std::vector<QHash<QString, QSet<QString>>> foundWith(budgetCount);
    std::vector<std::vector<double>> budgetMs(budgetCount);
    std::vector<int> closeCounts;
    for (size_t b = 0; b < budgetCount; ++b) {
        index.setVerifyBudget(kBudgets[b]);
        for (size_t i = 0; i < recallCount; ++i) {
            DuplicateIndex::FindStats stats;
            QElapsedTimer t;
            t.start();
            auto similar = index.find(texts.value(queries[i].id), threshold, queries[i].id, 1000, &stats);
            budgetMs[b].push_back(double(t.nsecsElapsed()) / 1e6);
            if (!similar)
                return 1;
            QSet<QString>& set = foundWith[b][queries[i].id];
            for (const SimilarReport& r : std::as_const(*similar))
                set.insert(r.reportId);
            if (b == 0)
                closeCounts.push_back(stats.close);
        }
    }
    index.setVerifyBudget(4096);
    {
        std::vector<double> close(closeCounts.begin(), closeCounts.end());
        ctx.log() << "duplicates: close candidates per look-up p50 " << percentile(close, 50) << ", p95 "
                  << percentile(close, 95) << ", max " << percentile(close, 100) << Qt::endl;
    }

    // Recall against brute force over every report, for the first kRecallQueries queries.
    QHash<quint64, std::vector<int>> owners;
    for (size_t i = 0; i < recallCount; ++i) {
        queries[i].shingles = MinHash::shingles(texts.value(queries[i].id));
        for (const quint64 sh : queries[i].shingles)
            owners[sh].push_back(int(i));
    }
    ctx.log() << "duplicates: brute force over " << total << " reports for " << recallCount << " queries" << Qt::endl;
    qint64 truePairs = 0, foundPairs = 0;
    std::vector<qint64> budgetTrue(budgetCount, 0);
    qint64 histogram[10] = {};
    std::vector<int> counts(recallCount, 0);
    std::vector<int> touched;
    QSqlQuery scan(s.database().connection());
    scan.setForwardOnly(true);
    scan.exec(QStringLiteral("SELECT id, content, what FROM reports WHERE deleted = 0"));
    qint64 scanned = 0;
    while (scan.next()) {
        const QString id = scan.value(0).toString();
        const MinHash::Shingles sh = MinHash::shingles(DuplicateIndex::textOf(scan.value(1).toString(), scan.value(2).toString()));
        touched.clear();
        for (const quint64 x : sh) {
            auto it = owners.constFind(x);
            if (it == owners.cend())
                continue;
            for (const int qi : *it) {
                if (counts[size_t(qi)]++ == 0)
                    touched.push_back(qi);
            }
        }
        for (const int qi : touched) {
            const Query& query = queries[size_t(qi)];
            const double common = counts[size_t(qi)];
            counts[size_t(qi)] = 0;
            if (id == query.id)
                continue;
            const double j = common / (double(query.shingles.size() + sh.size()) - common);
            ++histogram[std::min(9, int(j * 10))];
            if (j >= threshold) {
                ++truePairs;
                foundPairs += foundBy.value(query.id).contains(id) ? 1 : 0;
                for (size_t b = 0; b < budgetCount; ++b)
                    budgetTrue[b] += foundWith[b].value(query.id).contains(id) ? 1 : 0;
            }
        }
        if (++scanned % 200000 == 0)
            ctx.log() << "  " << scanned << Qt::endl;
    }
    for (int b = 0; b < 10; ++b)
        ctx.log() << "  pairs with similarity " << b / 10.0 << "-" << (b + 1) / 10.0 << ": " << histogram[b] << Qt::endl;

    ctx.result(QStringLiteral("dup_reports"), double(total));
    ctx.result(QStringLiteral("dup_threshold"), threshold, 2);
    ctx.result(QStringLiteral("dup_check_p50_ms_1m"), percentile(checkMs, 50), 2);
    ctx.result(QStringLiteral("dup_check_p95_ms_1m"), percentile(checkMs, 95), 2);
    ctx.result(QStringLiteral("dup_find_p95_ms_1m"), percentile(findMs, 95), 2);
    ctx.result(QStringLiteral("dup_planted_found"), double(plantedFound) / double(queries.size()), 3);
    ctx.result(QStringLiteral("dup_true_pairs"), double(truePairs));
    ctx.result(QStringLiteral("dup_recall_vs_exact"), truePairs ? double(foundPairs) / double(truePairs) : 1.0, 3);
    qint64 proposedDefault = 0;
    for (size_t i = 0; i < recallCount; ++i)
        proposedDefault += foundBy.value(queries[i].id).size();
    ctx.result(QStringLiteral("dup_precision_vs_exact"), proposedDefault ? double(foundPairs) / double(proposedDefault) : 1.0, 3);
    for (size_t b = 0; b < budgetCount; ++b) {
        qint64 proposed = 0;
        for (const QSet<QString>& set : std::as_const(foundWith[b]))
            proposed += set.size();
        const QString suffix = QStringLiteral("_budget_%1").arg(kBudgets[b]);
        ctx.result(QStringLiteral("dup_recall") + suffix, truePairs ? double(budgetTrue[b]) / double(truePairs) : 1.0, 3);
        // Share of what the look-up returned whose exact similarity reaches the threshold.
        ctx.result(QStringLiteral("dup_precision") + suffix, proposed ? double(budgetTrue[b]) / double(proposed) : 1.0, 3);
        ctx.result(QStringLiteral("dup_find_p95_ms") + suffix, percentile(budgetMs[b], 95), 2);
    }
    return 0;
}

} // namespace qf::bench

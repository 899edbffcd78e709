// analysis: the 统计分析 workspace's refresh for a quarter (every figure and chart of the page:
// the quarter, the previous one and a year earlier by every grouping, the twelve-month trend,
// the risk map, the warnings, the flags with their history), computed off the UI thread as
// the screen does it, against one full-scan SELECT category_id, count(*) ... GROUP BY in the
// same run. Reads only.
#include "tests/bench/BenchData.h"
#include "tests/bench/BenchSuite.h"

#include "models/Database.h"
#include "ui/analysis/AnalysisWorkspace.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace qf::bench {

int runAnalysisSuite(BenchContext& ctx)
{
    const QString path = demoDatabase(ctx, ctx.reports(100000));
    if (path.isEmpty())
        return 1;
    auto db = Database::openReader(path);
    if (!db) {
        ctx.log() << db.error() << Qt::endl;
        return 1;
    }
    QSqlQuery q((*db)->connection());
    q.exec(QStringLiteral("SELECT COUNT(*), MAX(received_at) FROM reports"));
    q.next();
    const qint64 total = q.value(0).toLongLong();
    const QDate last = QDateTime::fromString(q.value(1).toString(), Qt::ISODate).date();
    // The last full quarter of the data.
    const QDate inPrevious = QDate(last.year(), ((last.month() - 1) / 3) * 3 + 1, 1).addMonths(-3);
    AnalysisQuery query;
    query.period = AnalysisPeriod::quarter(inPrevious.year(), (inPrevious.month() - 1) / 3 + 1);
    query.includeRestricted = true;
    ctx.log() << "analysis: " << total << " reports, quarter " << query.period.label() << Qt::endl;

    auto scan = [&] {
        QElapsedTimer t;
        t.start();
        QSqlQuery s((*db)->connection());
        s.setForwardOnly(true);
        s.exec(QStringLiteral("SELECT category_id, count(*) FROM reports NOT INDEXED GROUP BY category_id"));
        qint64 groups = 0;
        while (s.next())
            ++groups;
        return std::pair { double(t.nsecsElapsed()) / 1e6, groups };
    };
    (void)scan(); // warm the page cache once for both
    std::vector<double> refresh, scans;
    qint64 received = 0;
    constexpr int kRuns = 9;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer t;
        t.start();
        // Off the UI thread, as the screen runs it.
        auto page = QtConcurrent::run([path, query] { return computeAnalysisPage(path, query); }).result();
        refresh.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!page) {
            ctx.log() << page.error() << Qt::endl;
            return 1;
        }
        received = page->comparison.current.received;
        scans.push_back(scan().first);
    }
    const double p95 = percentile(refresh, 95);
    const double scanMedian = percentile(scans, 50);
    ctx.log() << "  quarter received " << received << ", " << kRuns << " refreshes" << Qt::endl;
    ctx.result(QStringLiteral("analysis_reports"), double(total));
    ctx.result(QStringLiteral("analysis_quarter_received"), double(received));
    ctx.result(QStringLiteral("analysis_refresh_p50_ms"), percentile(refresh, 50), 1);
    ctx.result(QStringLiteral("analysis_refresh_p95_ms"), p95, 1);
    ctx.result(QStringLiteral("analysis_scan_group_by_category_ms"), scanMedian, 1);
    ctx.result(QStringLiteral("analysis_ratio_vs_scan"), scanMedian > 0 ? p95 / scanMedian : 0, 2);
    return 0;
}

} // namespace qf::bench

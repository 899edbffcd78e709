// scan: `qingfeng-cli scan` against `scanimage --batch` on the same pages of SANE's test
// backend in the same run (run-test.sh gives the backend its SANE_CONFIG_DIR): 10 feeder
// pages at 300 dpi grey, each tool three times, alternating; the ratio of the medians.
// The test backend has no duplex feeder: its "Automatic Document Feeder" delivers the 10
// pages (a duplex feeder's 10 pages are 10 frames just the same).
#include "tests/bench/BenchSuite.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>

#include <algorithm>

namespace qf::bench {

namespace {

double run(const QString& program, const QStringList& args, QTextStream& log)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(300000) || p.exitCode() != 0) {
        log << program << " failed: " << p.readAllStandardOutput() << Qt::endl;
        return -1;
    }
    return double(t.nsecsElapsed()) / 1e9;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int runScanSuite(BenchContext& ctx)
{
    const QString cli = QStringLiteral(QF_BIN_DIR) + QStringLiteral("/qingfeng-cli");
    std::vector<double> ours, theirs;
    for (int i = 0; i < 3; ++i) {
        const QString dir = ctx.path(QStringLiteral("scanimage-%1").arg(i));
        QDir().mkpath(dir);
        const double a = run(QStringLiteral("scanimage"),
                             { QStringLiteral("-d"), QStringLiteral("test:0"), QStringLiteral("--source"),
                               QStringLiteral("Automatic Document Feeder"), QStringLiteral("--mode"), QStringLiteral("Gray"),
                               QStringLiteral("--resolution"), QStringLiteral("300"), QStringLiteral("--test-picture"),
                               QStringLiteral("Grid"), QStringLiteral("--format"), QStringLiteral("pnm"),
                               QStringLiteral("--batch=") + dir + QStringLiteral("/p%d.pnm") },
                             ctx.log());
        const double b = run(cli,
                             { QStringLiteral("scan"), QStringLiteral("--device"), QStringLiteral("test:0"),
                               QStringLiteral("--source"), QStringLiteral("adf"), QStringLiteral("--mode"),
                               QStringLiteral("gray"), QStringLiteral("--resolution"), QStringLiteral("300"),
                               QStringLiteral("--option"), QStringLiteral("test-picture=Grid"), QStringLiteral("--out"),
                               ctx.path(QStringLiteral("ours-%1.pdf").arg(i)) },
                             ctx.log());
        if (a <= 0 || b <= 0)
            return 1;
        const int pages = int(QDir(dir).entryList({ QStringLiteral("*.pnm") }, QDir::Files).size());
        ctx.log() << "run " << i + 1 << ": scanimage " << a << " s (" << pages << " pages), qingfeng-cli " << b << " s"
                  << Qt::endl;
        theirs.push_back(a);
        ours.push_back(b);
    }
    ctx.result(QStringLiteral("scanimage_batch_seconds"), median(theirs), 3);
    ctx.result(QStringLiteral("qingfeng_scan_seconds"), median(ours), 3);
    ctx.result(QStringLiteral("scan_ratio_vs_scanimage"), median(ours) / median(theirs), 2);
    return 0;
}

} // namespace qf::bench

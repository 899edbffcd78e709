// startup: time from starting the desktop client to its main window shown, with a database
// of N reports (default 1,000,000) against an empty one, in the same run. The client is
// started as a process (`qingfeng --quit-when-shown`) and timed until it prints "shown".
#include "tests/bench/BenchData.h"
#include "tests/bench/BenchSuite.h"

#include "models/Session.h"
#include "app/security/KeychainKeyProvider.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>

namespace qf::bench {

namespace {

// Milliseconds until the client said "shown", or a negative number.
double timeToShown(const QString& database, QTextStream& log)
{
    QProcess p;
    p.setProgram(QCoreApplication::applicationDirPath() + QStringLiteral("/qingfeng"));
    p.setArguments({ QStringLiteral("--db"), database, QStringLiteral("--quit-when-shown") });
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QINGFENG_USER"), QString::fromLatin1(kBenchUser));
    env.insert(QStringLiteral("QINGFENG_PASSWORD"), QString::fromLatin1(kBenchPassword));
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start();
    if (!p.waitForStarted(10000)) {
        log << "startup: cannot start " << p.program() << ": " << p.errorString() << Qt::endl;
        return -1;
    }
    QByteArray out;
    while (!out.contains("shown")) {
        if (!p.waitForReadyRead(60000)) {
            log << "startup: the client did not show its window: " << p.readAllStandardError() << Qt::endl;
            p.kill();
            p.waitForFinished();
            return -1;
        }
        out += p.readAllStandardOutput();
    }
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    p.waitForFinished(30000);
    return ms;
}

} // namespace

int runStartupSuite(BenchContext& ctx)
{
    const QString big = demoDatabase(ctx, ctx.reports(1000000));
    if (big.isEmpty())
        return 1;
    const QString empty = ctx.path(QStringLiteral("empty.sqlite"));
    {
        KeychainKeyProvider keys;
        auto session = Session::open(empty, keys);
        if (!session) {
            ctx.log() << session.error() << Qt::endl;
            return 1;
        }
        if (Status in = benchSignIn(**session); !in) {
            ctx.log() << in.error() << Qt::endl;
            return 1;
        }
    }
    // One start of each first (file cache, fonts), then alternate so that any drift in the
    // machine's load touches both equally; the median of each.
    if (timeToShown(empty, ctx.log()) < 0 || timeToShown(big, ctx.log()) < 0)
        return 1;
    constexpr int runs = 9;
    std::vector<double> emptyMs, bigMs;
    for (int i = 0; i < runs; ++i) {
        const double e = timeToShown(empty, ctx.log());
        const double b = timeToShown(big, ctx.log());
        if (e < 0 || b < 0)
            return 1;
        emptyMs.push_back(e);
        bigMs.push_back(b);
    }
    const double emptyMedian = percentile(emptyMs, 50);
    const double bigMedian = percentile(bigMs, 50);
    ctx.result(QStringLiteral("startup_reports"), static_cast<double>(reportCount(big)));
    ctx.result(QStringLiteral("startup_empty_ms"), emptyMedian, 1);
    ctx.result(QStringLiteral("startup_1m_ms"), bigMedian, 1);
    ctx.result(QStringLiteral("startup_ratio_1m_vs_empty"), bigMedian / emptyMedian, 3);
    return 0;
}

} // namespace qf::bench

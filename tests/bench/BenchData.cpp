#include "tests/bench/BenchData.h"

#include "models/Database.h"
#include "models/Session.h"
#include "app/demo/DemoGenerator.h"
#include "app/security/KeychainKeyProvider.h"

#include <QFileInfo>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace qf::bench {

qint64 reportCount(const QString& path)
{
    auto db = Database::open(path);
    if (!db)
        return -1;
    QSqlQuery q((*db)->connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM reports")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

QString demoDatabase(BenchContext& ctx, qint64 reports)
{
    const QString path = ctx.database().isEmpty() ? ctx.path(QStringLiteral("demo.sqlite")) : ctx.database();
    if (QFileInfo::exists(path)) {
        const qint64 n = reportCount(path);
        ctx.log() << "using " << path << " with " << n << " reports" << Qt::endl;
        return n >= 0 ? path : QString();
    }
    KeychainKeyProvider keys;
    auto session = Session::open(path, keys);
    if (!session) {
        ctx.log() << session.error() << Qt::endl;
        return {};
    }
    ctx.log() << "generating " << reports << " demo reports into " << path << Qt::endl;
    DemoGenerator generator(**session, DemoOptions { reports, 1, {} });
    const Status s = generator.run([&](qint64 done, qint64 total) {
        if (done % 50000 == 0 || done == total)
            ctx.log() << "  " << done << " / " << total << Qt::endl;
        return true;
    });
    if (!s) {
        ctx.log() << s.error() << Qt::endl;
        return {};
    }
    return path;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const double rank = p / 100.0 * static_cast<double>(values.size() - 1);
    const auto lo = static_cast<size_t>(std::floor(rank));
    const auto hi = static_cast<size_t>(std::ceil(rank));
    return values[lo] + (values[hi] - values[lo]) * (rank - static_cast<double>(lo));
}

} // namespace qf::bench

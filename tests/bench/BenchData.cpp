#include "tests/bench/BenchData.h"

#include "models/DataKeyProvider.h"

#include "models/Database.h"
#include "models/Session.h"
#include "models/SqlTransaction.h"
#include "models/Writer.h"
#include "app/demo/DemoGenerator.h"
#include "app/security/KeychainKeyProvider.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
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

Status benchSignIn(Session& session, const QString& role)
{
    const QString password = QString::fromLatin1(kBenchPassword);
    if (!session.accounts().any()) {
        NewAccount admin;
        admin.login = QString::fromLatin1(kBenchUser);
        admin.name = QStringLiteral("管理员");
        admin.password = password;
        admin.newOrgName = QStringLiteral("基准测试纪委监委信访室");
        KnownKeyProvider none({});
        if (auto made = session.accounts().createAdministrator(admin, none); !made)
            return made.failure();
    }
    if (Status in = session.signIn(QString::fromLatin1(kBenchUser), password); !in)
        return in;
    if (role == QLatin1String("administrator"))
        return {};
    if (!session.accounts().find(role)) {
        NewAccount a;
        a.login = role;
        a.name = role;
        a.role = role;
        a.password = password;
        if (auto added = session.accounts().add(a); !added)
            return added.failure();
    }
    return session.signIn(role, password);
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
    auto session = benchSession(ctx, path, keys);
    if (!session)
        return {};
    ctx.log() << "generating " << reports << " demo reports into " << path << Qt::endl;
    DemoGenerator generator(*session, DemoOptions { reports, 1, {} });
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

std::unique_ptr<Session> benchSession(BenchContext& ctx, const QString& path, DataKeyProvider& keys)
{
    auto session = Session::open(path, keys);
    if (!session) {
        ctx.log() << session.error() << Qt::endl;
        return nullptr;
    }
    if (Status in = benchSignIn(**session); !in) {
        ctx.log() << in.error() << Qt::endl;
        return nullptr;
    }
    return std::move(*session);
}

bool waitUntil(const std::function<bool()>& cond, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!cond()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
    }
    return true;
}

Status fillPersons(BenchContext& ctx, Session& session, qint64 n, const std::function<PersonIdentity(qint64)>& person,
                   PersonRoles roles)
{
    QElapsedTimer timer;
    timer.start();
    constexpr qint64 kBatch = 20000;
    for (qint64 from = 0; from < n; from += kBatch) {
        auto batch = session.writer().begin();
        if (!batch)
            return batch.failure();
        for (qint64 i = from; i < std::min(n, from + kBatch); ++i)
            for (const Change& c : session.persons().insertChanges(QStringLiteral("p-%1").arg(i), person(i), roles))
                if (Status st = (*batch)->stage(c); !st)
                    return st;
        if (Status st = (*batch)->commit(); !st)
            return st;
        if ((from / kBatch) % 10 == 0)
            ctx.log() << "persons: " << std::min(n, from + kBatch) << Qt::endl;
    }
    ctx.result(QStringLiteral("persons"), double(n));
    ctx.result(QStringLiteral("persons_insert_s"), timer.elapsed() / 1000.0, 1);
    return {};
}

} // namespace qf::bench

// fleet: a county's workstations - the real sync client (sync::SyncClient over a Session), each
// on its own SQLite store - syncing every 10 s through HAProxy and three qingfeng-syncd in front
// of one PostgreSQL while their users edit at an office's rate; one qingfeng-syncd is killed
// with SIGKILL half-way. It measures how long an edit takes to reach every other workstation of
// its office, the CPU each service instance and PostgreSQL used, and whether any edit was lost.
//
// The county: one county office (县纪委监委), 20 township offices (乡镇纪委) and 6 resident
// units (派驻纪检监察组), workstations weighted 28 : 3 : 2, at least two per office (fewer
// offices when there are few clients). One user per workstation, made with
// `qingfeng-syncd admin add-user` and `add-device`, enrolled by the real client.
//
// Each workstation syncs every 8-12 s (10 s jittered), and 2 s after a local edit (the push a
// window makes after a change); it edits every 20 s on average (exponential): mostly a field
// change of one of its own reports (region = "F<workstation>-<n>", so the value says which
// edit it is), one in six a new report. An edit has arrived at a workstation when it holds that
// value or a later one of the same workstation. Workstations are hosted by threads of this
// process, each thread serving its share of them one at a time.
#include "tests/bench/BenchData.h"
#include "tests/bench/FleetParts.h"
#include "tests/bench/BenchSuite.h"

#include "models/DataKeyProvider.h"
#include "models/Database.h"
#include "models/ReportRegistrar.h"
#include "models/Session.h"
#include "sync/SyncClient.h"
#include "tests/sync/PgServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QThread>

#include <array>
#include <atomic>
#include <chrono>
#include <cmath>
#include <memory>
#include <unistd.h>

namespace qf::bench {

namespace {

qint64 nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

constexpr int kSyncIntervalMs = 10000;
constexpr int kSyncJitterMs = 2000;
constexpr int kPushAfterEditMs = 2000;
constexpr int kMeanEditGapMs = 20000;
constexpr int kNewReportOneIn = 6;

// The workstation's keychain, in memory.
class MemoryKeys : public DataKeyProvider
{
public:
    Result<QByteArray> dataKey(const QString&, bool create) override
    {
        if (m_key.isEmpty() && create) {
            m_key.resize(32);
            QRandomGenerator::system()->generate(m_key.begin(), m_key.end());
        }
        return m_key;
    }
    Status storeDataKey(const QString&, const QByteArray& key) override
    {
        m_key = key;
        return {};
    }
    Result<QByteArray> secret(const QString& name) override { return m_secrets.value(name); }
    Status storeSecret(const QString& name, const QByteArray& value) override
    {
        m_secrets.insert(name, value);
        return {};
    }

private:
    QByteArray m_key;
    QHash<QString, QByteArray> m_secrets;
};

struct Workstation
{
    int index = 0;
    int office = 0;
    int slot = 0; // place among its office's workstations
    QString login;
    QString role;
    QString path;
    QByteArray token;
    MemoryKeys keys;
    std::unique_ptr<Session> session;
    std::unique_ptr<sync::SyncClient> client;
    QStringList reports; // its own, the ones it edits
    int seq = 0;
    qint64 nextSync = 0;
    qint64 pushAt = 0;
    qint64 nextEdit = 0;
};

struct Edit
{
    int office = 0;
    int origin = 0;
    QString report;
    int seq = 0;
    qint64 at = 0;
    int missing = 0;
    qint64 lastArrival = 0;
    QList<bool> arrived; // by slot
};

// What the threads share.
struct Fleet
{
    QList<Office> offices;
    std::vector<std::unique_ptr<Workstation>> stations;
    QString server;
    QString content; // a letter's text, for new reports

    QMutex mutex;
    std::vector<Edit> edits;
    QList<QList<int>> open; // per office: edits not yet everywhere
    std::vector<double> syncMs;
    std::vector<double> lagMs;
    QStringList errors;

    std::atomic<int> ready { 0 };
    std::atomic<int> setupFailed { 0 };
    std::atomic<int> phase { 0 }; // 0 setup, 1 running, 2 stop
    std::atomic<bool> editing { false };
    std::atomic<int> syncs { 0 };
    std::atomic<int> syncFailures { 0 };
    std::atomic<int> newReports { 0 };
    std::atomic<qint64> enrolMs { 0 };
    std::atomic<qint64> killedAt { 0 };
    std::atomic<int> failuresAfterKill { 0 };

    void error(const QString& what)
    {
        QMutexLocker lock(&mutex);
        if (errors.size() < 20)
            errors << what;
    }
};

qint64 jittered(QRandomGenerator& rng, qint64 base, int spread)
{
    return base + rng.bounded(2 * spread + 1) - spread;
}

class Host : public QThread
{
public:
    Host(Fleet& fleet, QList<Workstation*> mine, quint32 seed)
        : m_fleet(fleet)
        , m_mine(std::move(mine))
        , m_rng(seed)
    {
    }

protected:
    void run() override
    {
        for (Workstation* w : std::as_const(m_mine)) {
            if (!setUp(*w)) {
                ++m_fleet.setupFailed;
                w->client.reset();
                w->session.reset();
            }
            ++m_fleet.ready;
        }
        while (m_fleet.phase.load() == 0)
            QThread::msleep(50);
        const qint64 start = nowMs();
        for (Workstation* w : std::as_const(m_mine)) {
            w->nextSync = start + m_rng.bounded(kSyncIntervalMs);
            w->nextEdit = start + nextGap();
        }
        while (m_fleet.phase.load() == 1) {
            const qint64 now = nowMs();
            Workstation* due = nullptr;
            qint64 when = std::numeric_limits<qint64>::max();
            bool edit = false;
            for (Workstation* w : std::as_const(m_mine)) {
                if (!w->client)
                    continue;
                qint64 t = w->nextSync;
                if (w->pushAt && w->pushAt < t)
                    t = w->pushAt;
                bool e = false;
                if (m_fleet.editing.load() && w->nextEdit < t) {
                    t = w->nextEdit;
                    e = true;
                }
                if (t < when) {
                    when = t;
                    due = w;
                    edit = e;
                }
            }
            if (!due || when > now) {
                QThread::msleep(due ? std::clamp<qint64>(when - now, 1, 50) : 50);
                continue;
            }
            if (edit)
                makeEdit(*due);
            else
                syncOne(*due, now - when);
        }
        for (Workstation* w : std::as_const(m_mine)) {
            w->client.reset();
            w->session.reset();
        }
    }

private:
    qint64 nextGap()
    {
        // Exponential gaps: a Poisson stream of edits at the office's rate.
        const double u = std::max(1e-9, m_rng.generateDouble());
        return qint64(-std::log(u) * kMeanEditGapMs);
    }

    bool setUp(Workstation& w)
    {
        auto session = Session::open(w.path, w.keys);
        if (!session) {
            m_fleet.error(QStringLiteral("open %1: %2").arg(w.login, session.error()));
            return false;
        }
        w.session = std::move(*session);
        if (Status in = benchSignIn(*w.session); !in) {
            m_fleet.error(QStringLiteral("sign-in %1: %2").arg(w.login, in.error()));
            return false;
        }
        w.client = std::make_unique<sync::SyncClient>(*w.session, w.keys, QFileInfo(w.path).absolutePath()
                                                          + QStringLiteral("/files-") + QString::number(w.index));
        const qint64 t0 = nowMs();
        auto enrolled = w.client->enrol(QUrl(m_fleet.server), w.token, QString::fromLatin1(kBenchPassword));
        m_fleet.enrolMs += nowMs() - t0;
        if (!enrolled) {
            m_fleet.error(QStringLiteral("enrol %1: %2").arg(w.login, enrolled.error()));
            return false;
        }
        w.client->setToken(w.token);
        // Two reports of its own to edit, sent at once.
        for (int i = 0; i < 2; ++i)
            if (!newReport(w, false))
                return false;
        auto first = w.client->syncOnce();
        if (!first) {
            m_fleet.error(QStringLiteral("first sync %1: %2").arg(w.login, first.error()));
            return false;
        }
        return true;
    }

    QString nextValue(Workstation& w) { return QStringLiteral("F%1-%2").arg(w.index).arg(++w.seq); }

    bool newReport(Workstation& w, bool counted)
    {
        Registration r;
        r.checkRepeats = false;
        r.followUpCode = false;
        r.draft.channel = QStringLiteral("letter");
        r.draft.content = m_fleet.content;
        r.draft.region = nextValue(w);
        r.draft.subjects << SubjectDraft { QStringLiteral("张某%1").arg(m_rng.bounded(1000)), QStringLiteral("县住建局"),
                                           QStringLiteral("科级"), {}, false };
        auto added = w.session->registrar().registerReport(r);
        if (!added) {
            m_fleet.error(QStringLiteral("register %1: %2").arg(w.login, added.error()));
            return false;
        }
        w.reports << added->id;
        if (counted) {
            ++m_fleet.newReports;
            record(w, added->id);
        }
        return true;
    }

    void record(Workstation& w, const QString& report)
    {
        const Office& office = m_fleet.offices[w.office];
        Edit e;
        e.office = w.office;
        e.origin = w.index;
        e.report = report;
        e.seq = w.seq;
        e.at = nowMs();
        e.arrived = QList<bool>(office.members.size(), false);
        e.arrived[w.slot] = true;
        e.missing = int(office.members.size()) - 1;
        e.lastArrival = e.at;
        QMutexLocker lock(&m_fleet.mutex);
        m_fleet.edits.push_back(std::move(e));
        m_fleet.open[w.office].append(int(m_fleet.edits.size()) - 1);
    }

    void makeEdit(Workstation& w)
    {
        w.nextEdit = nowMs() + nextGap();
        bool ok = false;
        if (w.reports.isEmpty() || m_rng.bounded(kNewReportOneIn) == 0) {
            ok = newReport(w, true);
        } else {
            const QString id = w.reports.at(m_rng.bounded(int(w.reports.size())));
            const QString value = nextValue(w);
            if (Status s = w.session->reports().setField(id, QStringLiteral("region"), value); !s)
                m_fleet.error(QStringLiteral("edit %1: %2").arg(w.login, s.error()));
            else {
                record(w, id);
                ok = true;
            }
        }
        if (ok && !w.pushAt)
            w.pushAt = nowMs() + kPushAfterEditMs;
    }

    void syncOne(Workstation& w, qint64 lateMs)
    {
        const qint64 t0 = nowMs();
        auto summary = w.client->syncOnce();
        const qint64 t1 = nowMs();
        ++m_fleet.syncs;
        w.nextSync = jittered(m_rng, t1 + kSyncIntervalMs, kSyncJitterMs);
        w.pushAt = 0;
        {
            QMutexLocker lock(&m_fleet.mutex);
            m_fleet.syncMs.push_back(double(t1 - t0));
            m_fleet.lagMs.push_back(double(lateMs));
        }
        if (!summary) {
            ++m_fleet.syncFailures;
            if (m_fleet.killedAt.load() && t0 >= m_fleet.killedAt.load())
                ++m_fleet.failuresAfterKill;
            m_fleet.error(QStringLiteral("sync %1: %2").arg(w.login, summary.error()));
            return;
        }
        if (summary->pending > 0)
            w.pushAt = t1 + kPushAfterEditMs; // an edit made while it ran
        checkArrivals(w, t1);
    }

    // Which of the office's open edits this workstation now holds.
    void checkArrivals(Workstation& w, qint64 at)
    {
        QList<int> waiting;
        QStringList ids;
        {
            QMutexLocker lock(&m_fleet.mutex);
            for (int i : std::as_const(m_fleet.open[w.office])) {
                const Edit& e = m_fleet.edits[size_t(i)];
                if (!e.arrived[w.slot]) {
                    waiting << i;
                    ids << e.report;
                }
            }
        }
        if (waiting.isEmpty())
            return;
        QHash<QString, QString> region;
        QSqlQuery q(w.session->database().connection());
        q.setForwardOnly(true);
        ids.removeDuplicates();
        if (!q.exec(QStringLiteral("SELECT id, region FROM reports WHERE id IN ('%1')").arg(ids.join(QStringLiteral("','")))))
            return;
        while (q.next())
            region.insert(q.value(0).toString(), q.value(1).toString());
        static const QRegularExpression value(QStringLiteral(R"(^F(\d+)-(\d+)$)"));
        QMutexLocker lock(&m_fleet.mutex);
        for (int i : std::as_const(waiting)) {
            Edit& e = m_fleet.edits[size_t(i)];
            const auto m = value.match(region.value(e.report));
            if (!m.hasMatch() || m.captured(1).toInt() != e.origin || m.captured(2).toInt() < e.seq)
                continue;
            e.arrived[w.slot] = true;
            e.lastArrival = std::max(e.lastArrival, at);
            if (--e.missing == 0)
                m_fleet.open[w.office].removeOne(i);
        }
    }

    Fleet& m_fleet;
    QList<Workstation*> m_mine;
    QRandomGenerator m_rng;
};

QString letterText()
{
    // About 400 characters, the length of a short letter.
    QString s;
    const QStringList parts { QStringLiteral("反映县住建局某科长在工程项目验收中收受施工方礼金，"),
                              QStringLiteral("并多次接受宴请，时间大约在今年三月至五月之间，"),
                              QStringLiteral("地点在县城某酒店，相关知情人可以作证。"),
                              QStringLiteral("举报人希望组织核查处理，并反馈处理结果。") };
    while (s.size() < 400)
        for (const QString& p : parts)
            s += p;
    return s;
}

} // namespace

int runFleetSuite(BenchContext& ctx)
{
    QTextStream& log = ctx.log();
    const int clients = int(ctx.clients(500));
    const double minutes = ctx.minutes(3);
    const qint64 runMs = qint64(minutes * 60000);

    test::PostgresServer pg;
    QString error;
    if (!pg.start(&error)) {
        log << error << Qt::endl;
        return 1;
    }
    {
        QList<Admin> init { { { QStringLiteral("init"), QStringLiteral("--pg"), pg.superDsn() } } };
        runAdmin(init, 1);
        if (init[0].exitCode != 0) {
            log << "admin init: " << init[0].err << Qt::endl;
            return 1;
        }
    }

    Fleet fleet;
    fleet.offices = countyOffices(clients);
    fleet.open = QList<QList<int>>(fleet.offices.size());
    fleet.content = letterText();
    log << clients << " workstations in " << fleet.offices.size() << " offices (the county office "
        << fleet.offices[0].members.size() << ")" << Qt::endl;

    // The users and their devices, made by the administration commands.
    const qint64 setupStart = nowMs();
    QList<Admin> users;
    for (int o = 0; o < fleet.offices.size(); ++o) {
        const Office& office = fleet.offices[o];
        for (int slot = 0; slot < office.members.size(); ++slot) {
            auto w = std::make_unique<Workstation>();
            w->index = office.members[slot];
            w->office = o;
            w->slot = slot;
            w->login = QStringLiteral("w%1").arg(w->index);
            w->role = roleFor(slot);
            w->path = ctx.path(QStringLiteral("ws-%1.sqlite").arg(w->index));
            users.append({ { QStringLiteral("add-user"), QStringLiteral("--pg"), pg.superDsn(), QStringLiteral("--login"), w->login,
                             QStringLiteral("--name"), QStringLiteral("工作站%1").arg(w->index), QStringLiteral("--office"), office.code,
                             QStringLiteral("--office-name"), office.name, QStringLiteral("--role"), w->role } });
            fleet.stations.push_back(std::move(w));
        }
    }
    std::sort(fleet.stations.begin(), fleet.stations.end(), [](const auto& a, const auto& b) { return a->index < b->index; });
    runAdmin(users, 4);
    QList<Admin> devices;
    for (const auto& w : fleet.stations)
        devices.append({ { QStringLiteral("add-device"), QStringLiteral("--pg"), pg.superDsn(), QStringLiteral("--login"), w->login } });
    runAdmin(devices, 4);
    for (size_t i = 0; i < fleet.stations.size(); ++i) {
        if (users[int(i)].exitCode != 0 || devices[int(i)].exitCode != 0) {
            log << "add-user/add-device " << fleet.stations[i]->login << ": " << users[int(i)].err << devices[int(i)].err << Qt::endl;
            return 1;
        }
        fleet.stations[i]->token = devices[int(i)].out.trimmed();
    }
    log << "users and devices made in " << (nowMs() - setupStart) / 1000.0 << " s" << Qt::endl;

    // Three services behind HAProxy.
    QProcessEnvironment quiet;
    quiet.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qingfeng.*.info=false"));
    std::array<test::SyncdProcess, 3> syncd;
    for (auto& s : syncd)
        if (!s.start(pg.serviceDsn(), &error, quiet)) {
            log << error << Qt::endl;
            return 1;
        }
    const int front = test::freePort();
    const QString haproxyConfig = ctx.path(QStringLiteral("haproxy.cfg"));
    {
        QFile f(haproxyConfig);
        f.open(QIODevice::WriteOnly);
        QTextStream c(&f);
        // Two descriptors a connection: 4,000 fit a limit of 10,000 open files (this machine
        // allows 20,000; a maxconn of 20,000 would need 40,018 and HAProxy refuses to start).
        c << "global\n    maxconn 4000\n\ndefaults\n    mode http\n    timeout connect 2s\n    timeout client 60s\n"
             "    timeout server 60s\n    retries 3\n    option redispatch\n\n"
          << "frontend qingfeng\n    bind 127.0.0.1:" << front << "\n    default_backend syncd\n\n"
          << "backend syncd\n    balance leastconn\n";
        for (size_t i = 0; i < syncd.size(); ++i)
            c << "    server s" << i + 1 << " 127.0.0.1:" << syncd[i].port() << " check inter 1s fall 2 rise 2 maxconn 150\n";
    }
    QProcess haproxy;
    haproxy.setStandardOutputFile(ctx.path(QStringLiteral("haproxy.log")));
    haproxy.setStandardErrorFile(ctx.path(QStringLiteral("haproxy.log")), QIODevice::Append);
    haproxy.start(QStringLiteral("haproxy"), { QStringLiteral("-db"), QStringLiteral("-f"), haproxyConfig });
    if (!haproxy.waitForStarted(10000)) {
        log << "haproxy did not start (install the Debian package haproxy)" << Qt::endl;
        return 1;
    }
    QThread::msleep(500);
    if (haproxy.state() != QProcess::Running) {
        QFile why(ctx.path(QStringLiteral("haproxy.log")));
        why.open(QIODevice::ReadOnly);
        log << "haproxy stopped at once: " << QString::fromUtf8(why.readAll()) << Qt::endl;
        return 1;
    }
    fleet.server = QStringLiteral("http://127.0.0.1:%1").arg(front);

    // The workstations: enrolled, two reports each, in host threads.
    const int threads = std::clamp(clients / 16, 2, 32);
    std::vector<std::unique_ptr<Host>> hosts;
    for (int t = 0; t < threads; ++t) {
        QList<Workstation*> mine;
        for (size_t i = size_t(t); i < fleet.stations.size(); i += size_t(threads))
            mine << fleet.stations[i].get();
        hosts.push_back(std::make_unique<Host>(fleet, mine, quint32(1000 + t)));
        hosts.back()->start();
    }
    const qint64 enrolStart = nowMs();
    while (fleet.ready.load() < clients) {
        QThread::msleep(200);
        for (auto& s : syncd)
            s.readError();
    }
    const double enrolSeconds = (nowMs() - enrolStart) / 1000.0;
    log << "enrolled " << clients - fleet.setupFailed.load() << " workstations in " << enrolSeconds << " s" << Qt::endl;
    if (fleet.setupFailed.load() > 0) {
        for (const QString& e : std::as_const(fleet.errors))
            log << "  " << e << Qt::endl;
        fleet.phase = 2;
        for (auto& h : hosts)
            h->wait();
        haproxy.kill();
        haproxy.waitForFinished();
        return 1;
    }
    fleet.errors.clear();

    // The run: edits for --minutes, one service killed half-way, then until every edit arrived.
    const QString pgPid = pg.psql(QStringLiteral("SELECT pg_backend_pid()")).out.trimmed();
    const qint64 postmaster = parentOf(pgPid.toLongLong());
    std::array<double, 3> cpuStart {}, cpuEnd {};
    for (size_t i = 0; i < syncd.size(); ++i)
        cpuStart[i] = cpuSeconds(syncd[i].pid());
    const double pgCpuStart = postgresCpu(postmaster);
    const qint64 start = nowMs();
    std::array<qint64, 3> cpuWallEnd { 0, 0, 0 };
    fleet.editing = true;
    fleet.phase = 1;
    std::vector<double> loads;
    bool killed = false;
    constexpr size_t victim = 1;
    qint64 drainStart = 0;
    while (true) {
        QThread::msleep(1000);
        const qint64 now = nowMs();
        for (auto& s : syncd)
            s.readError();
        if ((now - start) / 1000 % 5 == 0)
            loads.push_back(loadAverage());
        if (!killed && now - start >= runMs / 2) {
            cpuEnd[victim] = cpuSeconds(syncd[victim].pid());
            cpuWallEnd[victim] = now;
            log << "kill -9 qingfeng-syncd " << victim + 1 << " (pid " << syncd[victim].pid() << ") at "
                << (now - start) / 1000 << " s" << Qt::endl;
            fleet.killedAt = now;
            syncd[victim].kill9();
            killed = true;
        }
        if (fleet.editing.load() && now - start >= runMs) {
            fleet.editing = false;
            drainStart = now;
            for (size_t i = 0; i < syncd.size(); ++i)
                if (i != victim) {
                    cpuEnd[i] = cpuSeconds(syncd[i].pid());
                    cpuWallEnd[i] = now;
                }
            log << "editing stopped; waiting for every edit to arrive" << Qt::endl;
        }
        if (drainStart) {
            int open = 0;
            {
                QMutexLocker lock(&fleet.mutex);
                for (const QList<int>& o : std::as_const(fleet.open))
                    open += int(o.size());
            }
            if (open == 0 || now - drainStart > 120000)
                break;
        }
        if ((now - start) % 30000 < 1000) {
            QMutexLocker lock(&fleet.mutex);
            log << "  " << (now - start) / 1000 << " s: " << fleet.edits.size() << " edits, " << fleet.syncs.load()
                << " syncs, " << fleet.syncFailures.load() << " failed, load " << loadAverage() << Qt::endl;
        }
    }
    const double pgCpu = postgresCpu(postmaster) - pgCpuStart;
    const double drainSeconds = (nowMs() - drainStart) / 1000.0;
    fleet.phase = 2;
    for (auto& h : hosts)
        h->wait();

    // Results.
    std::vector<double> propagation;
    int lost = 0;
    for (const Edit& e : fleet.edits) {
        if (e.missing > 0)
            ++lost;
        else if (e.arrived.size() > 1)
            propagation.push_back(double(e.lastArrival - e.at));
    }
    const double wall = (cpuWallEnd[0] - start) / 1000.0;
    const qint64 serverReports = pg.psql(QStringLiteral("SELECT count(*) FROM qf.rows WHERE tbl = 'reports' AND NOT deleted")).out.trimmed().toLongLong();
    const qint64 expectedReports = qint64(clients) * 2 + fleet.newReports.load();
    const qint64 rowsBytes = pg.psql(QStringLiteral("SELECT pg_total_relation_size('qf.rows')")).out.trimmed().toLongLong();
    const double reportRowBytes = pg.psql(QStringLiteral("SELECT avg(pg_column_size(r.*)) FROM qf.rows r WHERE tbl = 'reports'")).out.trimmed().toDouble();
    const qint64 allRows = pg.psql(QStringLiteral("SELECT count(*) FROM qf.rows")).out.trimmed().toLongLong();
    log << "qf.rows by table: "
        << pg.psql(QStringLiteral("SELECT string_agg(tbl || '=' || n, ' ') FROM (SELECT tbl, count(*) n FROM qf.rows GROUP BY tbl ORDER BY 2 DESC) x")).out.trimmed()
        << Qt::endl;
    for (const QString& e : std::as_const(fleet.errors))
        log << "  " << e << Qt::endl;

    ctx.result(QStringLiteral("clients"), clients);
    ctx.result(QStringLiteral("offices"), double(fleet.offices.size()));
    ctx.result(QStringLiteral("county_office_workstations"), double(fleet.offices[0].members.size()));
    ctx.result(QStringLiteral("host_threads"), threads);
    ctx.result(QStringLiteral("enrol_s_per_workstation"), fleet.enrolMs.load() / 1000.0 / clients, 2);
    ctx.result(QStringLiteral("setup_s"), (start - setupStart) / 1000.0, 1);
    ctx.result(QStringLiteral("run_s"), wall, 1);
    ctx.result(QStringLiteral("edits"), double(fleet.edits.size()));
    ctx.result(QStringLiteral("edits_per_s"), fleet.edits.size() / wall, 2);
    ctx.result(QStringLiteral("new_reports"), fleet.newReports.load());
    ctx.result(QStringLiteral("propagation_p50_ms"), percentile(propagation, 50));
    ctx.result(QStringLiteral("propagation_p95_ms"), percentile(propagation, 95));
    ctx.result(QStringLiteral("propagation_max_ms"), percentile(propagation, 100));
    ctx.result(QStringLiteral("edits_lost"), lost);
    ctx.result(QStringLiteral("server_reports"), double(serverReports));
    ctx.result(QStringLiteral("server_reports_missing"), double(expectedReports - serverReports));
    ctx.result(QStringLiteral("drain_s"), drainSeconds, 1);
    ctx.result(QStringLiteral("syncs"), fleet.syncs.load());
    ctx.result(QStringLiteral("syncs_per_s"), fleet.syncs.load() / ((nowMs() - start) / 1000.0), 1);
    ctx.result(QStringLiteral("sync_failures"), fleet.syncFailures.load());
    ctx.result(QStringLiteral("sync_failures_after_kill"), fleet.failuresAfterKill.load());
    ctx.result(QStringLiteral("sync_p50_ms"), percentile(fleet.syncMs, 50));
    ctx.result(QStringLiteral("sync_p95_ms"), percentile(fleet.syncMs, 95));
    ctx.result(QStringLiteral("sync_start_lag_p95_ms"), percentile(fleet.lagMs, 95));
    ctx.result(QStringLiteral("syncd_killed_at_s"), (fleet.killedAt.load() - start) / 1000.0, 1);
    for (size_t i = 0; i < syncd.size(); ++i)
        ctx.result(QStringLiteral("server_cpu_share_%1").arg(i + 1),
                   (cpuEnd[i] - cpuStart[i]) / ((cpuWallEnd[i] - start) / 1000.0), 3);
    ctx.result(QStringLiteral("postgres_cpu_share"), pgCpu / ((nowMs() - start) / 1000.0), 3);
    double loadMax = 0, loadSum = 0;
    for (double l : loads) {
        loadMax = std::max(loadMax, l);
        loadSum += l;
    }
    ctx.result(QStringLiteral("loadavg_mean"), loads.empty() ? 0 : loadSum / double(loads.size()), 2);
    ctx.result(QStringLiteral("loadavg_max"), loadMax, 2);
    ctx.result(QStringLiteral("qf_rows"), double(allRows));
    ctx.result(QStringLiteral("qf_rows_bytes_per_report"), serverReports ? double(rowsBytes) / double(serverReports) : 0);
    ctx.result(QStringLiteral("report_row_bytes_avg"), reportRowBytes);
    ctx.result(QStringLiteral("bench_peak_rss_mb"), peakRssMb(), 1);

    haproxy.terminate();
    if (!haproxy.waitForFinished(5000))
        haproxy.kill();
    for (auto& s : syncd)
        s.stop();
    pg.stop();
    return lost == 0 && expectedReports == serverReports ? 0 : 1;
}

} // namespace qf::bench

// sync: push and pull through a real qingfeng-syncd and PostgreSQL on loopback, each
// compared with PostgreSQL's own COPY of the same rows in the same run.
#include "models/AttachmentStore.h"
#include "tests/bench/BenchData.h"
#include "tests/bench/BenchSuite.h"
#include "models/Database.h"
#include "tests/sync/PgServer.h"
#include "models/Session.h"
#include "sync/SyncClient.h"
#include "models/SqlTransaction.h"
#include "models/Writer.h"
#include "models/Uuid7.h"
#include "app/demo/DemoGenerator.h"
#include "app/security/KeychainKeyProvider.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>

namespace qf::bench {

namespace {

QString cliPath()
{
    return QStringLiteral(QF_BIN_DIR) + QStringLiteral("/qingfeng-cli");
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    double seconds = 0;
    double peakRssMb = 0;
};

// Runs qingfeng-cli in a child process; its peak RSS from the kernel's accounting.
Run cli(const QStringList& args)
{
    Run r;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QINGFENG_USER"), QString::fromLatin1(kBenchUser));
    env.insert(QStringLiteral("QINGFENG_PASSWORD"), QString::fromLatin1(kBenchPassword));
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(cliPath(), args);
    p.waitForFinished(-1);
    r.seconds = t.elapsed() / 1000.0;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Runs qingfeng-syncd admin (the central store's administration).
Run syncdAdmin(const QStringList& args)
{
    Run r;
    QProcess p;
    p.start(QStringLiteral(QF_BIN_DIR) + QStringLiteral("/qingfeng-syncd"), QStringList { QStringLiteral("admin") } + args);
    p.waitForFinished(-1);
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

double childPeakRssMb(const QStringList& args, Run* run)
{
    // fork/exec ourselves so the accounting covers only this one child.
    const QByteArray program = cliPath().toLocal8Bit();
    std::vector<QByteArray> storage;
    storage.push_back(program);
    for (const QString& a : args)
        storage.push_back(a.toLocal8Bit());
    std::vector<char*> argv;
    for (auto& s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    QElapsedTimer t;
    t.start();
    const pid_t pid = fork();
    if (pid == 0) {
        // Results on our stdout are "name: value" lines only.
        const int devnull = open("/dev/null", O_WRONLY);
        dup2(devnull, 1);
        // Signed in as the bench's workstation user, as cli() is.
        setenv("QINGFENG_USER", kBenchUser, 1);
        setenv("QINGFENG_PASSWORD", kBenchPassword, 1);
        execv(program.constData(), argv.data());
        _exit(127);
    }
    int status = 0;
    struct rusage usage {};
    wait4(pid, &status, 0, &usage);
    run->seconds = t.elapsed() / 1000.0;
    run->exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return usage.ru_maxrss / 1024.0;
}

// Seconds for psql to COPY a CSV file into a fresh table shaped like the rows.
double copySeconds(test::PostgresServer& pg, const QString& table, const QString& columns, const QString& file)
{
    pg.psql(QStringLiteral("DROP TABLE IF EXISTS %1; CREATE TABLE %1 (%2)").arg(table, columns));
    QElapsedTimer t;
    t.start();
    const auto r = pg.psql(QStringLiteral("\\copy %1 FROM '%2' WITH (FORMAT csv)").arg(table, file));
    const double s = t.elapsed() / 1000.0;
    return r.exitCode == 0 ? s : -1;
}

} // namespace

int runSyncSuite(BenchContext& ctx)
{
    const qint64 reports = ctx.reports(100000);
    const qint64 fieldChanges = 100000;
    QTextStream& log = ctx.log();

    test::PostgresServer pg;
    QString error;
    if (!pg.start(&error)) {
        log << error << Qt::endl;
        return 1;
    }
    auto must = [&](const Run& r, const char* what) {
        if (r.exitCode != 0)
            log << what << " failed: " << r.err << r.out << Qt::endl;
        return r.exitCode == 0;
    };
    if (!must(syncdAdmin({ QStringLiteral("init"), QStringLiteral("--pg"), pg.superDsn() }), "admin init"))
        return 1;
    auto device = [&](const QString& login) {
        syncdAdmin({ QStringLiteral("add-user"), QStringLiteral("--pg"),
              pg.superDsn(), QStringLiteral("--login"), login, QStringLiteral("--name"), login, QStringLiteral("--office"),
              QStringLiteral("QH-JW"), QStringLiteral("--role"), QStringLiteral("registry_clerk") });
        return QString::fromUtf8(syncdAdmin({ QStringLiteral("add-device"),
                                       QStringLiteral("--pg"), pg.superDsn(), QStringLiteral("--login"), login })
                                     .out)
            .trimmed();
    };
    test::SyncdProcess syncd;
    if (!syncd.start(pg.serviceDsn(), &error)) {
        log << error << Qt::endl;
        return 1;
    }
    auto enrol = [&](const QString& db, const QString& login) {
        if (!QFileInfo::exists(db)
            && !must(cli(QStringList { QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--admin"),
                           QString::fromLatin1(kBenchUser), QStringLiteral("--admin-name"), QStringLiteral("管理员") }),
                     "init"))
            return false;
        return must(cli({ QStringLiteral("--db"), db, QStringLiteral("enrol"), QStringLiteral("--server"), syncd.url().toString(),
                          QStringLiteral("--token"), device(login) }),
                    "enrol");
    };

    // The source workstation: N demo reports, pushed.
    const QString a = ctx.path(QStringLiteral("a.sqlite"));
    if (!enrol(a, QStringLiteral("source")))
        return 1;
    auto generate = [&](qint64 n, quint64 seed) -> bool {
        KeychainKeyProvider keys;
        auto session = Session::open(a, keys);
        if (!session) {
            log << session.error() << Qt::endl;
            return false;
        }
        if (Status in = benchSignIn(**session); !in) {
            log << in.error() << Qt::endl;
            return false;
        }
        // The demo data sets up reference tables too (the office administrator's work): the
        // generator acts in that role; the outbox is signed as the device's user below.
        (*session)->writer().setActor((*session)->userId(), QStringLiteral("administrator"));
        DemoGenerator g(**session, DemoOptions { n, seed, QDate(2026, 11, 1) });
        log << "generating " << n << " demo reports" << Qt::endl;
        const Status s = g.run();
        if (!s) {
            log << s.error() << Qt::endl;
            return false;
        }
        // The demo's rows are written in its many users' names; the service takes a change
        // only in the name of the device's own user, so the outbox is signed as that user.
        QSqlQuery q((*session)->database().connection());
        const QString source = Uuid7::stableFor(QStringLiteral("users"), QStringLiteral("source"));
        for (const auto& [table, field] : { std::pair { "reports", "created_by" }, std::pair { "visits", "created_by" },
                                            std::pair { "events", "author_id" },
                                            std::pair { "report_attachments", "added_by" },
                                            std::pair { "review_proposals", "proposed_by" } }) {
            q.prepare(QStringLiteral("UPDATE outbox SET payload = json_set(payload, '$.%1', ?) WHERE table_name = '%2' AND "
                                     "json_type(payload, '$.%1') IS NOT NULL")
                          .arg(QLatin1String(field), QLatin1String(table)));
            q.addBindValue(source);
            if (!q.exec()) {
                log << "cannot sign the outbox: " << q.lastError().text() << Qt::endl;
                return false;
            }
        }
        return true;
    };
    auto pullInto = [&](const QString& name, double* rss) -> Run {
        const QString db = ctx.path(name);
        Run r;
        if (!enrol(db, name.section(QLatin1Char('.'), 0, 0)))
            return r;
        *rss = childPeakRssMb({ QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("--json") }, &r);
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(db);
        c.open();
        QSqlQuery q(c);
        q.exec(QStringLiteral("SELECT (SELECT count(*) FROM reports), (SELECT count(*) FROM subjects) + (SELECT count(*) "
                              "FROM events) + (SELECT count(*) FROM persons) + (SELECT count(*) FROM reports) + (SELECT "
                              "count(*) FROM visits)"));
        q.next();
        r.out = QByteArray::number(q.value(0).toLongLong()) + ' ' + QByteArray::number(q.value(1).toLongLong());
        return r;
    };

    // A small pull first, to show the client's memory does not grow with the data.
    const qint64 small = std::max<qint64>(1, reports / 10);
    if (!generate(small, 1))
        return 1;
    Run push0 = cli({ QStringLiteral("--db"), a, QStringLiteral("sync"), QStringLiteral("--json") });
    log << "first push: " << push0.out << push0.err << Qt::endl;
    double rssSmall = 0;
    const Run pullSmall = pullInto(QStringLiteral("small.sqlite"), &rssSmall);
    log << "pull of " << small << " reports: " << pullSmall.seconds << " s, " << pullSmall.out << Qt::endl;

    if (!generate(reports - small, 2))
        return 1;
    Run push1 = cli({ QStringLiteral("--db"), a, QStringLiteral("sync"), QStringLiteral("--json") });
    const QJsonObject p1 = QJsonDocument::fromJson(push1.out).object();
    log << "push of the rest: " << push1.seconds << " s " << push1.out << push1.err << Qt::endl;
    ctx.result(QStringLiteral("insert_push_changes_per_s"), p1.value(QStringLiteral("pushed")).toInt() / push1.seconds);

    // Initial pull of everything into an empty workstation.
    double rss = 0;
    const Run pull = pullInto(QStringLiteral("fresh.sqlite"), &rss);
    const QList<QByteArray> counts = pull.out.split(' ');
    const qint64 pulledReports = counts.value(0).toLongLong();
    const qint64 pulledRows = counts.value(1).toLongLong();
    log << "initial pull: " << pulledReports << " reports, " << pulledRows << " rows in " << pull.seconds << " s" << Qt::endl;

    // COPY of the same rows, exported from the central store.
    const QString pullCsv = ctx.path(QStringLiteral("rows.csv"));
    pg.psql(QStringLiteral("\\copy (SELECT tbl, id, office, data, clocks, hlc, deleted, seq FROM qf.rows) TO '%1' WITH (FORMAT csv)").arg(pullCsv));
    const qint64 serverRows = pg.psql(QStringLiteral("SELECT count(*) FROM qf.rows")).out.toLongLong();
    const double pullCopy = copySeconds(pg, QStringLiteral("bench_pull"),
                                        QStringLiteral("tbl text, id text, office text, data jsonb, clocks jsonb, hlc bigint, "
                                                       "deleted boolean, seq bigint"),
                                        pullCsv);
    const double pullRate = pulledRows / pull.seconds;
    ctx.result(QStringLiteral("initial_pull_reports"), pulledReports);
    ctx.result(QStringLiteral("initial_pull_rows_per_s"), pullRate);
    ctx.result(QStringLiteral("copy_rows_per_s"), serverRows / pullCopy);
    ctx.result(QStringLiteral("pull_ratio_vs_copy"), pullRate / (serverRows / pullCopy), 3);
    ctx.result(QStringLiteral("client_peak_rss_mb"), rss, 1);
    ctx.result(QStringLiteral("client_peak_rss_mb_at_tenth"), rssSmall, 1);

    // 100,000 field changes on the source, pushed.
    {
        KeychainKeyProvider keys;
        auto session = Session::open(a, keys);
        if (!session) {
            log << session.error() << Qt::endl;
            return 1;
        }
        QSqlQuery q((*session)->database().connection());
        // Reports the server holds (the demo data also has township offices' reports, which
        // the county user may not push: those were refused).
        q.exec(QStringLiteral("SELECT id FROM reports WHERE id NOT IN (SELECT row_id FROM sync_failures WHERE "
                              "table_name = 'reports') ORDER BY id LIMIT %1")
                   .arg(fieldChanges));
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        auto batch = (*session)->writer().begin();
        if (!batch)
            return 1;
        for (qint64 i = 0; i < fieldChanges; ++i)
            if (Status s = (*batch)->stage(Change::update(QStringLiteral("reports"), ids[i % ids.size()],
                                                          { { QStringLiteral("region"), QStringLiteral("区域%1").arg(i) } }));
                !s) {
                log << s.error() << Qt::endl;
                return 1;
            }
        if (Status s = (*batch)->commit(); !s) {
            log << s.error() << Qt::endl;
            return 1;
        }
        // The same mutations as CSV, for COPY.
        QFile csv(ctx.path(QStringLiteral("mutations.csv")));
        csv.open(QIODevice::WriteOnly);
        QSqlQuery o((*session)->database().connection());
        o.exec(QStringLiteral("SELECT mutation_id, table_name, row_id, payload, base, hlc FROM outbox ORDER BY seq"));
        while (o.next()) {
            QByteArray line;
            for (int c = 0; c < 6; ++c) {
                if (c)
                    line += ',';
                line += '"' + o.value(c).toString().toUtf8().replace("\"", "\"\"") + '"';
            }
            csv.write(line + '\n');
        }
    }
    // QF_BENCH_PGSS=1 (with QF_PG_OPTIONS="-c shared_preload_libraries=pg_stat_statements"):
    // where PostgreSQL's time goes in the push, statement by statement.
    const bool statements = qEnvironmentVariableIsSet("QF_BENCH_PGSS");
    if (statements)
        pg.psql(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements; SELECT pg_stat_statements_reset()"));
    // Push only: the pull that follows is timed apart below.
    const Run push = cli({ QStringLiteral("--db"), a, QStringLiteral("sync"), QStringLiteral("--push-only"), QStringLiteral("--json") });
    const QJsonObject pj = QJsonDocument::fromJson(push.out).object();
    const int pushed = pj.value(QStringLiteral("pushed")).toInt();
    if (statements) {
        const auto top = pg.psql(QStringLiteral("SELECT calls, round(total_exec_time) AS ms, rows, left(regexp_replace(query, "
                                                "'\\s+', ' ', 'g'), 110) FROM pg_stat_statements ORDER BY total_exec_time "
                                                "DESC LIMIT 12"));
        log << top.out << top.err << Qt::endl;
    }
    const Run echo = cli({ QStringLiteral("--db"), a, QStringLiteral("sync"), QStringLiteral("--json") });
    log << "push of field changes: " << push.seconds << " s " << push.out << push.err << " (the pull of the changed rows after it: " << echo.seconds
        << " s)" << Qt::endl;
    const double pushCopy = copySeconds(pg, QStringLiteral("bench_push"),
                                        QStringLiteral("mutation_id text, tbl text, id text, payload jsonb, base jsonb, hlc bigint"),
                                        ctx.path(QStringLiteral("mutations.csv")));
    // What the sync after the push pulls back: nothing of the device's own changes.
    ctx.result(QStringLiteral("pull_after_push_rows"),
               QJsonDocument::fromJson(echo.out).object().value(QStringLiteral("pulled")).toInt());
    ctx.result(QStringLiteral("pull_after_push_s"), echo.seconds, 2);
    const double pushRate = pushed / push.seconds;
    ctx.result(QStringLiteral("push_mutations"), pushed);
    ctx.result(QStringLiteral("push_mutations_per_s"), pushRate);
    ctx.result(QStringLiteral("copy_mutations_per_s"), fieldChanges / pushCopy);
    ctx.result(QStringLiteral("push_ratio_vs_copy"), pushRate / (fieldChanges / pushCopy), 3);
    syncd.stop();
    pg.stop();
    return 0;
}

} // namespace qf::bench

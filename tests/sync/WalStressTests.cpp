// A window and several qingfeng-cli processes on the same database for a while (issue #18's
// report: a running client's -wal and -shm files were found unlinked after `qingfeng-cli
// search` had been run against its database, and a report registered afterwards existed only
// in the unlinked file).
//
// What that needs: SQLite keeps a WAL database's files while any connection holds its SHARED
// lock on the database file. These are POSIX locks, which belong to the process: closing any
// other descriptor on the file in the same process releases them, and the next program that
// closes the database believes it is the last one, checkpoints and deletes the -wal and -shm
// files the window still writes to. The first test shows exactly that; the second runs the
// window with searches, imports, edits and syncs from other processes and checks after every
// step that the window still holds its locks, holds no deleted file and sees every report
// committed anywhere - and that the other processes see the window's.
#include "app/security/KeychainKeyProvider.h"
#include "models/AttachmentStore.h"
#include "models/Database.h"
#include "models/PersonStore.h"
#include "models/ReportStore.h"
#include "models/Session.h"
#include "sync/SyncClient.h"
#include "tests/sync/SyncRig.h"
#include "ui/MainWindow.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QListWidget>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <functional>

using namespace qf;
using namespace qf::test;

namespace {

// Whether this process holds a POSIX lock on the file (from /proc/locks; SQLite's SHARED
// lock on a database, its DMS lock on the -shm file).
bool holdsLock(const QString& path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    const QString file = QStringLiteral("%1:%2:%3")
                             .arg(major(st.st_dev), 2, 16, QLatin1Char('0'))
                             .arg(minor(st.st_dev), 2, 16, QLatin1Char('0'))
                             .arg(st.st_ino);
    const QString pid = QString::number(::getpid());
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray& line : locks.readAll().split('\n')) {
        // "1: POSIX  ADVISORY  READ 23222 fe:00:10952804 1073741826 1073742335"; a waiter has "->"
        const QStringList f = QString::fromLatin1(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f.size() >= 6 && f[1] == QLatin1String("POSIX") && f[4] == pid && f[5] == file)
            return true;
    }
    return false;
}

// Files of the database this process holds open or mapped although they were deleted.
QStringList deletedFiles(const QString& database)
{
    QStringList out;
    const QString canonical = QFileInfo(database).canonicalFilePath();
    const QByteArray prefix = QFile::encodeName(canonical);
    for (const QFileInfo& fd : QDir(QStringLiteral("/proc/self/fd")).entryInfoList(QDir::System | QDir::NoDotAndDotDot)) {
        char target[4096];
        const ssize_t n = ::readlink(QFile::encodeName(fd.absoluteFilePath()).constData(), target, sizeof target - 1);
        if (n <= 0)
            continue;
        const QByteArray link(target, n);
        if (link.startsWith(prefix) && link.endsWith(" (deleted)"))
            out << QStringLiteral("fd %1: %2").arg(fd.fileName(), QString::fromLocal8Bit(link));
    }
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (maps.open(QIODevice::ReadOnly))
        for (const QByteArray& line : maps.readAll().split('\n'))
            if (line.contains(prefix) && line.endsWith(" (deleted)"))
                out << QStringLiteral("mapped: ") + QString::fromLocal8Bit(line);
    return out;
}

// What must hold in this process after every step; "" when it does.
QString brokenFiles(const QString& database)
{
    QStringList wrong = deletedFiles(database);
    if (!holdsLock(database))
        wrong << QStringLiteral("no SHARED lock on the database file");
    if (!holdsLock(database + QStringLiteral("-shm")))
        wrong << QStringLiteral("no lock on the -shm file");
    return wrong.join(QStringLiteral("; "));
}

int reportCount(Session& session)
{
    QSqlQuery q(session.database().connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM reports")) && q.next() ? q.value(0).toInt() : -1;
}

ReportDraft draft(const QString& content)
{
    ReportDraft d;
    d.channel = QStringLiteral("phone");
    d.content = content;
    return d;
}

// One qingfeng-cli process after another, as a script or a clerk at a second terminal would
// run them, until the deadline; `next` gives the arguments of the next run and `done` sees
// its result. The window's event loop keeps running meanwhile.
class CliLoop : public QObject
{
public:
    using Next = std::function<QStringList()>;
    using Done = std::function<void(const QStringList& args, const ProcessResult& r)>;

    CliLoop(QString database, QDeadlineTimer until, Next next, Done done)
        : m_database(std::move(database))
        , m_until(until)
        , m_next(std::move(next))
        , m_done(std::move(done))
    {
        m_process.setProgram(QString::fromLatin1(QF_BIN_DIR) + QStringLiteral("/qingfeng-cli"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QINGFENG_PASSWORD"), QString::fromLatin1(kPassword));
        m_process.setProcessEnvironment(env);
        connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
            ProcessResult r;
            r.exitCode = status == QProcess::NormalExit ? code : -1;
            r.out = QString::fromUtf8(m_process.readAllStandardOutput());
            r.err = QString::fromUtf8(m_process.readAllStandardError());
            ++m_runs;
            m_done(m_args, r);
            QTimer::singleShot(0, this, &CliLoop::start);
        });
        start();
    }
    bool running() const { return m_process.state() != QProcess::NotRunning; }
    int runs() const { return m_runs; }

private:
    void start()
    {
        if (m_until.hasExpired())
            return;
        m_args = m_next();
        m_process.setArguments(QStringList { QStringLiteral("--db"), m_database, QStringLiteral("--user"),
                                             QString::fromLatin1(kAdmin) }
                               + m_args);
        m_process.start();
    }

    QString m_database;
    QDeadlineTimer m_until;
    Next m_next;
    Done m_done;
    QProcess m_process;
    QStringList m_args;
    int m_runs = 0;
};

} // namespace

TEST_CASE("a descriptor closed outside SQLite releases the window's locks - and a CLI's exit then deletes the WAL it writes to",
          "[store][wal]")
{
    Scratch scratch;
    const QString db = scratch.path(QStringLiteral("held.sqlite"));
    auto session = openSession(db);
    QF_REQUIRE_OK(session->reports().add(draft(QStringLiteral("来访反映某村账目不公开"))));
    REQUIRE(brokenFiles(db).isEmpty());

    // The checks see a lost lock, and SQLite's own files stay as long as the lock is held.
    CHECK(runCli(db, { QStringLiteral("search"), QStringLiteral("账目") }).exitCode == 0);
    CHECK(brokenFiles(db).isEmpty());
    {
        QFile outside(db);
        REQUIRE(outside.open(QIODevice::ReadOnly));
        outside.read(100);
    } // closed: the process's POSIX locks on the file are gone with it
    CHECK_FALSE(holdsLock(db));

    // What was reported: a search from another process, and the window's files are unlinked.
    CHECK(runCli(db, { QStringLiteral("search"), QStringLiteral("账目") }).exitCode == 0);
    const QStringList deleted = deletedFiles(db);
    INFO(deleted.join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(deleted.isEmpty());
    // ... and a report the window registers now exists only in the unlinked WAL.
    auto lost = session->reports().add(draft(QStringLiteral("来访反映某站违规收费")));
    QF_REQUIRE_OK(lost);
    CHECK(runCli(db, { QStringLiteral("report"), QStringLiteral("get"), lost->id }).exitCode != 0);

    // The store itself refuses to read its database as an attachment or an import.
    Scratch other;
    const QString db2 = other.path(QStringLiteral("own.sqlite"));
    auto fresh = openSession(db2);
    auto added = fresh->reports().add(draft(QStringLiteral("来信反映某局超标配车")));
    QF_REQUIRE_OK(added);
    AttachmentStore attachments(fresh->writer(), AttachmentStore::defaultRoot(db2));
    const auto attached = attachments.attachFile(added->id, db2, QStringLiteral("scan"));
    CHECK_FALSE(attached.ok());
    CHECK(attached.error().contains(QStringLiteral("database")));
    CHECK_FALSE(attachments.attachFile(added->id, db2 + QStringLiteral("-wal"), QStringLiteral("scan")).ok());
    const ProcessResult imported = runCli(db2, { QStringLiteral("import"), db2 });
    CHECK(imported.exitCode != 0);
    CHECK(imported.err.contains(QStringLiteral("database")));
    CHECK(brokenFiles(db2).isEmpty());
}

TEST_CASE("a window and CLI processes on one database for a while: searches, imports, edits and syncs - nobody loses a file or a report",
          "[store][wal][gui]")
{
    SyncRig rig;
    const QString token = rig.addUserWithDevice(QStringLiteral("alice"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk"));
    const QString db = rig.scratch.path(QStringLiteral("desk.sqlite"));
    {
        auto first = openSession(db);
        KeychainKeyProvider keys;
        sync::SyncClient client(*first, keys, AttachmentStore::defaultRoot(db));
        QF_REQUIRE_OK(client.enrol(rig.syncd.url(), token.toLatin1(), QString::fromLatin1(kPassword)));
    }
    auto session = openSession(db);
    auto owned = std::make_unique<MainWindow>(*session);
    MainWindow& window = *owned;
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // QF_STRESS_SECONDS=600 for a longer run by hand.
    const int seconds = qEnvironmentVariableIsSet("QF_STRESS_SECONDS") ? qEnvironmentVariableIntValue("QF_STRESS_SECONDS") : 45;
    const QDeadlineTimer until(seconds * 1000);
    QStringList problems;
    int expected = reportCount(*session); // every report committed by anyone so far
    QStringList windowIds;                // the window's, for the other processes to find
    const auto check = [&](const QString& step) {
        if (const QString wrong = brokenFiles(db); !wrong.isEmpty())
            problems << step + QStringLiteral(": ") + wrong;
        // More than counted is right while a process runs: it may have committed and not yet ended.
        if (const int seen = reportCount(*session); seen < expected)
            problems << QStringLiteral("%1: the window sees %2 reports of %3").arg(step).arg(seen).arg(expected);
    };
    const auto failed = [&](const QStringList& args, const ProcessResult& r) {
        problems << QStringLiteral("qingfeng-cli %1: exit %2: %3").arg(args.join(QLatin1Char(' '))).arg(r.exitCode).arg(r.err.trimmed());
    };

    // The window: a report registered every 400 ms, the workspaces looked at in turn (their
    // lists read on reader connections), its own background sync after each change.
    int ticks = 0;
    QTimer desk;
    auto* sideBar = window.findChild<QListWidget*>(QStringLiteral("sideBar"));
    REQUIRE(sideBar);
    QString visitor; // the last visitor's person record, looked at again (an audited view)
    QObject::connect(&desk, &QTimer::timeout, [&] {
        ReportDraft d = draft(QStringLiteral("窗口登记第%1件：反映某所违规收费").arg(++ticks));
        d.channel = QStringLiteral("visit");
        d.reporter = PersonIdentity { QStringLiteral("来访人%1").arg(ticks), QStringLiteral("11010519491231002X"),
                                      QStringLiteral("13800138000"), {}, {}, {} };
        auto added = session->reports().add(d);
        if (!added) {
            problems << QStringLiteral("window: ") + added.error();
            return;
        }
        ++expected;
        windowIds << added->id;
        if (!visitor.isEmpty())
            if (auto seen = session->persons().reveal(visitor, QStringLiteral("核对来访人身份")); !seen)
                problems << QStringLiteral("window: ") + seen.error();
        if (auto r = session->reports().get(added->id); r)
            visitor = r->reporterId;
        window.showWorkspace(ticks % sideBar->count());
        check(QStringLiteral("window registration %1").arg(ticks));
    });
    desk.start(400);

    // Searches, again and again (the report's trigger).
    CliLoop searches(db, until, [] { return QStringList { QStringLiteral("search"), QStringLiteral("违规收费"), QStringLiteral("--limit"), QStringLiteral("20") }; },
                     [&](const QStringList& args, const ProcessResult& r) {
                         if (r.exitCode != 0 && !(r.exitCode == 1 && r.err.trimmed().isEmpty())) // 1: none found yet
                             failed(args, r);
                         check(QStringLiteral("search"));
                     });
    // Imports of online reports, five a file.
    int files = 0;
    CliLoop imports(
        db, until,
        [&] {
            const QString path = rig.scratch.path(QStringLiteral("online-%1.jsonl").arg(++files));
            QFile f(path);
            if (f.open(QIODevice::WriteOnly))
                for (int i = 0; i < 5; ++i)
                    f.write(QStringLiteral("{\"source_id\":\"WB-%1-%2\",\"received_at\":\"2026-11-0%3T09:30:00+08:00\","
                                           "\"content\":\"网上举报第%1批第%2件：某局干部%1%2违规经商办企业，请求调查。\"}\n")
                                .arg(files)
                                .arg(i)
                                .arg(1 + i)
                                .toUtf8());
            return QStringList { QStringLiteral("import"), path, QStringLiteral("--no-repeat-check") };
        },
        [&](const QStringList& args, const ProcessResult& r) {
            if (r.exitCode != 0 || !r.out.contains(QStringLiteral("imported: 5")))
                failed(args, r);
            else
                expected += 5;
            check(QStringLiteral("import"));
        });
    // A second desk on the command line: registers, edits what it registered, and reads the
    // window's latest report back.
    QString cliReport;
    int edits = 0;
    CliLoop desk2(
        db, until,
        [&]() -> QStringList {
            switch (edits++ % 3) {
            case 0:
                return { QStringLiteral("report"), QStringLiteral("add"), QStringLiteral("--channel"), QStringLiteral("letter"),
                         QStringLiteral("--content"), QStringLiteral("来信反映某镇违规发放补贴（第%1封）").arg(edits) };
            case 1:
                if (!cliReport.isEmpty())
                    return { QStringLiteral("report"), QStringLiteral("set"), cliReport, QStringLiteral("demand"),
                             QStringLiteral("请求查处（第%1次修改）").arg(edits) };
                [[fallthrough]];
            default:
                return { QStringLiteral("report"), QStringLiteral("get"),
                         windowIds.isEmpty() ? QStringLiteral("none") : windowIds.last(), QStringLiteral("--json") };
            }
        },
        [&](const QStringList& args, const ProcessResult& r) {
            const bool none = args.contains(QStringLiteral("none"));
            if (r.exitCode != 0 && !none)
                failed(args, r);
            if (r.exitCode == 0 && args.mid(0, 2) == QStringList { QStringLiteral("report"), QStringLiteral("add") }) {
                cliReport = r.out.trimmed().section(QLatin1Char(' '), 0, 0);
                ++expected;
            }
            check(QStringLiteral("qingfeng-cli ") + args.mid(0, 2).join(QLatin1Char(' ')));
        });
    // A sync from the command line while the window syncs too.
    int syncs = 0;
    CliLoop syncLoop(db, until, [] { return QStringList { QStringLiteral("sync") }; },
                     [&](const QStringList& args, const ProcessResult& r) {
                         ++syncs;
                         // 1 with nothing on stderr: synced, but the window has registered more meanwhile.
                         if (r.exitCode != 0 && (!r.err.trimmed().isEmpty() || r.out.contains(QStringLiteral("refused"))))
                             failed(args, r);
                         check(QStringLiteral("sync"));
                     });

    QTest::qWaitFor([&] { return until.hasExpired(); }, seconds * 1000 + 1000);
    desk.stop();
    QTest::qWaitFor([&] { return !searches.running() && !imports.running() && !desk2.running() && !syncLoop.running(); }, 120000);
    check(QStringLiteral("the end"));
    CHECK(reportCount(*session) == expected); // all ended: exactly what everyone committed

    INFO(problems.mid(0, 20).join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
    // It did run: the window, each kind of process, and all of them together.
    CHECK(ticks >= seconds);
    CHECK(searches.runs() >= 5);
    CHECK(imports.runs() >= 3);
    CHECK(desk2.runs() >= 6);
    CHECK(syncs >= 2);
    UNSCOPED_INFO("window registrations " << ticks << ", searches " << searches.runs() << ", imports " << imports.runs()
                                          << ", CLI edits " << desk2.runs() << ", CLI syncs " << syncs);

    // A last look from outside: another process finds the window's latest report, and once
    // the window is closed the database file alone holds every report (none lived only in a
    // deleted WAL).
    const ProcessResult last = runCli(db, { QStringLiteral("report"), QStringLiteral("get"), windowIds.last() });
    CHECK(last.exitCode == 0);
    // Writers in several processes at once (each CLI's sign-in, the window's views of
    // identities) kept one audit chain: the central store refuses a forked one.
    const ProcessResult chain = runCli(db, { QStringLiteral("audit"), QStringLiteral("verify") });
    INFO(chain.out.toStdString() << chain.err.toStdString());
    CHECK(chain.exitCode == 0);
    owned.reset();
    session.reset();
    CHECK_FALSE(QFileInfo::exists(db + QStringLiteral("-wal"))); // the last connection checkpointed and removed it
    auto reader = Database::openReader(db);
    QF_REQUIRE_OK(reader);
    QSqlQuery r((*reader)->connection());
    REQUIRE(r.exec(QStringLiteral("SELECT COUNT(*) FROM reports")));
    REQUIRE(r.next());
    CHECK(r.value(0).toInt() == expected);
}

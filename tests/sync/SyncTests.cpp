// Sync between workstations and the central store, against a real PostgreSQL and real
// qingfeng-syncd processes started by each test.
#include "models/AnalysisTopics.h"
#include "models/AttachmentStore.h"
#include "models/CaseStateMachine.h"
#include "models/Database.h"
#include "models/Hlc.h"
#include "models/PersonStore.h"
#include "models/ReportStore.h"
#include "models/Session.h"
#include "server/ServerSchema.h"
#include "sync/SyncClient.h"
#include "tests/sync/SyncRig.h"
#include "app/security/KeychainKeyProvider.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUuid>

using namespace qf;
using namespace qf::test;

namespace {

ProcessResult runSync(const QString& db, const QStringList& extra = {})
{
    return runCli(db, QStringList { QStringLiteral("sync"), QStringLiteral("--json") } + extra, 300000);
}

QJsonObject syncJson(const QString& db, const QStringList& extra = {})
{
    const ProcessResult r = runSync(db, extra);
    INFO(r.err.toStdString() << r.out.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QString addReport(const QString& db, const QString& content)
{
    const ProcessResult r = runCli(db, { QStringLiteral("report"), QStringLiteral("add"), QStringLiteral("--channel"),
                                         QStringLiteral("letter"), QStringLiteral("--content"), content,
                                         QStringLiteral("--subject"), QStringLiteral("王某,城关镇政府,科级"),
                                         // the rows counted below: no repeat proposals between these reports
                                         QStringLiteral("--no-repeat-check") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out.section(QLatin1Char(' '), 0, 0).trimmed();
}

QString reportField(const QString& db, const QString& id, const QString& key)
{
    const ProcessResult r = runCli(db, { QStringLiteral("report"), QStringLiteral("get"), id, QStringLiteral("--json") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).object().value(key).toVariant().toString();
}

// A CLI sync running in the background, to be killed at a stall point.
struct Background
{
    QProcess p;
    void start(const QString& db, const QMap<QString, QString>& env, const QStringList& extra = {})
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (auto it = env.begin(); it != env.end(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        p.start(qEnvironmentVariable("QF_BIN_DIR", QStringLiteral(QF_BIN_DIR)) + QStringLiteral("/qingfeng-cli"),
                QStringList { QStringLiteral("--db"), db, QStringLiteral("sync") } + extra);
        REQUIRE(p.waitForStarted());
    }
    bool waitForStall()
    {
        QByteArray err;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 120000 && p.state() == QProcess::Running) {
            p.waitForReadyRead(100);
            err += p.readAllStandardError();
            if (err.contains("stalled at"))
                return true;
        }
        INFO(err.toStdString());
        return false;
    }
    void kill9()
    {
        p.kill();
        p.waitForFinished();
    }
    int finish()
    {
        p.waitForFinished(120000);
        return p.exitCode();
    }
};

QString sha256Of(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

} // namespace

TEST_CASE("server init is idempotent and needs a superuser - the service refuses a role that bypasses row-level security")
{
    SyncRig rig;
    const ProcessResult again = runProgram(QStringLiteral("qingfeng-syncd"), { QStringLiteral("admin"), QStringLiteral("init"), QStringLiteral("--pg"), rig.pg.superDsn() });
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("up to date")));
    const ProcessResult notSuper = runProgram(QStringLiteral("qingfeng-syncd"), { QStringLiteral("admin"), QStringLiteral("init"), QStringLiteral("--pg"), rig.pg.serviceDsn() });
    CHECK(notSuper.exitCode == 1);
    CHECK(notSuper.err.contains(QStringLiteral("superuser")));
    const ProcessResult bypass = runProgram(QStringLiteral("qingfeng-syncd"),
                                            { QStringLiteral("--pg"), rig.pg.superDsn(), QStringLiteral("--listen"),
                                              QStringLiteral("127.0.0.1:%1").arg(freePort()) });
    CHECK(bypass.exitCode == 1);
    CHECK(bypass.err.contains(QStringLiteral("row-level security")));
}

TEST_CASE("the old qingfeng-cli server spelling still works for one release and names qingfeng-syncd admin")
{
    SyncRig rig;
    const ProcessResult old = runCli(rig.scratch.path(QStringLiteral("a.db")),
                                     { QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--pg"), rig.pg.superDsn() });
    INFO(old.err.toStdString());
    CHECK(old.exitCode == 0);
    CHECK(old.out.contains(QStringLiteral("up to date")));
    CHECK(old.err.contains(QStringLiteral("qingfeng-syncd admin init")));
    const ProcessResult unknown = runProgram(QStringLiteral("qingfeng-syncd"), { QStringLiteral("admin"), QStringLiteral("drop-everything") });
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("unknown command")));
}

TEST_CASE("a revoked device is refused at once with a clear reason and its waiting changes stay")
{
    SyncRig rig;
    const QString a = rig.enrolledDatabase(QStringLiteral("a"), rig.addUserWithDevice(QStringLiteral("alice"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk")));
    addReport(a, QStringLiteral("吊销设备前登记的举报"));
    const ProcessResult revoke = runProgram(QStringLiteral("qingfeng-syncd"), { QStringLiteral("admin"), QStringLiteral("revoke-device"), QStringLiteral("--pg"),
                                          rig.pg.superDsn(), QStringLiteral("--login"), QStringLiteral("alice") });
    INFO(revoke.err.toStdString());
    REQUIRE(revoke.exitCode == 0);
    const ProcessResult refused = runSync(a);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("revoked")));
    CHECK(localValue(a, QStringLiteral("SELECT count(*) FROM outbox")).toInt() == 4); // report, reported person, event, follow-up code
    CHECK(rig.serverCount(QStringLiteral("reports")) == 0);
    CHECK(rig.pg.psql(QStringLiteral("SELECT max(version) FROM qf.schema_version")).out == QString::number(server::ServerSchema::kVersion));
}

TEST_CASE("enrolment keeps the device token in the keychain (not in a file) and a bad token is refused clearly")
{
    SyncRig rig;
    const QString token = rig.addUserWithDevice(QStringLiteral("alice"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk"));
    const QString db = rig.enrolledDatabase(QStringLiteral("a"), token);
    QDirIterator it(QFileInfo(db).absolutePath(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK_FALSE(f.readAll().contains(token.toLatin1()));
    }
    CHECK(localValue(db, QStringLiteral("SELECT value FROM meta WHERE key = 'device_tag'")).size() == 3);
    const ProcessResult bad = runCli(rig.scratch.path(QStringLiteral("b.db")),
                                     { QStringLiteral("enrol"), QStringLiteral("--server"), rig.syncd.url().toString(),
                                       QStringLiteral("--token"), QStringLiteral("not-a-token") });
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("not known to the server")));
}

TEST_CASE("a report registered on one workstation reaches another of the same office and so does an edit")
{
    SyncRig rig;
    const QString a = rig.enrolledDatabase(QStringLiteral("a"), rig.addUserWithDevice(QStringLiteral("alice"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk")));
    const QString b = rig.enrolledDatabase(QStringLiteral("b"), rig.addUserWithDevice(QStringLiteral("bob"), QStringLiteral("QH-JW"), QStringLiteral("case_officer")));
    const QString id = addReport(a, QStringLiteral("反映城关镇某干部违规收受礼金问题"));
    QJsonObject s = syncJson(a);
    CHECK(s.value(QStringLiteral("pushed")).toInt() >= 3);
    CHECK(s.value(QStringLiteral("pending")).toInt() == 0);
    syncJson(b);
    CHECK(reportField(b, id, QStringLiteral("content")) == QStringLiteral("反映城关镇某干部违规收受礼金问题"));
    REQUIRE(runCli(a, { QStringLiteral("report"), QStringLiteral("set"), id, QStringLiteral("region"), QStringLiteral("城关镇") }).exitCode == 0);
    syncJson(a);
    syncJson(b);
    CHECK(reportField(b, id, QStringLiteral("region")) == QStringLiteral("城关镇"));
    const ProcessResult found = runCli(b, { QStringLiteral("search"), QStringLiteral("收受礼金") });
    CHECK(found.out.trimmed() == reportField(a, id, QStringLiteral("reg_no")));
    // The indexes the write path keeps beside the row are kept for pulled rows too.
    const ProcessResult shortTerm = runCli(b, { QStringLiteral("search"), QStringLiteral("礼金") });
    CHECK(shortTerm.out.trimmed() == reportField(a, id, QStringLiteral("reg_no")));
    CHECK(localValue(b, QStringLiteral("SELECT count(*) FROM dup_signatures WHERE report_id = '%1'").arg(id)).toInt() == 1);
}

TEST_CASE("lost acknowledgement: the server committed and the reply was lost - the retry makes no second row")
{
    SyncRig rig;
    const QString a = rig.enrolledDatabase(QStringLiteral("a"), rig.addUserWithDevice(QStringLiteral("alice"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk")));
    const QString id = addReport(a, QStringLiteral("丢失确认的测试举报"));
    QProcessEnvironment stall;
    stall.insert(QStringLiteral("QF_SYNCD_TEST_STALL"), QStringLiteral("after-commit"));
    REQUIRE(rig.restartSyncd(stall));
    Background client;
    client.start(a, {});
    REQUIRE(rig.syncd.waitForStall());
    const QString versionBefore = rig.pg.psql(QStringLiteral("SELECT hlc || '/' || seq FROM qf.rows WHERE id = '%1'").arg(id)).out;
    CHECK_FALSE(versionBefore.isEmpty());
    rig.syncd.kill9(); // the reply never leaves
    CHECK(client.finish() == 1);
    CHECK(localValue(a, QStringLiteral("SELECT count(*) FROM outbox")).toInt() == 4); // report, reported person, event, follow-up code
    REQUIRE(rig.restartSyncd());
    const QJsonObject s = syncJson(a);
    CHECK(s.value(QStringLiteral("pending")).toInt() == 0);
    CHECK(rig.serverCount(QStringLiteral("reports")) == 1);
    CHECK(rig.pg.psql(QStringLiteral("SELECT hlc || '/' || seq FROM qf.rows WHERE id = '%1'").arg(id)).out == versionBefore);
    CHECK(rig.pg.psql(QStringLiteral("SELECT count(*) FROM qf.mutations")).out == QStringLiteral("4"));
    CHECK(localValue(a, QStringLiteral("SELECT count(*) FROM outbox")).toInt() == 0);
}

TEST_CASE("kill -9 of the workstation during a push loses nothing and the push completes on restart")
{
    SyncRig rig;
    const QString a = rig.enrolledDatabase(QStringLiteral("a"), rig.addUserWithDevice(QStringLiteral("alice"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk")));
    addReport(a, QStringLiteral("推送中断测试一"));
    addReport(a, QStringLiteral("推送中断测试二"));
    Background client;
    client.start(a, { { QStringLiteral("QF_SYNC_TEST_STALL"), QStringLiteral("push-ack") } });
    REQUIRE(client.waitForStall());
    client.kill9();
    CHECK(localValue(a, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
    CHECK(localValue(a, QStringLiteral("SELECT count(*) FROM outbox")).toInt() == 8); // not acknowledged: kept
    CHECK(localValue(a, QStringLiteral("SELECT count(*) FROM reports")).toInt() == 2);
    const QJsonObject s = syncJson(a);
    CHECK(s.value(QStringLiteral("pending")).toInt() == 0);
    CHECK(rig.serverCount(QStringLiteral("reports")) == 2);
    CHECK(rig.serverCount(QStringLiteral("events")) == 2);
}

TEST_CASE("kill -9 while a pulled page is applied: the store is intact - the cursor never runs ahead - the pull resumes")
{
    SyncRig rig;
    const QString a = rig.enrolledDatabase(QStringLiteral("a"), rig.addUserWithDevice(QStringLiteral("alice"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk")));
    const QString b = rig.enrolledDatabase(QStringLiteral("b"), rig.addUserWithDevice(QStringLiteral("bea"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk")));
    for (int i = 0; i < 8; ++i)
        addReport(a, QStringLiteral("分页拉取测试第%1件").arg(i));
    syncJson(a);
    // b has work of its own that must survive.
    const QString mine = addReport(b, QStringLiteral("乙机离线登记的举报"));
    Background client;
    client.start(b, { { QStringLiteral("QF_SYNC_TEST_STALL"), QStringLiteral("pull-apply") },
                      { QStringLiteral("QF_SYNC_TEST_STALL_SKIP"), QStringLiteral("1") } },
                 { QStringLiteral("--page-size"), QStringLiteral("10") });
    REQUIRE(client.waitForStall());
    client.kill9();
    CHECK(localValue(b, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
    const qint64 cursor = localValue(b, QStringLiteral("SELECT value FROM meta WHERE key = 'sync_cursor'")).toLongLong();
    CHECK(cursor > 0); // the first page was applied and its cursor saved
    // Nothing of the interrupted page: everything the cursor covers is applied, nothing beyond it.
    const int before = localValue(b, QStringLiteral("SELECT count(*) FROM reports")).toInt();
    CHECK(before < 9);
    CHECK(localValue(b, QStringLiteral("SELECT count(*) FROM reports WHERE id = '%1'").arg(mine)).toInt() == 1);
    const QJsonObject s = syncJson(b, { QStringLiteral("--page-size"), QStringLiteral("10") });
    CHECK(s.value(QStringLiteral("pending")).toInt() == 0);
    CHECK(localValue(b, QStringLiteral("SELECT count(*) FROM reports")).toInt() == 9);
    CHECK(localValue(b, QStringLiteral("SELECT value FROM meta WHERE key = 'sync_cursor'")).toLongLong() > cursor);
    CHECK(rig.serverCount(QStringLiteral("reports")) == 9);
}

TEST_CASE("a first sync killed at a random page resumes from its cursor - no applied page pulled again - and ends equal "
          "to an uninterrupted one")
{
    SyncRig rig;
    const QString a = rig.enrolledDatabase(QStringLiteral("a"), rig.addUserWithDevice(QStringLiteral("alice"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk")));
    const QString b = rig.enrolledDatabase(QStringLiteral("b"), rig.addUserWithDevice(QStringLiteral("bea"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk")));
    const QString c = rig.enrolledDatabase(QStringLiteral("c"), rig.addUserWithDevice(QStringLiteral("carl"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk")));
    for (int i = 0; i < 6; ++i)
        addReport(a, QStringLiteral("首次同步中断测试第%1件").arg(i));
    syncJson(a); // also seals the office's keys for bea and carl
    const int pageSize = 3;
    const QStringList paging { QStringLiteral("--page-size"), QString::number(pageSize) };

    // The replica to compare with: the same first sync, not interrupted.
    const QJsonObject whole = syncJson(c, paging);
    const int total = whole.value(QStringLiteral("pulled")).toInt();
    const int pages = (total + pageSize - 1) / pageSize;
    REQUIRE(pages >= 3);

    // Killed while the page after `applied` pages is applied (1 <= applied < pages).
    const quint32 seed = QRandomGenerator::global()->generate();
    INFO("seed " << seed << ", " << total << " rows in " << pages << " pages");
    const int applied = 1 + int(seed % quint32(pages - 1));
    Background client;
    client.start(b, { { QStringLiteral("QF_SYNC_TEST_STALL"), QStringLiteral("pull-apply") },
                      { QStringLiteral("QF_SYNC_TEST_STALL_SKIP"), QString::number(applied) } },
                 paging);
    REQUIRE(client.waitForStall());
    client.kill9();
    CHECK(localValue(b, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
    const qint64 cursor = localValue(b, QStringLiteral("SELECT value FROM meta WHERE key = 'sync_cursor'")).toLongLong();
    CHECK(cursor > 0);
    // Meanwhile the analysis' indexes are put off (built once at the end), their statements kept.
    CHECK(localValue(b, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'reports_analysis'")) == QStringLiteral("0"));
    CHECK(localValue(b, QStringLiteral("SELECT value FROM meta WHERE key = 'sync_deferred_indexes'")).contains(QStringLiteral("reports_analysis")));

    // The resumed sync asks from the cursor: it pulls exactly the rows of the pages not yet
    // applied, none of those applied before the kill.
    const QJsonObject resumed = syncJson(b, paging);
    CHECK(resumed.value(QStringLiteral("pushed")).toInt() == 0);
    CHECK(resumed.value(QStringLiteral("pulled")).toInt() == total - applied * pageSize);
    CHECK(localValue(b, QStringLiteral("SELECT value FROM meta WHERE key = 'sync_cursor'"))
          == localValue(c, QStringLiteral("SELECT value FROM meta WHERE key = 'sync_cursor'")));
    const QStringList rowsB = rig.replicaRows(b);
    const QStringList rowsC = rig.replicaRows(c);
    CHECK(rowsNotIn(rowsB, rowsC) == QStringList());
    CHECK(rowsNotIn(rowsC, rowsB) == QStringList());
    CHECK(rowsB.size() == rowsC.size());
    // The analysis' indexes, put off while the pages came, are there again on both.
    const QString analysisIndexes = QStringLiteral(
        "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ('reports_analysis', 'subjects_report_units', "
        "'events_begin_handling', 'persons_key_petitioners')");
    CHECK(localValue(b, analysisIndexes) == QStringLiteral("4"));
    CHECK(localValue(c, analysisIndexes) == QStringLiteral("4"));
    CHECK(localValue(b, QStringLiteral("SELECT count(*) FROM meta WHERE key = 'sync_deferred_indexes'")) == QStringLiteral("0"));
    // The first sync's text indexes were built once it was complete.
    const ProcessResult foundB = runCli(b, { QStringLiteral("search"), QStringLiteral("中断测试") });
    const ProcessResult foundC = runCli(c, { QStringLiteral("search"), QStringLiteral("中断测试") });
    CHECK(foundB.exitCode == 0);
    CHECK(foundB.out.trimmed().split(QLatin1Char('\n')).size() == 6);
    CHECK(foundB.out == foundC.out);
}

TEST_CASE("kill -9 of the service in the middle of a batch: nothing half-applied - the retry applies everything once")
{
    SyncRig rig;
    const QString a = rig.enrolledDatabase(QStringLiteral("a"), rig.addUserWithDevice(QStringLiteral("alice"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk")));
    addReport(a, QStringLiteral("服务中断测试"));
    QProcessEnvironment stall;
    stall.insert(QStringLiteral("QF_SYNCD_TEST_STALL"), QStringLiteral("mid-batch"));
    REQUIRE(rig.restartSyncd(stall));
    Background client;
    client.start(a, {});
    REQUIRE(rig.syncd.waitForStall());
    rig.syncd.kill9();
    CHECK(client.finish() == 1);
    CHECK(rig.serverCount(QStringLiteral("reports")) == 0);
    CHECK(rig.pg.psql(QStringLiteral("SELECT count(*) FROM qf.mutations")).out == QStringLiteral("0"));
    REQUIRE(rig.restartSyncd());
    syncJson(a);
    CHECK(rig.serverCount(QStringLiteral("reports")) == 1);
    CHECK(rig.serverCount(QStringLiteral("subjects")) == 1);
}

TEST_CASE("an interrupted 50 MB upload resumes without resending what arrived and the SHA-256 matches everywhere")
{
    SyncRig rig;
    const QString a = rig.enrolledDatabase(QStringLiteral("a"), rig.addUserWithDevice(QStringLiteral("alice"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk")));
    const QString b = rig.enrolledDatabase(QStringLiteral("b"), rig.addUserWithDevice(QStringLiteral("bea"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk")));
    const QString id = addReport(a, QStringLiteral("附带大文件的来信"));
    const QString file = rig.scratch.path(QStringLiteral("scan.pdf"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        QRandomGenerator gen(42);
        QByteArray block(1 << 20, Qt::Uninitialized);
        for (int i = 0; i < 50; ++i) {
            gen.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
            f.write(block);
        }
    }
    const QString sha = sha256Of(file);
    {
        auto session = openSession(a);
        AttachmentStore store(session->writer(), AttachmentStore::defaultRoot(a));
        QF_REQUIRE_OK(store.attachFile(id, file, QStringLiteral("scan")));
    }
    Background client;
    client.start(a, { { QStringLiteral("QF_SYNC_TEST_STALL"), QStringLiteral("upload") } });
    REQUIRE(client.waitForStall());
    client.kill9();
    const qint64 arrived = rig.pg.psql(QStringLiteral("SELECT received FROM qf.blobs WHERE sha256 = '%1'").arg(sha)).out.toLongLong();
    CHECK(arrived >= 25 * (1 << 20));
    CHECK(arrived < 50 * (1 << 20));
    const QJsonObject s = syncJson(a);
    CHECK(s.value(QStringLiteral("uploaded_bytes")).toInteger() == 50 * (1 << 20) - arrived);
    CHECK(rig.pg.psql(QStringLiteral("SELECT complete FROM qf.blobs WHERE sha256 = '%1'").arg(sha)).out == QStringLiteral("t"));
    CHECK(rig.pg.psql(QStringLiteral("SELECT encode(sha256(string_agg(data, ''::bytea ORDER BY off)), 'hex') FROM "
                                     "qf.blob_chunks WHERE sha256 = '%1'").arg(sha)).out == sha);
    const QJsonObject sb = syncJson(b);
    CHECK(sb.value(QStringLiteral("downloaded_bytes")).toInteger() == 50 * (1 << 20));
    CHECK(sha256Of(AttachmentStore::pathIn(AttachmentStore::defaultRoot(b), sha)) == sha);
}

TEST_CASE("version skew: the previous protocol is served - an older one is told to upgrade")
{
    SyncRig rig;
    const QString a = rig.enrolledDatabase(QStringLiteral("a"), rig.addUserWithDevice(QStringLiteral("alice"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk")));
    addReport(a, QStringLiteral("版本测试"));
    const ProcessResult old = runSync(a, { QStringLiteral("--protocol"), QStringLiteral("0") });
    CHECK(old.exitCode == 1);
    CHECK(old.err.contains(QStringLiteral("Upgrade required")));
    CHECK(localValue(a, QStringLiteral("SELECT count(*) FROM outbox")).toInt() == 4);
    const ProcessResult previous = runSync(a, { QStringLiteral("--protocol"), QStringLiteral("1") });
    CHECK(previous.exitCode == 0);
    CHECK(rig.serverCount(QStringLiteral("reports")) == 1);
}

TEST_CASE("HTTPS: the service serves TLS with the office's certificate and a workstation trusts it only when told")
{
    SyncRig rig;
    const QString cert = rig.scratch.path(QStringLiteral("cert.pem"));
    const QString key = rig.scratch.path(QStringLiteral("key.pem"));
    const int made = QProcess::execute(QStringLiteral("openssl"),
                                       { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                         QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                                         QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"),
                                         QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                                         QStringLiteral("subjectAltName=IP:127.0.0.1") });
    REQUIRE(made == 0);
    QString error;
    rig.syncd.tls = true;
    REQUIRE(rig.syncd.start(rig.pg.serviceDsn(), &error, {}, 0,
                            { QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key }));
    const QString token = rig.addUserWithDevice(QStringLiteral("alice"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk"));
    const QString db = rig.scratch.path(QStringLiteral("a.db"));
    const ProcessResult untrusted = runCli(db, { QStringLiteral("enrol"), QStringLiteral("--server"), rig.syncd.url().toString(),
                                                 QStringLiteral("--token"), token });
    CHECK(untrusted.exitCode == 1);
    CHECK(untrusted.err.contains(QStringLiteral("cannot be reached")));
    const ProcessResult trusted = runCli(db, { QStringLiteral("enrol"), QStringLiteral("--server"), rig.syncd.url().toString(),
                                               QStringLiteral("--token"), token, QStringLiteral("--ca"), cert });
    INFO(trusted.err.toStdString());
    REQUIRE(trusted.exitCode == 0);
    addReport(db, QStringLiteral("经加密连接同步的举报"));
    syncJson(db);
    CHECK(rig.serverCount(QStringLiteral("reports")) == 1);
}

TEST_CASE("a topic analysis saved on one workstation reaches the office's others - not another office - and so do its "
          "changes")
{
    SyncRig rig;
    const QString a = rig.enrolledDatabase(QStringLiteral("a"), rig.addUserWithDevice(QStringLiteral("alice"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk")));
    const QString b = rig.enrolledDatabase(QStringLiteral("b"), rig.addUserWithDevice(QStringLiteral("bob"), QStringLiteral("QH-JW"), QStringLiteral("case_officer")));
    const QString c = rig.enrolledDatabase(QStringLiteral("c"), rig.addUserWithDevice(QStringLiteral("carol"), QStringLiteral("JZ-JW"), QStringLiteral("registry_clerk")));
    QString id;
    {
        auto session = openSession(a);
        AnalysisTopic t;
        t.name = QStringLiteral("村级三资");
        t.keywords = QStringLiteral("村集体资金");
        t.regions = { QStringLiteral("城关镇") };
        auto saved = AnalysisTopics(session->writer()).save(t);
        QF_REQUIRE_OK(saved);
        id = *saved;
    }
    syncJson(a);
    syncJson(b);
    syncJson(c);
    const auto topicsOn = [](const QString& db) {
        const ProcessResult r = runCli(db, { QStringLiteral("stats"), QStringLiteral("topics"), QStringLiteral("--json") });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    };
    QJsonArray onB = topicsOn(b);
    REQUIRE(onB.size() == 1);
    CHECK(onB.at(0).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("村级三资"));
    CHECK(onB.at(0).toObject().value(QStringLiteral("keywords")).toString() == QStringLiteral("村集体资金"));
    CHECK(topicsOn(c).isEmpty());
    // Signed by the service in the name of the device's user.
    CHECK(!rig.serverValue(QStringLiteral("analysis_topics"), id, QStringLiteral("created_by")).isEmpty());

    // Changed on the other workstation, then deleted there: both reach the first.
    {
        auto session = openSession(b);
        AnalysisTopics topics(session->writer());
        auto t = topics.find(id);
        QF_REQUIRE_OK(t);
        t->regions = { QStringLiteral("城关镇"), QStringLiteral("河西镇") };
        QF_REQUIRE_OK(topics.save(*t));
    }
    syncJson(b);
    syncJson(a);
    {
        auto session = openSession(a);
        auto t = AnalysisTopics(session->writer()).find(id);
        QF_REQUIRE_OK(t);
        CHECK(t->regions == QStringList { QStringLiteral("城关镇"), QStringLiteral("河西镇") });
    }
    {
        auto session = openSession(b);
        QF_REQUIRE_OK(AnalysisTopics(session->writer()).remove(id));
    }
    syncJson(b);
    syncJson(a);
    CHECK(topicsOn(a).isEmpty());
}

// qingfeng-cli phone answer|calls|callbacks: the headless line scripts use, against sipp.
#include "models/AttachmentStore.h"
#include "tests/support/SipCaller.h"
#include "tests/sync/SyncRig.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <catch2/catch.hpp>

using namespace qf;
using namespace qf::test;

namespace {

// qingfeng-cli phone answer running while the test calls it.
struct HeadlessLine
{
    HeadlessLine(const QString& db, int port, const QStringList& extra)
    {
        // The store exists and the administrator is made before the line starts.
        REQUIRE(runCli(db, { QStringLiteral("phone"), QStringLiteral("calls") }).exitCode == 0);
        process.setProgram(QStringLiteral(QF_BIN_DIR "/qingfeng-cli"));
        process.setArguments(QStringList { QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"),
                                           QStringLiteral("phone"), QStringLiteral("answer"), QStringLiteral("--listen"),
                                           QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--json") }
                             + extra);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QINGFENG_PASSWORD"), QString::fromLatin1(kPassword));
        process.setProcessEnvironment(env);
        process.start();
        REQUIRE(process.waitForStarted());
        // Ready once it says so on stderr.
        REQUIRE(QTest::qWaitFor([&] {
            err += QString::fromUtf8(process.readAllStandardError());
            return err.contains(QStringLiteral("Answering calls")) || process.state() == QProcess::NotRunning;
        }, 20000));
        REQUIRE(process.state() == QProcess::Running);
    }
    ~HeadlessLine()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(3000);
        }
    }
    // Waits for the process to end; its JSON lines.
    QList<QJsonObject> finish(int timeoutMs = 60000)
    {
        QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, timeoutMs);
        err += QString::fromUtf8(process.readAllStandardError());
        QList<QJsonObject> lines;
        for (const QByteArray& l : process.readAllStandardOutput().split('\n'))
            if (!l.trimmed().isEmpty())
                lines << QJsonDocument::fromJson(l).object();
        return lines;
    }
    QProcess process;
    QString err;
};

} // namespace

TEST_CASE("phone: qingfeng-cli phone answer takes two calls in a row and prints one JSON line each", "[phone][cli]")
{
    Scratch dir;
    const QString db = dir.path(QStringLiteral("q.sqlite"));
    const int port = SipCaller::freePort();
    HeadlessLine line(db, port, { QStringLiteral("--calls"), QStringLiteral("2") });
    SipCaller first;
    REQUIRE(first.start(port, { QStringLiteral("02988880001"), SipCaller::Mode::Talk, 3000, 0 }));
    REQUIRE(first.wait());
    SipCaller second;
    REQUIRE(second.start(port, { QStringLiteral("02988880002"), SipCaller::Mode::Talk, 2000, 0 }));
    REQUIRE(second.wait());
    const QList<QJsonObject> calls = line.finish();
    INFO(line.err.toStdString());
    CHECK(line.process.exitCode() == 0);
    REQUIRE(calls.size() == 2);
    CHECK(calls[0].value(QStringLiteral("number")).toString() == QStringLiteral("02988880001"));
    CHECK(calls[1].value(QStringLiteral("number")).toString() == QStringLiteral("02988880002"));
    for (const QJsonObject& c : calls) {
        INFO(QJsonDocument(c).toJson().toStdString());
        CHECK(c.value(QStringLiteral("outcome")).toString() == QStringLiteral("answered"));
        CHECK(c.value(QStringLiteral("recording_sha256")).toString().size() == 64);
        CHECK(c.value(QStringLiteral("recording_seconds")).toDouble() > 1.5);
        CHECK(c.value(QStringLiteral("duration_s")).toInt() >= 2);
    }
    CHECK(calls[0].value(QStringLiteral("recording_sha256")) != calls[1].value(QStringLiteral("recording_sha256")));
    // Listed afterwards, newest first.
    const ProcessResult listed = runCli(db, { QStringLiteral("phone"), QStringLiteral("calls"), QStringLiteral("--json") });
    REQUIRE(listed.exitCode == 0);
    const QStringList rows = listed.out.trimmed().split(QLatin1Char('\n'));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].contains(QStringLiteral("02988880002")));
    // The line's log on stderr names no caller.
    CHECK_FALSE(line.err.contains(QStringLiteral("02988880001")));
}

TEST_CASE("phone: a missed call on the headless line is listed by phone callbacks until it is made", "[phone][cli]")
{
    Scratch dir;
    const QString db = dir.path(QStringLiteral("q.sqlite"));
    const int port = SipCaller::freePort();
    HeadlessLine line(db, port,
                      { QStringLiteral("--calls"), QStringLiteral("1"), QStringLiteral("--answer-after"),
                        QStringLiteral("30"), QStringLiteral("--ring-seconds"), QStringLiteral("2") });
    SipCaller caller;
    REQUIRE(caller.start(port, { QStringLiteral("02988880003"), SipCaller::Mode::Refused, 0, 0 }));
    const QList<QJsonObject> calls = line.finish();
    INFO(line.err.toStdString());
    REQUIRE(calls.size() == 1);
    CHECK(calls[0].value(QStringLiteral("outcome")).toString() == QStringLiteral("missed"));
    const ProcessResult open = runCli(db, { QStringLiteral("phone"), QStringLiteral("callbacks"), QStringLiteral("--json") });
    REQUIRE(open.exitCode == 0);
    const QJsonObject cb = QJsonDocument::fromJson(open.out.trimmed().toUtf8()).object();
    CHECK(cb.value(QStringLiteral("number")).toString() == QStringLiteral("02988880003"));
    CHECK(cb.value(QStringLiteral("call_id")).toString() == calls[0].value(QStringLiteral("id")).toString());
    const ProcessResult done = runCli(db, { QStringLiteral("phone"), QStringLiteral("callbacks"), QStringLiteral("--done"),
                                            cb.value(QStringLiteral("id")).toString(), QStringLiteral("--outcome"),
                                            QStringLiteral("reached") });
    CHECK(done.exitCode == 0);
    CHECK(runCli(db, { QStringLiteral("phone"), QStringLiteral("callbacks"), QStringLiteral("--json") }).out.trimmed().isEmpty());
}

TEST_CASE("phone: phone answer refuses a malformed listening address plainly", "[phone][cli]")
{
    Scratch dir;
    const QString db = dir.path(QStringLiteral("q.sqlite"));
    const ProcessResult r = runCli(db, { QStringLiteral("phone"), QStringLiteral("answer"), QStringLiteral("--listen"),
                                         QStringLiteral("127.0.0.1:notaport") });
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("HOST:PORT")));
}

TEST_CASE("phone: a call taken while the central store is down is recorded and reaches it once it is back, with its recording",
          "[phone][sync]")
{
    SyncRig rig;
    const QString db = rig.enrolledDatabase(
        QStringLiteral("hotline"), rig.addUserWithDevice(QStringLiteral("olga"), QStringLiteral("QH-JW"), QStringLiteral("hotline_operator")));
    const QString other = rig.enrolledDatabase(
        QStringLiteral("supervisor"), rig.addUserWithDevice(QStringLiteral("su"), QStringLiteral("QH-JW"), QStringLiteral("supervisor")));
    QString sha;
    rig.syncd.kill9(); // the central store cannot be reached
    const int port = SipCaller::freePort();
    {
        HeadlessLine line(db, port, { QStringLiteral("--calls"), QStringLiteral("2"), QStringLiteral("--ring-seconds"),
                                      QStringLiteral("10"), QStringLiteral("--answer-after"), QStringLiteral("1") });
        SipCaller talk;
        REQUIRE(talk.start(port, { QStringLiteral("02988880010"), SipCaller::Mode::Talk, 2000, 0 }));
        REQUIRE(talk.wait());
        SipCaller abandon;
        REQUIRE(abandon.start(port, { QStringLiteral("02988880011"), SipCaller::Mode::Abandon, 0, 300 }));
        REQUIRE(abandon.wait());
        const QList<QJsonObject> calls = line.finish();
        INFO(line.err.toStdString());
        REQUIRE(calls.size() == 2);
        CHECK(calls[0].value(QStringLiteral("outcome")).toString() == QStringLiteral("answered"));
        CHECK(calls[1].value(QStringLiteral("outcome")).toString() == QStringLiteral("caller_hung_up"));
        sha = calls[0].value(QStringLiteral("recording_sha256")).toString();
        REQUIRE(sha.size() == 64);
    }
    // A sync now fails plainly and keeps everything waiting.
    const ProcessResult down = runCli(db, { QStringLiteral("sync") }, 120000);
    CHECK(down.exitCode != 0);
    REQUIRE(rig.restartSyncd());
    const ProcessResult up = runCli(db, { QStringLiteral("sync"), QStringLiteral("--json") }, 120000);
    INFO(up.err.toStdString());
    REQUIRE(up.exitCode == 0);
    CHECK(rig.serverCount(QStringLiteral("call_records")) == 2);
    CHECK(rig.serverCount(QStringLiteral("callbacks")) == 1);
    // The caller's number is sealed on the central store as on the workstation.
    CHECK(rig.pg.psql(QStringLiteral("SELECT count(*) FROM qf.rows WHERE tbl = 'call_records' AND data::text LIKE '%02988880010%'")).out
          == QStringLiteral("0"));
    // The recording of a call no report was registered from travels too, whole.
    CHECK(rig.pg.psql(QStringLiteral("SELECT count(*) FROM qf.blobs WHERE sha256 = '%1' AND complete").arg(sha)).out
          == QStringLiteral("1"));
    CHECK(rig.pg.psql(QStringLiteral("SELECT encode(sha256(string_agg(data, ''::bytea ORDER BY off)), 'hex') FROM "
                                     "qf.blob_chunks WHERE sha256 = '%1'").arg(sha)).out == sha);
    // Another workstation of the office gets the call and can play its recording.
    const ProcessResult pulled = runCli(other, { QStringLiteral("sync"), QStringLiteral("--json") }, 120000);
    INFO(pulled.err.toStdString());
    REQUIRE(pulled.exitCode == 0);
    QFile copy(AttachmentStore::pathIn(AttachmentStore::defaultRoot(other), sha));
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(QCryptographicHash::hash(copy.readAll(), QCryptographicHash::Sha256).toHex() == sha.toLatin1());
    const ProcessResult listed = runCli(other, { QStringLiteral("phone"), QStringLiteral("calls"), QStringLiteral("--json") });
    CHECK(listed.out.contains(sha));
}

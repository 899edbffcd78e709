// A crash in the middle of a registration (issue 12, item 11): the report and its repeat
// proposal are one transaction, so a qingfeng-cli import killed between the report and the
// proposal leaves neither, and importing the file again registers the report with its proposal.
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

using namespace qf;

namespace {

QString write(const test::Scratch& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.path(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

QString local(const QString& db, const QString& sql)
{
    const QString name = QUuid::createUuid().toString();
    QString v;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(db);
        REQUIRE(c.open());
        QSqlQuery q(c);
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        if (q.next())
            v = q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return v;
}

// Runs qingfeng-cli import until it stops at the stall point, then kills it (-9).
void crashDuringImport(const QString& db, const QString& file, const QString& point)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QF_REGISTRAR_TEST_STALL"), point);
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("QF_BIN_DIR", QStringLiteral(QF_BIN_DIR)) + QStringLiteral("/qingfeng-cli"),
            { QStringLiteral("--db"), db, QStringLiteral("import"), file });
    REQUIRE(p.waitForStarted());
    QByteArray err;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 60000 && p.state() == QProcess::Running && !err.contains("stalled at")) {
        p.waitForReadyRead(100);
        err += p.readAllStandardError();
    }
    INFO(err.toStdString());
    REQUIRE(err.contains("stalled at"));
    p.kill();
    p.waitForFinished();
}

} // namespace

TEST_CASE("import killed between a report and its repeat proposal: importing again registers both",
          "[cases][repeats][cli]")
{
    const char* point = GENERATE("before-repeats", "before-commit");
    INFO("killed at " << point);
    test::Scratch dir;
    const QString db = dir.path(QStringLiteral("crash.sqlite"));
    const QByteArray first =
        R"({"source_id":"WB-1","received_at":"2026-07-01T09:30:00+08:00","content":"反映城关镇财政所所长王某违规发放津贴补贴，请求调查处理。"})"
        "\n";
    const QByteArray second =
        R"({"source_id":"WB-2","received_at":"2026-07-02T09:30:00+08:00","content":"反映城关镇财政所所长王某违规发放津贴补贴，请求调查处理！"})"
        "\n";
    REQUIRE(test::runCli(db, { QStringLiteral("import"), write(dir, QStringLiteral("a.jsonl"), first) }).exitCode == 0);
    const QString file = write(dir, QStringLiteral("b.jsonl"), second);

    crashDuringImport(db, file, QString::fromLatin1(point));
    CHECK(local(db, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
    // Nothing of the interrupted registration: no report without its proposal.
    CHECK(local(db, QStringLiteral("SELECT count(*) FROM reports WHERE source_id = 'WB-2'")).toInt() == 0);

    const test::ProcessResult again = test::runCli(db, { QStringLiteral("import"), file });
    INFO(again.err.toStdString());
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("imported: 1")));
    CHECK(again.out.contains(QStringLiteral("repeat_proposals: 1")));
    CHECK(local(db, QStringLiteral("SELECT count(*) FROM events e JOIN reports r ON r.id = e.report_id "
                                   "WHERE r.source_id = 'WB-2' AND e.kind = 'repeat_proposed'"))
              .toInt()
          == 1);
}

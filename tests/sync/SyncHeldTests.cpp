// Rows of the central store a workstation cannot apply (issue 12, item 3): kept aside with
// the reason, the pull goes on past them, and they are tried again after an upgrade or when
// asked - against a real PostgreSQL and qingfeng-syncd, the bad row written there by SQL.
#include "models/Uuid7.h"
#include "tests/sync/SyncRig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace qf;
using namespace qf::test;

namespace {

QJsonObject syncJson(const QString& db)
{
    const ProcessResult r = runCli(db, { QStringLiteral("sync"), QStringLiteral("--json"), QStringLiteral("--page-size"),
                                         QStringLiteral("3") },
                                   300000);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QJsonArray held(const QString& db, bool retry = false)
{
    QStringList args { QStringLiteral("sync"), QStringLiteral("held"), QStringLiteral("--json") };
    if (retry)
        args << QStringLiteral("--retry");
    const ProcessResult r = runCli(db, args);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

// The new report's id.
QString addReport(const QString& db, const QString& content)
{
    const ProcessResult r = runCli(db, { QStringLiteral("report"), QStringLiteral("add"), QStringLiteral("--channel"),
                                         QStringLiteral("letter"), QStringLiteral("--content"), content,
                                         QStringLiteral("--no-repeat-check") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out.section(QLatin1Char(' '), 0, 0).trimmed();
}

int reports(const QString& db, const QString& content)
{
    return localValue(db, QStringLiteral("SELECT count(*) FROM reports WHERE content = '%1'").arg(content)).toInt();
}

// A reports row for the office of `sibling` written straight into the central store, past
// the service: the data the test gives and nothing else.
QString insertServerRow(SyncRig& rig, const QString& sibling, const QString& data)
{
    const QString id = Uuid7::generate();
    const PgResult r = rig.pg.psql(
        QStringLiteral("INSERT INTO qf.rows (tbl, id, office, data, created_hlc, hlc, seq) SELECT 'reports', '%1', office, "
                       "'%2'::jsonb, hlc + 1, hlc + 1, nextval('qf.change_seq') FROM qf.rows WHERE tbl = 'reports' AND id = '%3'")
            .arg(id, data, sibling));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(rig.serverCount(QStringLiteral("reports"), QStringLiteral("id = '%1'").arg(id)) == 1);
    return id;
}

} // namespace

TEST_CASE("a row the workstation cannot apply is kept aside with its reason - the pull completes - later rows arrive",
          "[sync]")
{
    SyncRig rig;
    const QString a = rig.enrolledDatabase(QStringLiteral("a"), rig.addUserWithDevice(QStringLiteral("alice"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk")));
    const QString b = rig.enrolledDatabase(QStringLiteral("b"), rig.addUserWithDevice(QStringLiteral("bob"), QStringLiteral("QH-JW"), QStringLiteral("case_officer")));
    const QString firstId = addReport(a, QStringLiteral("坏行之前登记的举报"));
    syncJson(a);
    // A report without its registration number, channel or times: NOT NULL constraints here.
    const QString broken = insertServerRow(rig, firstId, QStringLiteral(R"({"content": "缺少登记号的坏行"})"));
    for (int i = 0; i < 4; ++i)
        addReport(a, QStringLiteral("坏行之后登记的举报%1").arg(i));
    syncJson(a);

    const QJsonObject s = syncJson(b); // pages of 3: the bad row is in the middle of one
    CHECK(s.value(QStringLiteral("held")).toInt() == 1);
    CHECK(reports(b, QStringLiteral("坏行之前登记的举报")) == 1);
    for (int i = 0; i < 4; ++i)
        CHECK(reports(b, QStringLiteral("坏行之后登记的举报%1").arg(i)) == 1);
    CHECK(localValue(b, QStringLiteral("SELECT count(*) FROM reports WHERE id = '%1'").arg(broken)).toInt() == 0);
    const qint64 brokenSeq = rig.pg.psql(QStringLiteral("SELECT seq FROM qf.rows WHERE id = '%1'").arg(broken)).out.toLongLong();
    CHECK(localValue(b, QStringLiteral("SELECT value FROM meta WHERE key = 'sync_cursor'")).toLongLong() > brokenSeq);

    QJsonArray list = held(b);
    REQUIRE(list.size() == 1);
    CHECK(list[0].toObject().value(QStringLiteral("table")).toString() == QStringLiteral("reports"));
    CHECK(list[0].toObject().value(QStringLiteral("row")).toString() == broken);
    CHECK(list[0].toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("NOT NULL constraint failed: reports.")));
    CHECK(list[0].toObject().value(QStringLiteral("attempts")).toInt() == 1);
    CHECK(localValue(b, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));

    // Later rows keep arriving; the same version does not try the bad row on every sync.
    addReport(a, QStringLiteral("再后来登记的举报"));
    syncJson(a);
    CHECK(syncJson(b).value(QStringLiteral("held")).toInt() == 1);
    CHECK(reports(b, QStringLiteral("再后来登记的举报")) == 1);
    CHECK(held(b)[0].toObject().value(QStringLiteral("attempts")).toInt() == 1);

    // Asked for, it is tried again (still broken: still kept, with the reason).
    list = held(b, true);
    REQUIRE(list.size() == 1);
    CHECK(list[0].toObject().value(QStringLiteral("attempts")).toInt() == 2);

    // Repaired on the server, its new state replaces what was kept aside.
    const PgResult repair = rig.pg.psql(
        QStringLiteral("UPDATE qf.rows SET data = (SELECT data FROM qf.rows WHERE tbl = 'reports' AND id = '%1') || "
                       "'{\"content\": \"修复后的坏行\", \"reg_no\": \"FIX-0001\"}'::jsonb, hlc = hlc + 1, "
                       "seq = nextval('qf.change_seq') WHERE tbl = 'reports' AND id = '%2'")
            .arg(firstId, broken));
    INFO(repair.err.toStdString());
    REQUIRE(repair.exitCode == 0);
    CHECK(syncJson(b).value(QStringLiteral("held")).toInt() == 0);
    CHECK(held(b).isEmpty());
    CHECK(localValue(b, QStringLiteral("SELECT reg_no FROM reports WHERE id = '%1'").arg(broken)) == QStringLiteral("FIX-0001"));
}

TEST_CASE("a row kept aside is tried again after an upgrade and applies when the new version can take it", "[sync]")
{
    SyncRig rig;
    const QString a = rig.enrolledDatabase(QStringLiteral("a"), rig.addUserWithDevice(QStringLiteral("alice"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk")));
    const QString b = rig.enrolledDatabase(QStringLiteral("b"), rig.addUserWithDevice(QStringLiteral("bob"), QStringLiteral("QH-JW"), QStringLiteral("case_officer")));
    // This version of b "cannot take" one report: a rule of its own store refuses it.
    localValue(b, QStringLiteral("CREATE TRIGGER test_refuse BEFORE INSERT ON reports WHEN NEW.content = '新版本才能接收的举报' "
                            "BEGIN SELECT RAISE(ABORT, 'this version cannot take it'); END"));
    addReport(a, QStringLiteral("新版本才能接收的举报"));
    addReport(a, QStringLiteral("普通举报"));
    syncJson(a);
    CHECK(syncJson(b).value(QStringLiteral("held")).toInt() == 1);
    CHECK(reports(b, QStringLiteral("普通举报")) == 1);
    CHECK(reports(b, QStringLiteral("新版本才能接收的举报")) == 0);
    const QJsonArray list = held(b);
    REQUIRE(list.size() == 1);
    CHECK(list[0].toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("this version cannot take it")));
    CHECK_FALSE(list[0].toObject().value(QStringLiteral("reg_no")).toString().isEmpty());

    // The upgrade: the rule is gone and the row was last tried by another version.
    localValue(b, QStringLiteral("DROP TRIGGER test_refuse"));
    CHECK(syncJson(b).value(QStringLiteral("held")).toInt() == 1); // same version: not tried again by itself
    localValue(b, QStringLiteral("UPDATE sync_held SET tried_with = '0.9.0/10'"));
    const QJsonObject s = syncJson(b);
    CHECK(s.value(QStringLiteral("held_applied")).toInt() == 1);
    CHECK(s.value(QStringLiteral("held")).toInt() == 0);
    CHECK(reports(b, QStringLiteral("新版本才能接收的举报")) == 1);
    CHECK(held(b).isEmpty());
    // Applied like any pulled row: its indexes too.
    const ProcessResult found = runCli(b, { QStringLiteral("search"), QStringLiteral("接收") });
    CHECK(found.out.trimmed() == list[0].toObject().value(QStringLiteral("reg_no")).toString());
}

// qingfeng-cli report add|get|set|move and deadlines, as scripts use them.
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include "models/Session.h"

using namespace qf;

TEST_CASE("cli: report add - get --json - set and move", "[cases][cli]")
{
    test::Scratch dir;
    const QString db = dir.path(QStringLiteral("cli.sqlite"));
    auto add = test::runCli(db, { QStringLiteral("report"), QStringLiteral("add"), QStringLiteral("--channel"),
                         QStringLiteral("letter"), QStringLiteral("--content"), QStringLiteral("反映违规吃喝"),
                         QStringLiteral("--received"), QStringLiteral("2026-02-13T10:00:00"), QStringLiteral("--subject"),
                         QStringLiteral("王某,城关镇政府,科级") });
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    const QStringList words = add.out.trimmed().split(QLatin1Char(' '));
    REQUIRE(words.size() == 2);
    const QString regNo = words[1];

    auto get = test::runCli(db, { QStringLiteral("report"), QStringLiteral("get"), regNo, QStringLiteral("--json") });
    INFO(get.err.toStdString());
    REQUIRE(get.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(get.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("id")).toString() == words[0]);
    CHECK(o.value(QStringLiteral("status")).toString() == QStringLiteral("registered"));
    CHECK(o.value(QStringLiteral("content")).toString() == QStringLiteral("反映违规吃喝"));
    CHECK(o.value(QStringLiteral("real_name")).toBool() == false);
    CHECK_FALSE(o.contains(QStringLiteral("reporter_id")));

    auto set = test::runCli(db, { QStringLiteral("report"), QStringLiteral("set"), regNo, QStringLiteral("subject_rank"),
                         QStringLiteral("处级") });
    INFO(set.err.toStdString());
    CHECK(set.exitCode == 0);
    auto bad = test::runCli(db, { QStringLiteral("report"), QStringLiteral("set"), regNo, QStringLiteral("status"),
                         QStringLiteral("concluded") });
    CHECK(bad.exitCode != 0);
    CHECK(bad.err.contains(QStringLiteral("content")));

    auto early = test::runCli(db, { QStringLiteral("report"), QStringLiteral("move"), regNo, QStringLiteral("transfer"),
                           QStringLiteral("--param"), QStringLiteral("target_org=x") });
    CHECK(early.exitCode != 0);
    CHECK(early.err.contains(QStringLiteral("not been triaged")));
    auto accept = test::runCli(db, { QStringLiteral("report"), QStringLiteral("move"), regNo, QStringLiteral("accept") });
    INFO(accept.err.toStdString());
    CHECK(accept.exitCode == 0);
    CHECK(accept.out.trimmed() == QStringLiteral("accepted"));
    auto triage = test::runCli(db, { QStringLiteral("report"), QStringLiteral("move"), regNo, QStringLiteral("triage"),
                            QStringLiteral("--param"), QStringLiteral("verifiability=2"), QStringLiteral("--param"),
                            QStringLiteral("typicality=4"), QStringLiteral("--param"), QStringLiteral("timeliness=3") });
    INFO(triage.err.toStdString());
    CHECK(triage.exitCode == 0);
    CHECK(triage.out.trimmed() == QStringLiteral("key_attention"));
    CHECK(test::runCli(db, { QStringLiteral("report"), QStringLiteral("move"), regNo, QStringLiteral("fly") }).exitCode != 0);

    auto again = test::runCli(db, { QStringLiteral("report"), QStringLiteral("get"), words[0], QStringLiteral("--json") });
    const QJsonObject after = QJsonDocument::fromJson(again.out.toUtf8()).object();
    CHECK(after.value(QStringLiteral("triage_class")).toString() == QStringLiteral("B"));
    CHECK(after.value(QStringLiteral("subjects")).toArray().first().toObject().value(QStringLiteral("rank")).toString()
          == QStringLiteral("处级"));
    CHECK(test::runCli(db, { QStringLiteral("report"), QStringLiteral("get"), QStringLiteral("2026-XXX-999999") }).exitCode != 0);
}

TEST_CASE("cli: deadlines lists the reports with a light", "[cases][cli]")
{
    test::Scratch dir;
    const QString db = dir.path(QStringLiteral("cli.sqlite"));
    auto add = test::runCli(db, { QStringLiteral("report"), QStringLiteral("add"), QStringLiteral("--channel"),
                         QStringLiteral("phone"), QStringLiteral("--content"), QStringLiteral("来电反映"),
                         QStringLiteral("--received"), QStringLiteral("2026-02-13T10:00:00") });
    REQUIRE(add.exitCode == 0);
    const QString regNo = add.out.trimmed().split(QLatin1Char(' ')).value(1);

    auto fresh = test::runCli(db, { QStringLiteral("deadlines"), QStringLiteral("--at"), QStringLiteral("2026-02-13") });
    INFO(fresh.err.toStdString());
    CHECK(fresh.exitCode == 0);
    CHECK(fresh.out.trimmed().isEmpty());
    auto yellow = test::runCli(db, { QStringLiteral("deadlines"), QStringLiteral("--at"), QStringLiteral("2026-03-02") });
    CHECK(yellow.out.contains(regNo + QStringLiteral("\tyellow\ttriage")));
    auto red = test::runCli(db, { QStringLiteral("deadlines"), QStringLiteral("--at"), QStringLiteral("2026-03-03") });
    CHECK(red.out.contains(regNo + QStringLiteral("\tred\tdispatch\t2026-03-02")));
    CHECK(test::runCli(db, { QStringLiteral("deadlines"), QStringLiteral("--at"), QStringLiteral("soon") }).exitCode != 0);
}

TEST_CASE("cli: report add runs the repeat check as the intake does", "[cases][cli][repeats]")
{
    test::Scratch dir;
    const QString db = dir.path(QStringLiteral("cli.sqlite"));
    const QStringList args = { QStringLiteral("report"),   QStringLiteral("add"),
                               QStringLiteral("--channel"), QStringLiteral("letter"),
                               QStringLiteral("--content"), QStringLiteral("反映城关镇政府王某违规发放补贴问题。"),
                               QStringLiteral("--subject"), QStringLiteral("王某,城关镇政府,科级") };
    auto first = test::runCli(db, args);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK_FALSE(first.out.contains(QStringLiteral("may repeat")));
    const QString firstNo = first.out.trimmed().split(QLatin1Char(' ')).value(1);

    auto second = test::runCli(db, args);
    INFO(second.err.toStdString());
    REQUIRE(second.exitCode == 0);
    const QStringList lines = second.out.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() >= 2);
    CHECK(lines[0].split(QLatin1Char(' ')).size() == 2); // "ID REG_NO" as before
    CHECK(lines[1].startsWith(QStringLiteral("may repeat ") + firstNo));
    const QString secondId = lines[0].section(QLatin1Char(' '), 0, 0);

    auto get = test::runCli(db, { QStringLiteral("report"), QStringLiteral("get"), secondId, QStringLiteral("--json") });
    REQUIRE(get.exitCode == 0);
    auto session = test::openSession(db);
    QSqlQuery q(session->database().connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM events WHERE report_id = ? AND kind = 'repeat_proposed'"));
    q.addBindValue(secondId);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);

    auto unchecked = test::runCli(db, args + QStringList { QStringLiteral("--no-repeat-check") });
    REQUIRE(unchecked.exitCode == 0);
    CHECK_FALSE(unchecked.out.contains(QStringLiteral("may repeat")));
}

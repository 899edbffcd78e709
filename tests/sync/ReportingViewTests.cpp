// The central store's reporting views (central schema revision 7): an office's statistics
// tool queries them with SQL under a user's database role and sees exactly that office's rows.
#include "models/Role.h"
#include "tests/sync/SyncRig.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace qf;
using namespace qf::test;

namespace {

void syncOk(const QString& db)
{
    const ProcessResult r = runCli(db, { QStringLiteral("sync") }, 300000);
    INFO(r.err.toStdString() + r.out.toStdString());
    REQUIRE(r.exitCode == 0);
}

QString addReport(const QString& db, const QString& content, const QString& subject)
{
    const ProcessResult r = runCli(db, { QStringLiteral("report"), QStringLiteral("add"), QStringLiteral("--channel"),
                                         QStringLiteral("letter"), QStringLiteral("--content"), content,
                                         QStringLiteral("--subject"), subject, QStringLiteral("--no-repeat-check") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out.section(QLatin1Char(' '), 0, 0).trimmed();
}

QString regNo(const QString& db, const QString& id)
{
    const ProcessResult r = runCli(db, { QStringLiteral("report"), QStringLiteral("get"), id, QStringLiteral("--json") });
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("reg_no")).toString();
}

// A query as the user's database role, as a tool signed in for that user runs it.
QString asUser(const PostgresServer& pg, const QString& login, const QString& sql)
{
    const PgResult r = pg.psql(QStringLiteral("SET ROLE qf_u_%1; %2").arg(login, sql));
    INFO(sql.toStdString() << "\n" << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    // psql echoes the command tag of SET ROLE on its own first line.
    QString out = r.out.trimmed();
    if (out.startsWith(QLatin1String("SET\n")))
        out.remove(0, 4);
    return out == QLatin1String("SET") ? QString() : out;
}

QSet<QString> lines(const QString& text)
{
    QSet<QString> s;
    for (const QString& l : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        s << l.trimmed();
    return s;
}

} // namespace

TEST_CASE("a statistics query over the reporting views as an office's user role sees exactly that office's reports", "[sync][reporting]")
{
    SyncRig rig;
    // The county office and a township office, a registry clerk each.
    const QString a = rig.enrolledDatabase(QStringLiteral("a"), rig.addUserWithDevice(QStringLiteral("alice"), QStringLiteral("QH-JW"),
                                                                                      QStringLiteral("registry_clerk")));
    const QString b = rig.enrolledDatabase(QStringLiteral("b"), rig.addUserWithDevice(QStringLiteral("bo"), QStringLiteral("QH-CGZ"),
                                                                                      QStringLiteral("registry_clerk")));
    QStringList aIds, bIds;
    for (int i = 0; i < 4; ++i)
        aIds << addReport(a, QStringLiteral("县纪委收到的第%1件来信").arg(i), QStringLiteral("王某%1,县交通局,科级").arg(i));
    for (int i = 0; i < 2; ++i)
        bIds << addReport(b, QStringLiteral("城关镇收到的第%1件来信").arg(i), QStringLiteral("李某%1,城关镇政府,股级").arg(i));
    REQUIRE(runCli(a, { QStringLiteral("report"), QStringLiteral("move"), aIds[0], QStringLiteral("accept") }).exitCode == 0);
    REQUIRE(runCli(a, { QStringLiteral("report"), QStringLiteral("move"), aIds[1], QStringLiteral("accept") }).exitCode == 0);
    syncOk(a);
    syncOk(b);
    // A report deleted on the server (a tombstone) is left out of every view, with its children.
    REQUIRE(rig.pg.psql(QStringLiteral("UPDATE qf.rows SET deleted = true WHERE tbl = 'reports' AND id = '%1'").arg(aIds[3])).exitCode == 0);

    const QString alice = QStringLiteral("alice");
    // Counts by status, the query a statistics tool runs.
    CHECK(asUser(rig.pg, alice, QStringLiteral("SELECT status || '=' || count(*) FROM reporting.reports GROUP BY status ORDER BY status"))
          == QStringLiteral("accepted=2\nregistered=1"));
    CHECK(lines(asUser(rig.pg, alice, QStringLiteral("SELECT DISTINCT office_code FROM reporting.reports"))) == QSet<QString> { QStringLiteral("QH-JW") });
    CHECK(lines(asUser(rig.pg, alice, QStringLiteral("SELECT reg_no FROM reporting.reports")))
          == QSet<QString> { regNo(a, aIds[0]), regNo(a, aIds[1]), regNo(a, aIds[2]) });
    // Typed: a date for the day it was received, booleans, an accepted report's stage time.
    CHECK(asUser(rig.pg, alice, QStringLiteral("SELECT count(*) FROM reporting.reports WHERE received_on = (received_at AT TIME ZONE "
                                               "'Asia/Shanghai')::date AND received_on >= (now() AT TIME ZONE 'Asia/Shanghai')::date - 1 "
                                               "AND anonymous AND channel = 'letter'"))
          == QStringLiteral("3"));
    CHECK(asUser(rig.pg, alice, QStringLiteral("SELECT count(accepted_at) FROM reporting.reports WHERE status = 'accepted' "
                                               "AND accepted_at >= received_at"))
          == QStringLiteral("2"));
    CHECK(asUser(rig.pg, alice, QStringLiteral("SELECT string_agg(name || '|' || unit || '|' || rank, ',' ORDER BY name) FROM reporting.subjects"))
          == QStringLiteral("王某0|县交通局|科级,王某1|县交通局|科级,王某2|县交通局|科级"));
    CHECK(asUser(rig.pg, alice, QStringLiteral("SELECT count(*) FROM reporting.events e JOIN reporting.reports r USING (report_id) "
                                               "WHERE e.kind = 'registered'"))
          == QStringLiteral("3"));
    CHECK(asUser(rig.pg, alice, QStringLiteral("SELECT count(*) FROM reporting.events WHERE kind = 'accept' AND payload->>'to' = 'accepted'"))
          == QStringLiteral("2"));
    CHECK(asUser(rig.pg, alice, QStringLiteral("SELECT count(*) FROM reporting.events WHERE office_id <> (SELECT DISTINCT office_id FROM reporting.reports)"))
          == QStringLiteral("0"));

    // The township's clerk sees the township's two reports and nothing of the county's.
    const QString bo = QStringLiteral("bo");
    CHECK(asUser(rig.pg, bo, QStringLiteral("SELECT status || '=' || count(*) FROM reporting.reports GROUP BY status")) == QStringLiteral("registered=2"));
    CHECK(lines(asUser(rig.pg, bo, QStringLiteral("SELECT reg_no FROM reporting.reports"))) == QSet<QString> { regNo(b, bIds[0]), regNo(b, bIds[1]) });
    CHECK(asUser(rig.pg, bo, QStringLiteral("SELECT count(*) FROM reporting.subjects WHERE unit = '县交通局'")) == QStringLiteral("0"));
    CHECK(asUser(rig.pg, bo, QStringLiteral("SELECT count(*) FROM reporting.events")).toInt() >= 2);
    CHECK(asUser(rig.pg, bo, QStringLiteral("SELECT count(*) FROM reporting.events WHERE report_id IN ('%1')").arg(aIds.join(QStringLiteral("','"))))
          == QStringLiteral("0"));

    // A restricted report disappears for a role that may not see restricted reports.
    REQUIRE_FALSE(Role::codesThatMay(Capability::SeeRestricted).contains(QStringLiteral("registry_clerk")));
    REQUIRE(rig.pg.psql(QStringLiteral("UPDATE qf.rows SET restricted = true WHERE tbl = 'reports' AND id = '%1'").arg(bIds[1])).exitCode == 0);
    CHECK(asUser(rig.pg, bo, QStringLiteral("SELECT reg_no FROM reporting.reports")) == regNo(b, bIds[0]));
    CHECK(asUser(rig.pg, bo, QStringLiteral("SELECT count(*) FROM reporting.subjects")) == QStringLiteral("1"));
}

TEST_CASE("a reporting tool's own login becomes the user's role and the views name no identity and document every column", "[sync][reporting]")
{
    SyncRig rig;
    const QString a = rig.enrolledDatabase(QStringLiteral("a"), rig.addUserWithDevice(QStringLiteral("alice"), QStringLiteral("QH-JW"),
                                                                                      QStringLiteral("registry_clerk")));
    rig.addUserWithDevice(QStringLiteral("tongji"), QStringLiteral("QH-JW"), QStringLiteral("supervisor"));
    addReport(a, QStringLiteral("统计口径测试来信"), QStringLiteral("赵某,县水利局,科级"));
    syncOk(a);

    // As the README says: a login of the tool's own that becomes the statistics user's role.
    const PgResult made = rig.pg.psql(QStringLiteral("CREATE ROLE stats_tool LOGIN NOINHERIT; GRANT qf_u_tongji TO stats_tool; "
                                                     "ALTER ROLE stats_tool SET role = 'qf_u_tongji'"));
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const PgResult seen = rig.pg.psql(QStringLiteral("SELECT office_code || '|' || status || '|' || count(*) FROM reporting.reports "
                                                     "GROUP BY office_code, status ORDER BY 1"),
                                      QStringLiteral("stats_tool"));
    INFO(seen.err.toStdString());
    CHECK(seen.exitCode == 0);
    CHECK(seen.out.trimmed() == QStringLiteral("QH-JW|registered|1"));
    // The service's own login reads nothing through them.
    const PgResult service = rig.pg.psql(QStringLiteral("SELECT count(*) FROM reporting.reports"), QStringLiteral("qingfeng_sync"));
    CHECK(service.exitCode != 0);
    CHECK(service.err.contains(QStringLiteral("permission denied")));

    const PgResult columns = rig.pg.psql(QStringLiteral(
        "SELECT table_name || '.' || column_name || '|' || (col_description(('reporting.' || table_name)::regclass, "
        "ordinal_position) IS NOT NULL) FROM information_schema.columns WHERE table_schema = 'reporting' ORDER BY 1"));
    REQUIRE(columns.exitCode == 0);
    const QStringList cols = columns.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(cols.size() > 60);
    for (const QString& c : cols) {
        INFO(c.toStdString());
        CHECK(c.endsWith(QStringLiteral("|true"))); // every column has its comment
        for (const char* word : { "reporter", "_enc", "_bidx", "content", "identity", "phone", "id_number" })
            CHECK_FALSE(c.section(QLatin1Char('|'), 0, 0).contains(QLatin1String(word)));
    }
    const PgResult views = rig.pg.psql(QStringLiteral(
        "SELECT c.relname || '|' || (obj_description(c.oid, 'pg_class') IS NOT NULL) || '|' || "
        "coalesce(array_to_string(c.reloptions, ','), '') FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'reporting' AND c.relkind = 'v' ORDER BY 1"));
    CHECK(views.out.trimmed()
          == QStringLiteral("attachments|true|security_invoker=true\nevents|true|security_invoker=true\nreports|true|security_invoker=true\n"
                            "subjects|true|security_invoker=true"));
}

// How concurrent work merges: conflicts kept for a person, status commands, deletes against
// edits, clocks, authorisation, and convergence of several workstations.
#include "models/AttachmentStore.h"
#include "models/CaseStateMachine.h"
#include "models/Database.h"
#include "models/Hlc.h"
#include "models/PersonStore.h"
#include "models/ReportStore.h"
#include "models/Session.h"
#include "sync/SyncClient.h"
#include "tests/sync/SyncRig.h"
#include "models/Uuid7.h"
#include "app/security/KeychainKeyProvider.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>

#include <map>

using namespace qf;
using namespace qf::test;

namespace {

ProcessResult cli(const QString& db, const QStringList& args)
{
    const ProcessResult r = runCli(db, args, 300000);
    return r;
}

void syncOk(const QString& db)
{
    const ProcessResult r = cli(db, { QStringLiteral("sync") });
    INFO(r.err.toStdString() + r.out.toStdString());
    REQUIRE(r.exitCode == 0);
}

QString addReport(const QString& db, const QString& content)
{
    const ProcessResult r = cli(db, { QStringLiteral("report"), QStringLiteral("add"), QStringLiteral("--channel"),
                                      QStringLiteral("letter"), QStringLiteral("--content"), content });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out.section(QLatin1Char(' '), 0, 0).trimmed();
}

QJsonObject report(const QString& db, const QString& id)
{
    const ProcessResult r = cli(db, { QStringLiteral("report"), QStringLiteral("get"), id, QStringLiteral("--json") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QJsonArray conflicts(const QString& db)
{
    const ProcessResult r = cli(db, { QStringLiteral("conflicts"), QStringLiteral("--json") });
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

// A workstation driven in this process: its own database, session and sync client.
struct Workstation
{
    Workstation(SyncRig& rig, const QString& name, const QString& token)
    {
        path = rig.scratch.path(name + QStringLiteral(".db"));
        session = openSession(path);
        client = std::make_unique<sync::SyncClient>(*session, keys, AttachmentStore::defaultRoot(path));
        auto info = client->enrol(rig.syncd.url(), token.toLatin1(), QString::fromLatin1(kPassword));
        QF_REQUIRE_OK(info);
        // Enrolment may have replaced the data key by the office key: open the store again.
        client.reset();
        session.reset();
        session = openSession(path);
        client = std::make_unique<sync::SyncClient>(*session, keys, AttachmentStore::defaultRoot(path));
        reports = &session->reports();
    }
    sync::SyncSummary sync()
    {
        auto s = client->syncOnce();
        QF_REQUIRE_OK(s);
        return *s;
    }
    QString value(const QString& sql)
    {
        QSqlQuery q(session->database().connection());
        REQUIRE(q.exec(sql));
        return q.next() ? q.value(0).toString() : QString();
    }
    QStringList rows(const QString& sql)
    {
        QSqlQuery q(session->database().connection());
        REQUIRE(q.exec(sql));
        QStringList out;
        while (q.next()) {
            QStringList cols;
            for (int i = 0; i < q.record().count(); ++i)
                cols << q.value(i).toString();
            out << cols.join(QLatin1Char('|'));
        }
        return out;
    }

    QString path;
    KeychainKeyProvider keys;
    std::unique_ptr<Session> session;
    std::unique_ptr<sync::SyncClient> client;
    ReportStore* reports = nullptr; // the session's
};

qint64 tenYearsAhead()
{
    return QDateTime::currentMSecsSinceEpoch() + 10LL * 365 * 24 * 3600 * 1000;
}

qint64 anHourBehind()
{
    return QDateTime::currentMSecsSinceEpoch() - 3600LL * 1000;
}

} // namespace

TEST_CASE("a concurrent edit of the same field keeps the later value and a conflict with both - which an officer decides")
{
    SyncRig rig;
    const QString a = rig.enrolledDatabase(QStringLiteral("a"), rig.addUserWithDevice(QStringLiteral("alice"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk")));
    const QString b = rig.enrolledDatabase(QStringLiteral("b"), rig.addUserWithDevice(QStringLiteral("bob"), QStringLiteral("QH-JW"), QStringLiteral("case_officer")));
    const QString id = addReport(a, QStringLiteral("原始内容"));
    syncOk(a);
    syncOk(b);
    REQUIRE(cli(a, { QStringLiteral("report"), QStringLiteral("set"), id, QStringLiteral("demand"), QStringLiteral("甲的要求") }).exitCode == 0);
    REQUIRE(cli(b, { QStringLiteral("report"), QStringLiteral("set"), id, QStringLiteral("demand"), QStringLiteral("乙的要求") }).exitCode == 0);
    syncOk(a);
    syncOk(b);
    syncOk(a);
    // b wrote last: its value wins everywhere, and both workstations hold the conflict.
    CHECK(report(a, id).value(QStringLiteral("demand")).toString() == QStringLiteral("乙的要求"));
    CHECK(report(b, id).value(QStringLiteral("demand")).toString() == QStringLiteral("乙的要求"));
    const QJsonArray ca = conflicts(a);
    REQUIRE(ca.size() == 1);
    const QJsonObject c = ca.at(0).toObject();
    CHECK(c.value(QStringLiteral("field")).toString() == QStringLiteral("demand"));
    CHECK(c.value(QStringLiteral("kept")).toString() == QStringLiteral("\"乙的要求\""));
    CHECK(c.value(QStringLiteral("other")).toString() == QStringLiteral("\"甲的要求\""));
    CHECK(conflicts(b).size() == 1);
    // The officer chooses the other value on a; the decision travels.
    REQUIRE(cli(a, { QStringLiteral("conflicts"), QStringLiteral("resolve"), c.value(QStringLiteral("id")).toString(),
                     QStringLiteral("--other") }).exitCode == 0);
    syncOk(a);
    syncOk(b);
    CHECK(report(b, id).value(QStringLiteral("demand")).toString() == QStringLiteral("甲的要求"));
    CHECK(conflicts(a).isEmpty());
    CHECK(conflicts(b).isEmpty());
}

TEST_CASE("a status change that is no longer legal on the server is refused with a reason and does not block later changes")
{
    SyncRig rig;
    const QString a = rig.enrolledDatabase(QStringLiteral("a"), rig.addUserWithDevice(QStringLiteral("alice"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk")));
    const QString b = rig.enrolledDatabase(QStringLiteral("b"), rig.addUserWithDevice(QStringLiteral("bea"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk")));
    const QString id = addReport(a, QStringLiteral("状态冲突测试"));
    syncOk(a);
    syncOk(b);
    REQUIRE(cli(a, { QStringLiteral("report"), QStringLiteral("move"), id, QStringLiteral("accept") }).exitCode == 0);
    REQUIRE(cli(b, { QStringLiteral("report"), QStringLiteral("move"), id, QStringLiteral("out_of_scope"),
                     QStringLiteral("--param"), QStringLiteral("referred_to=县人民法院") }).exitCode == 0);
    REQUIRE(cli(b, { QStringLiteral("report"), QStringLiteral("set"), id, QStringLiteral("region"), QStringLiteral("河西乡") }).exitCode == 0);
    syncOk(a);
    const ProcessResult sb = cli(b, { QStringLiteral("sync") });
    CHECK(sb.exitCode == 1); // not everything was taken
    CHECK(sb.out.contains(QStringLiteral("refused")));
    const ProcessResult failures = cli(b, { QStringLiteral("sync"), QStringLiteral("failures") });
    CHECK(failures.out.contains(QStringLiteral("cannot change from accepted to out_of_scope")));
    syncOk(a);
    CHECK(report(b, id).value(QStringLiteral("status")).toString() == QStringLiteral("accepted"));
    CHECK(report(a, id).value(QStringLiteral("region")).toString() == QStringLiteral("河西乡"));
}

TEST_CASE("registration numbers given offline on two workstations stay unique")
{
    SyncRig rig;
    const QString a = rig.enrolledDatabase(QStringLiteral("a"), rig.addUserWithDevice(QStringLiteral("alice"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk")));
    const QString b = rig.enrolledDatabase(QStringLiteral("b"), rig.addUserWithDevice(QStringLiteral("bea"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk")));
    QSet<QString> numbers;
    for (int i = 0; i < 3; ++i) {
        numbers << report(a, addReport(a, QStringLiteral("甲机第%1件").arg(i))).value(QStringLiteral("reg_no")).toString();
        numbers << report(b, addReport(b, QStringLiteral("乙机第%1件").arg(i))).value(QStringLiteral("reg_no")).toString();
    }
    CHECK(numbers.size() == 6);
    syncOk(a);
    syncOk(b);
    syncOk(a);
    CHECK(rig.serverCount(QStringLiteral("reports")) == 6);
    CHECK(rig.pg.psql(QStringLiteral("SELECT count(DISTINCT data->>'reg_no') FROM qf.rows WHERE tbl = 'reports'")).out
          == QStringLiteral("6"));
}

TEST_CASE("a delete against a concurrent edit keeps the edit and records the conflict")
{
    SyncRig rig;
    Workstation a(rig, QStringLiteral("a"), rig.addUserWithDevice(QStringLiteral("alice"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk")));
    Workstation b(rig, QStringLiteral("b"), rig.addUserWithDevice(QStringLiteral("bea"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk")));
    ReportDraft d;
    d.channel = QStringLiteral("letter");
    d.content = QStringLiteral("删除与编辑冲突");
    d.subjects << SubjectDraft { QStringLiteral("李某"), QStringLiteral("水利局"), QStringLiteral("科级"), {} };
    auto reg = a.reports->add(d);
    QF_REQUIRE_OK(reg);
    a.sync();
    b.sync();
    const QString subject = a.value(QStringLiteral("SELECT id FROM subjects WHERE report_id = '%1'").arg(reg->id));
    QF_REQUIRE_OK(b.session->writer().apply(Change::update(QStringLiteral("subjects"), subject, { { QStringLiteral("unit"), QStringLiteral("县水利局") } })));
    QF_REQUIRE_OK(a.session->writer().apply(Change::remove(QStringLiteral("subjects"), subject)));
    b.sync();
    a.sync();
    b.sync();
    CHECK(rig.serverValue(QStringLiteral("subjects"), subject, QStringLiteral("unit")) == QStringLiteral("县水利局"));
    CHECK(rig.pg.psql(QStringLiteral("SELECT deleted FROM qf.rows WHERE id = '%1'").arg(subject)).out == QStringLiteral("f"));
    CHECK(a.value(QStringLiteral("SELECT deleted FROM subjects WHERE id = '%1'").arg(subject)) == QStringLiteral("0"));
    CHECK(a.value(QStringLiteral("SELECT kind FROM sync_conflicts WHERE row_id = '%1'").arg(subject)) == QStringLiteral("delete_vs_edit"));
}

TEST_CASE("authorisation: another office receives nothing - identities reach only entitled roles - also around the service")
{
    SyncRig rig;
    Workstation alice(rig, QStringLiteral("alice"), rig.addUserWithDevice(QStringLiteral("alice"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk")));
    ReportDraft d;
    d.channel = QStringLiteral("letter");
    d.content = QStringLiteral("实名举报某局长");
    PersonIdentity reporter;
    reporter.name = QStringLiteral("赵举报");
    reporter.idNumber = QStringLiteral("11010519491231002X");
    reporter.phone = QStringLiteral("13800138000");
    d.reporter = reporter;
    auto reg = alice.reports->add(d);
    QF_REQUIRE_OK(reg);
    const auto summary = alice.sync();
    CHECK(summary.refused == 0);

    Workstation dave(rig, QStringLiteral("dave"), rig.addUserWithDevice(QStringLiteral("dave"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk")));
    Workstation bob(rig, QStringLiteral("bob"), rig.addUserWithDevice(QStringLiteral("bob"), QStringLiteral("QH-JW"), QStringLiteral("case_officer")));
    Workstation carol(rig, QStringLiteral("carol"), rig.addUserWithDevice(QStringLiteral("carol"), QStringLiteral("JZ-JW"), QStringLiteral("registry_clerk")));
    // The office's keys reach dave and bob sealed to their own keys by a workstation that holds
    // them (alice's), at its first sync after their accounts were made.
    alice.sync();
    dave.sync();
    bob.sync();
    carol.sync();

    // Another office: not the report, not its person, not its events.
    CHECK(carol.value(QStringLiteral("SELECT count(*) FROM reports")) == QStringLiteral("0"));
    CHECK(carol.value(QStringLiteral("SELECT count(*) FROM persons")) == QStringLiteral("0"));
    CHECK(carol.value(QStringLiteral("SELECT count(*) FROM events")) == QStringLiteral("0"));
    // Same office, entitled: the identity arrives sealed with the office key and opens.
    const QString personId = alice.value(QStringLiteral("SELECT reporter_id FROM reports WHERE id = '%1'").arg(reg->id));
    REQUIRE_FALSE(personId.isEmpty());
    auto revealed = dave.session->persons().reveal(personId, QStringLiteral("test"));
    QF_REQUIRE_OK(revealed);
    CHECK(revealed->name == QStringLiteral("赵举报"));
    // Same office, not entitled: the report, but the person without any identity.
    CHECK(bob.value(QStringLiteral("SELECT count(*) FROM reports")) == QStringLiteral("1"));
    CHECK(bob.value(QStringLiteral("SELECT count(*) FROM persons WHERE id = '%1'").arg(personId)) == QStringLiteral("1"));
    CHECK(bob.value(QStringLiteral("SELECT count(*) FROM persons WHERE name_enc IS NOT NULL OR id_number_enc IS NOT NULL "
                                   "OR phone_enc IS NOT NULL OR id_bidx IS NOT NULL")) == QStringLiteral("0"));

    // Around the service: its own login sees nothing; each user's role sees what the policies allow.
    CHECK(rig.pg.psql(QStringLiteral("SELECT count(*) FROM qf.rows"), QStringLiteral("qingfeng_sync")).exitCode != 0);
    auto asRole = [&](const QString& login, const QString& sql) {
        return rig.pg.psql(QStringLiteral("SET ROLE qf_u_%1; %2").arg(login, sql)).out.section(QLatin1Char('\n'), -1);
    };
    CHECK(asRole(QStringLiteral("carol"), QStringLiteral("SELECT count(*) FROM qf.rows WHERE tbl IN ('reports', 'persons', 'events')")) == QStringLiteral("0"));
    CHECK(asRole(QStringLiteral("bob"), QStringLiteral("SELECT count(*) FROM qf.identities")) == QStringLiteral("0"));
    // The accounts (hashes, wrapped keys, sealed boxes) are not even readable by a user's role.
    CHECK(rig.pg.psql(QStringLiteral("SET ROLE qf_u_dave; SELECT count(*) FROM qf.credentials")).exitCode != 0);
    CHECK(asRole(QStringLiteral("dave"), QStringLiteral("SELECT count(*) FROM qf.identities")) == QStringLiteral("1"));
    // Writing into another office is refused by the database itself.
    const auto forged = rig.pg.psql(
        QStringLiteral("SET ROLE qf_u_carol; UPDATE qf.rows SET data = data || '{\"content\":\"x\"}' WHERE tbl = 'reports'; "
                       "SELECT count(*) FROM qf.rows WHERE data->>'content' = 'x'"));
    CHECK(forged.out.section(QLatin1Char('\n'), -1) == QStringLiteral("0"));
    CHECK(rig.pg.psql(QStringLiteral("SET ROLE qf_u_carol; INSERT INTO qf.rows (tbl, id, office, data, created_hlc, hlc, seq) "
                                     "SELECT 'reports', 'x', office, '{}', 0, 0, 0 FROM qf.rows WHERE tbl = 'reports' LIMIT 1"))
              .exitCode
          == 0); // sees no report of the other office, so inserts nothing
    CHECK(rig.pg.psql(QStringLiteral("SET ROLE qf_u_carol; INSERT INTO qf.rows (tbl, id, office, data, created_hlc, hlc, seq) "
                                     "VALUES ('reports', 'y', '%1', '{}', 0, 0, 0)")
                          .arg(Uuid7::stableFor(QStringLiteral("organisations"), QStringLiteral("QH-JW"))))
              .exitCode
          != 0);
}

TEST_CASE("clock skew: a workstation ten years ahead cannot poison a field - one an hour behind still orders after what it saw")
{
    SyncRig rig;
    Workstation a(rig, QStringLiteral("a"), rig.addUserWithDevice(QStringLiteral("alice"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk")));
    Workstation ahead(rig, QStringLiteral("ahead"), rig.addUserWithDevice(QStringLiteral("bea"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk")));
    Workstation behind(rig, QStringLiteral("behind"), rig.addUserWithDevice(QStringLiteral("cai"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk")));
    {
        Hlc skewed(&tenYearsAhead);
        skewed.restore(ahead.session->writer().clock().last());
        ahead.session->writer().clock() = skewed;
        Hlc late(&anHourBehind);
        behind.session->writer().clock() = late;
    }
    ReportDraft d;
    d.channel = QStringLiteral("phone");
    d.content = QStringLiteral("时钟偏差测试");
    auto reg = a.reports->add(d);
    QF_REQUIRE_OK(reg);
    a.sync();
    ahead.sync();
    behind.sync();

    QF_REQUIRE_OK(ahead.reports->setField(reg->id, QStringLiteral("region"), QStringLiteral("未来")));
    ahead.sync();
    const qint64 limit = Hlc::pack(QDateTime::currentMSecsSinceEpoch() + 10 * 60 * 1000, 0);
    CHECK(rig.pg.psql(QStringLiteral("SELECT (clocks->>'region')::bigint < %1 FROM qf.rows WHERE id = '%2'").arg(limit).arg(reg->id)).out
          == QStringLiteral("t"));
    // The service changed the change's clock: the row came back to the workstation with it.
    CHECK(ahead.value(QStringLiteral("SELECT hlc FROM field_clocks WHERE row_id = '%1' AND field = 'region'").arg(reg->id))
          == rig.pg.psql(QStringLiteral("SELECT clocks->>'region' FROM qf.rows WHERE id = '%1'").arg(reg->id)).out.trimmed());
    QF_REQUIRE_OK(a.reports->setField(reg->id, QStringLiteral("region"), QStringLiteral("现在")));
    a.sync();
    CHECK(rig.serverValue(QStringLiteral("reports"), reg->id, QStringLiteral("region")) == QStringLiteral("现在"));

    behind.sync(); // sees 现在 and the server's clock
    QF_REQUIRE_OK(behind.reports->setField(reg->id, QStringLiteral("region"), QStringLiteral("稍后")));
    behind.sync();
    CHECK(rig.serverValue(QStringLiteral("reports"), reg->id, QStringLiteral("region")) == QStringLiteral("稍后"));
    a.sync();
    ahead.sync();
    CHECK(a.value(QStringLiteral("SELECT region FROM reports WHERE id = '%1'").arg(reg->id)) == QStringLiteral("稍后"));
    CHECK(ahead.value(QStringLiteral("SELECT region FROM reports WHERE id = '%1'").arg(reg->id)) == QStringLiteral("稍后"));
}

TEST_CASE("convergence: three workstations work offline at random and sync in random orders - all equal the server")
{
    for (const quint32 seed : { 7u, 1234u, 99991u }) {
        DYNAMIC_SECTION("seed " << seed)
        {
            SyncRig rig;
            std::vector<std::unique_ptr<Workstation>> ws;
            for (const char* login : { "w1", "w2", "w3" })
                ws.push_back(std::make_unique<Workstation>(
                    rig, QString::fromLatin1(login),
                    rig.addUserWithDevice(QString::fromLatin1(login), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk"))));
            QRandomGenerator rng(seed);
            // (report, field) -> workstations that changed it in this round, and to what
            std::map<std::pair<QString, QString>, std::map<int, QString>> edited;
            QSet<QPair<QString, QString>> mustConflict;
            for (int round = 0; round < 3; ++round) {
                edited.clear();
                for (int w = 0; w < 3; ++w) {
                    Workstation& x = *ws[w];
                    const QStringList known = x.rows(QStringLiteral("SELECT id FROM reports ORDER BY id"));
                    for (int op = 0; op < 6; ++op) {
                        const int kind = known.isEmpty() ? 0 : rng.bounded(10);
                        if (kind < 3) {
                            ReportDraft d;
                            d.channel = QStringLiteral("letter");
                            d.content = QStringLiteral("随机举报%1-%2-%3").arg(w).arg(round).arg(rng.bounded(100000));
                            QF_REQUIRE_OK(x.reports->add(d));
                        } else if (kind < 7) {
                            const QString id = known[rng.bounded(known.size())];
                            const QString field = QStringList { QStringLiteral("content"), QStringLiteral("region"),
                                                                QStringLiteral("demand") }[rng.bounded(3)];
                            const QString value = QStringLiteral("值%1-%2").arg(w).arg(rng.bounded(1000000));
                            QF_REQUIRE_OK(x.reports->setField(id, field, value));
                            edited[{ id, field }][w] = value;
                        } else if (kind < 9) {
                            const QString id = known[rng.bounded(known.size())];
                            CaseStateMachine m(*x.reports);
                            auto r = x.reports->get(id);
                            QF_REQUIRE_OK(r);
                            if (r->state == CaseState::Registered)
                                QF_REQUIRE_OK(m.apply(id, Transition::Accept, {}, Actor { x.session->userId(), QStringLiteral("registry_clerk") }));
                        } else {
                            const QString id = known[rng.bounded(known.size())];
                            AttachmentStore store(x.session->writer(), AttachmentStore::defaultRoot(x.path));
                            QByteArray bytes(2000 + rng.bounded(50000), Qt::Uninitialized);
                            for (char& c : bytes)
                                c = static_cast<char>(rng.bounded(256));
                            QF_REQUIRE_OK(store.attachData(id, bytes, QStringLiteral("scan%1.png").arg(op), QStringLiteral("scan")));
                        }
                    }
                }
                for (const auto& [key, byWs] : edited) {
                    QSet<QString> values;
                    for (const auto& [w, v] : byWs)
                        values.insert(v);
                    if (byWs.size() >= 2 && values.size() >= 2)
                        mustConflict.insert({ key.first, key.second });
                }
                std::vector<int> order { 0, 1, 2 };
                for (int i = 2; i > 0; --i)
                    std::swap(order[i], order[rng.bounded(i + 1)]);
                for (int w : order)
                    ws[w]->sync();
                for (int w : order)
                    ws[w]->sync();
            }
            for (auto& x : ws)
                x->sync();

            const QString serverReports = rig.pg.psql(QStringLiteral(
                "SELECT string_agg(id || '|' || coalesce(data->>'content', '') || '|' || coalesce(data->>'region', '') || '|' "
                "|| coalesce(data->>'demand', '') || '|' || coalesce(data->>'status', ''), E'\\n' ORDER BY id) FROM qf.rows "
                "WHERE tbl = 'reports'")).out;
            const QString serverCounts = rig.pg.psql(QStringLiteral(
                "SELECT string_agg(tbl || ':' || n, ',' ORDER BY tbl) FROM (SELECT tbl, count(*) n FROM qf.rows WHERE tbl IN "
                "('reports', 'events', 'report_attachments', 'sync_conflicts') GROUP BY tbl) x")).out;
            for (auto& x : ws) {
                const QString mine = x->rows(QStringLiteral(
                    "SELECT id || '|' || coalesce(content, '') || '|' || coalesce(region, '') || '|' || coalesce(demand, '') "
                    "|| '|' || coalesce(status, '') FROM reports ORDER BY id")).join(QLatin1Char('\n'));
                CHECK(mine == serverReports);
                const QString counts = x->rows(QStringLiteral(
                    "SELECT t || ':' || n FROM (SELECT 'events' t, count(*) n FROM events UNION ALL SELECT "
                    "'report_attachments', count(*) FROM report_attachments UNION ALL SELECT 'reports', count(*) FROM reports "
                    "UNION ALL SELECT 'sync_conflicts', count(*) FROM sync_conflicts) WHERE n > 0 ORDER BY t")).join(QLatin1Char(','));
                CHECK(counts == serverCounts);
                CHECK(x->value(QStringLiteral("SELECT count(*) FROM blob_fetch")) == QStringLiteral("0"));
                CHECK(x->value(QStringLiteral("SELECT count(*) FROM report_attachments l LEFT JOIN attachments a ON "
                                              "a.sha256 = l.sha256 WHERE a.sha256 IS NULL")) == QStringLiteral("0"));
                CHECK(x->value(QStringLiteral("SELECT count(*) FROM outbox")) == QStringLiteral("0"));
            }
            for (const auto& [id, field] : std::as_const(mustConflict)) {
                INFO(id.toStdString() + " " + field.toStdString());
                CHECK(rig.pg.psql(QStringLiteral("SELECT count(*) FROM qf.rows WHERE tbl = 'sync_conflicts' AND "
                                                 "data->>'row_id' = '%1' AND data->>'field' = '%2'").arg(id, field))
                          .out.toInt()
                      >= 1);
            }
        }
    }
}

TEST_CASE("convergence with pulled pages of one row and of 10000 rows: both replicas end identical and equal the server")
{
    SyncRig rig;
    Workstation one(rig, QStringLiteral("p1"),
                    rig.addUserWithDevice(QStringLiteral("p1"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk")));
    Workstation many(rig, QStringLiteral("p10k"),
                     rig.addUserWithDevice(QStringLiteral("p10k"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk")));
    one.client->setPageSize(1);
    // More than the service puts in one page (sync::kMaxPage): it answers with its largest.
    many.client->setPageSize(10000);
    Workstation* ws[] = { &one, &many };
    QRandomGenerator rng(4242);
    for (int round = 0; round < 3; ++round) {
        for (Workstation* x : ws) {
            const QStringList known = x->rows(QStringLiteral("SELECT id FROM reports ORDER BY id"));
            for (int op = 0; op < 5; ++op) {
                const int kind = known.isEmpty() ? 0 : rng.bounded(10);
                if (kind < 4) {
                    ReportDraft d;
                    d.channel = QStringLiteral("letter");
                    d.content = QStringLiteral("分页收敛%1-%2").arg(round).arg(rng.bounded(100000));
                    QF_REQUIRE_OK(x->reports->add(d));
                } else if (kind < 8) {
                    const QString id = known[rng.bounded(known.size())];
                    const QString field = QStringList { QStringLiteral("content"), QStringLiteral("region"),
                                                        QStringLiteral("demand") }[rng.bounded(3)];
                    QF_REQUIRE_OK(x->reports->setField(id, field, QStringLiteral("值%1").arg(rng.bounded(1000000))));
                } else {
                    const QString id = known[rng.bounded(known.size())];
                    CaseStateMachine m(*x->reports);
                    auto r = x->reports->get(id);
                    QF_REQUIRE_OK(r);
                    if (r->state == CaseState::Registered)
                        QF_REQUIRE_OK(m.apply(id, Transition::Accept, {},
                                              Actor { x->session->userId(), QStringLiteral("registry_clerk") }));
                }
            }
        }
        one.sync();
        many.sync();
    }
    one.sync(); // takes what the other sent last

    const QString serverReports = rig.pg.psql(QStringLiteral(
        "SELECT string_agg(id || '|' || coalesce(data->>'content', '') || '|' || coalesce(data->>'region', '') || '|' "
        "|| coalesce(data->>'demand', '') || '|' || coalesce(data->>'status', ''), E'\\n' ORDER BY id) FROM qf.rows "
        "WHERE tbl = 'reports'")).out;
    for (Workstation* x : ws) {
        CHECK(x->rows(QStringLiteral("SELECT id || '|' || coalesce(content, '') || '|' || coalesce(region, '') || '|' || "
                                     "coalesce(demand, '') || '|' || coalesce(status, '') FROM reports ORDER BY id"))
                  .join(QLatin1Char('\n'))
              == serverReports);
        CHECK(x->value(QStringLiteral("SELECT count(*) FROM outbox")) == QStringLiteral("0"));
    }
    const QStringList rowsOne = rig.replicaRows(one.path);
    const QStringList rowsMany = rig.replicaRows(many.path);
    CHECK(rowsNotIn(rowsOne, rowsMany) == QStringList());
    CHECK(rowsNotIn(rowsMany, rowsOne) == QStringList());
    CHECK(rowsOne.size() == rowsMany.size());
}

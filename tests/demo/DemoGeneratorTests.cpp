// The demo generator: reproducible, realistic, written through the real write path, with
// its planted duplicates and repeat reporters recorded as ground truth.
#include "tests/support/TestSupport.h"

#include "models/CaseState.h"
#include "models/Database.h"
#include "models/IdNumber.h"
#include "models/RegistrationNumbers.h"
#include "models/Session.h"
#include "app/demo/DemoGenerator.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace qf;

namespace {

const QDate kEnd(2026, 3, 31);

qint64 count(Session& s, const QString& sql)
{
    QSqlQuery q(s.database().connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

std::unique_ptr<Session> generate(const QString& path, qint64 reports, quint64 seed)
{
    auto session = test::openSession(path);
    RegistrationNumbers numbers(session->database());
    QF_REQUIRE_OK(numbers.setDeviceTag(QStringLiteral("K7Q")));
    DemoGenerator generator(*session, DemoOptions { reports, seed, kEnd });
    qint64 calls = 0;
    QF_REQUIRE_OK(generator.run([&](qint64 done, qint64 total) {
        ++calls;
        CHECK(done <= total);
        return true;
    }));
    CHECK(calls >= 1);
    CHECK(generator.summary().reports == reports);
    return session;
}

// Everything a user sees of the data, keyed by registration number: UUIDs and sealed
// blobs differ between runs by design, so they are left out; identities are compared
// after revealing them.
QByteArray fingerprint(Session& s)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery q(s.database().connection());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT r.reg_no, r.channel, r.received_at, r.status, r.anonymous, r.who, r.what, r.when_text, r.where_text, "
        "r.why, r.result, r.demand, r.disposition, r.content, r.triage_class, c.code, "
        "(SELECT group_concat(name || '/' || unit || '/' || rank || '/' || position, ';') FROM subjects WHERE report_id = r.id), "
        "(SELECT d.reg_no FROM demo_labels l JOIN reports d ON d.id = l.near_duplicate_of WHERE l.report_id = r.id), "
        "(SELECT d.reg_no FROM demo_labels l JOIN reports d ON d.id = l.repeat_person_of WHERE l.report_id = r.id), "
        "r.reporter_id FROM reports r LEFT JOIN categories c ON c.id = r.category_id ORDER BY r.reg_no")));
    QStringList ids;
    while (q.next()) {
        for (int i = 0; i < 19; ++i)
            hash.addData(QByteArray(q.value(i).toString().toUtf8() + '\x1f'));
        ids << q.value(19).toString();
    }
    for (const QString& id : std::as_const(ids)) {
        if (id.isEmpty())
            continue;
        auto p = s.persons().reveal(id, QStringLiteral("test"));
        QF_REQUIRE_OK(p);
        hash.addData((p->name + p->idNumber + p->phone + p->address).toUtf8());
    }
    return hash.result();
}

} // namespace

TEST_CASE("demo: the same seed gives the same data - another seed other data", "[demo]")
{
    test::Scratch dir;
    auto a = generate(dir.path(QStringLiteral("a.sqlite")), 400, 7);
    auto b = generate(dir.path(QStringLiteral("b.sqlite")), 400, 7);
    auto c = generate(dir.path(QStringLiteral("c.sqlite")), 400, 8);
    const QByteArray fa = fingerprint(*a);
    CHECK(fa == fingerprint(*b));
    CHECK(fa != fingerprint(*c));
}

TEST_CASE("demo: realistic data through the write path - planted shares and their ground truth", "[demo]")
{
    test::Scratch dir;
    const qint64 n = 3000;
    auto s = generate(dir.path(QStringLiteral("d.sqlite")), n, 1);

    {
        INFO("reference data: every role, the taxonomy with must-review categories, the organisations");
        CHECK(count(*s, QStringLiteral("SELECT count(DISTINCT role) FROM users")) == 7);
        CHECK(count(*s, QStringLiteral("SELECT count(*) FROM categories WHERE must_review = 1 AND parent_id IS NULL")) == 3);
        CHECK(count(*s, QStringLiteral("SELECT count(*) FROM categories WHERE parent_id IS NOT NULL")) > 20);
        CHECK(count(*s, QStringLiteral("SELECT count(DISTINCT level) FROM organisations")) == 7);
        CHECK(count(*s, QStringLiteral("SELECT count(*) FROM organisations WHERE name = '第三纪检监察室'")) == 1);
    }

    {
        INFO("every report: a registration number, a 'registered' event, an outbox entry, 1-2 subjects");
        CHECK(count(*s, QStringLiteral("SELECT count(*) FROM reports")) == n);
        QSqlQuery q(s->database().connection());
        REQUIRE(q.exec(QStringLiteral("SELECT reg_no FROM reports")));
        while (q.next()) {
            if (!RegistrationNumbers::isWellFormed(q.value(0).toString()) || !q.value(0).toString().contains(QStringLiteral("-K7Q-")))
                FAIL("bad registration number " << q.value(0).toString().toStdString());
        }
        CHECK(count(*s, QStringLiteral("SELECT count(DISTINCT reg_no) FROM reports")) == n);
        CHECK(count(*s, QStringLiteral("SELECT count(*) FROM reports r WHERE (SELECT count(*) FROM events e "
                                       "WHERE e.report_id = r.id AND e.kind = 'registered') <> 1")) == 0);
        CHECK(count(*s, QStringLiteral("SELECT count(*) FROM reports r WHERE NOT EXISTS (SELECT 1 FROM outbox o "
                                       "WHERE o.table_name = 'reports' AND o.row_id = r.id AND o.op = 'insert')")) == 0);
        CHECK(count(*s, QStringLiteral("SELECT count(*) FROM reports r WHERE (SELECT count(*) FROM subjects x "
                                       "WHERE x.report_id = r.id) NOT BETWEEN 1 AND 2")) == 0);
        CHECK(count(*s, QStringLiteral("SELECT count(*) FROM reports WHERE hlc = 0")) == 0);
        // Visitors come with a visit; contents differ; received over about three years.
        CHECK(count(*s, QStringLiteral("SELECT count(*) FROM reports r WHERE channel = 'visit' AND NOT EXISTS "
                                       "(SELECT 1 FROM visits v WHERE v.report_id = r.id)")) == 0);
        CHECK(count(*s, QStringLiteral("SELECT count(DISTINCT content) FROM reports")) > n * 95 / 100);
        CHECK(count(*s, QStringLiteral("SELECT count(DISTINCT channel) FROM reports")) == 6);
        // Statuses are states of the case state machine.
        QSqlQuery st(s->database().connection());
        REQUIRE(st.exec(QStringLiteral("SELECT DISTINCT status FROM reports")));
        int states = 0;
        while (st.next()) {
            INFO(st.value(0).toString().toStdString());
            CHECK(stateFromName(st.value(0).toString()).has_value());
            ++states;
        }
        CHECK(states >= 8);
        CHECK(count(*s, QStringLiteral("SELECT count(DISTINCT substr(received_at, 1, 4)) FROM reports")) >= 3);
        CHECK(count(*s, QStringLiteral("SELECT count(*) FROM reports WHERE received_at > '2026-04-01'")) == 0);
    }

    {
        INFO("planted shares within tolerance");
        const double dup = count(*s, QStringLiteral("SELECT count(*) FROM demo_labels WHERE near_duplicate_of IS NOT NULL"));
        const double realName = count(*s, QStringLiteral("SELECT count(*) FROM reports WHERE anonymous = 0"));
        const double repeat = count(*s, QStringLiteral("SELECT count(*) FROM demo_labels WHERE repeat_person_of IS NOT NULL"));
        CHECK(dup / n == Approx(0.08).margin(0.02));
        CHECK(realName / n == Approx(0.60).margin(0.04));
        CHECK(repeat / realName == Approx(0.15).margin(0.03));
    }

    {
        INFO("ground truth is consistent with the data");
        // A near-duplicate: an earlier report of the same category, with a slightly edited text.
        QSqlQuery q(s->database().connection());
        REQUIRE(q.exec(QStringLiteral(
            "SELECT r.content, o.content, r.category_id = o.category_id, o.received_at <= r.received_at "
            "FROM demo_labels l JOIN reports r ON r.id = l.report_id JOIN reports o ON o.id = l.near_duplicate_of")));
        int pairs = 0, changed = 0;
        while (q.next()) {
            ++pairs;
            const QString dupText = q.value(0).toString(), original = q.value(1).toString();
            CHECK(q.value(2).toBool());
            CHECK(q.value(3).toBool());
            CHECK(qAbs(dupText.size() - original.size()) <= 8);
            changed += dupText != original ? 1 : 0;
        }
        CHECK(pairs > 0);
        CHECK(changed >= pairs * 9 / 10);
        // A repeat reporter: the same ID number (blind index) as the earlier report's reporter.
        CHECK(count(*s, QStringLiteral(
                  "SELECT count(*) FROM demo_labels l JOIN reports r ON r.id = l.report_id JOIN persons p ON p.id = r.reporter_id "
                  "JOIN reports o ON o.id = l.repeat_person_of JOIN persons op ON op.id = o.reporter_id "
                  "WHERE l.repeat_person_of IS NOT NULL AND p.id_bidx <> op.id_bidx")) == 0);
        CHECK(count(*s, QStringLiteral("SELECT count(*) FROM demo_labels l JOIN reports r ON r.id = l.report_id "
                                       "JOIN reports o ON o.id = l.repeat_person_of WHERE o.received_at > r.received_at")) == 0);
        CHECK(count(*s, QStringLiteral("SELECT count(*) FROM persons WHERE key_petitioner = 1")) > 0);
    }

    {
        INFO("identities are sealed, found by blind index and revealed with valid ID numbers");
        CHECK(count(*s, QStringLiteral("SELECT count(*) FROM persons WHERE name_enc IS NULL OR id_bidx IS NULL")) == 0);
        QSqlQuery q(s->database().connection());
        REQUIRE(q.exec(QStringLiteral("SELECT id, id_number_enc FROM persons ORDER BY id LIMIT 50")));
        int checked = 0;
        while (q.next()) {
            auto p = s->persons().reveal(q.value(0).toString(), QStringLiteral("test"));
            QF_REQUIRE_OK(p);
            CHECK_FALSE(q.value(1).toByteArray().contains(p->idNumber.toLatin1()));
            const IdNumberCheck check = IdNumber::check(p->idNumber);
            INFO(check.reason.toStdString());
            CHECK(check.valid);
            CHECK(!p->name.isEmpty());
            auto found = s->persons().findByIdNumber(p->idNumber);
            QF_REQUIRE_OK(found);
            CHECK(found->contains(q.value(0).toString()));
            ++checked;
        }
        CHECK(checked == 50);
    }
}

TEST_CASE("demo: a second run adds reports and reuses the reference data", "[demo]")
{
    test::Scratch dir;
    auto s = generate(dir.path(QStringLiteral("twice.sqlite")), 200, 1);
    const qint64 orgs = count(*s, QStringLiteral("SELECT count(*) FROM organisations"));
    DemoGenerator again(*s, DemoOptions { 300, 2, kEnd });
    QF_REQUIRE_OK(again.run());
    CHECK(count(*s, QStringLiteral("SELECT count(*) FROM reports")) == 500);
    CHECK(count(*s, QStringLiteral("SELECT count(*) FROM organisations")) == orgs);

    // Cancelling keeps what was committed.
    DemoGenerator cancelled(*s, DemoOptions { 5000, 3, kEnd });
    QF_REQUIRE_OK(cancelled.run([](qint64, qint64) { return false; }));
    const qint64 after = count(*s, QStringLiteral("SELECT count(*) FROM reports"));
    CHECK(after > 500);
    CHECK(after < 5500);
}

TEST_CASE("demo: the CLI command", "[demo][cli]")
{
    test::Scratch dir;
    const QString db = dir.path(QStringLiteral("cli.sqlite"));
    for (const char* bad : { "abc", "0", "-5", "1.5" }) {
        auto r = test::runCli(db, { QStringLiteral("demo"),
                                                                    QStringLiteral("--reports"), QString::fromLatin1(bad) });
        INFO(bad);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("--reports")));
    }
    auto badSeed = test::runCli(db, { QStringLiteral("demo"),
                                                                      QStringLiteral("--seed"), QStringLiteral("x") });
    CHECK(badSeed.exitCode == 2);

    auto ok = test::runCli(db, { QStringLiteral("demo"),
                                                                 QStringLiteral("--reports"), QStringLiteral("120"),
                                                                 QStringLiteral("--seed"), QStringLiteral("5") });
    INFO(ok.err.toStdString());
    REQUIRE(ok.exitCode == 0);
    CHECK(ok.out.contains(QStringLiteral("reports: 120\n")));
    CHECK(ok.out.contains(QStringLiteral("planted_near_duplicates: ")));
    CHECK(ok.out.contains(QStringLiteral("reports_per_s: ")));
}

TEST_CASE("demo: qingfeng-bench store prints name: value lines", "[demo][bench]")
{
    auto r = test::runProgram(QStringLiteral("qingfeng-bench"), { QStringLiteral("store"), QStringLiteral("--reports"),
                                                                  QStringLiteral("300") },
                              300000);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    static const QRegularExpression line(QStringLiteral("^[a-z_]+: [0-9]+(\\.[0-9]+)?$"));
    QStringList names;
    for (const QString& l : lines) {
        INFO(l.toStdString());
        CHECK(line.match(l).hasMatch());
        names << l.section(QLatin1Char(':'), 0, 0);
    }
    CHECK(names.contains(QStringLiteral("demo_insert_ratio_vs_raw")));
    CHECK(names.contains(QStringLiteral("demo_reports_per_s")));
    CHECK(names.contains(QStringLiteral("raw_reports_per_s")));

    auto unknown = test::runProgram(QStringLiteral("qingfeng-bench"), { QStringLiteral("no-such-suite") });
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.out.isEmpty());
}

// The role table (models/Role.h) against what the program entitled each role to before it
// was one table, and against the CHECK constraint of users.role in a new database. The
// schema revisions are the ones that ran on users' databases.
#include "models/Database.h"
#include "models/Migrations.h"
#include "models/Report.h"
#include "models/ReportStore.h"
#include "models/Role.h"
#include "models/SqlScript.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace qf;

namespace {

// What each role was entitled to when the lists were spread over the program:
// identities    sync::isIdentityRole (the server's identity policies, the office key)
// reporter      ReporterChanges::isEntitledRole (see and change the reporter)
// approver      ReportStore::isApproverRole (restricted reports, approvals, minutes,
//               the re-check sample, revealing the reporter at the meeting)
// reference     ReferenceTablesDialog::mayEdit, the scope rules, qingfeng-cli categories
struct Entitlement
{
    const char* code;
    const char* name;
    bool identities, reporter, approver, reference;
};
const Entitlement kBefore[] = {
    { "receptionist", "Receptionist", true, false, false, false },
    { "hotline_operator", "Hotline operator", true, false, false, false },
    { "registry_clerk", "Registry clerk", true, true, false, false },
    { "case_officer", "Case officer", false, false, false, false },
    { "meeting_chair", "Review meeting chair", false, false, true, false },
    { "supervisor", "Supervisor", true, true, true, true },
    { "administrator", "Administrator", true, true, true, true },
};

bool expected(const Entitlement& e, Capability c)
{
    switch (c) {
    case Capability::Identities:
        return e.identities;
    case Capability::RevealReporter:
    case Capability::ChangeReporter:
        return e.reporter;
    case Capability::SeeRestricted:
    case Capability::Approve:
    case Capability::ConfirmMinutes:
    case Capability::RevealInMeeting:
    case Capability::Recheck:
    case Capability::Urge:
        return e.approver;
    case Capability::EditReferenceTables:
    case Capability::EditScopeRules:
        return e.reference;
    }
    return false;
}

const Capability kCapabilities[] = { Capability::Identities,      Capability::RevealReporter, Capability::ChangeReporter,
                                     Capability::SeeRestricted,   Capability::Approve,        Capability::ConfirmMinutes,
                                     Capability::RevealInMeeting, Capability::Recheck,        Capability::EditReferenceTables,
                                     Capability::EditScopeRules,  Capability::Urge };

QStringList quotedCodes(const QString& list)
{
    QStringList codes;
    static const QRegularExpression quoted(QStringLiteral("'([a-z_]+)'"));
    for (auto it = quoted.globalMatch(list); it.hasNext();)
        codes << it.next().captured(1);
    return codes;
}

QByteArray digest(const QStringList& statements)
{
    return QCryptographicHash::hash(statements.join(QChar(0)).toUtf8(), QCryptographicHash::Sha256).toHex();
}

} // namespace

TEST_CASE("the role table holds the roles and entitlements of before", "[store][roles]")
{
    QStringList codes;
    for (const Entitlement& e : kBefore)
        codes << QString::fromLatin1(e.code);
    CHECK(Role::codes() == codes);
    REQUIRE(Role::all().size() == std::size(kBefore));
    for (std::size_t i = 0; i < std::size(kBefore); ++i) {
        const Entitlement& e = kBefore[i];
        const QString code = QString::fromLatin1(e.code);
        INFO(e.code);
        CHECK(Role::isKnown(code));
        // The source text of the name, so the translations of qf::Roles carry over.
        CHECK(QByteArray(Role::all()[i].name) == QByteArray(e.name));
        for (Capability c : kCapabilities) {
            INFO("capability " << int(c));
            CHECK(Role::may(code, c) == expected(e, c));
            CHECK(Role::codesThatMay(c).contains(code) == expected(e, c));
        }
        Report restricted;
        restricted.restricted = true;
        CHECK(ReportStore::canView(code, restricted) == e.approver);
    }
    for (const QString& stranger : { QString(), QStringLiteral("root"), QStringLiteral("Administrator") }) {
        CHECK_FALSE(Role::isKnown(stranger));
        CHECK(Role::name(stranger) == stranger);
        for (Capability c : kCapabilities)
            CHECK_FALSE(Role::may(stranger, c));
    }
}

TEST_CASE("the CHECK constraint on users.role of a new database names the role table's codes", "[store][roles]")
{
    test::Scratch dir;
    auto db = Database::open(dir.path(QStringLiteral("roles.sqlite")));
    QF_REQUIRE_OK(db);
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'users'")));
    REQUIRE(q.next());
    const QString table = q.value(0).toString();
    static const QRegularExpression check(QStringLiteral(R"(role TEXT NOT NULL CHECK \(role IN \(([^)]*)\)\))"));
    const auto m = check.match(table);
    INFO(table.toStdString());
    REQUIRE(m.hasMatch());
    CHECK(quotedCodes(m.captured(1)) == Role::codes());

    // And the constraint takes exactly those.
    int n = 0;
    for (const QString& code : Role::codes()) {
        q.prepare(QStringLiteral("INSERT INTO users (id, login, name, role) VALUES (?, ?, ?, ?)"));
        for (const QString& v : { QString::number(++n), code, code, code })
            q.addBindValue(v);
        INFO(code.toStdString());
        CHECK(q.exec());
    }
    q.prepare(QStringLiteral("INSERT INTO users (id, login, name, role) VALUES ('x', 'x', 'x', 'root')"));
    CHECK_FALSE(q.exec());
}

TEST_CASE("the local store's schema revisions are the ones that ran on users' databases", "[store][roles]")
{
    // SHA-256 of each revision's statements (joined by NUL), as main built them from string
    // literals before they became resources/schema/sqlite/*.sql. A revision that has run is
    // never changed: a new need is a new revision.
    const std::pair<int, const char*> ran[] = {
        { 1, "2f232ccf0346e0778ebbc2861463fed0a8bb5846a6ca6db9a8298b2146120a3b" },
        { 2, "f13a92c195b5080cd95f852470a49a779b56db807e09f22b84291851675cada4" },
        { 3, "88226e926c50ce9101406c12772eada89c2e7be4574f2010134998ae82875107" },
        { 4, "d0665cc2a3428c84c96c5ff43820e2613002115f175d9118fc9f8f43b4fed6b1" },
        { 5, "d11c4d3a0111e55b29d24bdd5a3a278df9a0229ba41835f610a73e5a90638f52" },
        { 6, "b814a5ca31aaa470ce749079c1c029c80264c2783355c1422fcbbc7e88b1219a" },
        { 7, "fc8a4c2c2a15305ab6bfb2ef8e2abd86a133daa895451e5f460f962ea063e4fb" },
        { 8, "9c29434c439ab4e17fe08f08bac44b6c0a975c817e40a8a6c160c0a86679d7d8" },
        { 9, "54139d9fccf0680ebf42cdcdcb932b61ccf8283a8b3378f544ebf8c8a6c49d44" },
        { 10, "0fc498e07129a55ef60f068fdf034a35d3b984207b9c387292603c438d8ca322" },
    };
    const auto& list = migrations();
    REQUIRE(list.size() >= std::size(ran));
    for (std::size_t i = 0; i < std::size(ran); ++i) {
        INFO("revision " << ran[i].first << ": " << list[i].description.constData());
        CHECK(list[i].version == ran[i].first);
        CHECK(digest(list[i].statements) == QByteArray(ran[i].second));
    }
}

TEST_CASE("a schema script is split into its statements as SQLite and PostgreSQL read them", "[store][roles]")
{
    const QString sqlite = QStringLiteral("-- Revision 3: three statements\n-- Compatible from: 2\n\n"
                                          "-- a comment between statements\n"
                                          "CREATE TABLE t (x TEXT DEFAULT ';');\n\n"
                                          "CREATE TRIGGER t_u BEFORE UPDATE ON t\nBEGIN SELECT RAISE(ABORT, 'no;'); END;\n"
                                          "INSERT INTO t VALUES ('a;\nb');\n");
    auto s = SqlScript::parse(sqlite, SqlScript::Dialect::Sqlite);
    QF_REQUIRE_OK(s);
    CHECK(s->version == 3);
    CHECK(s->compatibleFrom == 2);
    CHECK(s->description == QByteArray("three statements"));
    CHECK(s->statements
          == QStringList { QStringLiteral("CREATE TABLE t (x TEXT DEFAULT ';')"),
                           QStringLiteral("CREATE TRIGGER t_u BEFORE UPDATE ON t\nBEGIN SELECT RAISE(ABORT, 'no;'); END"),
                           QStringLiteral("INSERT INTO t VALUES ('a;\nb')") });

    const QString pg = QStringLiteral("-- Revision 1: dollar quotes\n\n"
                                      "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;\n"
                                      "-- between\n"
                                      "DO $body$ BEGIN PERFORM 1; END $body$;\n"
                                      "SELECT 'x;y', \"a;b\" /* ; */;\n");
    auto p = SqlScript::parse(pg, SqlScript::Dialect::PostgreSql);
    QF_REQUIRE_OK(p);
    CHECK(p->compatibleFrom == 1);
    CHECK(p->statements
          == QStringList { QStringLiteral("CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$"),
                           QStringLiteral("DO $body$ BEGIN PERFORM 1; END $body$"),
                           QStringLiteral("SELECT 'x;y', \"a;b\" /* ; */") });

    CHECK_FALSE(SqlScript::parse(QStringLiteral("CREATE TABLE t (x)"), SqlScript::Dialect::Sqlite).ok());
}

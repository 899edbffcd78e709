// Sign-in, lockout, roles only from the administrator, the core refusing unentitled roles, and
// the file-plus-keychain test: what an unentitled user can reach reveals no identity.
#include "models/Accounts.h"
#include "models/CategoryStore.h"
#include "models/ClosingReview.h"
#include "models/DispatchTables.h"
#include "models/ImportJob.h"
#include "models/ReportRegistrar.h"
#include "models/ScopeRuleStore.h"
#include "models/Session.h"
#include "models/Settings.h"
#include "app/security/KeychainKeyProvider.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace qf;
using namespace qf::test;

namespace {

const QString kPw = QString::fromLatin1(kPassword);

qint64 auditCount(Session& s, const QString& action)
{
    QSqlQuery q(s.database().connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
    q.addBindValue(action);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QByteArray filesOf(const QString& db)
{
    QByteArray all;
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        QFile f(db + suffix);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

// A reporter the tests know, registered by the administrator.
struct KnownReporter
{
    QString name = QStringLiteral("欧阳明珠");
    QString idNumber = QStringLiteral("11010519491231002X");
    QString phone = QStringLiteral("13987654321");
    QString address = QStringLiteral("城关镇幸福路88号");
};

QString registerReport(Session& s, const KnownReporter& who)
{
    Registration r;
    r.draft.channel = QStringLiteral("letter");
    r.draft.content = QStringLiteral("反映某局长违规收受礼金");
    r.draft.reporter = PersonIdentity { who.name, who.idNumber, who.phone, who.address, {}, {} };
    r.followUpCode = false;
    auto done = s.registrar().registerReport(r);
    QF_REQUIRE_OK(done);
    return done->id;
}

} // namespace

TEST_CASE("sign-in: the right password signs in - a wrong one or an unknown login is refused alike - each is in the audit log")
{
    Scratch dir;
    auto s = openSession(dir.path(QStringLiteral("a.sqlite")));
    signInAs(*s, QStringLiteral("registry_clerk"), QStringLiteral("wangfang"), QStringLiteral("王芳"));
    s->signOut();
    CHECK_FALSE(s->signedIn());

    const Status wrong = s->signIn(QStringLiteral("wangfang"), QStringLiteral("not-her-password"));
    const Status unknown = s->signIn(QStringLiteral("nobody"), QStringLiteral("whatever-it-is"));
    REQUIRE_FALSE(wrong.ok());
    REQUIRE_FALSE(unknown.ok());
    CHECK(wrong.error() == unknown.error()); // the answer does not tell which logins exist
    CHECK_FALSE(s->signedIn());
    CHECK_FALSE(s->vault().canSeal());

    QF_REQUIRE_OK(s->signIn(QStringLiteral("wangfang"), kPw));
    CHECK(s->role() == QStringLiteral("registry_clerk"));
    CHECK(s->profile().load()->name == QStringLiteral("王芳"));
    CHECK(s->vault().canOpen()); // a registry clerk is entitled to identities
    CHECK(auditCount(*s, QStringLiteral("signin.failed")) == 2);
    CHECK(auditCount(*s, QStringLiteral("signin")) >= 2);
    QF_REQUIRE_OK(s->audit().verify());
}

TEST_CASE("lockout: five wrong passwords lock the account - even the right one is refused until the lock ends")
{
    Scratch dir;
    auto s = openSession(dir.path(QStringLiteral("a.sqlite")));
    signInAs(*s, QStringLiteral("receptionist"), QStringLiteral("desk1"));
    s->signOut();
    for (int i = 0; i < 4; ++i)
        CHECK_FALSE(s->signIn(QStringLiteral("desk1"), QStringLiteral("wrong-password")).ok());
    const Status fifth = s->signIn(QStringLiteral("desk1"), QStringLiteral("wrong-password"));
    REQUIRE_FALSE(fifth.ok());
    CHECK(fifth.error().contains(QStringLiteral("locked")));
    const Status right = s->signIn(QStringLiteral("desk1"), kPw);
    REQUIRE_FALSE(right.ok());
    CHECK(right.error().contains(QStringLiteral("locked until")));
    CHECK(auditCount(*s, QStringLiteral("signin.locked")) == 1);
    CHECK(auditCount(*s, QStringLiteral("signin.refused")) == 1);

    // When the lock has run out the right password works again.
    QSqlQuery q(s->database().connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE accounts SET locked_until = '2020-01-01T00:00:00.000Z' WHERE login = 'desk1'")));
    QF_REQUIRE_OK(s->signIn(QStringLiteral("desk1"), kPw));

    // The office's setting decides how many.
    signInAs(*s, QStringLiteral("administrator"), QString::fromLatin1(kAdmin));
    QF_REQUIRE_OK(Settings(s->writer()).setValue(Settings::Key::SignInMaxFailures, 2));
    s->signOut();
    CHECK_FALSE(s->signIn(QStringLiteral("desk1"), QStringLiteral("wrong-password")).ok());
    CHECK(s->signIn(QStringLiteral("desk1"), QStringLiteral("wrong-password")).error().contains(QStringLiteral("locked")));
}

TEST_CASE("roles come only from an administrator - in the core and on the command line")
{
    Scratch dir;
    const QString db = dir.path(QStringLiteral("a.sqlite"));
    auto s = openSession(db);
    signInAs(*s, QStringLiteral("case_officer"), QStringLiteral("li"));
    // A case officer can neither add users nor give roles, his own included.
    NewAccount a { QStringLiteral("friend"), QStringLiteral("朋友"), QStringLiteral("supervisor"), kPw };
    auto added = s->accounts().add(a);
    REQUIRE_FALSE(added.ok());
    CHECK(added.errorCode() == ErrorCode::Refused);
    const Status promoted = s->accounts().setRole(QStringLiteral("li"), QStringLiteral("supervisor"));
    REQUIRE_FALSE(promoted.ok());
    CHECK(promoted.failure().code == ErrorCode::Refused);
    CHECK_FALSE(s->accounts().resetPassword(QString::fromLatin1(kAdmin), QStringLiteral("taken-over-1")).ok());
    CHECK_FALSE(s->accounts().setDisabled(QString::fromLatin1(kAdmin), true).ok());
    CHECK(s->role() == QStringLiteral("case_officer"));

    s.reset();
    const ProcessResult cliAdd = runCliAs(QStringLiteral("li"), db, { QStringLiteral("user"), QStringLiteral("set-role"),
                                                                      QStringLiteral("li"), QStringLiteral("administrator") });
    CHECK(cliAdd.exitCode == 1);
    CHECK(cliAdd.err.contains(QStringLiteral("may not")));
    // The administrator gives the role; it holds at the next sign-in.
    const ProcessResult given = runCli(db, { QStringLiteral("user"), QStringLiteral("set-role"), QStringLiteral("li"),
                                             QStringLiteral("supervisor") });
    INFO(given.err.toStdString());
    CHECK(given.exitCode == 0);
    const ProcessResult list = runCli(db, { QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json") });
    CHECK(list.out.contains(QStringLiteral("\"login\":\"li\"")));
    CHECK(list.out.contains(QStringLiteral("\"role\":\"supervisor\"")));
    auto again = openBareSession(db);
    QF_REQUIRE_OK(again->signIn(QStringLiteral("li"), kPw));
    CHECK(again->role() == QStringLiteral("supervisor"));
    CHECK(again->vault().canOpen()); // the grant sealed to him was folded in
}

TEST_CASE("the core refuses every entitled operation to an unentitled role - the stores called directly")
{
    Scratch dir;
    auto s = openSession(dir.path(QStringLiteral("a.sqlite")));
    const KnownReporter who;
    const QString reportId = registerReport(*s, who);
    QSqlQuery q(s->database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT reporter_id FROM reports")));
    REQUIRE(q.next());
    const QString personId = q.value(0).toString();
    q.finish();

    signInAs(*s, QStringLiteral("case_officer"));
    auto revealed = s->persons().reveal(personId, QStringLiteral("curious"));
    REQUIRE_FALSE(revealed.ok());
    CHECK(revealed.errorCode() == ErrorCode::Refused);
    Category c;
    c.code = QStringLiteral("ZZ");
    c.name = QStringLiteral("自设分类");
    CHECK(s->categories().save(c).errorCode() == ErrorCode::Refused);
    JurisdictionRow j;
    CHECK(s->dispatchTables().save(j).errorCode() == ErrorCode::Refused);
    ScopeRule rule;
    rule.category = QStringLiteral("涉法涉诉");
    CHECK(s->scopeRules().save(rule).errorCode() == ErrorCode::Refused);
    ImportJob job(s->registrar(), s->database());
    CHECK(job.open(dir.path(QStringLiteral("none.csv"))).failure().code == ErrorCode::Refused);
    ReportStore& reports = s->reports();
    CaseStateMachine machine(reports);
    ClosingReview review(reports, machine);
    // Even when the caller claims to be a supervisor, the signed-in role decides.
    auto sample = review.recheckSample(QDate(2026, 1, 1), QDate(2026, 3, 31), 20,
                                       Actor { s->userId(), QStringLiteral("supervisor") });
    CHECK(sample.errorCode() == ErrorCode::Refused);
    NewAccount a { QStringLiteral("x1"), QStringLiteral("某"), QStringLiteral("supervisor"), kPw };
    CHECK(s->accounts().add(a).errorCode() == ErrorCode::Refused);
    // Registering still works for him: sealing needs only the office's public key.
    CHECK(s->vault().canSeal());
    CHECK_FALSE(s->vault().canOpen());
    QF_REQUIRE_OK(s->persons().add({ QStringLiteral("赵六"), {}, QStringLiteral("13700000001"), {}, {}, {} }, {}));
    auto found = s->persons().findByPhone(QStringLiteral("13987654321"));
    QF_REQUIRE_OK(found); // the blind index works for everyone who registers
    CHECK(*found == QStringList { personId });
    Q_UNUSED(reportId)
}

TEST_CASE("file-plus-keychain: with the database file, the keychain and an unentitled user's password no identity is revealed")
{
    Scratch dir;
    const QString db = dir.path(QStringLiteral("office.sqlite"));
    const KnownReporter who;
    QString reportId;
    {
        auto s = openSession(db);
        reportId = registerReport(*s, who);
        signInAs(*s, QStringLiteral("case_officer"), QStringLiteral("officer"));
        auto visit = s->persons().findByIdNumber(who.idNumber);
        QF_REQUIRE_OK(visit);
    }
    // Nothing of the identity is in the files, in clear or as the identity key.
    const QByteArray files = filesOf(db);
    for (const QString& secret : { who.name, who.idNumber, who.phone, who.address })
        CHECK_FALSE(files.contains(secret.toUtf8()));
    QString databaseId;
    {
        auto s = openBareSession(db);
        databaseId = s->database().databaseId();
        QF_REQUIRE_OK(s->signIn(QString::fromLatin1(kAdmin), kPw));
        CHECK_FALSE(files.contains(s->identityKey()));
    }
    // The OS account's keychain holds no identity key for the store.
    KeychainKeyProvider keys;
    auto key = keys.dataKey(databaseId, false);
    QF_REQUIRE_OK(key);
    CHECK(key->isEmpty());

    // A copy of the store, and every command the officer can run on it.
    const QString copy = dir.path(QStringLiteral("copy.sqlite"));
    REQUIRE(QFile::copy(db, copy));
    const QList<QStringList> commands {
        { QStringLiteral("report"), QStringLiteral("get"), reportId },
        { QStringLiteral("report"), QStringLiteral("get"), reportId, QStringLiteral("--json") },
        { QStringLiteral("person"), QStringLiteral("find"), QStringLiteral("--id-number"), who.idNumber },
        { QStringLiteral("search"), who.name },
        { QStringLiteral("search"), QStringLiteral("礼金") },
        { QStringLiteral("repeats"), reportId },
        { QStringLiteral("audit"), QStringLiteral("list") },
        { QStringLiteral("followup"), QStringLiteral("status"), QStringLiteral("1234567890123456") },
        { QStringLiteral("user"), QStringLiteral("list") },
    };
    QString everything;
    for (const QStringList& c : commands) {
        const ProcessResult r = runCliAs(QStringLiteral("officer"), copy, c);
        everything += r.out + r.err;
    }
    for (const QString& secret : { who.name, who.idNumber, who.phone, who.address }) {
        INFO(secret.toStdString());
        CHECK_FALSE(everything.contains(secret));
    }
    // The administrator's password does open the copy: the test can fail.
    auto admin = openBareSession(copy);
    QF_REQUIRE_OK(admin->signIn(QString::fromLatin1(kAdmin), kPw));
    auto found = admin->persons().findByIdNumber(who.idNumber);
    QF_REQUIRE_OK(found);
    REQUIRE(found->size() == 1);
    auto shown = admin->persons().reveal(found->first(), QStringLiteral("test"));
    QF_REQUIRE_OK(shown);
    CHECK(shown->name == who.name);
}

TEST_CASE("taking the identity key from a user: a demoted or disabled user's keys open nothing - the others keep theirs")
{
    Scratch dir;
    const QString db = dir.path(QStringLiteral("a.sqlite"));
    auto s = openSession(db);
    const KnownReporter who;
    registerReport(*s, who);
    signInAs(*s, QStringLiteral("registry_clerk"), QStringLiteral("clerk"));
    signInAs(*s, QStringLiteral("supervisor"), QStringLiteral("boss"));
    signInAs(*s, QStringLiteral("administrator"), QString::fromLatin1(kAdmin));
    QF_REQUIRE_OK(s->accounts().setRole(QStringLiteral("clerk"), QStringLiteral("case_officer")));
    QF_REQUIRE_OK(s->signIn(QStringLiteral("clerk"), kPw));
    CHECK_FALSE(s->vault().canOpen());
    CHECK(s->identityKey().isEmpty());
    // The supervisor's next sign-in brings the renewed key.
    QF_REQUIRE_OK(s->signIn(QStringLiteral("boss"), kPw));
    CHECK(s->vault().canOpen());
    QF_REQUIRE_OK(s->signIn(QString::fromLatin1(kAdmin), kPw));
    QF_REQUIRE_OK(s->accounts().setDisabled(QStringLiteral("boss"), true));
    const Status disabled = s->signIn(QStringLiteral("boss"), kPw);
    REQUIRE_FALSE(disabled.ok());
    CHECK(disabled.error().contains(QStringLiteral("disabled")));
    // A reset enables the account again, with the keys of its role.
    QF_REQUIRE_OK(s->accounts().resetPassword(QStringLiteral("boss"), QStringLiteral("new-password-9")));
    QF_REQUIRE_OK(s->signIn(QStringLiteral("boss"), QStringLiteral("new-password-9")));
    CHECK(s->vault().canOpen());
    CHECK(auditCount(*s, QStringLiteral("account.disable")) == 1);
}

TEST_CASE("a changed password re-wraps the keys: the old one opens nothing - the new one opens what the role may see")
{
    Scratch dir;
    auto s = openSession(dir.path(QStringLiteral("a.sqlite")));
    signInAs(*s, QStringLiteral("registry_clerk"), QStringLiteral("clerk"));
    CHECK_FALSE(s->accounts().changePassword(QStringLiteral("not-the-old-one"), QStringLiteral("brand-new-pw")).ok());
    CHECK_FALSE(s->accounts().changePassword(kPw, QStringLiteral("short")).ok());
    QF_REQUIRE_OK(s->accounts().changePassword(kPw, QStringLiteral("brand-new-pw")));
    s->signOut();
    CHECK_FALSE(s->signIn(QStringLiteral("clerk"), kPw).ok());
    QF_REQUIRE_OK(s->signIn(QStringLiteral("clerk"), QStringLiteral("brand-new-pw")));
    CHECK(s->vault().canOpen());
}

TEST_CASE("qingfeng-cli acts as a signed-in user: init --admin - --user with the password from the environment or a file")
{
    Scratch dir;
    const QString db = dir.path(QStringLiteral("cli.sqlite"));
    const ProcessResult made = runProgram(QStringLiteral("qingfeng-cli"),
                                          { QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--admin"),
                                            QStringLiteral("chief"), QStringLiteral("--admin-name"), QStringLiteral("张主任") });
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(QStringLiteral("Administrator chief created")));
    // A second administrator cannot be made this way.
    CHECK(runProgram(QStringLiteral("qingfeng-cli"), { QStringLiteral("--db"), db, QStringLiteral("init"),
                                                      QStringLiteral("--admin"), QStringLiteral("other") })
              .exitCode
          == 1);

    QFile file(dir.path(QStringLiteral("pw")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(kPassword) + "\n");
    file.close();
    auto run = [&](const QStringList& args, const QByteArray& environmentPassword) {
        const QByteArray saved = qgetenv("QINGFENG_PASSWORD");
        const QByteArray savedUser = qgetenv("QINGFENG_USER");
        qunsetenv("QINGFENG_USER");
        if (environmentPassword.isNull())
            qunsetenv("QINGFENG_PASSWORD");
        else
            qputenv("QINGFENG_PASSWORD", environmentPassword);
        const ProcessResult r = runProgram(QStringLiteral("qingfeng-cli"), QStringList { QStringLiteral("--db"), db } + args);
        qputenv("QINGFENG_PASSWORD", saved);
        qputenv("QINGFENG_USER", savedUser);
        return r;
    };
    const QStringList list { QStringLiteral("user"), QStringLiteral("list") };
    const ProcessResult nobody = run(list, QByteArray(kPassword));
    CHECK(nobody.exitCode == 1);
    CHECK(nobody.err.contains(QStringLiteral("--user")));
    const ProcessResult wrong = run(QStringList { QStringLiteral("--user"), QStringLiteral("chief") } + list, "wrong-password");
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("wrong")));
    const ProcessResult fromFile = run(QStringList { QStringLiteral("--user"), QStringLiteral("chief"),
                                                     QStringLiteral("--password-file"), file.fileName() } + list,
                                       QByteArray());
    INFO(fromFile.err.toStdString());
    CHECK(fromFile.exitCode == 0);
    CHECK(fromFile.out.contains(QStringLiteral("chief")));
    // Commands that need no store need no sign-in.
    const ProcessResult id = run({ QStringLiteral("id"), QStringLiteral("check"), QStringLiteral("11010519491231002X") },
                                 QByteArray());
    CHECK(id.exitCode == 0);
}

namespace {

// A case officer's request for the reporter of a report, and a custodian who decides.
struct ReleaseFixture
{
    Scratch dir;
    std::unique_ptr<Session> s = openSession(dir.path(QStringLiteral("release.sqlite")));
    KnownReporter who;
    QString reportId = registerReport(*s, who);

    ReleaseFixture()
    {
        signInAs(*s, QStringLiteral("supervisor"), QStringLiteral("keeper"), QStringLiteral("周保管"));
        signInAs(*s, QStringLiteral("case_officer"), QStringLiteral("other"), QStringLiteral("赵某"));
        signInAs(*s, QStringLiteral("administrator"), QString::fromLatin1(kAdmin));
        QF_REQUIRE_OK(s->accounts().setCustodian(QStringLiteral("keeper"), true));
        signInAs(*s, QStringLiteral("case_officer"), QStringLiteral("officer"), QStringLiteral("李承办"));
    }
    QString ask()
    {
        QF_REQUIRE_OK(s->signIn(QStringLiteral("officer"), kPw));
        auto id = s->releases().request(reportId, QStringLiteral("需当面核实举报人陈述"));
        QF_REQUIRE_OK(id);
        return *id;
    }
};

} // namespace

TEST_CASE("custodian release: approved - the requester alone sees the identity - every step is on the history and in the audit log")
{
    ReleaseFixture f;
    CHECK_FALSE(f.s->releases().request(f.reportId, QStringLiteral("  ")).ok()); // a reason is needed
    const QString id = f.ask();
    CHECK_FALSE(f.s->releases().view(id).ok()); // not decided yet
    // Neither the requester nor a user who is not a custodian decides.
    CHECK(f.s->releases().approve(id, QStringLiteral("自己批")).failure().code == ErrorCode::Refused);
    QF_REQUIRE_OK(f.s->signIn(QString::fromLatin1(kAdmin), kPw));
    CHECK(f.s->releases().approve(id, QStringLiteral("管理员批")).failure().code == ErrorCode::Refused);

    QF_REQUIRE_OK(f.s->signIn(QStringLiteral("keeper"), kPw));
    auto queue = f.s->releases().waiting();
    QF_REQUIRE_OK(queue);
    REQUIRE(queue->size() == 1);
    CHECK(queue->first().reason == QStringLiteral("需当面核实举报人陈述"));
    QF_REQUIRE_OK(f.s->releases().approve(id, QStringLiteral("同意，限本案使用")));
    CHECK_FALSE(f.s->releases().approve(id, QStringLiteral("again")).ok());

    QF_REQUIRE_OK(f.s->signIn(QStringLiteral("officer"), kPw));
    auto seen = f.s->releases().view(id);
    QF_REQUIRE_OK(seen);
    CHECK(seen->name == f.who.name);
    CHECK(seen->phone == f.who.phone);
    // Still not through the case screens' door: his role stays unentitled.
    CHECK_FALSE(f.s->vault().canOpen());
    auto mine = f.s->releases().mine();
    QF_REQUIRE_OK(mine);
    REQUIRE(mine->size() == 1);
    CHECK(mine->first().decision == QStringLiteral("approved"));
    CHECK(mine->first().decisionReason == QStringLiteral("同意，限本案使用"));

    // Another case officer cannot open it.
    QF_REQUIRE_OK(f.s->signIn(QStringLiteral("other"), kPw));
    CHECK(f.s->releases().view(id).errorCode() == ErrorCode::Refused);
    auto history = f.s->releases().forReport(f.reportId);
    QF_REQUIRE_OK(history);
    CHECK(history->size() == 1);
    for (const char* action : { "release.request", "release.approve", "release.view" })
        CHECK(auditCount(*f.s, QString::fromLatin1(action)) == 1);
    QF_REQUIRE_OK(f.s->audit().verify());
}

TEST_CASE("custodian release: refused with a reason the requester sees - an approval runs out and its copy is removed")
{
    ReleaseFixture f;
    const QString first = f.ask();
    QF_REQUIRE_OK(f.s->signIn(QStringLiteral("keeper"), kPw));
    CHECK_FALSE(f.s->releases().refuse(first, QString()).ok()); // a reason is needed
    QF_REQUIRE_OK(f.s->releases().refuse(first, QStringLiteral("匿名处理，不予提供")));
    QF_REQUIRE_OK(f.s->signIn(QStringLiteral("officer"), kPw));
    const auto refused = f.s->releases().view(first);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("匿名处理，不予提供")));

    const QString second = f.ask();
    QF_REQUIRE_OK(f.s->signIn(QStringLiteral("keeper"), kPw));
    QF_REQUIRE_OK(f.s->releases().approve(second, QStringLiteral("同意")));
    QSqlQuery q(f.s->database().connection());
    q.prepare(QStringLiteral("UPDATE identity_releases SET expires_at = '2026-01-01T00:00:00.000Z' WHERE id = ?"));
    q.addBindValue(second);
    REQUIRE(q.exec());
    QF_REQUIRE_OK(f.s->signIn(QStringLiteral("officer"), kPw));
    const auto expired = f.s->releases().view(second);
    REQUIRE_FALSE(expired.ok());
    CHECK(expired.error().contains(QStringLiteral("ran out")));
    q.prepare(QStringLiteral("SELECT sealed_identity IS NULL FROM identity_releases WHERE id = ?"));
    q.addBindValue(second);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toBool());
    CHECK(auditCount(*f.s, QStringLiteral("release.refuse")) == 1);
}

TEST_CASE("the office's settings are the administrator's, and every change is in the audit log with the values")
{
    Scratch dir;
    auto s = openSession(dir.path(QStringLiteral("settings.db")));
    Settings settings(s->writer());
    const int before = settings.intValue(Settings::Key::IdleLockMinutes);
    QF_REQUIRE_OK(settings.setValue(Settings::Key::IdleLockMinutes, 7));
    QSqlQuery q(s->database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT target_table, target_id, detail FROM audit_log WHERE action = 'settings.change'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("settings"));
    CHECK(q.value(1).toString() == Settings::name(Settings::Key::IdleLockMinutes));
    CHECK(q.value(2).toString() == QStringLiteral("%1 -> 7").arg(before));
    q.finish();

    for (const QString role : { QStringLiteral("supervisor"), QStringLiteral("receptionist") }) {
        signInAs(*s, role);
        const Status refused = Settings(s->writer()).setValue(Settings::Key::IdleLockMinutes, 0);
        CHECK(refused.errorCode() == ErrorCode::Refused);
        CHECK(Settings(s->writer()).intValue(Settings::Key::IdleLockMinutes) == 7);
    }
}

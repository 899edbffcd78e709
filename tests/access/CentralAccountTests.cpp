// Central accounts (issue #13): the central store's accounts reach every workstation of the
// office by sync, and the office's identity key travels only sealed to a user's own key - the
// central store never holds it in clear. Real PostgreSQL, real qingfeng-syncd, real CLI.
#include "tests/support/TestSupport.h"
#include "tests/sync/SyncRig.h"

#include "app/security/KeychainKeyProvider.h"
#include "models/Accounts.h"
#include "models/AttachmentStore.h"
#include "models/DataKeyProvider.h"
#include "models/IdentityReleases.h"
#include "models/PersonStore.h"
#include "models/ReportDraft.h"
#include "models/ReportHistory.h"
#include "models/ReportStore.h"
#include "models/Session.h"
#include "sync/SyncClient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QThread>

#include <future>

using namespace qf;
using namespace qf::test;

namespace {

const QString kOffice = QStringLiteral("QH-JW");
const QString kPhone = QStringLiteral("13912345678");
const QString kName = QStringLiteral("欧阳明远");

ProcessResult admin(SyncRig& rig, QStringList args, const QString& passwordFile = {})
{
    args.prepend(QStringLiteral("admin"));
    args << QStringLiteral("--pg") << rig.pg.superDsn();
    if (!passwordFile.isEmpty())
        args << QStringLiteral("--password-file") << passwordFile;
    return runProgram(QStringLiteral("qingfeng-syncd"), args);
}

QString passwordFile(SyncRig& rig, const QString& name, const QString& password)
{
    const QString path = rig.scratch.path(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(password.toUtf8() + '\n');
    return path;
}

void addUser(SyncRig& rig, const QString& login, const QString& role, const QString& password)
{
    const ProcessResult r = admin(rig,
                                  { QStringLiteral("add-user"), QStringLiteral("--login"), login, QStringLiteral("--name"), login,
                                    QStringLiteral("--office"), kOffice, QStringLiteral("--role"), role },
                                  passwordFile(rig, login + QStringLiteral(".pw"), password));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

void cliOk(const QString& db, const QStringList& args)
{
    const ProcessResult r = runCli(db, args);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

// A session on the workstation's store signed in as the user (in this process).
std::unique_ptr<Session> signedIn(const QString& db, const QString& login, const QString& password = QString::fromLatin1(kPassword))
{
    auto s = openBareSession(db);
    const Status st = s->signIn(login, password);
    INFO(st.error().toStdString());
    REQUIRE(st.ok());
    return s;
}

Status trySignIn(const QString& db, const QString& login, const QString& password = QString::fromLatin1(kPassword))
{
    auto s = openBareSession(db);
    return s->signIn(login, password);
}

// The reporter's name as the signed-in user can read it (empty: refused).
QString revealed(Session& s)
{
    auto ids = s.persons().findByPhone(kPhone);
    REQUIRE(ids.ok());
    REQUIRE_FALSE(ids->isEmpty());
    auto who = s.persons().reveal(ids->first(), QStringLiteral("test"));
    return who ? who->name : QString();
}

QString server(SyncRig& rig, const QString& sql)
{
    const PgResult r = rig.pg.psql(sql);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out.trimmed();
}

} // namespace

TEST_CASE("central accounts reach every workstation of the office, and the office's identity key never lies in clear on the server")
{
    SyncRig rig;
    // alice enrols the office's first workstation: her central account is made from the password
    // she signs in with, and her workstation's identity key becomes the office's - sealed to her.
    const QString aliceToken = rig.addUserWithDevice(QStringLiteral("alice"), kOffice, QStringLiteral("registry_clerk"));
    const QString a = rig.enrolledDatabase(QStringLiteral("a"), aliceToken);
    CHECK(server(rig, QStringLiteral("SELECT count(*) FROM qf.credentials WHERE login = 'alice' AND office_box IS NOT NULL "
                                     "AND index_box IS NOT NULL"))
          == QStringLiteral("1"));
    CHECK(server(rig, QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'qf' AND "
                                     "table_name = 'office_keys'"))
          == QStringLiteral("0"));
    cliOk(a, { QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"), kName, QStringLiteral("--id-number"),
               QStringLiteral("440106198001011230"), QStringLiteral("--phone"), kPhone });
    cliOk(a, { QStringLiteral("sync") });

    // Users the central administrator adds, with their passwords: bob (a case officer) may not see
    // identities, carol (a supervisor) may. A's next sync brings them and seals the office's keys for them.
    addUser(rig, QStringLiteral("bob"), QStringLiteral("case_officer"), QString::fromLatin1(kPassword));
    addUser(rig, QStringLiteral("carol"), QStringLiteral("supervisor"), QString::fromLatin1(kPassword));
    addUser(rig, QStringLiteral("boss"), QStringLiteral("administrator"), QString::fromLatin1(kPassword));
    CHECK(trySignIn(a, QStringLiteral("carol")).errorCode() == ErrorCode::Refused); // not on A yet
    cliOk(a, { QStringLiteral("sync") });
    CHECK(server(rig, QStringLiteral("SELECT login || ':' || (office_box IS NOT NULL) || ':' || (index_box IS NOT NULL) "
                                     "FROM qf.credentials WHERE login IN ('bob', 'carol') ORDER BY login"))
          == QStringLiteral("bob:false:true\ncarol:true:true"));

    std::unique_ptr<Session> onA = signedIn(a, QStringLiteral("admin"));
    const QByteArray officeKey = onA->identityKey();
    REQUIRE(officeKey.size() == 32);
    CHECK(revealed(*onA) == kName);
    onA.reset();
    {
        auto carol = signedIn(a, QStringLiteral("carol"));
        CHECK(carol->role() == QStringLiteral("supervisor"));
        CHECK(revealed(*carol) == kName);
        auto bob = signedIn(a, QStringLiteral("bob"));
        CHECK(bob->role() == QStringLiteral("case_officer"));
        CHECK(revealed(*bob).isEmpty());
        CHECK(bob->identityKey().isEmpty());
    }

    // Nothing on the server is the key: a dump of the whole central store does not hold it.
    QProcess dump;
    dump.start(QStringLiteral("pg_dump"), { QStringLiteral("--data-only"), QStringLiteral("--inserts"), rig.pg.superDsn() });
    REQUIRE(dump.waitForFinished(60000));
    const QByteArray everything = dump.readAllStandardOutput();
    REQUIRE(everything.contains("INSERT INTO qf.credentials"));
    CHECK_FALSE(everything.contains(officeKey.toHex()));
    CHECK_FALSE(everything.contains(officeKey.toBase64()));

    // A new workstation for carol: the key reaches it at enrolment, sealed to her.
    const QString b = rig.enrolledDatabase(QStringLiteral("b"), rig.addDevice(QStringLiteral("carol")));
    cliOk(b, { QStringLiteral("sync") });
    {
        auto carol = signedIn(b, QStringLiteral("carol"));
        CHECK(carol->identityKey() == officeKey);
        CHECK(revealed(*carol) == kName);
    }

    // And one for bob, who may not see identities: it takes the office's public key and opens nothing.
    const QString c = rig.enrolledDatabase(QStringLiteral("c"), rig.addDevice(QStringLiteral("bob")));
    {
        auto bob = signedIn(c, QStringLiteral("admin")); // the account that enrolled it is bob's now
        CHECK(bob->role() == QStringLiteral("case_officer"));
        CHECK(bob->identityKey().isEmpty());
        CHECK(bob->accounts().publicKey() == signedIn(a, QStringLiteral("carol"))->accounts().publicKey());
    }
    cliOk(c, { QStringLiteral("sync") });
    {
        auto bob = signedIn(c, QStringLiteral("bob")); // his central login works there too
        // The central store sends his workstation no identity, and nothing here would open one.
        auto ids = bob->persons().findByPhone(kPhone);
        REQUIRE(ids.ok());
        for (const QString& id : *ids)
            CHECK_FALSE(bob->persons().reveal(id, QStringLiteral("test")).ok());
    }

    // The central store is the truth for users: an enrolled workstation adds none of its own.
    {
        auto boss = signedIn(a, QStringLiteral("boss"));
        CHECK(boss->role() == QStringLiteral("administrator"));
        auto added = boss->accounts().add(NewAccount { QStringLiteral("dave"), QStringLiteral("dave"), QStringLiteral("receptionist"),
                                                        QString::fromLatin1(kPassword), {}, {}, {}, false });
        REQUIRE_FALSE(added.ok());
        CHECK(added.errorCode() == ErrorCode::Refused);
        CHECK(added.error().contains(QStringLiteral("central")));
        CHECK(boss->accounts().setRole(QStringLiteral("bob"), QStringLiteral("supervisor")).errorCode() == ErrorCode::Refused);
    }

    // Disabled centrally: after A's next sync bob no longer signs in there.
    const ProcessResult off = admin(rig, { QStringLiteral("disable-user"), QStringLiteral("--login"), QStringLiteral("bob") });
    INFO(off.err.toStdString());
    REQUIRE(off.exitCode == 0);
    CHECK(trySignIn(a, QStringLiteral("bob")).ok());
    cliOk(a, { QStringLiteral("sync") });
    const Status refused = trySignIn(a, QStringLiteral("bob"));
    CHECK(refused.errorCode() == ErrorCode::Refused);

    // A password reset centrally: a new key pair, sealed again by A's next sync.
    const ProcessResult reset = admin(rig, { QStringLiteral("reset-password"), QStringLiteral("--login"), QStringLiteral("carol") },
                                      passwordFile(rig, QStringLiteral("carol2.pw"), QStringLiteral("carol-second-pw")));
    INFO(reset.err.toStdString());
    REQUIRE(reset.exitCode == 0);
    CHECK(server(rig, QStringLiteral("SELECT (office_box IS NULL)::text FROM qf.credentials WHERE login = 'carol'")) == QStringLiteral("true"));
    cliOk(a, { QStringLiteral("sync") });
    CHECK(trySignIn(a, QStringLiteral("carol")).errorCode() == ErrorCode::Refused);
    {
        auto carol = signedIn(a, QStringLiteral("carol"), QStringLiteral("carol-second-pw"));
        CHECK(revealed(*carol) == kName);
    }
}

TEST_CASE("two first workstations of an office enrolled at the same moment: the second takes the first one's key at its next sync")
{
    SyncRig rig;
    const QString aliceToken = rig.addUserWithDevice(QStringLiteral("alice"), kOffice, QStringLiteral("registry_clerk"));
    const QString carolToken = rig.addUserWithDevice(QStringLiteral("carol"), kOffice, QStringLiteral("supervisor"));
    // Carol's enrolment finds the office without a key, and stops just before it would seal its
    // own as the office's...
    const QString resume = rig.scratch.path(QStringLiteral("resume"));
    QDir().mkpath(rig.scratch.path(QStringLiteral("b")));
    const QString b = rig.scratch.path(QStringLiteral("b")) + QStringLiteral("/qingfeng.db");
    qputenv("QF_SYNC_TEST_STALL", "enrol-seal");
    qputenv("QF_SYNC_TEST_RESUME", resume.toLocal8Bit());
    auto second = std::async(std::launch::async, [&] {
        return runCli(b, { QStringLiteral("enrol"), QStringLiteral("--server"), rig.syncd.url().toString(),
                           QStringLiteral("--token"), carolToken });
    });
    QElapsedTimer waited;
    waited.start();
    while (!QFileInfo::exists(resume + QStringLiteral(".waiting")) && waited.elapsed() < 60000)
        QThread::msleep(20);
    qunsetenv("QF_SYNC_TEST_STALL");
    qunsetenv("QF_SYNC_TEST_RESUME");
    const bool stalled = QFileInfo::exists(resume + QStringLiteral(".waiting"));
    // ...while alice's enrols in full and gives the office her workstation's key.
    const QString a = stalled ? rig.enrolledDatabase(QStringLiteral("a"), aliceToken) : QString();
    QFile(resume).open(QIODevice::WriteOnly);
    const ProcessResult enrolled = second.get();
    REQUIRE(stalled);
    INFO(enrolled.err.toStdString());
    REQUIRE(enrolled.exitCode == 0); // refused before: "holds another identity key than its office's"
    CHECK(server(rig, QStringLiteral("SELECT (office_box IS NULL)::text FROM qf.credentials WHERE login = 'carol'"))
          == QStringLiteral("true"));

    cliOk(a, { QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"), kName, QStringLiteral("--id-number"),
               QStringLiteral("440106198001011230"), QStringLiteral("--phone"), kPhone });
    cliOk(a, { QStringLiteral("sync") }); // seals the office's keys for carol
    cliOk(b, { QStringLiteral("sync") }); // takes them, then pulls the identity sealed with them
    auto onA = signedIn(a, QStringLiteral("alice"));
    auto carol = signedIn(b, QStringLiteral("carol"));
    REQUIRE(onA->identityKey().size() == 32);
    CHECK(carol->identityKey() == onA->identityKey());
    CHECK(revealed(*carol) == kName);
}

TEST_CASE("a password changed on one workstation reaches the central account and the office's other workstations")
{
    SyncRig rig;
    const QString a = rig.enrolledDatabase(QStringLiteral("a"), rig.addUserWithDevice(QStringLiteral("alice"), kOffice,
                                                                                       QStringLiteral("registry_clerk")));
    addUser(rig, QStringLiteral("carol"), QStringLiteral("supervisor"), QString::fromLatin1(kPassword));
    cliOk(a, { QStringLiteral("sync") });
    const QString b = rig.enrolledDatabase(QStringLiteral("b"), rig.addDevice(QStringLiteral("carol")));
    const QString before = server(rig, QStringLiteral("SELECT password_hash FROM qf.credentials WHERE login = 'carol'"));
    {
        auto carol = signedIn(b, QStringLiteral("admin"));
        QF_REQUIRE_OK(carol->accounts().changePassword(QString::fromLatin1(kPassword), QStringLiteral("carol-own-new-pw")));
        KeychainKeyProvider keys;
        sync::SyncClient client(*carol, keys, AttachmentStore::defaultRoot(b));
        QF_REQUIRE_OK(client.syncOnce());
    }
    CHECK(server(rig, QStringLiteral("SELECT password_hash FROM qf.credentials WHERE login = 'carol'")) != before);
    cliOk(a, { QStringLiteral("sync") });
    CHECK(trySignIn(a, QStringLiteral("carol")).errorCode() == ErrorCode::Refused);
    CHECK(trySignIn(a, QStringLiteral("carol"), QStringLiteral("carol-own-new-pw")).ok());
}

TEST_CASE("a case officer's request for a reporter is decided by a custodian on another workstation, and the history follows the report")
{
    SyncRig rig;
    const QString a = rig.enrolledDatabase(QStringLiteral("a"), rig.addUserWithDevice(QStringLiteral("alice"), kOffice,
                                                                                       QStringLiteral("registry_clerk")));
    addUser(rig, QStringLiteral("carol"), QStringLiteral("supervisor"), QString::fromLatin1(kPassword));
    addUser(rig, QStringLiteral("bob"), QStringLiteral("case_officer"), QString::fromLatin1(kPassword));
    const ProcessResult named = admin(rig, { QStringLiteral("custodian"), QStringLiteral("--login"), QStringLiteral("carol") });
    INFO(named.err.toStdString());
    REQUIRE(named.exitCode == 0);
    QString reportId;
    {
        auto alice = signedIn(a, QStringLiteral("admin"));
        ReportDraft d;
        d.channel = QStringLiteral("letter");
        d.content = QStringLiteral("实名反映某站所负责人违规发放补贴");
        d.reporter = PersonIdentity { kName, QStringLiteral("440106198001011230"), kPhone, {}, {}, {} };
        auto reg = alice->reports().add(d);
        QF_REQUIRE_OK(reg);
        reportId = reg->id;
    }
    cliOk(a, { QStringLiteral("sync") });
    const QString b = rig.enrolledDatabase(QStringLiteral("b"), rig.addDevice(QStringLiteral("carol")));
    const QString c = rig.enrolledDatabase(QStringLiteral("c"), rig.addDevice(QStringLiteral("bob")));
    cliOk(b, { QStringLiteral("sync") });
    cliOk(c, { QStringLiteral("sync") });

    QString requestId;
    {
        auto bob = signedIn(c, QStringLiteral("bob"));
        auto asked = bob->releases().request(reportId, QStringLiteral("需当面核实举报内容"));
        QF_REQUIRE_OK(asked);
        requestId = *asked;
    }
    cliOk(c, { QStringLiteral("sync") });
    cliOk(b, { QStringLiteral("sync") });
    {
        auto carol = signedIn(b, QStringLiteral("carol"));
        CHECK(carol->isCustodian());
        auto waiting = carol->releases().waiting();
        QF_REQUIRE_OK(waiting);
        REQUIRE(waiting->size() == 1);
        CHECK(waiting->first().id == requestId);
        QF_REQUIRE_OK(carol->releases().approve(requestId, QStringLiteral("同意，仅限本次核实")));
    }
    cliOk(b, { QStringLiteral("sync") });
    cliOk(c, { QStringLiteral("sync") });
    {
        auto bob = signedIn(c, QStringLiteral("bob"));
        auto seen = bob->releases().view(requestId);
        QF_REQUIRE_OK(seen);
        CHECK(seen->name == kName);
        CHECK(seen->phone == kPhone);
    }
    // Nobody else opens the approval, even where the row went (alice's workstation).
    cliOk(c, { QStringLiteral("sync") });
    cliOk(a, { QStringLiteral("sync") });
    {
        auto alice = signedIn(a, QStringLiteral("admin"));
        CHECK(alice->releases().view(requestId).errorCode() == ErrorCode::Refused);
        auto events = alice->history().events(reportId);
        QF_REQUIRE_OK(events);
        QStringList kinds;
        for (const ReportEvent& e : *events)
            if (e.kind.startsWith(QLatin1String("release_")))
                kinds << e.kind;
        CHECK(kinds == QStringList { QStringLiteral("release_requested"), QStringLiteral("release_approved"),
                                     QStringLiteral("release_viewed") });
        for (const ReportEvent& e : *events)
            CHECK_FALSE(QJsonDocument(e.payload).toJson().contains(kName.toUtf8()));
    }
}

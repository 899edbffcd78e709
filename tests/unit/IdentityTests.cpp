// Identities: sealed at rest, found by blind index, every view audited.
#include "models/AuditLog.h"
#include "models/Database.h"
#include "models/IdentityVault.h"
#include "models/PersonStore.h"
#include "models/Accounts.h"
#include "models/Session.h"
#include "tests/support/TestSupport.h"
#include "app/security/KeychainKeyProvider.h"

#include <QFile>
#include <QSqlQuery>

using namespace qf;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

struct Sample
{
    QString name;
    QString idNumber;
    QString phone;
    QString address;
};

const QList<Sample>& samples()
{
    static const QList<Sample> list = {
        { QStringLiteral("欧阳明轩"), QStringLiteral("110105194912310021"), QStringLiteral("13912345678"),
          QStringLiteral("北京市朝阳区建国路88号") },
        { QStringLiteral("司马慧芳"), QStringLiteral("44030419850712344X"), QStringLiteral("18688776655"),
          QStringLiteral("广东省深圳市福田区红荔路1号") },
        { QStringLiteral("诸葛建国"), QStringLiteral("510104197001018888"), QStringLiteral("13500001111"),
          QStringLiteral("四川省成都市锦江区春熙路3号") },
    };
    return list;
}

} // namespace

TEST_CASE("the database file and its WAL hold no names - ID numbers - phones or addresses", "[store][security]")
{
    test::Scratch dir;
    const QString path = dir.path(QStringLiteral("secret.sqlite"));
    auto session = test::openSession(path);
    for (const Sample& s : samples()) {
        auto id = session->persons().add({ s.name, s.idNumber, s.phone, s.address, QByteArray("PHOTO-BYTES-WLT"), {} },
                                         PersonRoles { .reporter = true });
        QF_REQUIRE_OK(id);
    }
    auto check = [&](const QByteArray& bytes, const char* where) {
        INFO(where);
        REQUIRE_FALSE(bytes.isEmpty());
        for (const Sample& s : samples()) {
            for (const QString& secret : { s.name, s.idNumber, s.phone, s.address }) {
                INFO(secret.toStdString());
                CHECK_FALSE(bytes.contains(secret.toUtf8()));
                const QByteArray utf16(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2);
                CHECK_FALSE(bytes.contains(utf16));
            }
            CHECK_FALSE(bytes.contains(s.idNumber.left(14).toUtf8()));
        }
        CHECK_FALSE(bytes.contains("PHOTO-BYTES-WLT"));
    };
    // Before a checkpoint the rows are in the WAL; after closing, in the main file.
    check(readAll(path + QStringLiteral("-wal")), "WAL");
    session.reset();
    check(readAll(path), "main file");
}

TEST_CASE("persons are found by ID number or phone without decrypting anyone", "[store][security]")
{
    test::Scratch dir;
    auto session = test::openSession(dir.path(QStringLiteral("find.sqlite")));
    QStringList ids;
    for (const Sample& s : samples()) {
        auto id = session->persons().add({ s.name, s.idNumber, s.phone, s.address, {}, {} }, PersonRoles {});
        QF_REQUIRE_OK(id);
        ids << *id;
    }
    const qint64 auditBefore = session->audit().count();

    auto byId = session->persons().findByIdNumber(QStringLiteral("44030419850712344x")); // lower-case x
    QF_REQUIRE_OK(byId);
    CHECK(*byId == QStringList { ids[1] });
    auto byFullWidth = session->persons().findByIdNumber(QStringLiteral("５１０１０４１９７００１０１８８８８"));
    QF_REQUIRE_OK(byFullWidth);
    CHECK(*byFullWidth == QStringList { ids[2] });
    auto byPhone = session->persons().findByPhone(QStringLiteral("+86 139-1234-5678"));
    QF_REQUIRE_OK(byPhone);
    CHECK(*byPhone == QStringList { ids[0] });
    auto none = session->persons().findByPhone(QStringLiteral("13912345679"));
    QF_REQUIRE_OK(none);
    CHECK(none->isEmpty());
    // Lookups decrypt nothing, so they leave no audit entry.
    CHECK(session->audit().count() == auditBefore);
}

TEST_CASE("revealing an identity is recorded in a tamper-evident audit log", "[store][security]")
{
    test::Scratch dir;
    auto session = test::openSession(dir.path(QStringLiteral("audit.sqlite")));
    const QString officer = test::signInAs(*session, QStringLiteral("registry_clerk"));
    const Sample& s = samples().first();
    auto id = session->persons().add({ s.name, s.idNumber, s.phone, s.address, {}, {} }, PersonRoles {});
    QF_REQUIRE_OK(id);

    auto p = session->persons().reveal(*id, QStringLiteral("check-in"));
    QF_REQUIRE_OK(p);
    CHECK(p->name == s.name);
    CHECK(p->idNumber == s.idNumber);
    CHECK(p->phone == s.phone);
    CHECK(p->address == s.address);

    QSqlQuery q(session->database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT user_id, action, target_id, detail FROM audit_log WHERE action = 'identity.view'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == officer);
    CHECK(q.value(1).toString() == QStringLiteral("identity.view"));
    CHECK(q.value(2).toString() == *id);
    CHECK(q.value(3).toString() == QStringLiteral("check-in"));
    QF_REQUIRE_OK(session->audit().verify());

    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log")));
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_append_only_u")));
    REQUIRE(q.exec(QStringLiteral("UPDATE audit_log SET user_id = 'someone-else'")));
    CHECK_FALSE(session->audit().verify().ok());
}

TEST_CASE("a sealed field does not open in another row or with another key", "[store][security]")
{
    auto vault = IdentityVault::fromDataKey(IdentityVault::generateDataKey());
    QF_REQUIRE_OK(vault);
    const QByteArray sealed = vault->sealText(QStringLiteral("张三"), "persons.name_enc:row-1");
    CHECK(vault->openText(sealed, "persons.name_enc:row-1").value() == QStringLiteral("张三"));
    CHECK_FALSE(vault->open(sealed, "persons.name_enc:row-2").ok());
    auto other = IdentityVault::fromDataKey(IdentityVault::generateDataKey());
    QF_REQUIRE_OK(other);
    CHECK_FALSE(other->open(sealed, "persons.name_enc:row-1").ok());
    CHECK(vault->blindIndex(IdentityVault::Index::Phone, QStringLiteral("13912345678"))
          != other->blindIndex(IdentityVault::Index::Phone, QStringLiteral("13912345678")));
    CHECK_FALSE(IdentityVault::fromDataKey(QByteArray(5, 'x')).ok());
}

TEST_CASE("the identity key is in neither the database file nor the keychain - a store made before accounts hands its keychain key to its administrator", "[store][security]")
{
    test::Scratch dir;
    const QString path = dir.path(QStringLiteral("key.sqlite"));
    QString databaseId;
    QByteArray identityKey;
    {
        auto session = test::openSession(path);
        databaseId = session->database().databaseId();
        identityKey = session->identityKey();
        REQUIRE(identityKey.size() == IdentityVault::KeyBytes);
        QF_REQUIRE_OK(session->persons().add({ QStringLiteral("王五"), QStringLiteral("110105194912310021"), {}, {}, {}, {} },
                                             PersonRoles {}));
    }
    KeychainKeyProvider keys;
    auto stored = keys.dataKey(databaseId, false);
    QF_REQUIRE_OK(stored);
    CHECK(stored->isEmpty());
    CHECK_FALSE(readAll(path).contains(identityKey));
    // A wrong password opens nothing.
    {
        auto session = test::openBareSession(path);
        CHECK_FALSE(session->signIn(QString::fromLatin1(test::kAdmin), QStringLiteral("not-the-password")).ok());
        CHECK_FALSE(session->vault().canOpen());
        CHECK_FALSE(session->vault().canSeal());
    }

    // A store of revision 12 keeps its key in the keychain and has no accounts yet.
    const QString old = dir.path(QStringLiteral("old.sqlite"));
    QString oldId;
    const QByteArray oldKey = IdentityVault::generateDataKey();
    {
        auto session = test::openBareSession(old);
        oldId = session->database().databaseId();
        auto vault = IdentityVault::fromDataKey(oldKey);
        QF_REQUIRE_OK(vault);
        QF_REQUIRE_OK(session->database().setMeta(QStringLiteral("key_check"), QString::fromLatin1(vault->keyCheck().toBase64())));
    }
    QF_REQUIRE_OK(keys.storeDataKey(oldId, IdentityVault::generateDataKey()));
    {
        auto session = test::openBareSession(old);
        NewAccount admin { QStringLiteral("admin"), QStringLiteral("管理员"), {}, QString::fromLatin1(test::kPassword), {},
                           QStringLiteral("某县纪委"), QStringLiteral("county") };
        auto wrong = session->accounts().createAdministrator(admin, keys);
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error().contains(QStringLiteral("does not belong")));
        QF_REQUIRE_OK(keys.storeDataKey(oldId, oldKey));
        QF_REQUIRE_OK(session->accounts().createAdministrator(admin, keys));
        QF_REQUIRE_OK(session->signIn(QStringLiteral("admin"), QString::fromLatin1(test::kPassword)));
        CHECK(session->identityKey() == oldKey);
    }
    auto gone = keys.dataKey(oldId, false);
    QF_REQUIRE_OK(gone);
    CHECK(gone->isEmpty());
}

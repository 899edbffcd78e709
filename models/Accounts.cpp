#include "models/Accounts.h"

#include "models/DataKeyProvider.h"
#include "models/IdentityVault.h"
#include "models/InputCheck.h"
#include "models/Log.h"
#include "models/Role.h"
#include "models/Session.h"
#include "models/Settings.h"
#include "models/SqlError.h"
#include "models/Uuid7.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

namespace qf {

namespace {

const QString kPublicKeyMeta = QStringLiteral("identity_public_key");
const QString kIdentityKeyMeta = QStringLiteral("identity_key_sealed");
const QString kIndexKeyMeta = QStringLiteral("index_key_sealed");
const QString kKeyCheckMeta = QStringLiteral("key_check");

constexpr int kKeyBytes = 32;
// Argon2id at libsodium's "interactive" limits (64 MiB, 2 passes), for both the stored hash
// and the key that wraps the user's keys.
const unsigned long long kOps = crypto_pwhash_OPSLIMIT_INTERACTIVE;
const size_t kMem = crypto_pwhash_MEMLIMIT_INTERACTIVE;

void wipe(QByteArray& b)
{
    if (!b.isEmpty() && b.isDetached())
        sodium_memzero(b.data(), b.size());
    b.clear();
}

QByteArray randomKey()
{
    QByteArray k(kKeyBytes, Qt::Uninitialized);
    randombytes_buf(k.data(), k.size());
    return k;
}

// nonce || XSalsa20-Poly1305(plain) under a 32-byte key.
QByteArray boxWith(const QByteArray& key, const QByteArray& plain)
{
    QByteArray out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(), Qt::Uninitialized);
    auto* p = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(p, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(p + crypto_secretbox_NONCEBYTES, reinterpret_cast<const unsigned char*>(plain.constData()),
                          plain.size(), p, reinterpret_cast<const unsigned char*>(key.constData()));
    return out;
}

bool unboxWith(const QByteArray& key, const QByteArray& boxed, QByteArray& plain)
{
    const int overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (key.size() != kKeyBytes || boxed.size() < overhead)
        return false;
    plain.resize(boxed.size() - overhead);
    const auto* p = reinterpret_cast<const unsigned char*>(boxed.constData());
    return crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()), p + crypto_secretbox_NONCEBYTES,
                                      boxed.size() - crypto_secretbox_NONCEBYTES, p,
                                      reinterpret_cast<const unsigned char*>(key.constData()))
        == 0;
}

QByteArray passwordKey(const QString& password, const QByteArray& salt)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    if (crypto_pwhash(reinterpret_cast<unsigned char*>(key.data()), key.size(), utf8.constData(), utf8.size(),
                      reinterpret_cast<const unsigned char*>(salt.constData()), kOps, kMem, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    return key;
}

QString passwordHash(const QString& password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), utf8.size(), kOps, kMem) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool passwordMatches(const QString& hash, const QString& password)
{
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), utf8.size()) == 0;
}

// The wrap's plain text: [1][user secret][all key][entitled key, for entitled roles].
QByteArray wrapPlain(const KeyRing& k)
{
    return QByteArray(1, '\1') + k.userSecret + k.allKey + k.entitledKey;
}

bool readWrapPlain(const QByteArray& plain, KeyRing& k)
{
    if (plain.isEmpty() || plain.at(0) != 1 || (plain.size() != 1 + 2 * kKeyBytes && plain.size() != 1 + 3 * kKeyBytes))
        return false;
    k.userSecret = plain.mid(1, kKeyBytes);
    k.allKey = plain.mid(1 + kKeyBytes, kKeyBytes);
    k.entitledKey = plain.size() == 1 + 3 * kKeyBytes ? plain.mid(1 + 2 * kKeyBytes, kKeyBytes) : QByteArray();
    return true;
}

QByteArray grantContext(const QString& userId)
{
    return QByteArray("accounts.key_grant:") + userId.toLatin1();
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

const char kSelect[] = "SELECT a.user_id, a.login, u.name, u.role, u.org_id, a.custodian, a.disabled, a.failed_attempts, "
                       "a.locked_until FROM accounts a JOIN users u ON u.id = a.user_id ";

Account readAccount(const QSqlQuery& q)
{
    Account a;
    a.userId = q.value(0).toString();
    a.login = q.value(1).toString();
    a.name = q.value(2).toString();
    a.role = q.value(3).toString();
    a.orgId = q.value(4).toString();
    a.custodian = q.value(5).toBool();
    a.disabled = q.value(6).toBool();
    a.failedAttempts = q.value(7).toInt();
    if (!q.value(8).isNull())
        a.lockedUntil = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    return a;
}

} // namespace

KeyRing::~KeyRing()
{
    wipe(userSecret);
    wipe(allKey);
    wipe(entitledKey);
}

Accounts::Accounts(Session& session)
    : m_session(session)
{
    if (sodium_init() < 0)
        qCCritical(lcProfile) << "libsodium could not start";
}

bool Accounts::any() const
{
    QSqlQuery q(m_session.database().connection());
    return q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM accounts)")) && q.next() && q.value(0).toBool();
}

Result<QList<Account>> Accounts::list() const
{
    if (Status s = requireAdministrator(tr("list the accounts")); !s)
        return s.failure();
    QSqlQuery q(m_session.database().connection());
    if (!q.exec(QString::fromLatin1(kSelect) + QStringLiteral("ORDER BY a.login")))
        return Error { tr("The accounts could not be read: %1").arg(SqlError::text(q.lastError())) };
    QList<Account> out;
    while (q.next())
        out << readAccount(q);
    return out;
}

Result<Account> Accounts::find(const QString& login) const
{
    QSqlQuery q(m_session.database().connection());
    q.prepare(QString::fromLatin1(kSelect) + QStringLiteral("WHERE a.login = ?"));
    q.addBindValue(login);
    if (!q.exec())
        return Error { tr("The accounts could not be read: %1").arg(SqlError::text(q.lastError())) };
    if (!q.next())
        return Error { tr("There is no account %1 on this workstation.").arg(login), ErrorCode::NotFound };
    return readAccount(q);
}

QString Accounts::lastLogin() const
{
    QSqlQuery q(m_session.database().connection());
    q.prepare(QStringLiteral("SELECT login FROM accounts WHERE user_id = ?"));
    q.addBindValue(m_session.database().meta(ProfileStore::MetaKey));
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Status Accounts::checkPassword(const QString& password, const QString& login)
{
    if (password.size() < 8)
        return Error { tr("A password needs at least 8 characters."), ErrorCode::Invalid };
    if (password.compare(login, Qt::CaseInsensitive) == 0)
        return Error { tr("The password may not be the login."), ErrorCode::Invalid };
    if (Status s = InputCheck::check(tr("The password"), password, InputCheck::Kind::Line); !s)
        return s;
    return {};
}

namespace {

Status checkLogin(const QString& login)
{
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$"));
    if (!form.match(login).hasMatch())
        return Error { Accounts::tr("A login is 1 to 32 letters, digits, '.', '_' or '-', starting with a letter or digit."),
                       ErrorCode::Invalid };
    return {};
}

} // namespace

Status Accounts::writeOfficeKeys(const QByteArray& dataKey, const QByteArray& entitledKey, const QByteArray& allKey)
{
    auto vault = IdentityVault::fromDataKey(dataKey);
    if (!vault)
        return Error { vault.error() };
    Database& db = m_session.database();
    for (const auto& [key, value] :
         { std::pair { kPublicKeyMeta, vault->publicKey() }, std::pair { kIdentityKeyMeta, boxWith(entitledKey, dataKey) },
           std::pair { kIndexKeyMeta, boxWith(allKey, vault->indexKey()) } })
        if (Status s = db.setMeta(key, QString::fromLatin1(value.toBase64())); !s)
            return s;
    if (db.meta(kKeyCheckMeta).isEmpty())
        if (Status s = db.setMeta(kKeyCheckMeta, QString::fromLatin1(vault->keyCheck().toBase64())); !s)
            return s;
    return {};
}

Result<QByteArray> Accounts::identityKey(const KeyRing& keys) const
{
    if (keys.entitledKey.isEmpty())
        return QByteArray();
    QByteArray key;
    if (!unboxWith(keys.entitledKey, QByteArray::fromBase64(m_session.database().meta(kIdentityKeyMeta).toLatin1()), key))
        return Error { tr("The office's identity key could not be opened with your keys; ask the administrator to "
                          "give you your role again.") };
    return key;
}

Result<QByteArray> Accounts::indexKey(const KeyRing& keys) const
{
    QByteArray key;
    if (!unboxWith(keys.allKey, QByteArray::fromBase64(m_session.database().meta(kIndexKeyMeta).toLatin1()), key))
        return Error { tr("The office's index key could not be opened with your keys; ask the administrator to reset "
                          "your password.") };
    return key;
}

QByteArray Accounts::publicKey() const
{
    return QByteArray::fromBase64(m_session.database().meta(kPublicKeyMeta).toLatin1());
}

QByteArray Accounts::publicKeyOf(const QString& userId) const
{
    QSqlQuery q(m_session.database().connection());
    q.prepare(QStringLiteral("SELECT public_key FROM accounts WHERE user_id = ? AND disabled = 0"));
    q.addBindValue(userId);
    return q.exec() && q.next() ? q.value(0).toByteArray() : QByteArray();
}

Status Accounts::replaceIdentityKey(const KeyRing& keys, const QByteArray& dataKey)
{
    if (keys.entitledKey.isEmpty() || keys.allKey.isEmpty())
        return Error { tr("Only a user entitled to identities can take on the office's key."), ErrorCode::Refused };
    return writeOfficeKeys(dataKey, keys.entitledKey, keys.allKey);
}

Status Accounts::audit(const QString& action, const QString& userId, const QString& detail)
{
    return m_session.audit().record(action, QStringLiteral("accounts"), userId, detail);
}

Result<Account> Accounts::insertAccount(const QString& userId, const QString& login, const QString& role,
                                        const QString& password, bool custodian, const KeyRing& granter)
{
    const auto [publicKey, secretKey] = IdentityVault::generateKeyPair();
    KeyRing ring;
    ring.userSecret = secretKey;
    ring.allKey = granter.allKey;
    if (Role::holdsIdentityKey(role))
        ring.entitledKey = granter.entitledKey;
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), salt.size());
    QByteArray wrapKey = passwordKey(password, salt);
    const QString hash = passwordHash(password);
    if (wrapKey.isEmpty() || hash.isEmpty())
        return Error { tr("The password could not be hashed (out of memory?).") };
    QSqlQuery q(m_session.database().connection());
    q.prepare(QStringLiteral("INSERT INTO accounts (user_id, login, password_hash, key_salt, key_wrap, public_key, "
                             "custodian, created_at, password_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString at = now();
    q.addBindValue(userId);
    q.addBindValue(login);
    q.addBindValue(hash);
    q.addBindValue(salt);
    q.addBindValue(boxWith(wrapKey, wrapPlain(ring)));
    q.addBindValue(publicKey);
    q.addBindValue(custodian ? 1 : 0);
    q.addBindValue(at);
    q.addBindValue(at);
    wipe(wrapKey);
    if (!q.exec())
        return Error { tr("The account could not be saved: %1").arg(SqlError::text(q.lastError())) };
    if (Status s = audit(QStringLiteral("account.create"), userId, login + QLatin1Char(' ') + role); !s)
        return Error { s.error() };
    return find(login);
}

Result<Account> Accounts::createAdministrator(const NewAccount& in, DataKeyProvider& legacyKeys)
{
    if (any())
        return Error { tr("This store has its administrator already; only an administrator adds users."),
                       ErrorCode::Refused };
    const QString name = in.name.trimmed();
    if (Status s = checkLogin(in.login); !s)
        return Error { s.error(), s.failure().code };
    if (name.isEmpty())
        return Error { tr("Please enter the administrator's name."), ErrorCode::Invalid };
    if (Status s = InputCheck::check(tr("The name"), name, InputCheck::Kind::Line); !s)
        return Error { s.error(), s.failure().code };
    if (Status s = checkPassword(in.password, in.login); !s)
        return Error { s.error(), s.failure().code };
    if (in.orgId.isEmpty() && in.newOrgName.trimmed().isEmpty())
        return Error { tr("Please choose the office or enter the name of a new one."), ErrorCode::Invalid };

    Database& db = m_session.database();
    const QString databaseId = db.databaseId();
    // A store made before accounts keeps its identity key in the keychain.
    const QString check = db.meta(kKeyCheckMeta);
    QByteArray dataKey;
    bool fromKeychain = false;
    if (!check.isEmpty() && db.meta(kIdentityKeyMeta).isEmpty()) {
        auto key = legacyKeys.dataKey(databaseId, false);
        if (!key)
            return Error { key.error() };
        if (key->isEmpty())
            return Error { tr("The system keychain holds no key for this database (%1), so the identities in it "
                              "cannot be read. Restore the keychain from a backup, or open the database on the "
                              "account that created it.")
                               .arg(databaseId) };
        auto vault = IdentityVault::fromDataKey(*key);
        if (!vault || !vault->verifyKeyCheck(QByteArray::fromBase64(check.toLatin1())))
            return Error { tr("The key in the system keychain does not belong to this database (%1); identities "
                              "cannot be read with it.")
                               .arg(databaseId) };
        dataKey = *key;
        fromKeychain = true;
    } else {
        dataKey = IdentityVault::generateDataKey();
    }

    QList<Change> changes;
    QString orgId = in.orgId;
    if (orgId.isEmpty()) {
        orgId = Uuid7::generate();
        changes << Change::insert(QStringLiteral("organisations"), orgId,
                                  { { QStringLiteral("code"), QVariant(QStringLiteral("ORG-") + orgId.right(12)) },
                                    { QStringLiteral("name"), in.newOrgName.trimmed() },
                                    { QStringLiteral("level"), in.newOrgLevel.isEmpty() ? QStringLiteral("county") : in.newOrgLevel } });
    }
    const QString userId = Uuid7::generate();
    changes << Change::insert(QStringLiteral("users"), userId,
                              { { QStringLiteral("login"), in.login },
                                { QStringLiteral("name"), name },
                                { QStringLiteral("org_id"), orgId },
                                { QStringLiteral("role"), QStringLiteral("administrator") } });
    m_session.setUser(userId, QStringLiteral("administrator"));
    if (Status st = m_session.writer().apply(changes); !st) {
        m_session.setUser(QString(), QString());
        return Error { tr("The administrator could not be saved: %1").arg(st.error()) };
    }
    KeyRing office;
    office.allKey = randomKey();
    office.entitledKey = randomKey();
    if (Status s = writeOfficeKeys(dataKey, office.entitledKey, office.allKey); !s)
        return Error { s.error() };
    auto account = insertAccount(userId, in.login, QStringLiteral("administrator"), in.password, in.custodian, office);
    wipe(dataKey);
    if (!account)
        return account;
    if (Status s = db.setMeta(ProfileStore::MetaKey, userId); !s)
        return Error { s.error() };
    if (fromKeychain) {
        // The key now lives only in the accounts' wraps.
        if (Status s = legacyKeys.storeDataKey(databaseId, QByteArray()); !s)
            qCWarning(lcProfile) << "the old identity key could not be removed from the keychain";
    }
    m_session.setUser(QString(), QString());
    qCInfo(lcProfile) << "administrator created";
    return account;
}

Result<KeyRing> Accounts::signIn(const QString& login, const QString& password)
{
    Database& db = m_session.database();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT a.user_id, a.password_hash, a.key_salt, a.key_wrap, a.disabled, a.failed_attempts, "
                             "a.locked_until, a.key_grant FROM accounts a WHERE a.login = ?"));
    q.addBindValue(login);
    if (!q.exec())
        return Error { tr("The accounts could not be read: %1").arg(SqlError::text(q.lastError())) };
    const Error wrong { tr("The login or the password is wrong."), ErrorCode::Refused };
    if (!q.next()) {
        // The same work as for a real account, so the answer does not tell which logins exist.
        static const QString decoy = passwordHash(QStringLiteral("decoy-%1").arg(randombytes_random()));
        passwordMatches(decoy, password);
        const Status logged = audit(QStringLiteral("signin.failed"), QString(), tr("unknown login %1").arg(login));
        Q_UNUSED(logged)
        return wrong;
    }
    const QString userId = q.value(0).toString();
    const QString hash = q.value(1).toString();
    const QByteArray salt = q.value(2).toByteArray();
    const QByteArray wrap = q.value(3).toByteArray();
    const bool disabled = q.value(4).toBool();
    const int failures = q.value(5).toInt();
    const QDateTime lockedUntil = q.value(6).isNull() ? QDateTime()
                                                      : QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    const QByteArray grant = q.value(7).toByteArray();
    q.finish();

    if (disabled) {
        const Status logged = audit(QStringLiteral("signin.refused"), userId, QStringLiteral("disabled"));
        Q_UNUSED(logged)
        return Error { tr("This account is disabled. Ask the administrator."), ErrorCode::Refused };
    }
    const QDateTime current = QDateTime::currentDateTimeUtc();
    if (lockedUntil.isValid() && lockedUntil > current) {
        const Status logged = audit(QStringLiteral("signin.refused"), userId, QStringLiteral("locked"));
        Q_UNUSED(logged)
        return Error { tr("After too many wrong passwords this account is locked until %1.")
                           .arg(lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm"))),
                       ErrorCode::Refused };
    }

    Settings settings(m_session.writer());
    if (!passwordMatches(hash, password)) {
        const int count = failures + 1;
        const int limit = qMax(1, settings.intValue(Settings::Key::SignInMaxFailures));
        QSqlQuery u(db.connection());
        u.prepare(QStringLiteral("UPDATE accounts SET failed_attempts = ?, locked_until = ? WHERE user_id = ?"));
        u.addBindValue(count >= limit ? 0 : count);
        u.addBindValue(count >= limit
                           ? QVariant(current.addSecs(60LL * settings.intValue(Settings::Key::SignInLockMinutes))
                                          .toString(Qt::ISODateWithMs))
                           : QVariant());
        u.addBindValue(userId);
        if (!u.exec())
            qCWarning(lcProfile) << "failed sign-in could not be counted";
        const Status logged = audit(count >= limit ? QStringLiteral("signin.locked") : QStringLiteral("signin.failed"),
                                    userId, QString::number(count));
        Q_UNUSED(logged)
        if (count >= limit)
            return Error { tr("%1 wrong passwords: the account is locked for %2 minutes.")
                               .arg(count)
                               .arg(settings.intValue(Settings::Key::SignInLockMinutes)),
                           ErrorCode::Refused };
        return wrong;
    }

    QByteArray wrapKey = passwordKey(password, salt);
    QByteArray plain;
    KeyRing ring;
    const bool opened = unboxWith(wrapKey, wrap, plain) && readWrapPlain(plain, ring);
    wipe(plain);
    if (!opened) {
        wipe(wrapKey);
        return Error { tr("Your keys on this workstation are damaged; ask the administrator to reset your password.") };
    }
    QSqlQuery u(db.connection());
    if (!grant.isEmpty()) {
        // What the administrator changed: the keys of the user's present role.
        auto granted = IdentityVault::openWith(ring.userSecret, grant, grantContext(userId));
        if (granted && (granted->size() == kKeyBytes || granted->size() == 2 * kKeyBytes)) {
            ring.allKey = granted->left(kKeyBytes);
            ring.entitledKey = granted->size() == 2 * kKeyBytes ? granted->mid(kKeyBytes) : QByteArray();
            u.prepare(QStringLiteral("UPDATE accounts SET key_wrap = ?, key_grant = NULL WHERE user_id = ?"));
            u.addBindValue(boxWith(wrapKey, wrapPlain(ring)));
            u.addBindValue(userId);
            if (!u.exec())
                qCWarning(lcProfile) << "a key grant could not be folded into the wrap";
        }
    }
    wipe(wrapKey);
    u.prepare(QStringLiteral("UPDATE accounts SET failed_attempts = 0, locked_until = NULL WHERE user_id = ?"));
    u.addBindValue(userId);
    if (!u.exec())
        qCWarning(lcProfile) << "sign-in count could not be reset";
    if (Status s = audit(QStringLiteral("signin"), userId); !s)
        return Error { s.error() }; // no record, no entry
    return ring;
}

Status Accounts::requireAdministrator(const QString& action) const
{
    return m_session.writer().require(Capability::Administer, action);
}

Result<Account> Accounts::add(const NewAccount& in)
{
    if (Status s = requireAdministrator(tr("add users")); !s)
        return Error { s.error(), s.failure().code };
    if (Status s = checkLogin(in.login); !s)
        return Error { s.error(), s.failure().code };
    const QString name = in.name.trimmed();
    if (name.isEmpty())
        return Error { tr("Please enter the user's name."), ErrorCode::Invalid };
    if (Status s = InputCheck::check(tr("The name"), name, InputCheck::Kind::Line); !s)
        return Error { s.error(), s.failure().code };
    if (!Role::isKnown(in.role))
        return Error { tr("There is no role %1.").arg(in.role), ErrorCode::Invalid };
    if (Status s = checkPassword(in.password, in.login); !s)
        return Error { s.error(), s.failure().code };
    QSqlQuery q(m_session.database().connection());
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM users WHERE login = ?) OR EXISTS (SELECT 1 FROM accounts "
                             "WHERE login = ?)"));
    q.addBindValue(in.login);
    q.addBindValue(in.login);
    if (q.exec() && q.next() && q.value(0).toBool())
        return Error { tr("The login %1 is taken.").arg(in.login), ErrorCode::Conflict };
    const QString userId = Uuid7::generate();
    QString orgId = in.orgId;
    if (orgId.isEmpty())
        if (auto me = m_session.profile().load())
            orgId = me->orgId;
    if (Status st = m_session.writer().apply(Change::insert(QStringLiteral("users"), userId,
                                                            { { QStringLiteral("login"), in.login },
                                                              { QStringLiteral("name"), name },
                                                              { QStringLiteral("org_id"), orgId },
                                                              { QStringLiteral("role"), in.role } }));
        !st)
        return Error { tr("The user could not be saved: %1").arg(st.error()) };
    return insertAccount(userId, in.login, in.role, in.password, in.custodian, m_session.keys());
}

Result<Account> Accounts::addForExistingUser(const QString& login, const QString& password, bool custodian)
{
    if (Status s = requireAdministrator(tr("add users")); !s)
        return Error { s.error(), s.failure().code };
    if (Status s = checkPassword(password, login); !s)
        return Error { s.error(), s.failure().code };
    QSqlQuery q(m_session.database().connection());
    q.prepare(QStringLiteral("SELECT u.id, u.role, a.user_id IS NOT NULL OR EXISTS (SELECT 1 FROM accounts WHERE login "
                             "= u.login) FROM users u LEFT JOIN accounts a ON a.user_id = u.id WHERE u.login = ? AND "
                             "u.deleted = 0"));
    q.addBindValue(login);
    if (!q.exec() || !q.next())
        return Error { tr("There is no user %1 in this store.").arg(login), ErrorCode::NotFound };
    if (q.value(2).toBool())
        return Error { tr("%1 has an account already.").arg(login), ErrorCode::Conflict };
    return insertAccount(q.value(0).toString(), login, q.value(1).toString(), password, custodian, m_session.keys());
}

Status Accounts::grant(const QString& userId, const QString& role, const KeyRing& granter, bool renewEntitled)
{
    Q_UNUSED(renewEntitled)
    const QByteArray pk = publicKeyOf(userId);
    if (pk.isEmpty())
        return {};
    QByteArray keys = granter.allKey;
    if (Role::holdsIdentityKey(role))
        keys += granter.entitledKey;
    QSqlQuery q(m_session.database().connection());
    q.prepare(QStringLiteral("UPDATE accounts SET key_grant = ? WHERE user_id = ?"));
    q.addBindValue(IdentityVault::sealFor(pk, keys, grantContext(userId)));
    q.addBindValue(userId);
    if (!q.exec())
        return Error { tr("The account could not be saved: %1").arg(SqlError::text(q.lastError())) };
    return {};
}

Status Accounts::renewEntitledKey(const QString& exceptUserId)
{
    // The identity key itself stays (the identities are sealed with it); the key that opens
    // it in meta is new, and reaches only the entitled accounts that keep it.
    KeyRing& mine = m_session.keys();
    auto dataKey = identityKey(mine);
    if (!dataKey || dataKey->isEmpty())
        return Error { tr("Only an administrator entitled to identities can take them from a user."), ErrorCode::Refused };
    KeyRing renewed;
    renewed.allKey = mine.allKey;
    renewed.entitledKey = randomKey();
    if (Status s = writeOfficeKeys(*dataKey, renewed.entitledKey, renewed.allKey); !s)
        return s;
    QSqlQuery q(m_session.database().connection());
    q.prepare(QStringLiteral("SELECT a.user_id, u.role FROM accounts a JOIN users u ON u.id = a.user_id "
                             "WHERE a.disabled = 0 AND a.user_id <> ?"));
    q.addBindValue(exceptUserId);
    if (!q.exec())
        return Error { SqlError::text(q.lastError()) };
    QList<std::pair<QString, QString>> users;
    while (q.next())
        users.append({ q.value(0).toString(), q.value(1).toString() });
    for (const auto& [id, role] : users) {
        // The signed-in administrator too: their wrap on disk still holds the old key.
        if (!Role::holdsIdentityKey(role))
            continue;
        if (Status s = grant(id, role, renewed, false); !s)
            return s;
    }
    mine.entitledKey = renewed.entitledKey;
    return {};
}

Status Accounts::bindToUser(const QString& userId, const QString& login, const QString& name, const QString& role)
{
    const QString me = m_session.userId();
    if (me.isEmpty())
        return Error { tr("Sign in first."), ErrorCode::Refused };
    if (me == userId)
        return {};
    QSqlQuery q(m_session.database().connection());
    // The central user's row comes with the first pull; until then this one names them.
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO users (id, login, name, role) VALUES (?, ?, ?, ?)"));
    for (const QString& v : { userId, login, name, role })
        q.addBindValue(v);
    if (!q.exec())
        return Error { tr("The central user could not be recorded: %1").arg(SqlError::text(q.lastError())) };
    q.prepare(QStringLiteral("UPDATE accounts SET user_id = ? WHERE user_id = ?"));
    q.addBindValue(userId);
    q.addBindValue(me);
    if (!q.exec())
        return Error { tr("The account could not be saved: %1").arg(SqlError::text(q.lastError())) };
    // Users and offices come from the central accounts: this workstation's own (its first
    // administrator and office) are never offered to the central store, which would refuse
    // them. What the account did before enrolling is the enrolled user's work.
    if (!q.exec(QStringLiteral("DELETE FROM outbox WHERE table_name IN ('users', 'organisations')")))
        return Error { SqlError::text(q.lastError()) };
    // The workstation's own first user is gone: the account is the central user now.
    q.prepare(QStringLiteral("DELETE FROM users WHERE id = ?"));
    q.addBindValue(me);
    if (!q.exec()) {
        q.prepare(QStringLiteral("UPDATE users SET deleted = 1 WHERE id = ?"));
        q.addBindValue(me);
        if (!q.exec())
            return Error { SqlError::text(q.lastError()) };
    }
    q.prepare(QStringLiteral("UPDATE outbox SET author_id = ? WHERE author_id = ?"));
    q.addBindValue(userId);
    q.addBindValue(me);
    if (!q.exec())
        return Error { SqlError::text(q.lastError()) };
    return audit(QStringLiteral("account.enrol"), userId, tr("was %1").arg(me));
}

Status Accounts::setRole(const QString& login, const QString& role)
{
    if (Status s = requireAdministrator(tr("give roles")); !s)
        return s;
    if (!Role::isKnown(role))
        return Error { tr("There is no role %1.").arg(role), ErrorCode::Invalid };
    auto account = find(login);
    if (!account)
        return Error { account.error(), account.failure().code };
    if (account->userId == m_session.userId())
        return Error { tr("An administrator cannot change their own role."), ErrorCode::Refused };
    if (Status st = m_session.writer().apply(
            Change::update(QStringLiteral("users"), account->userId, { { QStringLiteral("role"), role } }));
        !st)
        return Error { tr("The role could not be saved: %1").arg(st.error()) };
    if (Role::holdsIdentityKey(account->role) && !Role::holdsIdentityKey(role)) {
        if (Status s = renewEntitledKey(account->userId); !s)
            return s;
    }
    if (Status s = grant(account->userId, role, m_session.keys(), false); !s)
        return s;
    return audit(QStringLiteral("account.role"), account->userId, account->role + QStringLiteral(" -> ") + role);
}

Status Accounts::resetPassword(const QString& login, const QString& password)
{
    if (Status s = requireAdministrator(tr("reset passwords")); !s)
        return s;
    if (Status s = checkPassword(password, login); !s)
        return s;
    auto account = find(login);
    if (!account)
        return Error { account.error(), account.failure().code };
    // A new key pair: the old wrap (and anything released to it) cannot be opened without the
    // old password anyway.
    const auto [publicKey, secretKey] = IdentityVault::generateKeyPair();
    KeyRing ring;
    ring.userSecret = secretKey;
    ring.allKey = m_session.keys().allKey;
    if (Role::holdsIdentityKey(account->role))
        ring.entitledKey = m_session.keys().entitledKey;
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), salt.size());
    QByteArray wrapKey = passwordKey(password, salt);
    QSqlQuery q(m_session.database().connection());
    q.prepare(QStringLiteral("UPDATE accounts SET password_hash = ?, key_salt = ?, key_wrap = ?, public_key = ?, "
                             "key_grant = NULL, failed_attempts = 0, locked_until = NULL, disabled = 0, "
                             "password_changed_at = ? "
                             "WHERE user_id = ?"));
    q.addBindValue(passwordHash(password));
    q.addBindValue(salt);
    q.addBindValue(boxWith(wrapKey, wrapPlain(ring)));
    q.addBindValue(publicKey);
    q.addBindValue(now());
    q.addBindValue(account->userId);
    wipe(wrapKey);
    if (!q.exec())
        return Error { tr("The password could not be saved: %1").arg(SqlError::text(q.lastError())) };
    return audit(QStringLiteral("account.reset_password"), account->userId);
}

Status Accounts::setDisabled(const QString& login, bool disabled)
{
    if (Status s = requireAdministrator(tr("disable accounts")); !s)
        return s;
    auto account = find(login);
    if (!account)
        return Error { account.error(), account.failure().code };
    if (account->userId == m_session.userId())
        return Error { tr("An administrator cannot disable their own account."), ErrorCode::Refused };
    QSqlQuery q(m_session.database().connection());
    // Disabling removes the user's wrap: nothing of theirs opens any more.
    q.prepare(disabled ? QStringLiteral("UPDATE accounts SET disabled = 1, key_wrap = x'', key_grant = NULL WHERE user_id = ?")
                       : QStringLiteral("UPDATE accounts SET disabled = 0 WHERE user_id = ?"));
    q.addBindValue(account->userId);
    if (!q.exec())
        return Error { tr("The account could not be saved: %1").arg(SqlError::text(q.lastError())) };
    if (disabled && Role::holdsIdentityKey(account->role))
        if (Status s = renewEntitledKey(account->userId); !s)
            return s;
    return audit(disabled ? QStringLiteral("account.disable") : QStringLiteral("account.enable"), account->userId,
                 disabled ? tr("enable it again by resetting the password") : QString());
}

Status Accounts::setCustodian(const QString& login, bool custodian)
{
    if (Status s = requireAdministrator(tr("name custodians")); !s)
        return s;
    auto account = find(login);
    if (!account)
        return Error { account.error(), account.failure().code };
    if (custodian && !Role::holdsIdentityKey(account->role))
        return Error { tr("A custodian must hold a role entitled to identities (%1 is %2).")
                           .arg(login, Role::name(account->role)),
                       ErrorCode::Invalid };
    QSqlQuery q(m_session.database().connection());
    q.prepare(QStringLiteral("UPDATE accounts SET custodian = ? WHERE user_id = ?"));
    q.addBindValue(custodian ? 1 : 0);
    q.addBindValue(account->userId);
    if (!q.exec())
        return Error { tr("The account could not be saved: %1").arg(SqlError::text(q.lastError())) };
    return audit(custodian ? QStringLiteral("account.custodian") : QStringLiteral("account.not_custodian"),
                 account->userId);
}

Status Accounts::changePassword(const QString& oldPassword, const QString& newPassword)
{
    const QString userId = m_session.userId();
    if (userId.isEmpty())
        return Error { tr("Sign in first."), ErrorCode::Refused };
    auto me = m_session.profile().load();
    if (!me)
        return Error { me.error() };
    QSqlQuery q(m_session.database().connection());
    q.prepare(QStringLiteral("SELECT a.login, a.password_hash FROM accounts a WHERE a.user_id = ?"));
    q.addBindValue(userId);
    if (!q.exec() || !q.next())
        return Error { tr("Your account could not be read.") };
    const QString login = q.value(0).toString();
    if (!passwordMatches(q.value(1).toString(), oldPassword))
        return Error { tr("The present password is wrong."), ErrorCode::Refused };
    q.finish();
    if (Status s = checkPassword(newPassword, login); !s)
        return s;
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), salt.size());
    QByteArray wrapKey = passwordKey(newPassword, salt);
    q.prepare(QStringLiteral("UPDATE accounts SET password_hash = ?, key_salt = ?, key_wrap = ?, password_changed_at = ? "
                             "WHERE user_id = ?"));
    q.addBindValue(passwordHash(newPassword));
    q.addBindValue(salt);
    q.addBindValue(boxWith(wrapKey, wrapPlain(m_session.keys())));
    q.addBindValue(now());
    q.addBindValue(userId);
    wipe(wrapKey);
    if (!q.exec())
        return Error { tr("The password could not be saved: %1").arg(SqlError::text(q.lastError())) };
    return audit(QStringLiteral("account.password"), userId);
}

} // namespace qf

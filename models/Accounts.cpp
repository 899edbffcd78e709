#include "models/Accounts.h"
#include "models/CategoryStore.h"

#include "models/DataKeyProvider.h"
#include "models/IdentityVault.h"
#include "models/InputCheck.h"
#include "models/KeyWrap.h"
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
    keywrap::wipe(userSecret);
    keywrap::wipe(allKey);
    keywrap::wipe(entitledKey);
    keywrap::wipe(officeKey);
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
    // The account's own login, or its central user's (an enrolled workstation's first account
    // keeps the login it was made with).
    q.prepare(QString::fromLatin1(kSelect) + QStringLiteral("WHERE a.login = ? OR u.login = ? ORDER BY a.login = ? DESC LIMIT 1"));
    q.addBindValue(login);
    q.addBindValue(login);
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

Status Accounts::checkLogin(const QString& login)
{
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$"));
    if (!form.match(login).hasMatch())
        return Error { tr("A login is 1 to 32 letters, digits, '.', '_' or '-', starting with a letter or digit."),
                       ErrorCode::Invalid };
    return {};
}

Status Accounts::writeOfficeKeys(const QByteArray& dataKey, const QByteArray& entitledKey, const QByteArray& allKey)
{
    auto vault = IdentityVault::fromDataKey(dataKey);
    if (!vault)
        return Error { vault.error() };
    Database& db = m_session.database();
    for (const auto& [key, value] :
         { std::pair { kPublicKeyMeta, vault->publicKey() }, std::pair { kIdentityKeyMeta, keywrap::box(entitledKey, dataKey) },
           std::pair { kIndexKeyMeta, keywrap::box(allKey, vault->indexKey()) } })
        if (Status s = db.setMeta(key, QString::fromLatin1(value.toBase64())); !s)
            return s;
    if (db.meta(kKeyCheckMeta).isEmpty())
        if (Status s = db.setMeta(kKeyCheckMeta, QString::fromLatin1(vault->keyCheck().toBase64())); !s)
            return s;
    return {};
}

Status Accounts::adoptWritingKeys(const QByteArray& publicKey, const QByteArray& indexKey)
{
    const KeyRing& keys = m_session.keys();
    if (keys.allKey.isEmpty())
        return Error { tr("Sign in with an account of this workstation first."), ErrorCode::Refused };
    Database& db = m_session.database();
    // The identity key this store was made with goes: nobody here may open identities.
    for (const auto& [key, value] :
         { std::pair { kPublicKeyMeta, QString::fromLatin1(publicKey.toBase64()) },
           std::pair { kIndexKeyMeta, QString::fromLatin1(keywrap::box(keys.allKey, indexKey).toBase64()) },
           std::pair { kIdentityKeyMeta, QStringLiteral("") } })
        if (Status s = db.setMeta(key, value); !s)
            return s;
    return {};
}

Result<OfficeKeys> Accounts::officeKeys(const QString& userId, const KeyRing& ring) const
{
    QSqlQuery q(m_session.database().connection());
    q.prepare(QStringLiteral("SELECT central_rev IS NOT NULL, office_box, index_box FROM accounts WHERE user_id = ?"));
    q.addBindValue(userId);
    if (!q.exec() || !q.next())
        return Error { tr("The accounts could not be read: %1").arg(SqlError::text(q.lastError())) };
    OfficeKeys keys;
    if (!q.value(0).toBool()) {
        auto index = indexKey(ring);
        if (!index)
            return index.failure();
        auto data = identityKey(ring);
        if (!data)
            return data.failure();
        keys.indexKey = *index;
        keys.dataKey = *data;
        return keys;
    }
    CentralAccount account;
    account.userId = userId;
    account.officeBox = q.value(1).toByteArray();
    account.indexBox = q.value(2).toByteArray();
    auto opened = openBoxes(account, ring.userSecret);
    if (!opened)
        return opened.failure();
    if (!opened->dataKey.isEmpty()) {
        auto vault = IdentityVault::fromDataKey(opened->dataKey);
        if (!vault || vault->publicKey() != publicKey())
            return Error { tr("The office's identity key sealed for you is not the one this workstation seals with; "
                              "ask the administrator of the central store.") };
    }
    return *opened;
}

Result<QByteArray> Accounts::identityKey(const KeyRing& keys) const
{
    if (!keys.officeKey.isEmpty())
        return keys.officeKey;
    if (keys.entitledKey.isEmpty())
        return QByteArray();
    if (m_session.database().meta(kIdentityKeyMeta).isEmpty())
        return QByteArray(); // a workstation that only writes (enrolled for a role not entitled)
    QByteArray key;
    if (!keywrap::unbox(keys.entitledKey, QByteArray::fromBase64(m_session.database().meta(kIdentityKeyMeta).toLatin1()), key))
        return Error { tr("The office's identity key could not be opened with your keys; ask the administrator to "
                          "give you your role again.") };
    return key;
}

Result<QByteArray> Accounts::indexKey(const KeyRing& keys) const
{
    QByteArray key;
    if (!keywrap::unbox(keys.allKey, QByteArray::fromBase64(m_session.database().meta(kIndexKeyMeta).toLatin1()), key))
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
    auto wrapped = keywrap::wrapForPassword(ring, password);
    if (!wrapped)
        return wrapped.failure();
    QSqlQuery q(m_session.database().connection());
    q.prepare(QStringLiteral("INSERT INTO accounts (user_id, login, password_hash, key_salt, key_wrap, public_key, "
                             "custodian, created_at, password_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString at = now();
    for (const QVariant& v : QVariantList { userId, login, wrapped->hash, wrapped->salt, wrapped->wrap, publicKey,
                                            custodian ? 1 : 0, at, at })
        q.addBindValue(v);
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
    if (in.standardCategories) {
        // A new office can categorise from the first report; an enrolled workstation gets
        // the office's own taxonomy from the sync and has no administrator to create.
        QSqlQuery q(db.connection());
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM categories")) && q.next() && q.value(0).toInt() == 0)
            changes << CategoryStore::standardTaxonomy();
    }
    m_session.setUser(userId, QStringLiteral("administrator"));
    if (Status st = m_session.writer().apply(changes); !st) {
        m_session.setUser(QString(), QString());
        return Error { tr("The administrator could not be saved: %1").arg(st.error()) };
    }
    KeyRing office;
    office.allKey = keywrap::randomKey();
    office.entitledKey = keywrap::randomKey();
    if (Status s = writeOfficeKeys(dataKey, office.entitledKey, office.allKey); !s)
        return Error { s.error() };
    auto account = insertAccount(userId, in.login, QStringLiteral("administrator"), in.password, in.custodian, office);
    keywrap::wipe(dataKey);
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
                             "a.locked_until, a.key_grant FROM accounts a LEFT JOIN users u ON u.id = a.user_id "
                             "WHERE a.login = ? OR u.login = ? ORDER BY a.login = ? DESC LIMIT 1"));
    q.addBindValue(login);
    q.addBindValue(login);
    q.addBindValue(login);
    if (!q.exec())
        return Error { tr("The accounts could not be read: %1").arg(SqlError::text(q.lastError())) };
    const Error wrong { tr("The login or the password is wrong."), ErrorCode::Refused };
    if (!q.next()) {
        // The same work as for a real account, so the answer does not tell which logins exist.
        static const QString decoy = keywrap::passwordHash(QStringLiteral("decoy-%1").arg(randombytes_random()));
        keywrap::passwordMatches(decoy, password);
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
    if (!keywrap::passwordMatches(hash, password)) {
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

    QByteArray wrapKey = keywrap::passwordKey(password, salt);
    KeyRing ring;
    if (!keywrap::unwrapRing(wrapKey, wrap, ring)) {
        keywrap::wipe(wrapKey);
        return Error { tr("Your keys on this workstation are damaged; ask the administrator to reset your password.") };
    }
    QSqlQuery u(db.connection());
    if (!grant.isEmpty()) {
        // What the administrator changed: the keys of the user's present role.
        constexpr int n = keywrap::KeyBytes;
        auto granted = IdentityVault::openWith(ring.userSecret, grant, keywrap::grantContext(userId));
        if (granted && (granted->size() == n || granted->size() == 2 * n)) {
            ring.allKey = granted->left(n);
            ring.entitledKey = granted->size() == 2 * n ? granted->mid(n) : QByteArray();
            u.prepare(QStringLiteral("UPDATE accounts SET key_wrap = ?, key_grant = NULL WHERE user_id = ?"));
            u.addBindValue(keywrap::wrapRing(wrapKey, ring));
            u.addBindValue(userId);
            if (!u.exec())
                qCWarning(lcProfile) << "a key grant could not be folded into the wrap";
        }
    }
    keywrap::wipe(wrapKey);
    u.prepare(QStringLiteral("UPDATE accounts SET failed_attempts = 0, locked_until = NULL WHERE user_id = ?"));
    u.addBindValue(userId);
    if (!u.exec())
        qCWarning(lcProfile) << "sign-in count could not be reset";
    if (Status s = audit(QStringLiteral("signin"), userId); !s)
        return Error { s.error() }; // no record, no entry
    return ring;
}

} // namespace qf

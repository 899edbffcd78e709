// The administrator's work on the accounts (and one's own password): adding users, roles,
// resets, disabling, custodians, the enrolment's binding, and the key grants these need.
#include "models/Accounts.h"

#include "models/IdentityVault.h"
#include "models/InputCheck.h"
#include "models/KeyWrap.h"
#include "models/Role.h"
#include "models/Session.h"
#include "models/SqlError.h"
#include "models/Uuid7.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace qf {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

Status Accounts::requireAdministrator(const QString& action) const
{
    return m_session.writer().require(Capability::Administer, action);
}

Status Accounts::requireLocalAdministration(const QString& action) const
{
    if (Status s = requireAdministrator(action); !s)
        return s;
    if (isCentral())
        return Error { tr("This workstation is enrolled: its users come from the central store. Ask its administrator "
                          "(qingfeng-syncd admin add-user, reset-password, disable-user, custodian)."),
                       ErrorCode::Refused };
    return {};
}

Result<Account> Accounts::add(const NewAccount& in)
{
    if (Status s = requireLocalAdministration(tr("add users")); !s)
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

Status Accounts::grant(const QString& userId, const QString& role, const KeyRing& granter)
{
    const QByteArray pk = publicKeyOf(userId);
    if (pk.isEmpty())
        return {};
    QByteArray keys = granter.allKey;
    if (Role::holdsIdentityKey(role))
        keys += granter.entitledKey;
    QSqlQuery q(m_session.database().connection());
    q.prepare(QStringLiteral("UPDATE accounts SET key_grant = ? WHERE user_id = ?"));
    q.addBindValue(IdentityVault::sealFor(pk, keys, keywrap::grantContext(userId)));
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
    renewed.entitledKey = keywrap::randomKey();
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
        if (Status s = grant(id, role, renewed); !s)
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
    // Nor the standard categories its first start wrote (the same rows, by id, on every store):
    // reference tables change centrally, by the roles entitled to them.
    if (!q.exec(QStringLiteral("DELETE FROM outbox WHERE table_name IN ('users', 'organisations', 'categories')")))
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
    if (Status s = requireLocalAdministration(tr("give roles")); !s)
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
    if (Status s = grant(account->userId, role, m_session.keys()); !s)
        return s;
    return audit(QStringLiteral("account.role"), account->userId, account->role + QStringLiteral(" -> ") + role);
}

Status Accounts::resetPassword(const QString& login, const QString& password)
{
    if (Status s = requireLocalAdministration(tr("reset passwords")); !s)
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
    auto wrapped = keywrap::wrapForPassword(ring, password);
    if (!wrapped)
        return wrapped.failure();
    QSqlQuery q(m_session.database().connection());
    q.prepare(QStringLiteral("UPDATE accounts SET password_hash = ?, key_salt = ?, key_wrap = ?, public_key = ?, "
                             "key_grant = NULL, failed_attempts = 0, locked_until = NULL, disabled = 0, "
                             "password_changed_at = ? WHERE user_id = ?"));
    for (const QVariant& v : QVariantList { wrapped->hash, wrapped->salt, wrapped->wrap, publicKey, now(), account->userId })
        q.addBindValue(v);
    if (!q.exec())
        return Error { tr("The password could not be saved: %1").arg(SqlError::text(q.lastError())) };
    return audit(QStringLiteral("account.reset_password"), account->userId);
}

Status Accounts::setDisabled(const QString& login, bool disabled)
{
    if (Status s = requireLocalAdministration(tr("disable accounts")); !s)
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
    if (Status s = requireLocalAdministration(tr("name custodians")); !s)
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
    if (!keywrap::passwordMatches(q.value(1).toString(), oldPassword))
        return Error { tr("The present password is wrong."), ErrorCode::Refused };
    q.finish();
    if (Status s = checkPassword(newPassword, login); !s)
        return s;
    // A central account's wrap holds the user's own secret only; the central store takes the
    // new password at the next sync.
    q.prepare(QStringLiteral("SELECT central_rev IS NOT NULL FROM accounts WHERE user_id = ?"));
    q.addBindValue(userId);
    const bool central = q.exec() && q.next() && q.value(0).toBool();
    q.finish();
    KeyRing ring = m_session.keys();
    if (central) {
        keywrap::wipe(ring.allKey);
        keywrap::wipe(ring.entitledKey);
        keywrap::wipe(ring.officeKey);
    }
    auto wrapped = keywrap::wrapForPassword(ring, newPassword);
    if (!wrapped)
        return wrapped.failure();
    q.prepare(QStringLiteral("UPDATE accounts SET password_hash = ?, key_salt = ?, key_wrap = ?, password_changed_at = ?, "
                             "password_pending = central_rev IS NOT NULL WHERE user_id = ?"));
    for (const QVariant& v : QVariantList { wrapped->hash, wrapped->salt, wrapped->wrap, now(), userId })
        q.addBindValue(v);
    if (!q.exec())
        return Error { tr("The password could not be saved: %1").arg(SqlError::text(q.lastError())) };
    return audit(QStringLiteral("account.password"), userId);
}

} // namespace qf

// The central accounts on an enrolled workstation: taking the office's accounts that sync
// brings, offering one's own at enrolment, sealing the office's keys for accounts that lack
// them, and a password changed here waiting for the central store.
#include "models/Accounts.h"

#include "models/IdentityVault.h"
#include "models/KeyWrap.h"
#include "models/Log.h"
#include "models/Role.h"
#include "models/Session.h"
#include "models/SqlError.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace qf {

bool Accounts::isCentral() const
{
    return !m_session.database().meta(QStringLiteral("sync_server")).isEmpty();
}

Result<CentralAccount> Accounts::offerFor(const QString& password) const
{
    const QString userId = m_session.userId();
    QSqlQuery q(m_session.database().connection());
    q.prepare(QStringLiteral("SELECT login, password_hash, public_key FROM accounts WHERE user_id = ?"));
    q.addBindValue(userId);
    if (!q.exec() || !q.next())
        return Error { tr("Sign in first."), ErrorCode::Refused };
    if (!keywrap::passwordMatches(q.value(1).toString(), password))
        return Error { tr("The password is not the one you signed in with."), ErrorCode::Refused };
    CentralAccount offer;
    offer.login = q.value(0).toString();
    offer.userId = userId;
    offer.publicKey = q.value(2).toByteArray();
    KeyRing own;
    own.userSecret = m_session.keys().userSecret;
    auto wrapped = keywrap::wrapForPassword(own, password);
    if (!wrapped)
        return wrapped.failure();
    offer.passwordHash = wrapped->hash;
    offer.keySalt = wrapped->salt;
    offer.secretWrap = wrapped->wrap;
    return offer;
}

Result<QByteArray> Accounts::openCentralSecret(const CentralAccount& account, const QString& password)
{
    if (account.disabled || account.secretWrap.isEmpty())
        return Error { tr("The central account %1 is disabled.").arg(account.login), ErrorCode::Refused };
    QByteArray key = keywrap::passwordKey(password, account.keySalt);
    KeyRing ring;
    const bool opened = keywrap::unwrapRing(key, account.secretWrap, ring);
    keywrap::wipe(key);
    if (!opened)
        return Error { tr("The password is not the one of the central account %1 (the central store's administrator "
                          "can reset it with qingfeng-syncd admin reset-password).")
                           .arg(account.login),
                       ErrorCode::Refused };
    return ring.userSecret;
}

Result<OfficeKeys> Accounts::openBoxes(const CentralAccount& account, const QByteArray& secret)
{
    OfficeKeys keys;
    if (!account.officeBox.isEmpty()) {
        auto data = IdentityVault::openWith(secret, account.officeBox, keywrap::officeBoxContext(account.userId));
        if (!data || data->size() != IdentityVault::KeyBytes)
            return Error { tr("The office's identity key sealed for you does not open with your key.") };
        keys.dataKey = *data;
        auto vault = IdentityVault::fromDataKey(keys.dataKey);
        if (!vault)
            return vault.failure();
        keys.indexKey = vault->indexKey();
        return keys;
    }
    if (account.indexBox.isEmpty())
        return Error { tr("The office's keys have not been sealed for your account yet. They are, at the next sync of "
                          "a workstation of your office where a user is signed in; sign in again after that."),
                       ErrorCode::NotFound };
    auto index = IdentityVault::openWith(secret, account.indexBox, keywrap::indexBoxContext(account.userId));
    if (!index || index->size() != IdentityVault::KeyBytes)
        return Error { tr("The office's index key sealed for you does not open with your key.") };
    keys.indexKey = *index;
    return keys;
}

Result<qint64> Accounts::takeCentral(const QList<CentralAccount>& accounts, qint64 since)
{
    QSqlDatabase db = m_session.database().connection();
    qint64 taken = since;
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const CentralAccount& c : accounts) {
        // A disabled account's wrap is empty (not NULL: the column holds bytes).
        const QByteArray wrap = c.secretWrap.isEmpty() ? QByteArray("") : c.secretWrap;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT password_pending, public_key FROM accounts WHERE user_id = ?"));
        q.addBindValue(c.userId);
        if (!q.exec())
            return Error { tr("The accounts could not be read: %1").arg(SqlError::text(q.lastError())) };
        const bool exists = q.next();
        // A password changed here and not yet sent keeps its wrap (the key pair is the same).
        const bool keepPassword = exists && q.value(0).toBool() && q.value(1).toByteArray() == c.publicKey && !c.disabled;
        q.finish();
        if (exists) {
            q.prepare(keepPassword
                          ? QStringLiteral("UPDATE accounts SET office_box = ?, index_box = ?, disabled = ?, custodian = ?, "
                                           "central_rev = ? WHERE user_id = ?")
                          : QStringLiteral("UPDATE accounts SET password_hash = ?, key_salt = ?, key_wrap = ?, public_key = ?, "
                                           "key_grant = NULL, password_pending = 0, password_changed_at = ?, office_box = ?, "
                                           "index_box = ?, disabled = ?, custodian = ?, central_rev = ? WHERE user_id = ?"));
            if (!keepPassword)
                for (const QVariant& v : QVariantList { c.passwordHash, c.keySalt, wrap, c.publicKey, at })
                    q.addBindValue(v);
        } else {
            QSqlQuery user(db);
            user.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM users WHERE id = ? AND deleted = 0), EXISTS "
                                        "(SELECT 1 FROM accounts WHERE login = ?)"));
            user.addBindValue(c.userId);
            user.addBindValue(c.login);
            if (!user.exec() || !user.next())
                return Error { tr("The accounts could not be read: %1").arg(SqlError::text(user.lastError())) };
            if (!user.value(0).toBool())
                return taken; // its user arrives with a later pull: taken from there next time
            if (user.value(1).toBool()) {
                qCWarning(lcProfile) << "a central account's login is taken by an account of this workstation";
                taken = c.rev;
                continue;
            }
            q.prepare(QStringLiteral("INSERT INTO accounts (login, password_hash, key_salt, key_wrap, public_key, "
                                     "created_at, password_changed_at, office_box, index_box, disabled, custodian, "
                                     "central_rev, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant& v : QVariantList { c.login, c.passwordHash, c.keySalt, wrap, c.publicKey, at, at })
                q.addBindValue(v);
        }
        for (const QVariant& v : QVariantList { c.officeBox.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(c.officeBox),
                                                c.indexBox.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(c.indexBox),
                                                c.disabled ? 1 : 0, c.custodian ? 1 : 0, c.rev, c.userId })
            q.addBindValue(v);
        if (!q.exec())
            return Error { tr("The central account %1 could not be saved: %2").arg(c.login, SqlError::text(q.lastError())) };
        // The change is the central administrator's, in the central store's records; the
        // sign-ins it allows or refuses here are in this workstation's audit log.
        taken = c.rev;
    }
    return taken;
}

QList<AccountSeal> Accounts::sealsNeeded(const QByteArray& dataKey, const QByteArray& indexKey) const
{
    QList<AccountSeal> seals;
    if (indexKey.isEmpty())
        return seals;
    QSqlQuery q(m_session.database().connection());
    if (!q.exec(QStringLiteral("SELECT a.user_id, a.login, a.public_key, u.role, a.office_box IS NULL, a.index_box IS NULL "
                               "FROM accounts a JOIN users u ON u.id = a.user_id WHERE a.central_rev IS NOT NULL AND "
                               "a.disabled = 0 AND (a.office_box IS NULL OR a.index_box IS NULL)")))
        return seals;
    while (q.next()) {
        AccountSeal seal { q.value(1).toString(), q.value(0).toString(), {}, {} };
        const QByteArray pk = q.value(2).toByteArray();
        if (q.value(5).toBool())
            seal.indexBox = IdentityVault::sealFor(pk, indexKey, keywrap::indexBoxContext(seal.userId));
        if (q.value(4).toBool() && !dataKey.isEmpty() && Role::holdsIdentityKey(q.value(3).toString()))
            seal.officeBox = IdentityVault::sealFor(pk, dataKey, keywrap::officeBoxContext(seal.userId));
        if (!seal.indexBox.isEmpty() || !seal.officeBox.isEmpty())
            seals << seal;
    }
    return seals;
}

Status Accounts::storeSeals(const QList<AccountSeal>& seals)
{
    QSqlQuery q(m_session.database().connection());
    q.prepare(QStringLiteral("UPDATE accounts SET office_box = coalesce(office_box, ?), index_box = coalesce(index_box, ?) "
                             "WHERE user_id = ?"));
    for (const AccountSeal& s : seals) {
        q.addBindValue(s.officeBox.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(s.officeBox));
        q.addBindValue(s.indexBox.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(s.indexBox));
        q.addBindValue(s.userId);
        if (!q.exec())
            return Error { tr("The account could not be saved: %1").arg(SqlError::text(q.lastError())) };
    }
    return {};
}

std::optional<CentralAccount> Accounts::pendingPassword() const
{
    QSqlQuery q(m_session.database().connection());
    q.prepare(QStringLiteral("SELECT login, password_hash, key_salt, key_wrap FROM accounts WHERE user_id = ? AND "
                             "password_pending = 1 AND central_rev IS NOT NULL"));
    q.addBindValue(m_session.userId());
    if (!q.exec() || !q.next())
        return std::nullopt;
    CentralAccount c;
    c.login = q.value(0).toString();
    c.userId = m_session.userId();
    c.passwordHash = q.value(1).toString();
    c.keySalt = q.value(2).toByteArray();
    c.secretWrap = q.value(3).toByteArray();
    return c;
}

Status Accounts::passwordTaken()
{
    QSqlQuery q(m_session.database().connection());
    q.prepare(QStringLiteral("UPDATE accounts SET password_pending = 0 WHERE user_id = ?"));
    q.addBindValue(m_session.userId());
    if (!q.exec())
        return Error { SqlError::text(q.lastError()) };
    return {};
}

} // namespace qf

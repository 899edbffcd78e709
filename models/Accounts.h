#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace qf {

class Session;
class DataKeyProvider;

// One person who may sign in on this workstation.
struct Account
{
    QString userId;
    QString login;
    QString name;
    QString role;
    QString orgId;
    bool custodian = false;
    bool disabled = false;
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid when not locked
};

struct NewAccount
{
    QString login;
    QString name;
    QString role;
    QString password;
    QString orgId; // an existing office; for the administrator of a new store also:
    QString newOrgName;
    QString newOrgLevel;
    bool custodian = false;
    // For the administrator of a new store: start it with the standard problem categories
    // (CategoryStore::standardTaxonomy) when it has none yet.
    bool standardCategories = true;
};

// The keys a signed-in user holds, unwrapped with their password. Wiped when dropped.
struct KeyRing
{
    QByteArray userSecret; // the user's own key pair: identities released to them are sealed to it
    QByteArray allKey;     // opens the office's index key (every user who registers)
    QByteArray entitledKey; // opens the office's identity key; empty for roles not entitled
    KeyRing() = default;
    KeyRing(const KeyRing&) = default;
    KeyRing& operator=(const KeyRing&) = default;
    KeyRing(KeyRing&&) = default;
    KeyRing& operator=(KeyRing&&) = default;
    ~KeyRing();
};

// The accounts of this workstation (table accounts, revision 13; never synced; the
// administrator's part in AccountAdmin.cpp, the key format in models/KeyWrap): Argon2id
// password hashes, the lockout after repeated failures, and each user's wrapped keys.
//
// The office's identity key is kept in meta encrypted with the "entitled" key, its index key
// with the "all" key; each account's wrap (XSalsa20-Poly1305 under a key Argon2id derives
// from the password) holds the user's own secret key, the "all" key and - for roles entitled
// to identities only - the "entitled" key. What an administrator changes for another user
// (a new role, a reset) reaches that user as a grant sealed to their public key, folded into
// their wrap at their next sign-in. Taking the identity key from a user (a role no longer
// entitled, a disabled account) renews the entitled key for everyone who keeps it.
class Accounts
{
    Q_DECLARE_TR_FUNCTIONS(qf::Accounts)

public:
    explicit Accounts(Session& session);

    // True once the store has its administrator.
    bool any() const;
    // A store made before accounts (revision 12 and older) still holds its identity key in
    // the keychain: its first administrator takes it over.
    bool needsAdministrator() const { return !any(); }

    Result<QList<Account>> list() const;
    Result<Account> find(const QString& login) const;
    // The login of the last user who signed in here (offered by the sign-in screen).
    QString lastLogin() const;

    // The first start: creates the office when asked, the administrator's user and account,
    // and the office's keys (or takes over the key a store made before accounts keeps in
    // the keychain, and removes it from there). Refused once any account exists.
    Result<Account> createAdministrator(const NewAccount& admin, DataKeyProvider& legacyKeys);

    // Checks the password (and the lockout); on success the user's keys. Every sign-in and
    // every failure is in the audit log.
    Result<KeyRing> signIn(const QString& login, const QString& password);

    // The administrator's work (the signed-in user must be an administrator).
    Result<Account> add(const NewAccount& account);
    // Gives a user of the store (one that sync brought from the central accounts, say) a
    // password on this workstation.
    Result<Account> addForExistingUser(const QString& login, const QString& password, bool custodian = false);
    Status setRole(const QString& login, const QString& role);
    Status resetPassword(const QString& login, const QString& password);
    Status setDisabled(const QString& login, bool disabled);
    Status setCustodian(const QString& login, bool custodian);
    // Enrolment: the signed-in account now stands for the central user of the device token
    // (the user's row is recorded until the sync brings the central one). The login and the
    // password stay; the role is the central one from then on.
    Status bindToUser(const QString& userId, const QString& login, const QString& name, const QString& role);
    // The signed-in user's own password.
    Status changePassword(const QString& oldPassword, const QString& newPassword);

    // What a password must be: at least 8 characters, not the login.
    static Status checkPassword(const QString& password, const QString& login);
    // What a login must be: 1 to 32 letters, digits, '.', '_' or '-'.
    static Status checkLogin(const QString& login);

    // The office's identity key, opened with a signed-in user's key ring; empty for a user
    // not entitled to it.
    Result<QByteArray> identityKey(const KeyRing& keys) const;
    Result<QByteArray> indexKey(const KeyRing& keys) const;
    QByteArray publicKey() const;
    // The office's identity key is replaced (an enrolment brought the office's): re-sealed
    // for everyone entitled. Needs the signed-in user's entitled key.
    Status replaceIdentityKey(const KeyRing& keys, const QByteArray& dataKey);
    // A user's public key (identities released to them are sealed to it).
    QByteArray publicKeyOf(const QString& userId) const;

private:
    Status requireAdministrator(const QString& action) const;
    Status writeOfficeKeys(const QByteArray& dataKey, const QByteArray& entitledKey, const QByteArray& allKey);
    Result<Account> insertAccount(const QString& userId, const QString& login, const QString& role,
                                  const QString& password, bool custodian, const KeyRing& granter);
    Status grant(const QString& userId, const QString& role, const KeyRing& granter);
    Status renewEntitledKey(const QString& exceptUserId);
    Status audit(const QString& action, const QString& userId, const QString& detail = {});

    Session& m_session;
};

} // namespace qf

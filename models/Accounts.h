#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

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

// A user's account as the central store keeps it (sync/SyncMessages.h, Credential): the
// password's Argon2id hash, the user's key pair with its secret half wrapped under the
// password, and the office's keys sealed to the public half.
struct CentralAccount
{
    QString login;
    QString userId;
    QString role;
    QString passwordHash;
    QByteArray keySalt;
    QByteArray publicKey;
    QByteArray secretWrap; // empty for a disabled account
    QByteArray officeBox;  // the office's identity key (roles entitled to identities)
    QByteArray indexBox;   // the office's index key
    bool disabled = false;
    bool custodian = false;
    qint64 rev = 0;
};

// The office's keys sealed for a central account by this workstation.
struct AccountSeal
{
    QString login;
    QString userId;
    QByteArray officeBox;
    QByteArray indexBox;
};

// What a signed-in user opens: the office's identity key (empty for roles not entitled) and
// its index key.
struct OfficeKeys
{
    QByteArray dataKey;
    QByteArray indexKey;
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
    // A central account's: the office's identity key itself, opened from the account's box at
    // sign-in (empty for roles not entitled); held in memory only.
    QByteArray officeKey;
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
    Status setRole(const QString& login, const QString& role);
    Status resetPassword(const QString& login, const QString& password);
    Status setDisabled(const QString& login, bool disabled);
    Status setCustodian(const QString& login, bool custodian);
    // Enrolment: the signed-in account now stands for the central user of the device token
    // (the user's row is recorded until the sync brings the central one). The login and the
    // password stay; the role is the central one from then on.
    Status bindToUser(const QString& userId, const QString& login, const QString& name, const QString& role);
    // The signed-in user's own password. On an enrolled workstation the central account takes
    // it at the next sync (pendingPassword).
    Status changePassword(const QString& oldPassword, const QString& newPassword);

    // The central accounts (AccountCentral.cpp). Whether users come from the central store
    // (the workstation is enrolled): then only the central administrators add users, give
    // roles, reset passwords, disable accounts and name custodians.
    bool isCentral() const;
    // The signed-in user's credentials for the central store, made from their password: the
    // enrolment offers them when the central store has none for the user.
    Result<CentralAccount> offerFor(const QString& password) const;
    // The user's secret key from a central account's wrap; refused when the password is not
    // the account's.
    static Result<QByteArray> openCentralSecret(const CentralAccount& account, const QString& password);
    // The office's keys from a central account's boxes, opened with the user's secret key.
    static Result<OfficeKeys> openBoxes(const CentralAccount& account, const QByteArray& secret);
    // Takes the accounts sync brought: new ones are added, changed ones replaced (password,
    // keys, disabled, custodian); the role is the users row's. An account whose user row has
    // not arrived yet is left for the next time: the answer is the newest rev taken in order.
    Result<qint64> takeCentral(const QList<CentralAccount>& accounts, qint64 since);
    // The office's keys sealed, with the keys the signed-in user holds, for the central accounts
    // that lack them (the identity key only for roles entitled to it).
    QList<AccountSeal> sealsNeeded(const QByteArray& dataKey, const QByteArray& indexKey) const;
    Status storeSeals(const QList<AccountSeal>& seals);
    // A workstation of a role not entitled to identities takes the office's public key and
    // index key: it seals to the office, it opens nothing (its own identity key is dropped).
    Status adoptWritingKeys(const QByteArray& publicKey, const QByteArray& indexKey);
    // The signed-in user's new password, not yet taken by the central store.
    std::optional<CentralAccount> pendingPassword() const;
    Status passwordTaken();
    // The office's keys for the signed-in user: a central account's from its boxes, a local
    // account's from the store's keys its ring opens.
    Result<OfficeKeys> officeKeys(const QString& userId, const KeyRing& ring) const;

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
    // An administrator on a workstation whose users are its own (not enrolled).
    Status requireLocalAdministration(const QString& action) const;
    Status writeOfficeKeys(const QByteArray& dataKey, const QByteArray& entitledKey, const QByteArray& allKey);
    Result<Account> insertAccount(const QString& userId, const QString& login, const QString& role,
                                  const QString& password, bool custodian, const KeyRing& granter);
    Status grant(const QString& userId, const QString& role, const KeyRing& granter);
    Status renewEntitledKey(const QString& exceptUserId);
    Status audit(const QString& action, const QString& userId, const QString& detail = {});

    Session& m_session;
};

} // namespace qf

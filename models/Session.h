#pragma once

#include "models/Accounts.h"
#include "models/AttachmentStore.h"
#include "models/AuditLog.h"
#include "models/CategoryStore.h"
#include "models/Database.h"
#include "models/Directory.h"
#include "models/IdentityReleases.h"
#include "models/IdentityVault.h"
#include "models/DispatchTables.h"
#include "models/DuplicateIndex.h"
#include "models/FollowUpCodes.h"
#include "models/PersonStore.h"
#include "models/ProfileStore.h"
#include "models/ReportHistory.h"
#include "models/ReportRegistrar.h"
#include "models/ReportStore.h"
#include "models/Result.h"
#include "models/ScopeRuleStore.h"
#include "models/VisitStore.h"
#include "models/Writer.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace qf {

class DataKeyProvider;

// Everything a program needs to work on one local store: the connection, the write path,
// the identity vault with its key from the keychain, the audit log and the stores. The
// session owns each store once for its connection (as Mixxx's TrackCollection owns its
// DAOs): screens and commands ask it for them and never build their own.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(qf::Session)

public:
    ~Session();

    // Opens (or creates) the store, signed out. `keys` is not read any more: a store made
    // before accounts hands its keychain key to its first administrator
    // (Accounts::createAdministrator).
    static Result<std::unique_ptr<Session>> open(const QString& databasePath, DataKeyProvider& keys,
                                                 Database::Upgrade upgrade = Database::Upgrade::Automatic);

    Database& database() { return *m_db; }
    // The accounts of this workstation: the administrator, sign-in, the wrapped keys.
    Accounts& accounts() { return *m_accounts; }
    Writer& writer() { return *m_writer; }
    AuditLog& audit() { return *m_audit; }
    // The vault of the signed-in user's keys (empty when signed out).
    const IdentityVault& vault() const { return *m_vault; }
    PersonStore& persons() { return *m_persons; }
    ReportStore& reports() { return *m_reports; }
    // The near-duplicate fingerprints; its sketches stay in memory for the session's life.
    DuplicateIndex& duplicates() { return *m_duplicates; }
    AttachmentStore& attachments() { return *m_attachments; }
    // The one way a report is registered, from every channel.
    ReportRegistrar& registrar() { return *m_registrar; }
    CategoryStore& categories() { return *m_categories; }
    DispatchTables& dispatchTables() { return *m_dispatchTables; }
    VisitStore& visits() { return *m_visits; }
    ScopeRuleStore& scopeRules() { return *m_scopeRules; }
    // The local profile (user, office, role) of this device.
    ProfileStore& profile() { return *m_profile; }
    // The offices and users, as screens list and name them.
    Directory& directory() { return *m_directory; }
    // A report's events and the reports filed as its repeats.
    ReportHistory& history() { return *m_history; }
    FollowUpCodes& followUps() { return *m_followUps; }
    // Custodian release of reporters' identities.
    IdentityReleases& releases() { return *m_releases; }

    // Signs a user in with their password: from then on they are the author of every change,
    // the stores check their role, and the vault holds the keys their role is entitled to
    // (to seal and look up for everyone; to open identities only for the entitled roles).
    // A wrong password, a locked or disabled account is refused and the session stays as it
    // was (signed out, or the previous user when switching).
    Status signIn(const QString& login, const QString& password);
    // Drops the user and their keys (switch user, the idle lock).
    void signOut();
    bool signedIn() const { return !m_userId.isEmpty(); }
    const QString& userId() const { return m_userId; }
    const QString& role() const { return m_role; }
    bool isCustodian() const { return m_custodian; }
    bool may(Capability what) const { return Role::may(m_role, what); }
    // The signed-in user's unwrapped keys (empty when signed out).
    KeyRing& keys() { return *m_keys; }
    // The office's identity key, for a signed-in user entitled to it (empty otherwise).
    QByteArray identityKey() const;
    // Takes on another identity key (the office's, at enrolment): sealed again for everyone
    // entitled, and this session's vault uses it. Needs an entitled user signed in.
    Status replaceIdentityKey(const QByteArray& dataKey);
    // The workstation of a role not entitled to identities seals to the office's public key and
    // keeps only the office's index key (an enrolment for such a role).
    Status adoptWritingKeys(const QByteArray& publicKey, const QByteArray& indexKey);

    // What another session needs to act as the signed-in user: a worker's session on its own
    // connection (demonstration data, the sync).
    struct Credentials
    {
        QString userId;
        QString role;
        bool custodian = false;
        KeyRing keys;
        IdentityVault vault;
    };
    Credentials credentials() const;
    void actAs(const Credentials& who);

    // Acts for a user without their keys - the sync worker, which moves sealed rows and
    // never opens them, acting for the user signed in on the window's session.
    void setUser(const QString& userId, const QString& role = QString());

private:
    Session() = default;

    Status loadKeys();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Accounts> m_accounts;
    std::unique_ptr<KeyRing> m_keys;
    std::unique_ptr<Writer> m_writer;
    std::unique_ptr<AuditLog> m_audit;
    std::optional<IdentityVault> m_vault;
    std::unique_ptr<PersonStore> m_persons;
    std::unique_ptr<DuplicateIndex> m_duplicates;
    std::unique_ptr<ReportStore> m_reports;
    std::unique_ptr<AttachmentStore> m_attachments;
    std::unique_ptr<ReportRegistrar> m_registrar;
    std::unique_ptr<CategoryStore> m_categories;
    std::unique_ptr<DispatchTables> m_dispatchTables;
    std::unique_ptr<VisitStore> m_visits;
    std::unique_ptr<ScopeRuleStore> m_scopeRules;
    std::unique_ptr<ProfileStore> m_profile;
    std::unique_ptr<Directory> m_directory;
    std::unique_ptr<ReportHistory> m_history;
    std::unique_ptr<FollowUpCodes> m_followUps;
    std::unique_ptr<IdentityReleases> m_releases;
    QString m_userId;
    QString m_role;
    bool m_custodian = false;
};

} // namespace qf

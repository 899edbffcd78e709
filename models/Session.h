#pragma once

#include "models/AttachmentStore.h"
#include "models/AuditLog.h"
#include "models/CategoryStore.h"
#include "models/Database.h"
#include "models/Directory.h"
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

    static Result<std::unique_ptr<Session>> open(const QString& databasePath, DataKeyProvider& keys,
                                                 Database::Upgrade upgrade = Database::Upgrade::Automatic);

    Database& database() { return *m_db; }
    Writer& writer() { return *m_writer; }
    AuditLog& audit() { return *m_audit; }
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

    // The user working in this session (the local profile), author of every change.
    void setUser(const QString& userId);
    const QString& userId() const { return m_userId; }

private:
    Session() = default;

    std::unique_ptr<Database> m_db;
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
    QString m_userId;
};

} // namespace qf

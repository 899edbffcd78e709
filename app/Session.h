#pragma once

#include "AuditLog.h"
#include "Database.h"
#include "IdentityVault.h"
#include "PersonStore.h"
#include "Result.h"
#include "Writer.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace qf {

class DataKeyProvider;

// Everything a program needs to work on one local store: the connection, the write path,
// the identity vault with its key from the keychain, the audit log and the repositories.
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
    QString m_userId;
};

} // namespace qf

#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace qf {

// Where the data key that seals identities, and the other secrets of a workstation (its
// device token), live. The real one is the OS keychain (app/security/KeychainKeyProvider).
class DataKeyProvider
{
public:
    virtual ~DataKeyProvider() = default;
    // The key for a database; with create, a new key is made and stored when there is none.
    // An empty value with no error means: there is no key (and create was false).
    virtual Result<QByteArray> dataKey(const QString& databaseId, bool create) = 0;
    // An empty key removes the database's key.
    virtual Status storeDataKey(const QString& databaseId, const QByteArray& key) = 0;
    // Other secrets, by name; an empty value with no error means: none is stored.
    virtual Result<QByteArray> secret(const QString& name) = 0;
    virtual Status storeSecret(const QString& name, const QByteArray& value) = 0;
};

// Secrets already read (QtKeychain answers on the main thread only) handed to a session on
// another thread. It only reads: storing is refused with a message.
class KnownKeyProvider : public DataKeyProvider
{
    Q_DECLARE_TR_FUNCTIONS(qf::KnownKeyProvider)

public:
    explicit KnownKeyProvider(QByteArray dataKey, QHash<QString, QByteArray> secrets = {})
        : m_key(std::move(dataKey))
        , m_secrets(std::move(secrets))
    {
    }
    Result<QByteArray> dataKey(const QString&, bool) override { return m_key; }
    Status storeDataKey(const QString&, const QByteArray&) override
    {
        return Error { tr("Keys cannot be changed from this thread.") };
    }
    Result<QByteArray> secret(const QString& name) override { return m_secrets.value(name); }
    Status storeSecret(const QString&, const QByteArray&) override
    {
        return Error { tr("Keys cannot be changed from this thread.") };
    }

private:
    QByteArray m_key;
    QHash<QString, QByteArray> m_secrets;
};

} // namespace qf

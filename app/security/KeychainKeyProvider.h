#pragma once

#include "models/DataKeyProvider.h"

#include <QCoreApplication>

namespace qf {

// The data key in the OS keychain through QtKeychain (Secret Service on Linux, Keychain on
// macOS, Credential Manager on Windows). There is no insecure fallback: without a
// keychain the caller gets an error and must not write identities.
class KeychainKeyProvider : public DataKeyProvider
{
    Q_DECLARE_TR_FUNCTIONS(qf::KeychainKeyProvider)

public:
    static const QString ServiceName;

    Result<QByteArray> dataKey(const QString& databaseId, bool create) override;
    Status storeDataKey(const QString& databaseId, const QByteArray& key) override;
    Result<QByteArray> secret(const QString& name) override { return readSecret(name); }
    Status storeSecret(const QString& name, const QByteArray& value) override { return writeSecret(name, value); }

    // Secrets other than the data key (a device token, say), by name.
    static Result<QByteArray> readSecret(const QString& name);
    static Status writeSecret(const QString& name, const QByteArray& value);
};

} // namespace qf

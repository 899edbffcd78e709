#include "app/security/KeychainKeyProvider.h"
#include "app/Log.h"

#include "models/IdentityVault.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QThread>
#include <qt6keychain/keychain.h>

namespace qf {

const QString KeychainKeyProvider::ServiceName = QStringLiteral("qingfeng");

namespace {

QString keyName(const QString& databaseId)
{
    return QStringLiteral("data-key/") + databaseId;
}

// QtKeychain jobs are asynchronous; the key is needed once, before the store opens.
template <typename Job>
void runJob(Job& job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

QString explain(QKeychain::Error error, const QString& detail)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
        return KeychainKeyProvider::tr("No system keychain is available (on Linux: a Secret Service such as "
                                       "GNOME Keyring or KWallet, unlocked, on the session bus). Qingfeng keeps "
                                       "identities only encrypted with a key held there and will not write them "
                                       "without it. Details: %1")
            .arg(detail);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return KeychainKeyProvider::tr("The system keychain refused access to Qingfeng's key (%1). Unlock the "
                                       "keychain and try again.")
            .arg(detail);
    default:
        return KeychainKeyProvider::tr("The system keychain reported an error: %1").arg(detail);
    }
}

Result<QByteArray> readEntry(const QString& name)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        QKeychain::ReadPasswordJob job(KeychainKeyProvider::ServiceName);
        job.setAutoDelete(false);
        job.setInsecureFallback(false);
        job.setKey(name);
        runJob(job);
        if (job.error() == QKeychain::NoError)
            return job.binaryData();
        if (job.error() == QKeychain::EntryNotFound)
            return QByteArray();
        // The Secret Service may still be starting on a fresh session: retry once.
        if (attempt == 0 && (job.error() == QKeychain::NoBackendAvailable || job.error() == QKeychain::OtherError)) {
            qCInfo(lcKeychain) << "keychain not ready, retrying once";
            QThread::msleep(500);
            continue;
        }
        return Error { explain(job.error(), job.errorString()) };
    }
    return Error { explain(QKeychain::NoBackendAvailable, QString()) };
}

Status writeEntry(const QString& name, const QByteArray& value)
{
    QKeychain::WritePasswordJob job(KeychainKeyProvider::ServiceName);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(name);
    job.setBinaryData(value);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return Error { explain(job.error(), job.errorString()) };
    return {};
}

} // namespace

Result<QByteArray> KeychainKeyProvider::dataKey(const QString& databaseId, bool create)
{
    auto existing = readEntry(keyName(databaseId));
    if (!existing)
        return existing;
    if (!existing->isEmpty() || !create)
        return existing;
    const QByteArray key = IdentityVault::generateDataKey();
    if (Status s = storeDataKey(databaseId, key); !s)
        return Error { s.error() };
    qCInfo(lcKeychain) << "created a new data key in the keychain";
    return key;
}

Status KeychainKeyProvider::storeDataKey(const QString& databaseId, const QByteArray& key)
{
    if (!key.isEmpty())
        return writeEntry(keyName(databaseId), key);
    // An empty key removes the entry: the store's accounts hold the key from now on.
    QKeychain::DeletePasswordJob job(ServiceName);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(keyName(databaseId));
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return Error { explain(job.error(), job.errorString()) };
    return {};
}

Result<QByteArray> KeychainKeyProvider::readSecret(const QString& name)
{
    return readEntry(QStringLiteral("secret/") + name);
}

Status KeychainKeyProvider::writeSecret(const QString& name, const QByteArray& value)
{
    return writeEntry(QStringLiteral("secret/") + name, value);
}

} // namespace qf

#pragma once

#include "models/Result.h"
#include "sync/SyncLocal.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace qf {
struct AccountSeal;
struct CentralAccount;
class Session;
class DataKeyProvider;
} // namespace qf

namespace qf::sync {

struct EnrolInfo
{
    QString userId;
    QString login;
    QString name;
    QString role;
    QString officeCode;
    QString tag;
    bool receivedOfficeKey = false;
    bool keysPending = false; // the office's keys are not sealed for the user yet: a later sync brings them
};

struct SyncSummary
{
    int pushed = 0;
    int refused = 0;
    int pulled = 0;
    qint64 uploadedBytes = 0;
    qint64 downloadedBytes = 0;
    qint64 pending = 0;
    qint64 openConflicts = 0;
    qint64 held = 0;    // rows from the server this workstation could not apply (kept aside)
    int heldApplied = 0; // rows kept aside before that applied this time (after an upgrade)
    bool inSync() const { return pending == 0; }
};

struct SyncProgress
{
    QString stage; // "push", "pull", "upload", "download"
    qint64 done = 0;
};

// The workstation's sync: enrolment with a device token (kept in the OS keychain), then
// push of the outbox, pull of the office's change log, and attachments both ways - each
// step resumable, none losing local work when the network or the server goes away.
class SyncClient
{
    Q_DECLARE_TR_FUNCTIONS(qf::sync::SyncClient)

public:
    SyncClient(Session& session, DataKeyProvider& keys, QString attachmentsRoot);
    ~SyncClient();

    // caFile: a certificate authority (PEM) to trust for this server besides the system's.
    // password: the signed-in user's; it must be the central account's when that has one, and
    // makes it when it has none.
    Result<EnrolInfo> enrol(const QUrl& server, const QByteArray& token, const QString& password,
                            const QString& caFile = {});
    Result<SyncSummary> syncOnce(const std::function<void(const SyncProgress&)>& progress = {});

    bool isEnrolled() const;
    QUrl server() const;
    SyncLocal& local() { return *m_local; }

    // For tests of version skew: speak an older or newer protocol.
    void setProtocolVersion(int version) { m_protocol = version; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setPageSize(int rows) { m_pageSize = rows; }
    void setChunkSize(int bytes) { m_chunkSize = bytes; }
    // Send only (no pull, no attachments down): for a quick upload before going offline.
    void setPushOnly(bool pushOnly) { m_pushOnly = pushOnly; }

    static QString tokenSecretName(const QString& databaseId);
    // The device token, read beforehand (the keychain is used from the main thread only).
    void setToken(const QByteArray& token) { m_token = token; }

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QString error; // transport error, empty when an HTTP answer came
    };
    Reply call(const QByteArray& method, const QString& path, const QUrlQuery& query, const QByteArray& body,
               const QByteArray& token);
    // call() in two halves, so that a request can travel while the last answer is applied.
    QNetworkReply* send(const QByteArray& method, const QString& path, const QUrlQuery& query, const QByteArray& body,
                        const QByteArray& token);
    static Reply wait(QNetworkReply* reply);
    Error replyError(const Reply& reply) const;
    Result<QByteArray> token() const;
    Status upload(const BlobRef& blob, const QByteArray& token, SyncSummary& summary,
                  const std::function<void(const SyncProgress&)>& progress);
    Status download(const BlobRef& blob, const QByteArray& token, SyncSummary& summary);
    // Protocol 3: the audit chain's head, reported before anything else; a refusal stops the sync.
    Status reportAuditHead(const QByteArray& token);
    // The office's accounts: one's own new password up, the changed accounts down, the office's
    // keys sealed for accounts that lack them.
    Status syncAccounts(const QByteArray& token);
    Status takePendingKeys(const QList<CentralAccount>& accounts, const QByteArray& officePublicKey);
    // At enrolment of the office's first workstation entitled to identities: its identity key
    // becomes the office's, sealed to the enrolling account. Empty when another workstation of
    // the office was first.
    Result<std::optional<AccountSeal>> sealOfficeKey(const CentralAccount& account, const QString& userId,
                                                     const QByteArray& key, const QByteArray& deviceToken);
    // A central account as the service sends it, as the local store keeps it.
    static CentralAccount toAccount(const Credential& c);
    bool holdsIdentities() const;
    Status pushOutbox(const QByteArray& token, SyncSummary& summary, const std::function<void(const SyncProgress&)>& progress);
    Status pullChanges(const QByteArray& token, SyncSummary& summary, const std::function<void(const SyncProgress&)>& progress);
    // A malformed answer (the message names the field).
    Error unreadable(const Error& why) const;

    // The enrolled user's central secret, while the office's keys are awaited (sealed under the
    // account's "all" key; empty once they arrived).
    static inline const QString kPendingSecretMeta = QStringLiteral("sync_keys_pending");

    Session& m_session;
    DataKeyProvider& m_keys;
    QString m_attachmentsRoot;
    std::unique_ptr<SyncLocal> m_local;
    std::unique_ptr<QNetworkAccessManager> m_net;
    int m_protocol;
    int m_timeoutMs = 30000;
    int m_pageSize = 2000;
    int m_chunkSize = 1024 * 1024;
    QUrl m_server;
    QByteArray m_token;
    bool m_pushOnly = false;
};

} // namespace qf::sync

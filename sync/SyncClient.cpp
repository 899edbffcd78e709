#include "sync/SyncClient.h"
#include "sync/Log.h"

#include "models/Accounts.h"
#include "models/AttachmentStore.h"
#include "models/Database.h"
#include "models/IdentityVault.h"
#include "models/KeyWrap.h"
#include "models/PrivateFiles.h"
#include "models/Session.h"
#include "models/RegistrationNumbers.h"
#include "models/Role.h"
#include "sync/SyncMessages.h"
#include "sync/SyncProtocol.h"
#include "models/DataKeyProvider.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>

namespace qf::sync {

namespace {

constexpr int kPushBatch = 2000;
// How long a sync waits for another sync of the same store (the window's, a script's) to end.
constexpr int kOtherSyncWaitMs = 120000;

} // namespace

SyncClient::SyncClient(Session& session, DataKeyProvider& keys, QString attachmentsRoot)
    : m_session(session)
    , m_keys(keys)
    , m_attachmentsRoot(std::move(attachmentsRoot))
    , m_local(std::make_unique<SyncLocal>(session.database(), session.writer()))
    , m_net(std::make_unique<QNetworkAccessManager>())
    , m_protocol(kProtocolVersion)
{
    m_server = QUrl(session.database().meta(QStringLiteral("sync_server")));
}

SyncClient::~SyncClient() = default;

QString SyncClient::tokenSecretName(const QString& databaseId)
{
    return QStringLiteral("sync-token-") + databaseId;
}

bool SyncClient::isEnrolled() const
{
    return m_server.isValid() && !m_server.isEmpty();
}

QUrl SyncClient::server() const
{
    return m_server;
}

SyncClient::Reply SyncClient::call(const QByteArray& method, const QString& path, const QUrlQuery& query,
                                   const QByteArray& body, const QByteArray& token)
{
    return wait(send(method, path, query, body, token));
}

QNetworkReply* SyncClient::send(const QByteArray& method, const QString& path, const QUrlQuery& query,
                                const QByteArray& body, const QByteArray& token)
{
    QUrl url = m_server;
    url.setPath(url.path().section(QLatin1Char('/'), 0, -1, QString::SectionSkipEmpty).isEmpty()
                    ? path
                    : QLatin1Char('/') + url.path().section(QLatin1Char('/'), 0, -1, QString::SectionSkipEmpty) + path);
    url.setQuery(query);
    QNetworkRequest req(url);
    req.setRawHeader(kProtocolHeader, QByteArray::number(m_protocol));
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setTransferTimeout(m_timeoutMs);
    if (url.scheme() == QLatin1String("https")) {
        // An office's own certificate authority (its file named at enrolment) is trusted
        // besides the system's.
        const QString ca = m_session.database().meta(QStringLiteral("sync_ca_file"));
        if (!ca.isEmpty()) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.addCaCertificates(ca);
            req.setSslConfiguration(tls);
        }
    }
    return m_net->sendCustomRequest(req, method, body);
}

SyncClient::Reply SyncClient::wait(QNetworkReply* reply)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    if (r.status == 0)
        r.error = reply->errorString();
    reply->deleteLater();
    return r;
}

Error SyncClient::replyError(const Reply& reply) const
{
    if (!reply.error.isEmpty())
        return Error { tr("The server %1 cannot be reached: %2. Work goes on offline; nothing is lost.")
                           .arg(m_server.host(), reply.error) };
    const auto answer = decode<ErrorAnswer>(reply.body);
    const QString message = answer ? answer->error : QString();
    if (reply.status == 426)
        return Error { tr("Upgrade required: %1").arg(message) };
    if (reply.status == 401)
        return Error { tr("The server does not accept this device: %1").arg(message) };
    return Error { tr("The server answered %1: %2").arg(reply.status).arg(message.isEmpty() ? QString::fromUtf8(reply.body.left(200)) : message) };
}

Result<QByteArray> SyncClient::token() const
{
    if (!m_token.isEmpty())
        return m_token;
    auto t = m_keys.secret(tokenSecretName(m_session.database().databaseId()));
    if (!t)
        return Error { t.error() };
    if (t->isEmpty())
        return Error { tr("This workstation is not enrolled with a server (no device token in the keychain); run "
                          "qingfeng-cli enrol.") };
    return *t;
}

CentralAccount SyncClient::toAccount(const Credential& c)
{
    return CentralAccount { c.login,     c.userId,    c.role,      c.passwordHash, c.keySalt, c.publicKey, c.secretWrap,
                            c.officeBox, c.indexBox,  c.disabled,  c.custodian,    c.rev };
}

namespace {

Credential toCredential(const CentralAccount& a)
{
    return Credential { a.login,     a.userId,   a.role,     a.passwordHash, a.keySalt, a.publicKey, a.secretWrap,
                        a.officeBox, a.indexBox, a.disabled, a.custodian,    a.rev };
}

} // namespace

// Whether the store holds identities already (sealed with its own key).
bool SyncClient::holdsIdentities() const
{
    QSqlQuery q(m_session.database().connection());
    return q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM persons WHERE name_enc IS NOT NULL OR id_number_enc IS "
                                 "NOT NULL OR phone_enc IS NOT NULL)"))
        && q.next() && q.value(0).toBool();
}

Result<EnrolInfo> SyncClient::enrol(const QUrl& server, const QByteArray& deviceToken, const QString& password,
                                    const QString& caFile)
{
    if (!caFile.isEmpty()) {
        if (QSslCertificate::fromPath(caFile).isEmpty())
            return Error { tr("'%1' holds no certificate (PEM).").arg(caFile) };
        if (Status s = m_session.database().setMeta(QStringLiteral("sync_ca_file"), QFileInfo(caFile).absoluteFilePath()); !s)
            return Error { s.error() };
    }
    if (!server.isValid() || (server.scheme() != QLatin1String("http") && server.scheme() != QLatin1String("https")))
        return Error { tr("'%1' is not a server address (http://host:port or https://host:port).").arg(server.toString()) };
    Accounts& accounts = m_session.accounts();
    EnrolRequest request;
    if (m_protocol >= kAccountsProtocol) {
        // The user's central account is made from this password when the store has none.
        auto offer = accounts.offerFor(password);
        if (!offer)
            return offer.failure();
        request.offer = toCredential(*offer);
    }
    m_server = server;
    Database& db = m_session.database();
    const QString databaseId = db.databaseId();
    const QByteArray localKey = m_session.identityKey();
    const Reply reply = call("POST", QStringLiteral("/v1/enrol"), {}, encode(request), deviceToken);
    auto answer = reply.status == 200 ? decode<EnrolAnswer>(reply.body) : Result<EnrolAnswer>(replyError(reply));
    if (!answer) {
        m_server = QUrl(db.meta(QStringLiteral("sync_server")));
        return reply.status == 200 ? unreadable(answer.failure()) : answer.failure();
    }
    EnrolInfo info;
    info.userId = answer->userId;
    info.login = answer->login;
    info.name = answer->name;
    info.role = answer->role;
    info.officeCode = answer->officeCode;
    info.tag = answer->tag;

    // The office's keys reach the workstation only sealed to the user's own key, which only the
    // user's password opens. A database that already holds identities sealed with another key
    // keeps its own and is refused.
    const Error ownIdentities { tr("This database already holds identities sealed with its own key, and the office has "
                                   "another. Enrol a new, empty database on this workstation.") };
    std::optional<CentralAccount> central;
    QByteArray secret;
    bool seedOffice = false;
    if (answer->account) {
        central = toAccount(*answer->account);
        auto opened = Accounts::openCentralSecret(*central, password);
        if (!opened) {
            m_server = QUrl(db.meta(QStringLiteral("sync_server")));
            return opened.failure();
        }
        secret = *opened;
        const QByteArray officePk = answer->officePublicKey;
        Result<OfficeKeys> keys = Accounts::openBoxes(*central, secret);
        if (Role::holdsIdentityKey(info.role)) {
            if (!central->officeBox.isEmpty()) {
                if (!keys)
                    return keys.failure();
                if (keys->dataKey != localKey) {
                    if (holdsIdentities())
                        return ownIdentities;
                    if (Status s = m_session.replaceIdentityKey(keys->dataKey); !s)
                        return Error { s.error() };
                    info.receivedOfficeKey = true;
                }
            } else if (officePk.isEmpty() || officePk == accounts.publicKey()) {
                // The office's first workstation entitled to identities: its key becomes the office's.
                seedOffice = !localKey.isEmpty();
            } else {
                info.keysPending = true;
            }
        } else if (officePk.isEmpty() || central->indexBox.isEmpty()) {
            info.keysPending = true;
        } else {
            if (!keys)
                return keys.failure();
            if (officePk != accounts.publicKey() && holdsIdentities())
                return ownIdentities;
            if (Status s = m_session.adoptWritingKeys(officePk, keys->indexKey); !s)
                return Error { s.error() };
            info.receivedOfficeKey = true;
        }
    }
    if (Status s = m_keys.storeSecret(tokenSecretName(databaseId), deviceToken); !s)
        return Error { s.error() };
    const QString previous = db.meta(QStringLiteral("sync_server"));
    for (const auto& [key, value] :
         { std::pair { QStringLiteral("sync_server"), server.toString() },
           std::pair { QStringLiteral("sync_device_id"), QString::number(answer->deviceId) },
           std::pair { QStringLiteral("sync_login"), info.login },
           std::pair { QStringLiteral("sync_office_id"), answer->officeId },
           std::pair { QStringLiteral("profile_user_id"), info.userId } }) {
        if (Status s = db.setMeta(key, value); !s)
            return Error { s.error() };
    }
    if (previous != server.toString())
        if (Status s = db.setMeta(QStringLiteral("sync_cursor"), QStringLiteral("0")); !s)
            return Error { s.error() };
    RegistrationNumbers numbers(db);
    if (Status s = numbers.setDeviceTag(info.tag); !s)
        return Error { s.error() };
    if (Status s = db.setMeta(QStringLiteral("sync_server_protocol"), QString::number(answer->protocol)); !s)
        return Error { s.error() };
    if (Status s = accounts.bindToUser(info.userId, info.login, info.name, info.role); !s)
        return Error { s.error() };
    m_session.setUser(info.userId, info.role);
    std::optional<AccountSeal> seeded;
    if (central && seedOffice) {
        auto sealed = sealOfficeKey(*central, info.userId, localKey, deviceToken);
        if (!sealed)
            return sealed.failure();
        seeded = *sealed;
        // Another first workstation of the office sealed its key a moment before this one: this
        // one waits for that key like any workstation enrolled before the keys reached its user.
        info.keysPending = !seeded;
    }
    if (central && info.keysPending) {
        // The office's keys have not been sealed for this user yet (no workstation holding them
        // has synced since the account was made): the workstation keeps its own keys and its
        // account until a later sync brings them (syncAccounts), with the user's central secret
        // kept for that, sealed under the account's own key ring.
        const QByteArray stash = keywrap::box(m_session.keys().allKey, secret);
        if (Status s = db.setMeta(kPendingSecretMeta, QString::fromLatin1(stash.toBase64())); !s)
            return Error { s.error() };
    } else if (central) {
        // From now on the central account is this one: its password, its key pair.
        central->userId = info.userId;
        if (auto taken = accounts.takeCentral({ *central }, 0); !taken)
            return Error { taken.error() };
        m_session.keys().userSecret = secret;
        if (seeded)
            if (Status s = accounts.storeSeals({ *seeded }); !s)
                return Error { s.error() };
        m_session.keys().officeKey = m_session.identityKey();
    }
    return info;
}

Result<std::optional<AccountSeal>> SyncClient::sealOfficeKey(const CentralAccount& account, const QString& userId,
                                                              const QByteArray& key, const QByteArray& deviceToken)
{
    auto vault = IdentityVault::fromDataKey(key);
    if (!vault)
        return vault.failure();
    SealRequest seal;
    seal.officePublicKey = vault->publicKey();
    seal.boxes << SealRequest::Box { account.login,
                                     IdentityVault::sealFor(account.publicKey, key, keywrap::officeBoxContext(userId)),
                                     IdentityVault::sealFor(account.publicKey, vault->indexKey(),
                                                            keywrap::indexBoxContext(userId)) };
    SyncLocal::stallPoint("enrol-seal");
    const Reply sealed = call("POST", QStringLiteral("/v1/accounts/seal"), {}, encode(seal), deviceToken);
    // Refused because the office has another key by now; a store that holds identities sealed
    // with its own key cannot take that one.
    if (sealed.status == 409 && !holdsIdentities()) {
        qCInfo(lcSync) << "another workstation gave the office its key first; this one waits for it";
        return std::optional<AccountSeal> {};
    }
    if (sealed.status != 200)
        return replyError(sealed);
    return std::optional<AccountSeal> { AccountSeal { account.login, userId, seal.boxes.first().officeBox,
                                                      seal.boxes.first().indexBox } };
}

Status SyncClient::upload(const BlobRef& blob, const QByteArray& tok, SyncSummary& summary,
                          const std::function<void(const SyncProgress&)>& progress)
{
    const QString path = AttachmentStore::pathIn(m_attachmentsRoot, blob.sha256);
    Reply st = call("GET", QStringLiteral("/v1/blobs/%1/status").arg(blob.sha256), {}, {}, tok);
    if (st.status != 200)
        return replyError(st);
    const auto status = decode<BlobStatus>(st.body);
    if (!status)
        return unreadable(status.failure());
    if (status->complete)
        return {};
    qint64 offset = status->received;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("The attachment %1 is missing from this workstation's store.").arg(blob.sha256.left(12)) };
    while (offset < blob.size) {
        if (!file.seek(offset))
            return Error { tr("Cannot read the attachment %1.").arg(blob.sha256.left(12)) };
        const QByteArray piece = file.read(m_chunkSize);
        const QUrlQuery q = BlobPiece { blob.size, offset, blob.mime }.toQuery();
        const Reply r = call("PUT", QStringLiteral("/v1/blobs/%1").arg(blob.sha256), q, piece, tok);
        if (r.status == 409) {
            // The server has another part of the file than we thought: on from there.
            const auto resume = decode<BlobResume>(r.body);
            if (!resume)
                return replyError(r);
            offset = resume->received;
            continue;
        }
        if (r.status != 200)
            return replyError(r);
        const auto receipt = decode<BlobReceipt>(r.body);
        if (!receipt)
            return unreadable(receipt.failure());
        offset = receipt->received;
        summary.uploadedBytes += piece.size();
        if (progress)
            progress({ QStringLiteral("upload"), summary.uploadedBytes });
        if (offset >= blob.size / 2)
            SyncLocal::stallPoint("upload");
    }
    return {};
}

Status SyncClient::download(const BlobRef& blob, const QByteArray& tok, SyncSummary& summary)
{
    const QString partial = m_attachmentsRoot + QStringLiteral("/.partial/") + blob.sha256;
    if (Status s = PrivateFiles::makeFolder(QFileInfo(partial).absolutePath(), true); !s)
        return Error { tr("Cannot create the folder %1.").arg(QFileInfo(partial).absolutePath()) };
    // An attachment on its way in is as private as the stored ones.
    if (Status s = PrivateFiles::prepareFile(partial); !s)
        return Error { tr("Cannot write %1.").arg(partial) };
    QFile file(partial);
    if (!file.open(QIODevice::ReadWrite))
        return Error { tr("Cannot write %1.").arg(partial) };
    qint64 offset = file.size(); // resumes where an interrupted download stopped
    while (offset < blob.size) {
        const QUrlQuery q = BlobRange { offset, m_chunkSize }.toQuery();
        const Reply r = call("GET", QStringLiteral("/v1/blobs/%1").arg(blob.sha256), q, {}, tok);
        if (r.status == 404)
            return {}; // not complete on the server yet: fetched on a later sync
        if (r.status != 200)
            return replyError(r);
        if (r.body.isEmpty())
            break;
        file.seek(offset);
        if (file.write(r.body) != r.body.size() || !file.flush())
            return Error { tr("Cannot write %1 (is the disk full?).").arg(partial) };
        offset += r.body.size();
        summary.downloadedBytes += r.body.size();
    }
    file.close();
    AttachmentStore store(m_session.writer(), m_attachmentsRoot);
    qint64 size = 0;
    auto sha = store.importFile(partial, &size);
    if (!sha || *sha != blob.sha256) {
        QFile::remove(partial); // damaged: fetched again from the start next time
        return Error { tr("An attachment arrived damaged (SHA-256 mismatch); it will be fetched again.") };
    }
    QFile::remove(partial);
    return m_local->blobFetched(blob);
}

Result<SyncSummary> SyncClient::syncOnce(const std::function<void(const SyncProgress&)>& progress)
{
    if (!isEnrolled())
        return Error { tr("This workstation is not enrolled with a server; run qingfeng-cli enrol.") };
    auto tok = token();
    if (!tok)
        return Error { tok.error() };
    // One sync at a time per workstation database. The window's and a qingfeng-cli sync on the
    // same store would otherwise push the same outbox twice and report the audit chain's head
    // over each other, and the service takes the second report for a rewritten history. The
    // lock is a file of its own beside the database (never the database: see
    // Database::isOwnFile); one left by a process that died is taken over.
    QLockFile running(m_session.database().path() + QStringLiteral(".sync-lock"));
    running.setStaleLockTime(0); // held as long as the sync runs, which may be minutes
    if (!running.tryLock(kOtherSyncWaitMs))
        return Error { tr("Another sync of this workstation is still running; try again when it has finished.") };
    SyncSummary summary;
    if (m_protocol >= kAuditHeadProtocol)
        if (Status s = reportAuditHead(*tok); !s)
            return s.failure();
    // A workstation still waiting for the office's keys asks for them before anything else.
    const bool keysPending = !m_session.database().meta(kPendingSecretMeta).isEmpty();
    if (m_protocol >= kAccountsProtocol && keysPending)
        if (Status s = syncAccounts(*tok); !s)
            return s.failure();
    if (Status s = pushOutbox(*tok, summary, progress); !s)
        return s.failure();
    if (!m_pushOnly) {
        if (Status s = pullChanges(*tok, summary, progress); !s)
            return s.failure();
        // The office's accounts after the users they belong to.
        if (m_protocol >= kAccountsProtocol)
            if (Status s = syncAccounts(*tok); !s)
                return s.failure();
        // Attachments announced by the server.
        auto fetch = m_local->blobsToFetch();
        if (!fetch)
            return Error { fetch.error() };
        for (const BlobRef& b : *fetch) {
            if (Status s = download(b, *tok, summary); !s)
                return Error { s.error() };
            if (progress)
                progress({ QStringLiteral("download"), summary.downloadedBytes });
        }
    }

    auto pending = m_local->pendingCount();
    if (!pending)
        return Error { pending.error() };
    summary.pending = *pending;
    auto conflicts = m_local->openConflictCount();
    summary.openConflicts = conflicts ? *conflicts : 0;
    auto held = m_local->heldCount();
    summary.held = held ? *held : 0;
    // Only the status bar reads it: the sync itself is done and stays done without it.
    if (Status s = m_session.database().setMeta(QStringLiteral("sync_last_at"),
                                                QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        !s)
        qCWarning(lcSync) << "cannot record the time of the last sync:" << s.error();
    qCInfo(lcSync) << "sync: pushed" << summary.pushed << "refused" << summary.refused << "pulled" << summary.pulled
                   << "kept aside" << summary.held;
    return summary;
}

Status SyncClient::reportAuditHead(const QByteArray& tok)
{
    // What the server kept of this device's chain, then the chain now: only entry numbers and
    // hashes travel (sync/SyncMessages.h, AuditReport).
    const Reply kept = call("GET", QStringLiteral("/v1/audit/head"), {}, {}, tok);
    if (kept.status != 200)
        return replyError(kept);
    const auto head = decode<AuditHead>(kept.body);
    if (!head)
        return unreadable(head.failure());
    const AuditLog& audit = m_session.audit();
    AuditReport report;
    report.baseSeq = head->seq;
    auto base = audit.hashAt(head->seq);
    if (!base)
        return base.failure();
    report.hasBase = base->has_value();
    report.baseHash = base->value_or(QByteArray());
    auto now = audit.head();
    if (!now)
        return now.failure();
    report.seq = now->seq;
    report.hash = now->hash;
    auto altered = audit.firstAltered();
    if (!altered)
        return altered.failure();
    report.brokenAt = *altered;
    const Reply r = call("POST", QStringLiteral("/v1/audit/head"), {}, encode(report), tok);
    if (r.status == 409) {
        const auto answer = decode<ErrorAnswer>(r.body);
        return Error { answer ? answer->error : tr("The server refuses this workstation's audit log."),
                       ErrorCode::Refused };
    }
    if (r.status != 200)
        return replyError(r);
    if (const auto accepted = decode<AuditHead>(r.body); !accepted)
        return unreadable(accepted.failure());
    return {};
}

Status SyncClient::pushOutbox(const QByteArray& tok, SyncSummary& summary,
                              const std::function<void(const SyncProgress&)>& progress)
{
    // The outbox in device order, in batches, until it is empty; the files a batch refers
    // to go up before it.
    QSet<QString> uploaded;
    int batchSize = kPushBatch;
    for (;;) {
        auto batch = m_local->pending(batchSize);
        if (!batch)
            return Error { batch.error() };
        if (batch->isEmpty())
            return {};
        auto blobs = m_local->blobsToUpload(*batch);
        if (!blobs)
            return Error { blobs.error() };
        for (const BlobRef& b : *blobs) {
            if (uploaded.contains(b.sha256))
                continue;
            if (Status s = upload(b, tok, summary, progress); !s)
                return Error { s.error() };
            uploaded.insert(b.sha256);
        }
        PushRequest request;
        request.mutations.reserve(batch->size());
        for (const OutboxEntry& e : *batch)
            request.mutations << e.toMutation();
        const Reply r = call("POST", QStringLiteral("/v1/push"), {}, encode(request), tok);
        if (r.status == 413 && batch->size() > 1) {
            batchSize = std::max<int>(1, int(batch->size()) / 2); // too large for the server: smaller batches
            continue;
        }
        if (r.status == 413) {
            // One change larger than the server takes: refused, kept aside with the server's reason.
            const auto answer = decode<ErrorAnswer>(r.body);
            const MutationResult refused { batch->first().mutationId, QLatin1String(kRefused),
                                           answer ? answer->error : tr("The change is too large for the server.") };
            if (Status s = m_local->acknowledge({ refused }, 0); !s)
                return Error { s.error() };
            ++summary.refused;
            continue;
        }
        if (r.status != 200)
            return replyError(r);
        SyncLocal::stallPoint("push-ack");
        const auto answer = decode<PushResult>(r.body);
        if (!answer)
            return unreadable(answer.failure());
        if (answer->results.size() != batch->size())
            return Error { tr("The server's answer does not match the changes sent; they stay queued.") };
        if (Status s = m_local->acknowledge(answer->results, answer->hlc); !s)
            return Error { s.error() };
        for (const MutationResult& m : answer->results) {
            if (m.status == QLatin1String(kRefused))
                ++summary.refused;
            else
                ++summary.pushed;
        }
        if (progress)
            progress({ QStringLiteral("push"), summary.pushed + summary.refused });
    }
}

Status SyncClient::pullChanges(const QByteArray& tok, SyncSummary& summary,
                               const std::function<void(const SyncProgress&)>& progress)
{
    // Rows kept aside by another version of the program first: this one may take them.
    auto retried = m_local->retryHeld(false);
    if (!retried)
        return Error { retried.error() };
    summary.heldApplied = *retried;
    // A store with nothing in it yet takes the history bare and builds its text indexes once
    // at the end (SyncLocal::beginFirstSync).
    if (auto first = m_local->beginFirstSync(); !first)
        return Error { first.error() };
    // The office's change log from our cursor, a page per transaction; the next page is
    // asked for before this one is applied, so the service reads it meanwhile.
    const QByteArray get = QByteArrayLiteral("GET");
    const QString path = QStringLiteral("/v1/pull");
    const auto through = m_local->ownChangesThrough();
    if (!through)
        return Error { through.error() };
    QNetworkReply* next = send(get, path, PullRequest { m_local->cursor(), m_pageSize, *through }.toQuery(), {}, tok);
    for (;;) {
        const Reply r = wait(next);
        next = nullptr;
        if (r.status != 200)
            return replyError(r);
        const auto page = decode<PullPage>(r.body);
        if (!page)
            return unreadable(page.failure());
        if (page->more)
            next = send(get, path, PullRequest { page->cursor, m_pageSize, *through }.toQuery(), {}, tok);
        if (Status s = m_local->applyPage(page->rows, page->cursor, page->hlc); !s) {
            if (next) {
                next->abort();
                next->deleteLater();
            }
            return Error { s.error() };
        }
        summary.pulled += page->rows.size();
        if (progress)
            progress({ QStringLiteral("pull"), summary.pulled });
        if (!page->more)
            break;
    }
    return m_local->finishFirstSync([&](qint64 done, qint64) {
        if (progress)
            progress({ QStringLiteral("index"), done });
    });
}

Error SyncClient::unreadable(const Error& why) const
{
    return Error { tr("The server's answer could not be read (%1); nothing was changed.").arg(why.message),
                   ErrorCode::Invalid };
}

} // namespace qf::sync

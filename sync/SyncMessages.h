#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace qf::sync {

// The messages of the sync protocol (see SyncProtocol.h for the requests that carry them),
// one struct each, written and read by both the workstation and qingfeng-syncd. Every
// reader refuses a malformed message (a missing field, a wrong type, an absurd size) with
// ErrorCode::Invalid and a message naming the field; nothing else in either program reads
// or writes the protocol's JSON by hand. The contents of a row (its table's fields) stay a
// JSON object: they are the table's business, not the protocol's.
//
// Messages that travel in a URL's query (the pull's and the pieces' parameters) have
// toQuery/fromQuery instead of toJson/fromJson: that is their form on the wire.

// What a message may hold at most. A peer that sends more is refused, not served.
constexpr int kMaxPushBatch = 10000;                  // changes in one push (a workstation sends 2,000)
constexpr int kMaxPage = 5000;                        // rows in one pulled page (a larger limit is served as this)
constexpr int kMaxFields = 1000;                      // fields of one change or one row
constexpr int kMaxName = 200;                         // characters of an id, a table name, a login, a tag
constexpr int kMaxText = 64 * 1024;                   // characters of a reason or an error message
constexpr qint64 kChunkLimit = 4 * 1024 * 1024;       // bytes of one piece of a file, up or down
constexpr qint64 kMaxBlobSize = qint64(64) << 30;     // bytes of one attachment

// POST /v1/push: one change of the outbox, as the device made it.
struct Mutation
{
    QString id; // the mutation's id: the same id sent twice is applied once
    qint64 seq = 0; // the device's order
    QString table;
    QString row;
    QString op; // insert | update | delete (the service refuses others, change by change)
    qint64 hlc = 0;
    QJsonObject fields; // the new values (the table's fields)
    // Protocol 2: the clocks the change was made on (field -> clock; "$row" -> the row's
    // clock for a delete). Sent only when not empty.
    QJsonObject base;
    QString author; // sent only when not empty

    QJsonObject toJson() const;
    // where: the field's place in the enclosing message, for the error ("mutations[3]").
    static Result<Mutation> fromJson(const QJsonObject& o, const QString& where = {});
};

struct PushRequest
{
    QList<Mutation> mutations;

    QJsonObject toJson() const;
    static Result<PushRequest> fromJson(const QJsonObject& o);
};

// What the service decided about one mutation.
struct MutationResult
{
    QString mutationId;
    QString status; // applied | refused (any other word: not decided yet)
    QString reason; // why it was refused; sent only when not empty

    QJsonObject toJson() const;
    static Result<MutationResult> fromJson(const QJsonObject& o, const QString& where = {});
};

// The answer to a push: one result per mutation, in the batch's order, and the service's clock.
struct PushResult
{
    QList<MutationResult> results;
    qint64 hlc = 0;

    QJsonObject toJson() const;
    static Result<PushResult> fromJson(const QJsonObject& o);
};

// GET /v1/pull?cursor=N&limit=M: the changes after the cursor, at most limit of them.
struct PullRequest
{
    qint64 cursor = 0;
    int limit = 0; // at least 1; more than kMaxPage is served as kMaxPage
    // The device's highest change number it ever gave, when it holds every row it pulled:
    // the service then leaves out the rows that hold only this device's own writes. -1: not sent.
    qint64 through = -1;

    QUrlQuery toQuery() const;
    static Result<PullRequest> fromQuery(const QUrlQuery& query);
};

// A row as the service sends it: its whole current state and the clocks of changed fields.
struct PulledRow
{
    QString table;
    QString id;
    QJsonObject data; // the table's fields
    QJsonObject clocks; // field -> clock
    qint64 hlc = 0;
    bool deleted = false;
    qint64 blobSize = -1; // a row naming a file (blobField) the service has: its size (else -1)
    QString blobMime;

    QJsonObject toJson() const;
    static Result<PulledRow> fromJson(const QJsonObject& o, const QString& where = {});
};

struct PullPage
{
    QList<PulledRow> rows;
    qint64 cursor = 0; // where the next page starts
    bool more = false; // whether there may be more after it
    qint64 hlc = 0;

    QJsonObject toJson() const;
    static Result<PullPage> fromJson(const QJsonObject& o);
};

// Writes a PullPage row by row, for the service, whose rows' data and clocks are already
// JSON objects as text (as PostgreSQL gives them): they are copied as they are, not parsed.
// The result is what PullPage::toJson of the same rows gives.
class PullPageWriter
{
public:
    PullPageWriter();
    void addRow(const QString& table, const QString& id, const QByteArray& dataJson, const QByteArray& clocksJson,
                qint64 hlc, bool deleted, qint64 blobSize = -1, const QString& blobMime = {});
    int rowCount() const { return m_rows; }
    QByteArray finish(qint64 cursor, bool more, qint64 hlc);

private:
    QByteArray m_out;
    int m_rows = 0;
};

// GET /v1/blobs/<sha256>/status: how much of a file the service has.
struct BlobStatus
{
    qint64 size = -1; // as announced by its first piece; -1: nothing announced yet (not sent)
    qint64 received = 0;
    bool complete = false;

    QJsonObject toJson() const;
    static Result<BlobStatus> fromJson(const QJsonObject& o);
};

// PUT /v1/blobs/<sha256>?size=S&offset=O[&mime=M]: a piece of a file (the body holds its bytes).
struct BlobPiece
{
    qint64 size = 0; // the whole file's
    qint64 offset = 0; // where the piece starts
    QString mime; // sent only when not empty

    QUrlQuery toQuery() const;
    static Result<BlobPiece> fromQuery(const QUrlQuery& query);
};

// The answer to a piece taken.
struct BlobReceipt
{
    qint64 received = 0;
    bool complete = false;

    QJsonObject toJson() const;
    static Result<BlobReceipt> fromJson(const QJsonObject& o);
};

// The answer (409) to a piece that does not start where the service's copy ends: send from there.
struct BlobResume
{
    qint64 received = 0;
    QString error;

    QJsonObject toJson() const;
    static Result<BlobResume> fromJson(const QJsonObject& o);
};

// GET /v1/blobs/<sha256>?offset=O&length=L: a piece of a complete file (the answer is its bytes).
struct BlobRange
{
    qint64 offset = 0;
    qint64 length = 0; // at least 1; more than kChunkLimit is served as kChunkLimit

    QUrlQuery toQuery() const;
    static Result<BlobRange> fromQuery(const QUrlQuery& query);
};

// POST /v1/enrol: the device's own data key, offered as the office's should the office have none.
// A user's central account (protocol 4): what a workstation needs to sign the user in offline.
// Only the password opens secretWrap (the user's own secret key); the boxes are sealed to the
// user's public key by a workstation that holds the office's keys, empty until one has.
struct Credential
{
    QString login;
    QString userId;
    QString role;
    QString passwordHash; // Argon2id (crypto_pwhash_str)
    QByteArray keySalt;
    QByteArray publicKey;
    QByteArray secretWrap; // empty for a disabled account
    QByteArray officeBox; // the office's identity key (roles entitled to identities)
    QByteArray indexBox;  // the office's index key
    bool disabled = false;
    bool custodian = false;
    qint64 rev = 0;

    QJsonObject toJson() const;
    static Result<Credential> fromJson(const QJsonObject& o, const QString& where = {});
};

// GET /v1/accounts?since=REV (protocol 4): the accounts of the device's office changed after REV.
struct AccountsAnswer
{
    QList<Credential> accounts;
    QByteArray officePublicKey; // what identities are sealed to; empty while the office has no key
    qint64 rev = 0; // the newest rev in the answer (or the one asked for)

    QJsonObject toJson() const;
    static Result<AccountsAnswer> fromJson(const QJsonObject& o);
};

// POST /v1/accounts/seal (protocol 4): a workstation holding the office's keys seals them for
// users of its office who have none yet. Answers the same message with the boxes the store took.
struct SealRequest
{
    struct Box
    {
        QString login;
        QByteArray officeBox;
        QByteArray indexBox;
        QJsonObject toJson() const;
        static Result<Box> fromJson(const QJsonObject& o, const QString& where = {});
    };
    QByteArray officePublicKey;
    QList<Box> boxes;

    QJsonObject toJson() const;
    static Result<SealRequest> fromJson(const QJsonObject& o);
};

// POST /v1/accounts/password (protocol 4): the signed-in user's own new password (the same key
// pair, so the boxes stay valid).
struct PasswordChange
{
    QString passwordHash;
    QByteArray keySalt;
    QByteArray secretWrap;

    QJsonObject toJson() const;
    static Result<PasswordChange> fromJson(const QJsonObject& o);
};

struct EnrolRequest
{
    QByteArray offerKey; // protocol 3 and older: the device's identity key; no longer sent
    // Protocol 4: the enrolling user's credentials, made from the password they signed in with;
    // the store takes them only when it has none for the user (one added without a password).
    std::optional<Credential> offer;

    QJsonObject toJson() const;
    static Result<EnrolRequest> fromJson(const QJsonObject& o);
};

struct EnrolAnswer
{
    qint64 deviceId = 0;
    QString tag; // the device's tag in registration numbers
    int protocol = 0; // the newest protocol the service speaks
    QString userId;
    QString login;
    QString name;
    QString role;
    QString officeId;
    QString officeCode;
    QByteArray dataKey; // protocol 3 and older only: the office's key in clear (no longer sent)
    std::optional<Credential> account; // protocol 4: the user's central account
    QByteArray officePublicKey;        // protocol 4: empty while the office has no key

    QJsonObject toJson() const;
    static Result<EnrolAnswer> fromJson(const QJsonObject& o);
};

// GET /v1/audit/head (protocol 3): the head of this device's audit chain the service last
// accepted; seq 0 and no hash when it has none. Also the answer to an accepted report.
struct AuditHead
{
    qint64 seq = 0; // the entry's number in the device's audit_log
    QByteArray hash; // its chain hash; sent only when not empty
    bool known = false; // whether the service keeps a head for the device

    QJsonObject toJson() const;
    static Result<AuditHead> fromJson(const QJsonObject& o);
};

// POST /v1/audit/head (protocol 3): the device's chain now, before every sync. Only numbers
// and hashes travel, never an entry: each hash covers the entry and the hash before it, so
// the hash the device has at the kept head's number shows whether everything up to it is
// what the service saw, and the device's own walk of the chain (brokenAt) whether the
// entries since still match their hashes. Refused (409, an alarm for the administrators)
// when the chain no longer extends the kept head.
struct AuditReport
{
    qint64 baseSeq = 0; // the kept head's number, as the service gave it
    bool hasBase = false; // whether the device has an entry at baseSeq (always, for 0)
    QByteArray baseHash; // the device's hash at baseSeq (empty for 0)
    qint64 seq = 0; // the device's last entry
    QByteArray hash; // its hash (empty for 0)
    qint64 brokenAt = 0; // the first entry the device's own check found altered; 0: none

    QJsonObject toJson() const;
    static Result<AuditReport> fromJson(const QJsonObject& o);
};

// Any refusal or failure: {"error": message}.
struct ErrorAnswer
{
    QString error;

    QJsonObject toJson() const;
    static Result<ErrorAnswer> fromJson(const QJsonObject& o);
};

// A body's JSON object; refuses (ErrorCode::Invalid) what is not one.
Result<QJsonObject> objectFrom(const QByteArray& body);
QByteArray compactJson(const QJsonObject& o);

template <typename T>
Result<T> decode(const QByteArray& body)
{
    auto o = objectFrom(body);
    if (!o)
        return o.failure();
    return T::fromJson(*o);
}

template <typename T>
QByteArray encode(const T& message)
{
    return compactJson(message.toJson());
}

} // namespace qf::sync

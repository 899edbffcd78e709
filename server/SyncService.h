#pragma once

#include "models/Result.h"
#include "server/RowSchema.h"
#include "sync/SyncMessages.h"
#include "sync/SyncProtocol.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QUrlQuery>

#include <memory>

class QSqlError;
class QSqlQuery;

namespace qf::server {

// The device and user a request is made for (from its token).
struct Caller
{
    qint64 deviceId = 0;
    QString login;
    QString userId;
    QString name;
    QString officeId;
    QString officeCode;
    QString role;
    QString pgRole;
    QString tag;
};

struct Request
{
    QByteArray method; // GET, POST, PUT
    QString path;
    QUrlQuery query;
    QByteArray token;
    int protocol = 0;
    QByteArray body;
};

struct PushBatch;
struct PushRow;
struct Placement;

struct Response
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QByteArray allow; // a 405's methods
};

// What a request's path and method ask for.
struct Route
{
    enum Kind { NotFound, WrongMethod, Enrol, Push, Pull, BlobStatus, BlobPut, BlobGet, AuditHeadGet, AuditHeadPost,
                AccountsGet, AccountsSeal, AccountsPassword };
    Kind kind = NotFound;
    QString sha; // the blob's
    QByteArray allow; // for WrongMethod: the methods the path takes
    // Whether a request of this kind carries a body the service reads.
    bool hasBody() const
    {
        return kind == Enrol || kind == Push || kind == BlobPut || kind == AuditHeadPost || kind == AccountsSeal
            || kind == AccountsPassword;
    }
};

// The sync service's logic, without HTTP: one request in, one response out, every
// request's work in one PostgreSQL transaction under the caller's own database role (so
// row-level security decides what it may read and write). Holds no state between
// requests; any number of instances can serve the same database.
class SyncService
{
    Q_DECLARE_TR_FUNCTIONS(qf::server::SyncService)

public:
    explicit SyncService(QSqlDatabase db);

    // Refuses to serve from a role that bypasses row-level security.
    Status checkConnection();
    void setLimits(const ContentLimits& limits) { m_schema->setLimits(limits); }

    static Route route(const QString& path, const QByteArray& method);
    // A request's head (no body yet): its route, protocol and token. A status of 0: admitted,
    // for the caller set; else the answer to give without reading the body.
    Response admit(const Request& head, Caller& caller);
    // The admitted request, its body read.
    Response serve(const Route& route, const Caller& caller, const Request& request);
    // Both, for a request read whole.
    Response handle(const Request& request);

    // Test hook: QF_SYNCD_TEST_STALL=mid-batch stops the service half-way through a batch.
    static void stallPoint(const char* point);

private:
    Result<Caller> authenticate(const QByteArray& token);
    Response enrol(const Caller& caller, const Request& request);
    Response push(const Caller& caller, const Request& request);
    Response pull(const Caller& caller, const Request& request);
    Response blobStatus(const Caller& caller, const QString& sha);
    Response blobPut(const Caller& caller, const QString& sha, const Request& request);
    Response blobGet(const Caller& caller, const QString& sha, const Request& request);
    // Whether a file's pieces, read back in order, hash to the name it was sent under.
    Result<bool> piecesMatch(const Caller& caller, const QString& sha, QSqlQuery& q);
    // The central accounts (SyncAccounts.cpp): the office's, the seals a device adds, one's own password.
    Response accounts(const Caller& caller, const Request& request);
    Response seal(const Caller& caller, const Request& request);
    Response ownPassword(const Caller& caller, const Request& request);
    // The caller's account (taking the offered one when the store has none) and the office's public key.
    Status enrolAccount(const Caller& caller, const std::optional<sync::Credential>& offer, sync::EnrolAnswer& out);
    // The device's audit chain head: the one kept, and whether a reported one extends it (SyncAudit.cpp).
    Response auditHead(const Caller& caller);
    Response auditReport(const Caller& caller, const Request& request);
    // Status 0: the device may exchange data; else the refusal (its audit log was refused, or it
    // reported its chain before and now speaks a protocol that does not).
    Response auditStanding(const Caller& caller, int protocol);

    // The push, step by step. 1: load what the batch touches (SyncPush.cpp).
    Status loadBatch(PushBatch& b);
    Status loadAnswered(PushBatch& b, QSqlQuery& q);
    Status loadRows(PushBatch& b, QSqlQuery& q);
    Status loadRowsOf(PushBatch& b, QSqlQuery& q, const QStringList& tables, const QStringList& ids);
    Status loadIdentities(PushBatch& b, QSqlQuery& q);
    Status loadTakenNumbers(PushBatch& b, QSqlQuery& q);
    Status loadHidden(PushBatch& b, QSqlQuery& q);
    // 2 and 3, change by change: authorise and place it, merge its clocks (SyncMerge.cpp).
    // A QString answer is the refusal; empty: allowed, applied.
    void decide(PushBatch& b, sync::Mutation& m);
    // Who a change is made by: the device's user, whatever the change says.
    QString sign(const PushBatch& b, sync::Mutation& m, const PushRow& r) const;
    QString authorise(const PushBatch& b, const sync::Mutation& m, const PushRow& r, Placement& place) const;
    QString placeNew(const PushBatch& b, const sync::Mutation& m, const PushRow& r, sync::Scope scope,
                     Placement& place) const;
    QString merge(PushBatch& b, const sync::Mutation& m, PushRow& r, const Placement& place, qint64 hlc);
    QString mergeDelete(PushBatch& b, const sync::Mutation& m, PushRow& r, qint64 hlc);
    QString mergeFields(PushBatch& b, const sync::Mutation& m, PushRow& r, qint64 hlc);
    void mergeField(PushBatch& b, const sync::Mutation& m, PushRow& r, const QString& field, const QJsonValue& value,
                    qint64 hlc);
    void addConflict(PushBatch& b, PushRow& r, const QString& field, const QJsonValue& kept,
                     const QJsonValue& other, qint64 keptHlc, qint64 otherHlc, const QString& otherAuthor,
                     const QString& kind);
    // 4: store the rows, the identities and the answers (SyncPush.cpp).
    Status storeRows(PushBatch& b, QSqlQuery& q);
    Status storeAnswers(PushBatch& b, QSqlQuery& q);
    // A database failure in the batch: rolled back.
    Error batchFailed(const QSqlQuery& q);
    // A failure of the central database: PostgreSQL's words go to the log, not to the device.
    static Error databaseError(const QSqlError& e, const QString& doing);
    static Response databaseFailed(const QSqlError& e, const QString& doing);

    Status begin(const Caller& caller);
    Status commit();
    void rollback();
    qint64 serverHlc();

    QSqlDatabase m_db;
    std::unique_ptr<RowSchema> m_schema;
    qint64 m_lastHlc = 0;
};

Response jsonError(int status, const QString& message);

} // namespace qf::server

#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QUrlQuery>

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

struct Response
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
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

    Status begin(const Caller& caller);
    Status commit();
    void rollback();
    qint64 serverHlc();

    QSqlDatabase m_db;
    qint64 m_lastHlc = 0;
};

Response jsonError(int status, const QString& message);

} // namespace qf::server

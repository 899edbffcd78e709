#include "server/SyncService.h"
#include "server/Log.h"

#include "server/ServiceJson.h"
#include "models/Hlc.h"
#include "models/Role.h"
#include "server/ServerSchema.h"
#include "sync/SyncProtocol.h"
#include "models/Uuid7.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace qf::server {

using namespace detail;

Response jsonError(int status, const QString& message)
{
    return { status, sync::encode(sync::ErrorAnswer { message }) };
}

SyncService::SyncService(QSqlDatabase db)
    : m_db(std::move(db))
    , m_schema(std::make_unique<RowSchema>())
{
}

Error SyncService::databaseError(const QSqlError& e, const QString& doing)
{
    qCWarning(lcSyncd).noquote() << doing << "failed:" << e.nativeErrorCode() << e.databaseText();
    return Error { tr("The central database is unavailable; try again later."), ErrorCode::Unavailable };
}

Response SyncService::databaseFailed(const QSqlError& e, const QString& doing)
{
    return jsonError(503, databaseError(e, doing).message);
}

void SyncService::stallPoint(const char* point)
{
    static const QByteArray wanted = qgetenv("QF_SYNCD_TEST_STALL");
    if (wanted.isEmpty() || wanted != point)
        return;
    std::fprintf(stderr, "stalled at %s\n", point);
    std::fflush(stderr);
    QThread::sleep(600);
    std::_Exit(3);
}

Status SyncService::checkConnection()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user")) || !q.next())
        return Error { tr("Cannot read the central database: %1").arg(q.lastError().text()) };
    if (q.value(0).toBool())
        return Error { tr("qingfeng-syncd refuses to run as a PostgreSQL role that bypasses row-level security; "
                          "connect as qingfeng_sync.") };
    auto v = ServerSchema::version(m_db);
    if (!v)
        return Error { v.error() };
    if (*v == 0)
        return Error { tr("The central store is not set up; run qingfeng-syncd admin init first.") };
    return {};
}

qint64 SyncService::serverHlc()
{
    m_lastHlc = std::max(Hlc::pack(QDateTime::currentMSecsSinceEpoch(), 0), m_lastHlc + 1);
    return m_lastHlc;
}

Result<Caller> SyncService::authenticate(const QByteArray& token)
{
    if (token.isEmpty())
        return Error { tr("This device has no token; enrol it first.") };
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT device_id, login, user_id, name, office_id, office_code, role, pg_role, tag "
                             "FROM qf.authenticate(?)"));
    q.addBindValue(ServerSchema::tokenHash(token));
    if (!q.exec())
        return databaseError(q.lastError(), QStringLiteral("authenticate"));
    if (!q.next())
        return Error { tr("The device token is not known to the server (revoked or mistyped).") };
    Caller c;
    c.deviceId = q.value(0).toLongLong();
    c.login = q.value(1).toString();
    c.userId = q.value(2).toString();
    c.name = q.value(3).toString();
    c.officeId = q.value(4).toString();
    c.officeCode = q.value(5).toString();
    c.role = q.value(6).toString();
    c.pgRole = q.value(7).toString();
    c.tag = q.value(8).toString();
    return c;
}

Status SyncService::begin(const Caller& caller)
{
    if (!m_db.transaction())
        return databaseError(m_db.lastError(), QStringLiteral("begin"));
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SET LOCAL ROLE \"%1\"").arg(caller.pgRole))) {
        static_cast<void>(databaseError(q.lastError(), QStringLiteral("set role")));
        m_db.rollback();
        return Error { tr("The service may not act for this user; ask the administrator to check the user's role."),
                       ErrorCode::Unavailable };
    }
    return {};
}

Status SyncService::commit()
{
    if (!m_db.commit())
        return databaseError(m_db.lastError(), QStringLiteral("commit"));
    return {};
}

void SyncService::rollback()
{
    m_db.rollback();
}

Route SyncService::route(const QString& p, const QByteArray& method)
{
    Route r;
    auto only = [&](Route::Kind kind, const char* allowed) {
        if (method == allowed)
            r.kind = kind;
        else {
            r.kind = Route::WrongMethod;
            r.allow = allowed;
        }
        return r;
    };
    if (p == QLatin1String("/v1/enrol"))
        return only(Route::Enrol, "POST");
    if (p == QLatin1String("/v1/push"))
        return only(Route::Push, "POST");
    if (p == QLatin1String("/v1/pull"))
        return only(Route::Pull, "GET");
    if (p == QLatin1String("/v1/accounts"))
        return only(Route::AccountsGet, "GET");
    if (p == QLatin1String("/v1/accounts/seal"))
        return only(Route::AccountsSeal, "POST");
    if (p == QLatin1String("/v1/accounts/password"))
        return only(Route::AccountsPassword, "POST");
    if (p == QLatin1String("/v1/audit/head")) {
        if (method == "GET")
            r.kind = Route::AuditHeadGet;
        else if (method == "POST")
            r.kind = Route::AuditHeadPost;
        else {
            r.kind = Route::WrongMethod;
            r.allow = "GET, POST";
        }
        return r;
    }
    static const QRegularExpression blob(QStringLiteral("^/v1/blobs/([0-9a-f]{64})(/status)?$"));
    if (const auto m = blob.match(p); m.hasMatch()) {
        r.sha = m.captured(1);
        if (!m.captured(2).isEmpty())
            return only(Route::BlobStatus, "GET");
        if (method == "PUT")
            r.kind = Route::BlobPut;
        else if (method == "GET")
            r.kind = Route::BlobGet;
        else {
            r.kind = Route::WrongMethod;
            r.allow = "GET, PUT";
        }
    }
    return r;
}

Response SyncService::admit(const Request& head, Caller& caller)
{
    const Route r = route(head.path, head.method);
    if (r.kind == Route::NotFound)
        return jsonError(404, tr("There is no %1 on this server.").arg(head.path));
    if (r.kind == Route::WrongMethod) {
        Response out = jsonError(405, tr("%1 does not take %2; it takes %3.")
                                          .arg(head.path, QString::fromLatin1(head.method), QString::fromLatin1(r.allow)));
        out.allow = r.allow;
        return out;
    }
    if (head.protocol < sync::kOldestServedProtocol)
        return jsonError(426, tr("Upgrade required: this workstation speaks sync protocol %1, the server needs %2 to %3. "
                                 "Install the current Qingfeng on this workstation.")
                                  .arg(head.protocol)
                                  .arg(sync::kOldestServedProtocol)
                                  .arg(sync::kProtocolVersion));
    if (head.protocol > sync::kProtocolVersion)
        return jsonError(400, tr("The server speaks sync protocol up to %1 and this workstation %2: the server must be "
                                 "upgraded first.")
                                  .arg(sync::kProtocolVersion)
                                  .arg(head.protocol));
    if (!m_db.isOpen() && !m_db.open())
        return databaseFailed(m_db.lastError(), QStringLiteral("open"));
    auto c = authenticate(head.token);
    if (!c) {
        if (c.failure().code == ErrorCode::Unavailable || !m_db.isOpen()
            || m_db.lastError().type() == QSqlError::ConnectionError)
            return jsonError(503, c.error());
        return jsonError(401, c.error());
    }
    caller = *c;
    if (r.kind != Route::Enrol && r.kind != Route::AuditHeadGet && r.kind != Route::AuditHeadPost)
        if (Response refused = auditStanding(caller, head.protocol); refused.status != 0)
            return refused;
    return { 0, {} };
}

Response SyncService::serve(const Route& r, const Caller& caller, const Request& request)
{
    switch (r.kind) {
    case Route::Enrol:
        return enrol(caller, request);
    case Route::Push:
        return push(caller, request);
    case Route::Pull:
        return pull(caller, request);
    case Route::BlobStatus:
        return blobStatus(caller, r.sha);
    case Route::BlobPut:
        return blobPut(caller, r.sha, request);
    case Route::BlobGet:
        return blobGet(caller, r.sha, request);
    case Route::AuditHeadGet:
        return auditHead(caller);
    case Route::AuditHeadPost:
        return auditReport(caller, request);
    case Route::AccountsGet:
        return accounts(caller, request);
    case Route::AccountsSeal:
        return seal(caller, request);
    case Route::AccountsPassword:
        return ownPassword(caller, request);
    case Route::NotFound:
    case Route::WrongMethod:
        break;
    }
    return jsonError(404, tr("There is no %1 on this server.").arg(request.path));
}

Response SyncService::handle(const Request& request)
{
    Caller caller;
    if (Response refusal = admit(request, caller); refusal.status != 0)
        return refusal;
    return serve(route(request.path, request.method), caller, request);
}

Response SyncService::enrol(const Caller& caller, const Request& request)
{
    const auto in = sync::decode<sync::EnrolRequest>(request.body);
    if (!in)
        return jsonError(400, in.error());
    if (Status s = begin(caller); !s)
        return jsonError(503, s.error());
    sync::EnrolAnswer out { caller.deviceId, caller.tag,   sync::kProtocolVersion, caller.userId,     caller.login,
                            caller.name,     caller.role,  caller.officeId,        caller.officeCode, {} };
    // The office's identity key is never handed out: a workstation of protocol 4 gets the
    // user's account, whose boxes only the user's password opens.
    if (request.protocol >= sync::kAccountsProtocol)
        if (Status s = enrolAccount(caller, in->offer, out); !s)
            return jsonError(503, s.error());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT qf.device_seen(?, 0, ?)"));
    q.addBindValue(caller.deviceId);
    q.addBindValue(request.protocol);
    if (!q.exec()) {
        const Response out = databaseFailed(q.lastError(), QStringLiteral("enrol"));
        rollback();
        return out;
    }
    if (Status s = commit(); !s)
        return jsonError(503, s.error());
    return { 200, sync::encode(out) };
}

Response SyncService::pull(const Caller& caller, const Request& request)
{
    const auto in = sync::PullRequest::fromQuery(request.query);
    if (!in)
        return jsonError(400, in.error());
    if (Status s = begin(caller); !s)
        return jsonError(503, s.error());
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Rows that hold only this device's own writes, on a state of them it already has, are
    // not sent back (revision 9) - unless the device holds fewer changes than it gave (a
    // store restored from a backup, or a new store) or did not ask (an older version).
    qint64 echoDevice = 0;
    if (in->through >= 0) {
        q.prepare(QStringLiteral("SELECT qf.device_last_seq(?, current_user)"));
        q.addBindValue(caller.deviceId);
        if (!q.exec() || !q.next()) {
            const Response out = databaseFailed(q.lastError(), QStringLiteral("pull"));
            rollback();
            return out;
        }
        if (!q.isNull(0) && q.value(0).toLongLong() <= in->through)
            echoDevice = caller.deviceId;
        q.finish();
    }
    q.prepare(QStringLiteral(
        "SELECT r.tbl, r.id, CASE WHEN r.echo THEN NULL ELSE (r.data || coalesce(i.data, '{}'::jsonb))::text END, "
        "r.clocks::text, r.hlc, r.deleted, r.seq, b.size, b.mime, r.echo FROM (SELECT x.*, coalesce(x.echo_device = ? "
        "AND x.echo_after <= ?, false) AS echo FROM ((SELECT * FROM qf.rows WHERE office = ? AND seq > ? ORDER BY seq "
        "LIMIT ?) UNION ALL (SELECT * FROM qf.rows WHERE office IS NULL AND seq > ? ORDER BY seq LIMIT ?)) x) r "
        "LEFT JOIN qf.identities i ON i.tbl = r.tbl AND i.id = r.id AND NOT r.echo "
        "LEFT JOIN qf.blobs b ON b.office = r.office AND b.complete AND b.sha256 = CASE r.tbl "
        "WHEN 'report_attachments' THEN r.data->>'sha256' WHEN 'call_records' THEN r.data->>'recording_sha256' END "
        "ORDER BY r.seq LIMIT ?"));
    // Rows naming a file (sync::blobField) carry its size once the file is complete here.
    // The office's rows and the shared ones, each read along the (office, seq) index rather
    // than the whole change log since the cursor (every office's); the row-level security
    // of qf.rows still decides what the caller sees.
    q.addBindValue(echoDevice);
    q.addBindValue(in->cursor);
    q.addBindValue(caller.officeId);
    for (int i = 0; i < 2; ++i) {
        q.addBindValue(in->cursor);
        q.addBindValue(in->limit);
    }
    q.addBindValue(in->limit);
    if (!q.exec()) {
        const Response out = databaseFailed(q.lastError(), QStringLiteral("pull"));
        rollback();
        return out;
    }
    // The rows' data and clocks go out as PostgreSQL wrote them, without parsing them here.
    sync::PullPageWriter page;
    qint64 last = in->cursor;
    int read = 0;
    while (q.next()) {
        ++read;
        last = q.value(6).toLongLong();
        if (q.value(9).toBool())
            continue; // the device's own writes: the cursor passes them
        page.addRow(q.value(0).toString(), q.value(1).toString(), q.value(2).toString().toUtf8(),
                    q.value(3).toString().toUtf8(), q.value(4).toLongLong(), q.value(5).toBool(),
                    q.value(7).isNull() ? -1 : q.value(7).toLongLong(), q.value(8).toString());
    }
    q.finish();
    rollback(); // read only
    return { 200, page.finish(last, read == in->limit, serverHlc()) };
}

} // namespace qf::server

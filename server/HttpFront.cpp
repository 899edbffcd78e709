#include "server/HttpFront.h"

#include "sync/SyncMessages.h"
#include "sync/SyncProtocol.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>

namespace qf::server {

HttpFront::HttpFront(SyncService& service, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_service(service)
{
}

bool HttpFront::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    Request r;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        r.method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        r.method = "POST";
        break;
    case QHttpServerRequest::Method::Put:
        r.method = "PUT";
        break;
    default:
        r.method = "OTHER";
    }
    r.path = request.url().path();
    r.query = request.query();
    const QByteArray auth = request.value("Authorization");
    if (auth.startsWith("Bearer "))
        r.token = auth.mid(7).trimmed();
    r.protocol = request.value(sync::kProtocolHeader).toInt();
    r.body = request.body();
    const Response out = m_service.handle(r);
    auto responder = makeResponder(request, socket);
    responder.write(out.body, out.contentType, static_cast<QHttpServerResponder::StatusCode>(out.status));
    return true;
}

void HttpFront::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    auto responder = makeResponder(request, socket);
    responder.write(sync::encode(sync::ErrorAnswer { QStringLiteral("not found") }), "application/json",
                    QHttpServerResponder::StatusCode::NotFound);
}

} // namespace qf::server

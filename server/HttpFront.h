#pragma once

#include "server/SyncService.h"

#include <QSet>
#include <QSslConfiguration>
#include <QTcpServer>

class QSslCertificate;
class QSslKey;

namespace qf::server {

// How much the front takes from a connection, and for how long (syncd.conf, SyncdConfig).
struct FrontLimits
{
    qint64 maxRequestBytes = 8 << 20; // a request's body (as installer/nginx-qingfeng.conf)
    int maxHeaderBytes = 16 * 1024;   // the request line and headers
    int maxConnections = 200;         // open at once; more are answered 503 and closed
    int headerTimeoutMs = 10000;      // for a request's line and headers, from its first byte
    int bodyTimeoutMs = 120000;       // for a request's whole body
    int idleTimeoutMs = 30000;        // a connection that sends nothing (also between requests)
};

// HTTP/1.1 (plain or TLS) in front of the sync service: a small server of its own, so that a
// request is judged by its head before its body is read. The request line and headers are
// read first (within maxHeaderBytes and headerTimeoutMs); the path and method (404, 405), the
// announced length (413) and the device token (401) are checked then, and only an admitted
// request's body is read (within bodyTimeoutMs) and handed to the service. A body not read
// is drained (not kept) up to a bound, so that the client reads the refusal, then the
// connection closes. Connections are kept alive between requests unless the client says
// otherwise; an idle one is closed after idleTimeoutMs.
class HttpFront : public QTcpServer
{
    Q_OBJECT

public:
    explicit HttpFront(SyncService& service, const FrontLimits& limits = {}, QObject* parent = nullptr);
    ~HttpFront() override;

    void setTls(const QSslCertificate& certificate, const QSslKey& key);
    int openConnections() const { return m_open; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    class Connection;
    friend class Connection;

    SyncService& m_service;
    FrontLimits m_limits;
    QSslConfiguration m_tls;
    bool m_useTls = false;
    int m_open = 0;
    QSet<Connection*> m_connections;
};

} // namespace qf::server

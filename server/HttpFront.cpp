#include "server/HttpFront.h"
#include "server/Log.h"

#include "sync/SyncMessages.h"
#include "sync/SyncProtocol.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>

namespace qf::server {

namespace {

// What the front drains at most of a body it does not read, so that the client hears why.
constexpr qint64 kMaxDrain = qint64(64) << 20;

QByteArray reasonOf(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 422: return "Unprocessable Content";
    case 426: return "Upgrade Required";
    case 431: return "Request Header Fields Too Large";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

} // namespace

// One client connection: its requests one after the other.
class HttpFront::Connection : public QObject
{
public:
    Connection(HttpFront& front, QTcpSocket* socket)
        : QObject(&front)
        , m_front(front)
        , m_socket(socket)
    {
        socket->setParent(this);
        // The socket's buffer stays small: what it holds is read (or drained) before more comes in.
        socket->setReadBufferSize(256 * 1024);
        ++m_front.m_open;
        m_front.m_connections.insert(this);
        m_idle.setSingleShot(true);
        m_deadline.setSingleShot(true);
        connect(&m_idle, &QTimer::timeout, this, [this] { timedOut(); });
        connect(&m_deadline, &QTimer::timeout, this, [this] { timedOut(); });
        connect(socket, &QTcpSocket::readyRead, this, [this] { readSome(); });
        // A client still reading a large answer is not idle.
        connect(socket, &QTcpSocket::bytesWritten, this, [this] { m_idle.start(m_front.m_limits.idleTimeoutMs); });
        connect(socket, &QTcpSocket::disconnected, this, [this] { finish(); });
        connect(socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
            if (e != QAbstractSocket::RemoteHostClosedError)
                qCDebug(lcSyncd) << "connection:" << m_socket->errorString();
            finish();
        });
        m_idle.start(m_front.m_limits.idleTimeoutMs);
        m_deadline.start(m_front.m_limits.headerTimeoutMs);
    }
    ~Connection() override
    {
        --m_front.m_open;
        m_front.m_connections.remove(this);
    }

    // Refused before anything is read: too many connections.
    void refuseBusy()
    {
        respond(jsonError(503, HttpFront::tr("The server is busy; the workstation tries again later.")), false);
        close();
    }

private:
    enum class State { Head, Body, Drain, Closing };

    void readSome()
    {
        m_idle.start(m_front.m_limits.idleTimeoutMs);
        while (m_socket->bytesAvailable() > 0 && m_state != State::Closing) {
            if (m_state == State::Drain) {
                const qint64 n = std::min<qint64>(m_socket->bytesAvailable(), m_left);
                m_socket->skip(n);
                m_left -= n;
                if (m_left == 0)
                    close();
                continue;
            }
            if (m_state == State::Body) {
                const QByteArray piece = m_socket->read(std::min<qint64>(m_left, 256 * 1024));
                m_request.body += piece;
                m_left -= piece.size();
                if (m_left == 0)
                    dispatch();
                continue;
            }
            // The head: line by line until the empty line, within the header limit.
            const QByteArray more = m_socket->read(m_front.m_limits.maxHeaderBytes + 4 - m_head.size());
            if (m_head.isEmpty() && m_waitingForHead)
                startRequest();
            m_head += more;
            const qsizetype end = m_head.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_head.size() > m_front.m_limits.maxHeaderBytes)
                    return fail(431, HttpFront::tr("The request's headers are too large."));
                continue;
            }
            // What follows the head is the body (or the next request): back into the socket's
            // order by keeping it first.
            m_rest = m_head.mid(end + 4);
            m_head.truncate(end);
            head();
            // What was read past the head belongs to the body.
            if (!m_rest.isEmpty())
                consumeRest();
        }
    }

    void consumeRest()
    {
        QByteArray rest;
        rest.swap(m_rest);
        while (!rest.isEmpty() && m_state != State::Closing) {
            if (m_state == State::Drain) {
                const qint64 n = std::min<qint64>(rest.size(), m_left);
                rest.remove(0, n);
                m_left -= n;
                if (m_left == 0)
                    close();
            } else if (m_state == State::Body) {
                const qint64 n = std::min<qint64>(rest.size(), m_left);
                m_request.body += rest.left(n);
                rest.remove(0, n);
                m_left -= n;
                if (m_left == 0)
                    dispatch();
            } else {
                // A pipelined request: its head.
                startRequest();
                m_head = rest;
                rest.clear();
                const qsizetype end = m_head.indexOf("\r\n\r\n");
                if (end < 0) {
                    if (m_head.size() > m_front.m_limits.maxHeaderBytes)
                        fail(431, HttpFront::tr("The request's headers are too large."));
                    return;
                }
                rest = m_head.mid(end + 4);
                m_head.truncate(end);
                head();
            }
        }
    }

    void startRequest()
    {
        m_waitingForHead = false;
        m_deadline.start(m_front.m_limits.headerTimeoutMs);
    }

    // The request line and headers: judged before any body is read.
    void head()
    {
        const QList<QByteArray> lines = m_head.split('\n');
        m_head.clear();
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        if (first.size() != 3 || !first[2].startsWith("HTTP/1."))
            return fail(400, HttpFront::tr("The request is not HTTP/1.1."));
        QHash<QByteArray, QByteArray> headers;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            if (line.isEmpty())
                continue;
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                return fail(400, HttpFront::tr("The request has a malformed header."));
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length" && headers.contains(name) && headers.value(name) != value)
                return fail(400, HttpFront::tr("The request gives two lengths."));
            headers.insert(name, value);
        }
        const QByteArray connection = headers.value("connection").toLower();
        m_keepAlive = first[2] == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");

        m_request = Request {};
        m_request.method = first[0];
        const QUrl url = QUrl::fromEncoded(first[1]);
        m_request.path = url.path();
        m_request.query = QUrlQuery(url);
        const QByteArray auth = headers.value("authorization");
        if (auth.startsWith("Bearer "))
            m_request.token = auth.mid(7).trimmed();
        m_request.protocol = headers.value(QByteArray(sync::kProtocolHeader).toLower()).toInt();
        m_route = SyncService::route(m_request.path, m_request.method);

        if (headers.contains("transfer-encoding"))
            return fail(411, HttpFront::tr("The request must give its length (Content-Length)."));
        bool ok = true;
        const qint64 length = headers.contains("content-length") ? headers.value("content-length").toLongLong(&ok) : 0;
        if (!ok || length < 0)
            return fail(400, HttpFront::tr("The request's length is not a number."));
        m_left = length;

        Response refusal;
        if (m_route.kind == Route::NotFound || m_route.kind == Route::WrongMethod) {
            refusal = m_front.m_service.admit(m_request, m_caller); // the 404 or 405, without the database
        } else if (length > m_front.m_limits.maxRequestBytes) {
            refusal = jsonError(413, HttpFront::tr("The request is larger than the server takes (%1 bytes at most).")
                                         .arg(m_front.m_limits.maxRequestBytes));
        } else {
            refusal = m_front.m_service.admit(m_request, m_caller);
        }
        if (refusal.status != 0) {
            // Answered now; the body (if any) is drained, not kept, then the connection closes.
            respond(refusal, false);
            if (m_left == 0 || m_left > kMaxDrain)
                return close();
            m_state = State::Drain;
            m_deadline.start(m_front.m_limits.bodyTimeoutMs);
            return;
        }
        if (m_left == 0)
            return dispatch();
        if (headers.value("expect").toLower() == "100-continue")
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        m_request.body.reserve(m_left);
        m_state = State::Body;
        m_deadline.start(m_front.m_limits.bodyTimeoutMs);
    }

    void dispatch()
    {
        m_deadline.stop();
        const Response out = m_front.m_service.serve(m_route, m_caller, m_request);
        m_request = Request {};
        m_caller = Caller {};
        respond(out, m_keepAlive);
        if (!m_keepAlive)
            return close();
        m_state = State::Head;
        m_waitingForHead = true;
    }

    void respond(const Response& r, bool keepAlive)
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonOf(r.status) + "\r\n";
        head += "Content-Type: " + r.contentType + "\r\n";
        head += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
        if (!r.allow.isEmpty())
            head += "Allow: " + r.allow + "\r\n";
        head += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
        m_socket->write(head);
        m_socket->write(r.body);
    }

    void fail(int status, const QString& message)
    {
        respond(jsonError(status, message), false);
        close();
    }

    void timedOut()
    {
        if (m_state == State::Closing)
            return finish();
        const bool midRequest = m_state == State::Body || (m_state == State::Head && !m_head.isEmpty());
        qCInfo(lcSyncd) << "closing a connection that" << (midRequest ? "sent too slowly" : "stayed idle");
        if (midRequest)
            return fail(408, HttpFront::tr("The request took too long to arrive."));
        close();
    }

    // Sends what is written, then closes; a client that does not read is cut off by the idle timer.
    void close()
    {
        m_state = State::Closing;
        m_deadline.stop();
        m_idle.start(m_front.m_limits.idleTimeoutMs);
        m_socket->disconnectFromHost();
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            finish();
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_idle.stop();
        m_deadline.stop();
        m_socket->abort();
        deleteLater();
    }

    HttpFront& m_front;
    QTcpSocket* m_socket;
    QTimer m_idle;
    QTimer m_deadline;
    State m_state = State::Head;
    bool m_waitingForHead = true;
    bool m_keepAlive = true;
    bool m_finished = false;
    QByteArray m_head;
    QByteArray m_rest;
    qint64 m_left = 0;
    Request m_request;
    Route m_route;
    Caller m_caller;
};

HttpFront::HttpFront(SyncService& service, const FrontLimits& limits, QObject* parent)
    : QTcpServer(parent)
    , m_service(service)
    , m_limits(limits)
{
}

HttpFront::~HttpFront()
{
    const QSet<Connection*> open = m_connections;
    qDeleteAll(open);
}

void HttpFront::setTls(const QSslCertificate& certificate, const QSslKey& key)
{
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setLocalCertificate(certificate);
    m_tls.setPrivateKey(key);
    m_tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_useTls = true;
}

void HttpFront::incomingConnection(qintptr descriptor)
{
    QTcpSocket* socket = nullptr;
    if (m_useTls) {
        auto* tls = new QSslSocket;
        tls->setSslConfiguration(m_tls);
        socket = tls;
    } else {
        socket = new QTcpSocket;
    }
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const bool busy = m_open >= m_limits.maxConnections;
    auto* c = new Connection(*this, socket);
    if (m_useTls)
        static_cast<QSslSocket*>(socket)->startServerEncryption();
    if (busy)
        c->refuseBusy();
}

} // namespace qf::server

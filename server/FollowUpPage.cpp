#include "server/FollowUpPage.h"

#include "server/Log.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace qf::server {

// ---- where the codes are -------------------------------------------------------------

PostgresFollowUpSource::PostgresFollowUpSource(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<FollowUpCandidate>> PostgresFollowUpSource::candidates(const QString& lookupKey)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT code_hash, status, referred_to FROM qf.followup_candidates(?)"));
    q.addBindValue(lookupKey);
    if (!q.exec()) {
        // The reason goes to the service's log, never to the page.
        qCWarning(lcStatusd) << "follow-up look-up failed:" << q.lastError().text();
        return Error { tr("The central store cannot be read."), ErrorCode::Unavailable };
    }
    QList<FollowUpCandidate> out;
    while (q.next())
        out << FollowUpCandidate { q.value(0).toString(), q.value(1).toString(), q.value(2).toString() };
    return out;
}

FollowUpFinder::FollowUpFinder(FollowUpSource& source)
    : m_source(source)
{
    if (auto standIn = FollowUpCode::hash(FollowUpCode::generate()))
        m_standIn = *standIn;
}

Result<std::optional<FollowUpStatus>> FollowUpFinder::find(const QString& code)
{
    auto list = m_source.candidates(FollowUpCode::lookupKey(code));
    if (!list)
        return list.failure();
    if (list->isEmpty())
        FollowUpCode::matches(m_standIn, code);
    for (const FollowUpCandidate& c : std::as_const(*list)) {
        if (!FollowUpCode::matches(c.codeHash, code))
            continue;
        const auto state = stateFromName(c.status);
        return std::optional<FollowUpStatus>(FollowUpStages::forState(state.value_or(CaseState::Registered), c.referredTo));
    }
    return std::optional<FollowUpStatus>();
}

// ---- how often a client may be wrong --------------------------------------------------

AttemptLimiter::AttemptLimiter(int attempts, int windowSeconds)
    : m_attempts(attempts)
    , m_window(windowSeconds)
{
}

void AttemptLimiter::prune(QList<QDateTime>& times, const QDateTime& now) const
{
    while (!times.isEmpty() && times.first().secsTo(now) >= m_window)
        times.removeFirst();
}

bool AttemptLimiter::blocked(const QHostAddress& client, const QDateTime& now)
{
    auto it = m_failures.find(client.toString());
    if (it == m_failures.end())
        return false;
    prune(*it, now);
    if (it->isEmpty()) {
        m_failures.erase(it);
        return false;
    }
    return it->size() >= m_attempts;
}

void AttemptLimiter::failed(const QHostAddress& client, const QDateTime& now)
{
    QList<QDateTime>& times = m_failures[client.toString()];
    prune(times, now);
    times << now;
    // A flood from many addresses must not grow the table without end.
    if (m_failures.size() > 100000) {
        for (auto it = m_failures.begin(); it != m_failures.end();) {
            prune(*it, now);
            it = it->isEmpty() ? m_failures.erase(it) : std::next(it);
        }
    }
}

int AttemptLimiter::retryAfterSeconds(const QHostAddress& client, const QDateTime& now) const
{
    const QList<QDateTime> times = m_failures.value(client.toString());
    if (times.isEmpty())
        return 0;
    return qMax(1, m_window - int(times.first().secsTo(now)));
}

// ---- the pages --------------------------------------------------------------------------

namespace {

// Fills the form from the address's fragment (#CODE, where the receipt's QR code puts it: a
// browser never sends the fragment, so the code is in no log) and sends it.
const QString kScript = QStringLiteral(
    "window.addEventListener('load',function(){var h=decodeURIComponent(location.hash.slice(1));"
    "if(!/^[0-9 -]{16,40}$/.test(h))return;var f=document.getElementById('query');"
    "f.elements.code.value=h;history.replaceState(null,'',location.pathname);"
    "setTimeout(function(){f.submit();},0);});");

QByteArray scriptHash()
{
    return QCryptographicHash::hash(kScript.toUtf8(), QCryptographicHash::Sha256).toBase64();
}

const QString kStyle = QStringLiteral(
    "body{margin:0;font-family:'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;background:#f4f1ea;color:#222}"
    "header{background:#b71c1c;color:#fff;padding:14px 18px;font-size:1.15em;font-weight:bold}"
    "main{max-width:34em;margin:0 auto;padding:18px}"
    "label{display:block;margin:12px 0 6px}"
    "input{box-sizing:border-box;width:100%;font-size:1.3em;padding:10px;letter-spacing:.08em;border:1px solid #999;border-radius:6px}"
    "button{margin-top:14px;width:100%;font-size:1.15em;padding:12px;border:0;border-radius:6px;background:#b71c1c;color:#fff}"
    ".note{color:#555;font-size:.9em}.message{background:#fff3e0;border-left:4px solid #e65100;padding:10px}"
    "ol{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:6px}"
    "li{flex:1;min-width:4.5em;text-align:center;padding:8px 4px;border-radius:6px;background:#ddd;color:#666}"
    "li.done{background:#c8e6c9;color:#1b5e20}li.current{background:#2e7d32;color:#fff;font-weight:bold}"
    "#stage{font-size:1.5em;font-weight:bold;color:#1b5e20}a{color:#b71c1c}");

QString page(const QString& body, bool withScript)
{
    return QStringLiteral("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                          "<title>信访举报办理进度查询</title><style>%1</style></head><body>"
                          "<header>信访举报办理进度查询</header><main>%2</main>%3</body></html>")
        .arg(kStyle, body, withScript ? QStringLiteral("<script>%1</script>").arg(kScript) : QString());
}

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 503: return "Service Unavailable";
    }
    return "Error";
}

} // namespace

QString FollowUpPage::formPage(const QString& message)
{
    const QString note = message.isEmpty() ? QString()
                                           : QStringLiteral("<p class=\"message\" id=\"message\">%1</p>").arg(message.toHtmlEscaped());
    return page(QStringLiteral("<p>请输入登记时获得的16位查询码，查看您反映的问题办理到了哪一个环节。</p>%1"
                               "<form id=\"query\" method=\"post\" action=\"/\">"
                               "<label for=\"code\">查询码</label>"
                               "<input id=\"code\" name=\"code\" inputmode=\"numeric\" autocomplete=\"off\" maxlength=\"40\" "
                               "required placeholder=\"16位数字\">"
                               "<button id=\"send\" type=\"submit\">查询</button></form>"
                               "<p class=\"note\">本页只显示办理环节，不显示任何个人信息。查询码请妥善保管，不要告诉他人。</p>")
                    .arg(note),
                true);
}

QString FollowUpPage::answerPage(const FollowUpStatus& status)
{
    QList<FollowUpStage> steps;
    if (status.stage == FollowUpStage::Referred)
        steps = { FollowUpStage::Received, FollowUpStage::Referred };
    else
        steps = { FollowUpStage::Received, FollowUpStage::Accepted, FollowUpStage::Handling, FollowUpStage::Concluded };
    QString list;
    bool reached = true;
    for (FollowUpStage s : std::as_const(steps)) {
        const bool current = s == status.stage;
        list += QStringLiteral("<li class=\"%1\">%2</li>")
                    .arg(current ? QStringLiteral("current") : reached ? QStringLiteral("done") : QString(),
                         FollowUpStages::name(s));
        if (current)
            reached = false;
    }
    return page(QStringLiteral("<p>您反映的问题目前处于：</p><p id=\"stage\">%1</p><ol>%2</ol><p id=\"text\">%3</p>"
                               "<p><a href=\"/\">查询其他查询码</a></p>"
                               "<p class=\"note\">如有疑问，请拨打12388或到信访接待场所咨询。</p>")
                    .arg(status.stageName.toHtmlEscaped(), list, status.text.toHtmlEscaped()),
                false);
}

// ---- HTTP ---------------------------------------------------------------------------

struct FollowUpPage::Connection
{
    QByteArray buffer;
    bool headersDone = false;
    bool answered = false;
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers;
    qint64 bodyLength = 0;
    QElapsedTimer since;
    QTimer* idle = nullptr;
};

FollowUpPage::FollowUpPage(FollowUpSource& source, FollowUpPageSettings settings, QObject* parent)
    : QObject(parent)
    , m_finder(source)
    , m_settings(std::move(settings))
    , m_limiter(m_settings.attemptsPerWindow, m_settings.windowSeconds)
    , m_server(new QTcpServer(this))
{
    m_server->setMaxPendingConnections(m_settings.maxConnections);
    connect(m_server, &QTcpServer::newConnection, this, &FollowUpPage::accept);
}

FollowUpPage::~FollowUpPage() = default;

bool FollowUpPage::listen(const QHostAddress& address, quint16 port)
{
    return m_server->listen(address, port);
}

quint16 FollowUpPage::port() const
{
    return m_server->serverPort();
}

QString FollowUpPage::errorString() const
{
    return m_server->errorString();
}

void FollowUpPage::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        if (m_connections.size() >= m_settings.maxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto c = std::make_shared<Connection>();
        c->since.start();
        c->idle = new QTimer(socket);
        c->idle->setSingleShot(true);
        // A client that is too slow to send one small request is let go.
        connect(c->idle, &QTimer::timeout, socket, [this, socket] {
            auto it = m_connections.find(socket);
            if (it != m_connections.end() && !(*it)->answered)
                respond(socket, 408, formPage(QStringLiteral("连接超时，请重新查询。")));
        });
        c->idle->start(m_settings.idleTimeoutMs);
        m_connections.insert(socket, c);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void FollowUpPage::read(QTcpSocket* socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    std::shared_ptr<Connection> c = *it;
    if (c->answered) {
        socket->readAll();
        return;
    }
    c->buffer += socket->read(m_settings.headerLimit + m_settings.bodyLimit + 1 - c->buffer.size());
    if (!c->headersDone) {
        const qsizetype end = c->buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (c->buffer.size() > m_settings.headerLimit)
                respond(socket, 431, formPage(QStringLiteral("请求过大。")));
            return;
        }
        if (end > m_settings.headerLimit) {
            respond(socket, 431, formPage(QStringLiteral("请求过大。")));
            return;
        }
        const QList<QByteArray> lines = c->buffer.left(end).split('\n');
        const QList<QByteArray> request = lines.value(0).trimmed().split(' ');
        if (request.size() != 3 || !request.at(2).startsWith("HTTP/1.")) {
            respond(socket, 400, formPage(QStringLiteral("无法识别的请求。")));
            return;
        }
        c->method = request.at(0);
        c->path = request.at(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                c->headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        c->buffer.remove(0, end + 4);
        c->headersDone = true;
        if (c->headers.contains("transfer-encoding")) {
            respond(socket, 411, formPage(QStringLiteral("无法识别的请求。")));
            return;
        }
        bool ok = true;
        c->bodyLength = c->headers.contains("content-length") ? c->headers.value("content-length").toLongLong(&ok) : 0;
        if (!ok || c->bodyLength < 0) {
            respond(socket, 400, formPage(QStringLiteral("无法识别的请求。")));
            return;
        }
        if (c->bodyLength > m_settings.bodyLimit) {
            respond(socket, 413, formPage(QStringLiteral("请求过大。")));
            return;
        }
    }
    if (c->buffer.size() < c->bodyLength)
        return;
    handle(socket, *c);
}

QHostAddress FollowUpPage::clientOf(QTcpSocket* socket, const Connection& c) const
{
    const QHostAddress peer = socket->peerAddress();
    bool trusted = false;
    for (const QHostAddress& proxy : m_settings.trustedProxies)
        trusted = trusted || proxy.isEqual(peer, QHostAddress::TolerantConversion);
    if (trusted) {
        // The last address the proxy added is the one it saw.
        const QList<QByteArray> chain = c.headers.value("x-forwarded-for").split(',');
        const QHostAddress forwarded(QString::fromLatin1(chain.last().trimmed()));
        if (!forwarded.isNull())
            return forwarded;
    }
    return peer;
}

void FollowUpPage::handle(QTcpSocket* socket, Connection& c)
{
    const QByteArray path = c.path.left(c.path.indexOf('?') < 0 ? c.path.size() : c.path.indexOf('?'));
    if (path != "/") {
        respond(socket, 404, formPage(QStringLiteral("没有这个页面。")));
        return;
    }
    if (c.method == "GET" || c.method == "HEAD") {
        respond(socket, 200, formPage());
        return;
    }
    if (c.method != "POST") {
        respond(socket, 405, formPage(QStringLiteral("请使用查询表单。")), { QByteArrayLiteral("Allow: GET, HEAD, POST") });
        return;
    }
    query(socket, c);
}

void FollowUpPage::query(QTcpSocket* socket, Connection& c)
{
    // Every answer to a query leaves at the same moment after the request, whatever it is.
    const qint64 at = c.since.elapsed() + m_settings.answerMs;
    const QHostAddress client = clientOf(socket, c);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_limiter.blocked(client, now)) {
        const int minutes = (m_limiter.retryAfterSeconds(client, now) + 59) / 60;
        respondAt(socket, at, 429, formPage(QStringLiteral("查询过于频繁，请%1分钟后再试。").arg(minutes)),
                  { QByteArrayLiteral("Retry-After: ") + QByteArray::number(minutes * 60) });
        return;
    }
    const QUrlQuery form(QString::fromUtf8(c.buffer.left(c.bodyLength)).replace(QLatin1Char('+'), QLatin1Char(' ')));
    const auto code = FollowUpCode::normalise(form.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
    if (!code) {
        respondAt(socket, at, 200, formPage(QStringLiteral("查询码应为16位数字，请核对后重新输入。")));
        return;
    }
    auto found = m_finder.find(*code);
    if (!found) {
        respondAt(socket, at, 503, formPage(QStringLiteral("查询服务暂时不可用，请稍后再试。")));
        return;
    }
    if (!*found) {
        m_limiter.failed(client, now);
        respondAt(socket, at, 200, formPage(QStringLiteral("没有找到与该查询码对应的信访举报，请核对后重新输入。")));
        return;
    }
    respondAt(socket, at, 200, answerPage(**found));
}

void FollowUpPage::respondAt(QTcpSocket* socket, qint64 atMs, int status, const QString& html,
                             const QList<QByteArray>& extraHeaders)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    (*it)->answered = true;
    (*it)->idle->stop();
    const qint64 wait = qMax<qint64>(0, atMs - (*it)->since.elapsed());
    QTimer::singleShot(int(wait), socket, [this, socket, status, html, extraHeaders] {
        respond(socket, status, html, extraHeaders);
    });
}

void FollowUpPage::respond(QTcpSocket* socket, int status, const QString& html, const QList<QByteArray>& extraHeaders)
{
    auto it = m_connections.find(socket);
    if (it != m_connections.end()) {
        (*it)->answered = true;
        (*it)->idle->stop();
    }
    const QByteArray body = html.toUtf8();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    head += "Content-Type: text/html; charset=utf-8\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "Cache-Control: no-store\r\nReferrer-Policy: no-referrer\r\nX-Content-Type-Options: nosniff\r\n";
    head += "X-Frame-Options: DENY\r\n";
    head += "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
            "script-src 'sha256-" + scriptHash() + "'\r\n";
    for (const QByteArray& h : extraHeaders)
        head += h + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head);
    if (it == m_connections.end() || (*it)->method != "HEAD")
        socket->write(body);
    socket->disconnectFromHost();
}

} // namespace qf::server

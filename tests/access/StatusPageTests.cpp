// qingfeng-statusd, the public follow-up page, against the real central store: a report
// registered on a workstation and synced is found by its code, and by nothing else.
#include "models/FollowUpCode.h"
#include "tests/sync/SyncRig.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

using namespace qf;
using namespace qf::test;

namespace {

struct HttpAnswer
{
    int status = 0;
    QString head;
    QString body;
    qint64 ms = 0;
};

HttpAnswer http(int port, const QByteArray& request, int timeoutMs = 15000)
{
    HttpAnswer a;
    QElapsedTimer t;
    t.start();
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    if (!s.waitForConnected(5000))
        return a;
    s.write(request);
    QByteArray all;
    while (s.state() == QAbstractSocket::ConnectedState && t.elapsed() < timeoutMs) {
        s.waitForReadyRead(200);
        all += s.readAll();
    }
    all += s.readAll();
    a.ms = t.elapsed();
    const qsizetype end = all.indexOf("\r\n\r\n");
    a.head = QString::fromUtf8(all.left(end));
    a.body = QString::fromUtf8(all.mid(end + 4));
    a.status = a.head.section(QLatin1Char(' '), 1, 1).toInt();
    return a;
}

HttpAnswer post(int port, const QString& code, const QByteArray& extraHeaders = {})
{
    const QByteArray body = "code=" + QUrl::toPercentEncoding(code);
    return http(port, "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n" + extraHeaders
                          + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
}

// The central store with one office, a workstation that registered a report and synced it,
// and the follow-up page connected as a role that may only look codes up.
struct StatusRig
{
    SyncRig rig;
    QString database;
    QString reportId;
    QString regNo;
    QString code;
    SyncdProcess statusd;

    explicit StatusRig(const QStringList& statusArgs = {})
    {
        database = rig.enrolledDatabase(QStringLiteral("a"), rig.addUserWithDevice(QStringLiteral("alice"), QStringLiteral("QH-JW"),
                                                                                   QStringLiteral("registry_clerk")));
        const ProcessResult added = runCli(database, { QStringLiteral("report"), QStringLiteral("add"), QStringLiteral("--channel"),
                                                       QStringLiteral("visit"), QStringLiteral("--content"),
                                                       QStringLiteral("反映城关镇副镇长张某某违规插手工程招投标。"),
                                                       QStringLiteral("--subject"), QStringLiteral("张某某,城关镇政府,科级") });
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
        reportId = added.out.section(QLatin1Char(' '), 0, 0);
        regNo = added.out.section(QLatin1Char(' '), 1, 1).section(QLatin1Char('\n'), 0, 0);
        code = added.err.split(QLatin1Char('\n')).filter(QStringLiteral("follow-up code ")).value(0).section(QLatin1Char(' '), 2).trimmed();
        REQUIRE(code.size() == 16);
        sync();
        REQUIRE(rig.serverCount(QStringLiteral("followup_codes")) == 1);
        rig.pg.psql(QStringLiteral("CREATE ROLE statusd_web LOGIN IN ROLE qingfeng_status"));
        statusd.program = QStringLiteral("qingfeng-statusd");
        QString error;
        REQUIRE(statusd.start(QStringLiteral("host=127.0.0.1 port=%1 dbname=qingfeng user=statusd_web").arg(rig.pg.port()), &error,
                              {}, 0, statusArgs));
    }
    void sync()
    {
        const ProcessResult s = runCli(database, { QStringLiteral("sync") }, 300000);
        INFO(s.err.toStdString());
        REQUIRE(s.exitCode == 0);
    }
    void move(const QString& transition, const QStringList& params = {})
    {
        QStringList args { QStringLiteral("report"), QStringLiteral("move"), reportId, transition };
        for (const QString& p : params)
            args << QStringLiteral("--param") << p;
        const ProcessResult r = runCli(database, args);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        sync();
    }
};

QString textOf(const QString& html, const QString& id)
{
    const QRegularExpression re(QStringLiteral("id=\"%1\">([^<]*)<").arg(id));
    return re.match(html).captured(1);
}

} // namespace

TEST_CASE("the status page answers a code with the stage only: no registration number, no content, no office detail")
{
    StatusRig s({ QStringLiteral("--answer-ms"), QStringLiteral("200") });
    const int port = s.statusd.port();
    const HttpAnswer form = http(port, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    REQUIRE(form.status == 200);
    CHECK(form.body.contains(QStringLiteral("查询码")));
    CHECK(form.head.contains(QStringLiteral("Content-Security-Policy")));
    CHECK(form.head.contains(QStringLiteral("Cache-Control: no-store")));

    HttpAnswer a = post(port, FollowUpCode::grouped(s.code));
    REQUIRE(a.status == 200);
    CHECK(textOf(a.body, QStringLiteral("stage")) == QStringLiteral("已收到"));
    for (const QString& secret : { s.regNo, s.reportId, QStringLiteral("张某某"), QStringLiteral("招投标"), QStringLiteral("QH-JW"),
                                   QStringLiteral("alice"), s.code })
        CHECK_FALSE(a.body.contains(secret));

    s.move(QStringLiteral("accept"));
    a = post(port, s.code);
    CHECK(textOf(a.body, QStringLiteral("stage")) == QStringLiteral("已受理"));
    CHECK(textOf(a.body, QStringLiteral("text")).contains(QStringLiteral("正式受理")));

    // The page's role may look codes up and do nothing else.
    const PgResult rows = s.rig.pg.psql(QStringLiteral("SELECT count(*) FROM qf.rows"), QStringLiteral("statusd_web"));
    CHECK(rows.exitCode != 0);
    CHECK(rows.err.contains(QStringLiteral("permission denied")));
    const PgResult identities = s.rig.pg.psql(QStringLiteral("SELECT count(*) FROM qf.identities"), QStringLiteral("statusd_web"));
    CHECK(identities.exitCode != 0);
}

TEST_CASE("the status page limits wrong codes per client address and answers right and wrong codes in the same time")
{
    StatusRig s({ QStringLiteral("--answer-ms"), QStringLiteral("400"), QStringLiteral("--attempts"), QStringLiteral("3"),
                  QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1") });
    const int port = s.statusd.port();
    auto wrongCode = [&] {
        QString c;
        do
            c = FollowUpCode::generate();
        while (c == s.code);
        return c;
    };
    QList<qint64> right, wrong;
    for (int i = 0; i < 3; ++i) {
        const HttpAnswer r = post(port, s.code, "X-Forwarded-For: 198.51.100.7\r\n");
        REQUIRE(r.status == 200);
        CHECK(textOf(r.body, QStringLiteral("stage")) == QStringLiteral("已收到"));
        right << r.ms;
        const HttpAnswer w = post(port, wrongCode(), "X-Forwarded-For: 198.51.100.7\r\n");
        REQUIRE(w.status == 200);
        CHECK(w.body.contains(QStringLiteral("没有找到")));
        wrong << w.ms;
    }
    for (int i = 0; i < 3; ++i) {
        INFO("right " << right.at(i) << " ms, wrong " << wrong.at(i) << " ms");
        CHECK(right.at(i) >= 400);
        CHECK(wrong.at(i) >= 400);
        CHECK(qAbs(right.at(i) - wrong.at(i)) < 150);
    }
    // Three wrong codes from that address: now even the right code waits.
    const HttpAnswer blocked = post(port, s.code, "X-Forwarded-For: 198.51.100.7\r\n");
    CHECK(blocked.status == 429);
    CHECK(blocked.body.contains(QStringLiteral("查询过于频繁")));
    CHECK(blocked.head.contains(QStringLiteral("Retry-After:")));
    CHECK_FALSE(blocked.body.contains(QStringLiteral("id=\"stage\"")));
    // Another address is not held back by the first one's mistakes.
    const HttpAnswer other = post(port, s.code, "X-Forwarded-For: 203.0.113.9\r\n");
    CHECK(other.status == 200);
    CHECK(textOf(other.body, QStringLiteral("stage")) == QStringLiteral("已收到"));
    // A mistyped code is said to be mistyped, and is not counted against the address.
    const HttpAnswer typo = post(port, s.code.left(15), "X-Forwarded-For: 203.0.113.9\r\n");
    CHECK(typo.body.contains(QStringLiteral("16位数字")));
}

TEST_CASE("the status page refuses other methods, oversized requests and clients that never finish")
{
    StatusRig s({ QStringLiteral("--answer-ms"), QStringLiteral("100") });
    const int port = s.statusd.port();
    CHECK(http(port, "DELETE / HTTP/1.1\r\nHost: x\r\n\r\n").status == 405);
    CHECK(http(port, "GET /admin HTTP/1.1\r\nHost: x\r\n\r\n").status == 404);
    CHECK(http(port, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100000000\r\n\r\n").status == 413);
    CHECK(http(port, "GET / HTTP/1.1\r\nHost: x\r\nX-Filler: " + QByteArray(20000, 'a') + "\r\n\r\n").status == 431);
    CHECK(http(port, "garbage\r\n\r\n").status == 400);
    // A client that sends half a request is answered 408 and let go (the page's idle limit is 10 s).
    const HttpAnswer slow = http(port, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 20\r\n\r\ncode=12", 20000);
    CHECK(slow.status == 408);
    CHECK(slow.ms < 15000);
    // And the page still answers.
    CHECK(post(port, s.code).status == 200);
}

namespace {

// Headless Chromium driven over its DevTools protocol (a WebSocket).
class Browser
{
public:
    ~Browser()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    bool start(const QString& profile, QString* error)
    {
        QString exe = QStandardPaths::findExecutable(QStringLiteral("chromium"));
        if (exe.isEmpty()) {
            *error = QStringLiteral("chromium is not installed (./test.sh installs it)");
            return false;
        }
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(exe, { QStringLiteral("--headless=new"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                               QStringLiteral("--no-first-run"), QStringLiteral("--remote-debugging-port=0"),
                               QStringLiteral("--lang=zh-CN"), QStringLiteral("--user-data-dir=") + profile,
                               QStringLiteral("about:blank") });
        if (!m_process.waitForStarted(10000)) {
            *error = QStringLiteral("chromium did not start");
            return false;
        }
        QElapsedTimer t;
        t.start();
        QByteArray err;
        static const QRegularExpression ws(QStringLiteral("DevTools listening on (ws://\\S+)"));
        while (t.elapsed() < 60000) {
            m_process.waitForReadyRead(200);
            err += m_process.readAllStandardError();
            const auto m = ws.match(QString::fromUtf8(err));
            if (m.hasMatch()) {
                const QUrl browserUrl(m.captured(1));
                return attach(browserUrl.port(), error);
            }
        }
        *error = QStringLiteral("chromium did not open its DevTools port: ") + QString::fromUtf8(err.right(2000));
        return false;
    }
    QJsonObject call(const QString& method, const QJsonObject& params = {}, int timeoutMs = 20000)
    {
        const int id = ++m_id;
        m_socket.sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("method"), method },
                                        { QStringLiteral("params"), params } })
                .toJson(QJsonDocument::Compact)));
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            if (m_answers.contains(id))
                return m_answers.take(id);
            QEventLoop loop;
            QTimer::singleShot(50, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return {};
    }
    QString evaluate(const QString& expression)
    {
        const QJsonObject r = call(QStringLiteral("Runtime.evaluate"),
                                   { { QStringLiteral("expression"), expression }, { QStringLiteral("returnByValue"), true } });
        return r.value(QStringLiteral("result")).toObject().value(QStringLiteral("result")).toObject().value(QStringLiteral("value")).toVariant().toString();
    }
    // Waits until the expression gives something that is not empty.
    QString waitFor(const QString& expression, int timeoutMs = 20000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            const QString v = evaluate(expression);
            if (!v.isEmpty())
                return v;
            QThread::msleep(100);
        }
        return {};
    }

private:
    bool attach(int port, QString* error)
    {
        // The first page target's socket, from the browser's /json list.
        QTcpSocket http;
        QString target;
        QElapsedTimer t;
        t.start();
        while (target.isEmpty() && t.elapsed() < 20000) {
            http.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
            if (http.waitForConnected(2000)) {
                // The browser builds the socket's address from the Host header: give it the port.
                http.write("GET /json/list HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n\r\n");
                QByteArray all;
                while (http.waitForReadyRead(1000))
                    all += http.readAll();
                const QJsonArray list = QJsonDocument::fromJson(all.mid(all.indexOf("\r\n\r\n") + 4)).array();
                for (const QJsonValue& v : list)
                    if (v.toObject().value(QStringLiteral("type")).toString() == QLatin1String("page"))
                        target = v.toObject().value(QStringLiteral("webSocketDebuggerUrl")).toString();
                http.disconnectFromHost();
            }
            if (target.isEmpty())
                QThread::msleep(200);
        }
        if (target.isEmpty()) {
            *error = QStringLiteral("chromium shows no page");
            return false;
        }
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString& text) {
            const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
            if (o.contains(QStringLiteral("id")))
                m_answers.insert(o.value(QStringLiteral("id")).toInt(), o);
        });
        QEventLoop loop;
        QObject::connect(&m_socket, &QWebSocket::connected, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        m_socket.open(QUrl(target));
        loop.exec();
        if (m_socket.state() != QAbstractSocket::ConnectedState) {
            *error = QStringLiteral("cannot talk to chromium at %1: ").arg(target) + m_socket.errorString();
            return false;
        }
        return true;
    }

    QProcess m_process;
    QWebSocket m_socket;
    QHash<int, QJsonObject> m_answers;
    int m_id = 0;
};

void screenshot(Browser& b, const QString& name)
{
    const QString dir = qEnvironmentVariable("QF_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    const QJsonObject shot = b.call(QStringLiteral("Page.captureScreenshot"));
    QFile f(QDir(dir).filePath(name));
    if (f.open(QIODevice::WriteOnly))
        f.write(QByteArray::fromBase64(shot.value(QStringLiteral("result")).toObject().value(QStringLiteral("data")).toString().toLatin1()));
}

} // namespace

TEST_CASE("in a real browser on a phone-sized screen, a reporter types the code and reads the stage, and the QR address fills it in")
{
    StatusRig s({ QStringLiteral("--answer-ms"), QStringLiteral("200") });
    s.move(QStringLiteral("accept"));
    Browser b;
    QString error;
    const bool started = b.start(s.rig.scratch.path(QStringLiteral("chromium")), &error);
    INFO(error.toStdString());
    REQUIRE(started);
    b.call(QStringLiteral("Emulation.setDeviceMetricsOverride"),
           { { QStringLiteral("width"), 390 }, { QStringLiteral("height"), 844 }, { QStringLiteral("deviceScaleFactor"), 2 },
             { QStringLiteral("mobile"), true } });
    const QString page = QStringLiteral("http://127.0.0.1:%1/").arg(s.statusd.port());

    // Typed by hand.
    b.call(QStringLiteral("Page.navigate"), { { QStringLiteral("url"), page } });
    REQUIRE(b.waitFor(QStringLiteral("document.getElementById('code') ? 'ready' : ''")) == QStringLiteral("ready"));
    screenshot(b, QStringLiteral("status-form.png"));
    b.evaluate(QStringLiteral("document.getElementById('code').focus()"));
    b.call(QStringLiteral("Input.insertText"), { { QStringLiteral("text"), FollowUpCode::grouped(s.code) } });
    b.evaluate(QStringLiteral("document.getElementById('send').click()"));
    const QString stage = b.waitFor(QStringLiteral("document.getElementById('stage') ? document.getElementById('stage').textContent : ''"));
    CHECK(stage == QStringLiteral("已受理"));
    screenshot(b, QStringLiteral("status-answer.png"));
    const QString body = b.evaluate(QStringLiteral("document.body.innerText"));
    CHECK_FALSE(body.contains(s.regNo));
    CHECK_FALSE(body.contains(QStringLiteral("张某某")));

    // Scanned from the receipt: the address carries the code after '#'; the page sends it itself
    // and takes it out of the address bar.
    b.call(QStringLiteral("Page.navigate"), { { QStringLiteral("url"), QStringLiteral("about:blank") } });
    REQUIRE(b.waitFor(QStringLiteral("document.getElementById('stage') ? '' : 'gone'")) == QStringLiteral("gone"));
    b.call(QStringLiteral("Page.navigate"), { { QStringLiteral("url"), FollowUpCode::scanText(page, s.code) } });
    const QString fromQr = b.waitFor(QStringLiteral("document.getElementById('stage') ? document.getElementById('stage').textContent : ''"));
    CHECK(fromQr == QStringLiteral("已受理"));
    CHECK_FALSE(b.evaluate(QStringLiteral("location.href")).contains(s.code));
}

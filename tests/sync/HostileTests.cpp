// The central store against hostile or broken devices (issue #12): a real PostgreSQL and a
// real qingfeng-syncd, spoken to as a device would, and as an attacker would.
#include "models/Uuid7.h"
#include "sync/SyncMessages.h"
#include "sync/SyncProtocol.h"
#include "tests/sync/SyncRig.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <memory>
#include <vector>

using namespace qf;
using namespace qf::test;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
};

Answer call(const SyncRig& rig, const QByteArray& method, const QString& path, const QString& token,
            const QByteArray& body = {})
{
    QNetworkAccessManager net;
    QUrl url = rig.syncd.url();
    url.setPath(path);
    QNetworkRequest req(url);
    req.setRawHeader(sync::kProtocolHeader, QByteArray::number(sync::kProtocolVersion));
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setTransferTimeout(60000);
    QNetworkReply* reply = net.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer a { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll() };
    reply->deleteLater();
    return a;
}

int g_seq = 0;

sync::Mutation mutation(const QString& table, const QString& row, const QString& op, const QJsonObject& fields)
{
    sync::Mutation m;
    m.id = Uuid7::generate();
    m.seq = ++g_seq;
    m.table = table;
    m.row = row;
    m.op = op;
    m.hlc = (QDateTime::currentMSecsSinceEpoch() << 16) + g_seq;
    m.fields = fields;
    return m;
}

QByteArray pushBody(const QList<sync::Mutation>& ms)
{
    return sync::encode(sync::PushRequest { ms });
}

// The answer of a push that must be a 200 with one result per change.
QList<sync::MutationResult> pushed(const SyncRig& rig, const QString& token, const QByteArray& body, int expected)
{
    const Answer a = call(rig, "POST", QStringLiteral("/v1/push"), token, body);
    INFO(a.body.left(2000).toStdString());
    REQUIRE(a.status == 200);
    const auto result = sync::decode<sync::PushResult>(a.body);
    REQUIRE(result);
    REQUIRE(result->results.size() == expected);
    return result->results;
}

QList<sync::MutationResult> push(const SyncRig& rig, const QString& token, const QList<sync::Mutation>& ms)
{
    return pushed(rig, token, pushBody(ms), int(ms.size()));
}

bool refused(const sync::MutationResult& r)
{
    INFO("status " << r.status.toStdString() << ", reason: " << r.reason.toStdString());
    return r.status == QLatin1String(sync::kRefused) && !r.reason.isEmpty();
}

bool applied(const sync::MutationResult& r)
{
    INFO("status " << r.status.toStdString() << ", reason: " << r.reason.toStdString());
    return r.status == QLatin1String(sync::kApplied);
}

QString userId(const char* login)
{
    return Uuid7::stableFor(QStringLiteral("users"), QString::fromLatin1(login));
}

QString officeId(const char* code)
{
    return Uuid7::stableFor(QStringLiteral("organisations"), QString::fromLatin1(code));
}

int g_reg = 0;

// A report row a workstation would send.
QJsonObject report(const QString& office, const QString& content = QStringLiteral("反映某干部违规问题"))
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return { { QStringLiteral("reg_no"), QStringLiteral("T-2026-%1").arg(++g_reg, 5, 10, QLatin1Char('0')) },
             { QStringLiteral("channel"), QStringLiteral("letter") },
             { QStringLiteral("received_at"), now },
             { QStringLiteral("created_at"), now },
             { QStringLiteral("status"), QStringLiteral("registered") },
             { QStringLiteral("org_id"), office },
             { QStringLiteral("content"), content } };
}

// No PostgreSQL words in what a client is told.
void noDatabaseText(const QByteArray& body)
{
    INFO(body.left(2000).toStdString());
    for (const char* word : { "violates", "policy", "row-level", "SQLSTATE", "ERROR:", "constraint", "jsonb", "QPSQL" })
        CHECK_FALSE(body.contains(word));
}

// The answer to a request written by hand on a raw connection (the front before the body).
QByteArray rawAnswer(QTcpSocket& s, int timeoutMs)
{
    QByteArray in;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs && !in.contains("\r\n\r\n")) {
        if (!s.waitForReadyRead(100) && s.state() != QAbstractSocket::ConnectedState)
            break;
        in += s.readAll();
    }
    return in;
}

QString writeConfig(SyncRig& rig, const QString& lines)
{
    const QString path = rig.scratch.path(QStringLiteral("syncd.conf"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(lines.toUtf8());
    return path;
}

} // namespace

TEST_CASE("a device cannot change users, roles or offices - reference tables only from the roles entitled to them",
          "[hostile]")
{
    SyncRig rig;
    const QString alice = rig.addUserWithDevice(QStringLiteral("alice"), QStringLiteral("A01"), QStringLiteral("case_officer"));
    const QString mallory = rig.addUserWithDevice(QStringLiteral("mallory"), QStringLiteral("B02"), QStringLiteral("registry_clerk"));
    const QString rita = rig.addUserWithDevice(QStringLiteral("rita"), QStringLiteral("A01"), QStringLiteral("receptionist"));
    const QString sam = rig.addUserWithDevice(QStringLiteral("sam"), QStringLiteral("A01"), QStringLiteral("supervisor"));

    const auto byMallory = push(
        rig, mallory,
        { mutation(QStringLiteral("users"), userId("alice"), QStringLiteral("update"),
                   { { QStringLiteral("role"), QStringLiteral("receptionist") }, { QStringLiteral("name"), QStringLiteral("改名") } }),
          mutation(QStringLiteral("users"), userId("rita"), QStringLiteral("update"),
                   { { QStringLiteral("role"), QStringLiteral("administrator") } }),
          mutation(QStringLiteral("users"), userId("evil"), QStringLiteral("insert"),
                   { { QStringLiteral("login"), QStringLiteral("evil") }, { QStringLiteral("name"), QStringLiteral("evil") },
                     { QStringLiteral("org_id"), officeId("B02") }, { QStringLiteral("role"), QStringLiteral("administrator") } }),
          mutation(QStringLiteral("organisations"), officeId("A01"), QStringLiteral("update"),
                   { { QStringLiteral("name"), QStringLiteral("被改名的单位") } }) });
    for (const auto& r : byMallory)
        CHECK(refused(r));
    const auto bySelf = push(rig, alice,
                             { mutation(QStringLiteral("users"), userId("alice"), QStringLiteral("update"),
                                        { { QStringLiteral("role"), QStringLiteral("administrator") } }) });
    CHECK(refused(bySelf[0]));
    const auto byReceptionist = push(rig, rita,
                                     { mutation(QStringLiteral("categories"), Uuid7::generate(), QStringLiteral("insert"),
                                                { { QStringLiteral("code"), QStringLiteral("X1") },
                                                  { QStringLiteral("name"), QStringLiteral("接待员加的分类") } }) });
    CHECK(refused(byReceptionist[0]));
    const auto bySupervisor = push(rig, sam,
                                   { mutation(QStringLiteral("categories"), Uuid7::generate(), QStringLiteral("insert"),
                                              { { QStringLiteral("code"), QStringLiteral("X2") },
                                                { QStringLiteral("name"), QStringLiteral("主任加的分类") } }) });
    CHECK(applied(bySupervisor[0]));

    CHECK(rig.serverValue(QStringLiteral("users"), userId("alice"), QStringLiteral("role")) == QStringLiteral("case_officer"));
    CHECK(rig.serverValue(QStringLiteral("users"), userId("alice"), QStringLiteral("name")) == QStringLiteral("alice"));
    CHECK(rig.serverValue(QStringLiteral("users"), userId("rita"), QStringLiteral("role")) == QStringLiteral("receptionist"));
    CHECK(rig.serverCount(QStringLiteral("users")) == 4);
    CHECK(rig.serverValue(QStringLiteral("organisations"), officeId("A01"), QStringLiteral("name")) == QStringLiteral("A01"));
    CHECK(rig.serverCount(QStringLiteral("categories")) == 1);
    // Alice's own workstation still knows her as a case officer after a sync.
    const QString a = rig.enrolledDatabase(QStringLiteral("a"), alice);
    const ProcessResult s = runCli(a, { QStringLiteral("sync") }, 120000);
    INFO(s.err.toStdString());
    REQUIRE(s.exitCode == 0);
    CHECK(localValue(a, QStringLiteral("SELECT role FROM users WHERE id = '%1'").arg(userId("alice"))) == QStringLiteral("case_officer"));
    CHECK(localValue(a, QStringLiteral("SELECT count(*) FROM users WHERE role = 'administrator'")) == QStringLiteral("0"));
}

TEST_CASE("authorship comes from the device's token: a change in another user's name is refused", "[hostile]")
{
    SyncRig rig;
    const QString rex = rig.addUserWithDevice(QStringLiteral("rex"), QStringLiteral("A01"), QStringLiteral("registry_clerk"));
    rig.addUserWithDevice(QStringLiteral("mallory"), QStringLiteral("B02"), QStringLiteral("registry_clerk"));
    rig.addUserWithDevice(QStringLiteral("ann"), QStringLiteral("A01"), QStringLiteral("registry_clerk"));

    QJsonObject forged = report(officeId("A01"));
    forged.insert(QStringLiteral("created_by"), userId("mallory"));
    QJsonObject forgedHere = report(officeId("A01"));
    forgedHere.insert(QStringLiteral("created_by"), userId("ann"));
    const QString own = Uuid7::generate();
    const auto r = push(rig, rex,
                        { mutation(QStringLiteral("reports"), Uuid7::generate(), QStringLiteral("insert"), forged),
                          mutation(QStringLiteral("reports"), Uuid7::generate(), QStringLiteral("insert"), forgedHere),
                          mutation(QStringLiteral("reports"), own, QStringLiteral("insert"), report(officeId("A01"))) });
    CHECK(refused(r[0]));
    CHECK(refused(r[1]));
    REQUIRE(applied(r[2]));
    CHECK(rig.serverCount(QStringLiteral("reports")) == 1);
    // The service signs what the device left unsigned.
    CHECK(rig.serverValue(QStringLiteral("reports"), own, QStringLiteral("created_by")) == userId("rex"));

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    auto event = [&](const QString& author) {
        return mutation(QStringLiteral("events"), Uuid7::generate(), QStringLiteral("insert"),
                        { { QStringLiteral("report_id"), own }, { QStringLiteral("at"), now },
                          { QStringLiteral("kind"), QStringLiteral("note") }, { QStringLiteral("author_id"), author } });
    };
    const auto e = push(rig, rex, { event(userId("mallory")), event(userId("rex")) });
    CHECK(refused(e[0]));
    CHECK(applied(e[1]));
    CHECK(rig.serverCount(QStringLiteral("events")) == 1);
    // Taking over another's report afterwards is refused too.
    const auto takeOver = push(rig, rex,
                               { mutation(QStringLiteral("reports"), own, QStringLiteral("update"),
                                          { { QStringLiteral("created_by"), userId("ann") } }) });
    CHECK(refused(takeOver[0]));
    CHECK(rig.serverValue(QStringLiteral("reports"), own, QStringLiteral("created_by")) == userId("rex"));
}

TEST_CASE("one malformed row is refused by itself with a reason - the office's workstations keep syncing", "[hostile]")
{
    SyncRig rig;
    const QString rex = rig.addUserWithDevice(QStringLiteral("rex"), QStringLiteral("A01"), QStringLiteral("registry_clerk"));
    const QString bea = rig.addUserWithDevice(QStringLiteral("bea"), QStringLiteral("A01"), QStringLiteral("registry_clerk"));
    const QString b = rig.enrolledDatabase(QStringLiteral("b"), bea);

    QJsonObject noNumber = report(officeId("A01"));
    noNumber.remove(QStringLiteral("reg_no"));
    QJsonObject noChannel = report(officeId("A01"));
    noChannel.remove(QStringLiteral("channel"));
    noChannel.remove(QStringLiteral("received_at"));
    QJsonObject listed = report(officeId("A01"));
    listed.insert(QStringLiteral("content"), QJsonArray { 1, 2 });
    QJsonObject badChannel = report(officeId("A01"));
    badChannel.insert(QStringLiteral("channel"), QStringLiteral("carrier_pigeon"));
    QJsonObject unknownField = report(officeId("A01"));
    unknownField.insert(QStringLiteral("fields"), QJsonArray { 1, 2 });
    const QString good = Uuid7::generate();
    const auto r = push(rig, rex,
                        { mutation(QStringLiteral("reports"), Uuid7::generate(), QStringLiteral("insert"), noNumber),
                          mutation(QStringLiteral("reports"), Uuid7::generate(), QStringLiteral("insert"), noChannel),
                          mutation(QStringLiteral("reports"), Uuid7::generate(), QStringLiteral("insert"), listed),
                          mutation(QStringLiteral("reports"), Uuid7::generate(), QStringLiteral("insert"), badChannel),
                          mutation(QStringLiteral("reports"), Uuid7::generate(), QStringLiteral("insert"), unknownField),
                          mutation(QStringLiteral("no_such_table"), Uuid7::generate(), QStringLiteral("insert"),
                                   { { QStringLiteral("x"), 1 } }),
                          mutation(QStringLiteral("reports"), good, QStringLiteral("insert"), report(officeId("A01"))) });
    for (int i = 0; i < 6; ++i) {
        INFO("change " << i);
        CHECK(refused(r[i]));
    }
    CHECK(r[0].reason.contains(QStringLiteral("reg_no")));
    CHECK(r[2].reason.contains(QStringLiteral("content")));
    CHECK(applied(r[6]));
    // An update that would empty a required field is refused as well.
    const auto emptied = push(rig, rex,
                              { mutation(QStringLiteral("reports"), good, QStringLiteral("update"),
                                         { { QStringLiteral("received_at"), QJsonValue::Null } }) });
    CHECK(refused(emptied[0]));
    CHECK(rig.serverCount(QStringLiteral("reports")) == 1);
    CHECK(rig.serverCount(QStringLiteral("no_such_table")) == 0);
    const ProcessResult s = runCli(b, { QStringLiteral("sync"), QStringLiteral("--json") }, 120000);
    INFO(s.err.toStdString());
    CHECK(s.exitCode == 0);
}

TEST_CASE("a NUL or a lone surrogate in a change is refused by itself - never a 503 for the batch", "[hostile]")
{
    SyncRig rig;
    const QString rex = rig.addUserWithDevice(QStringLiteral("rex"), QStringLiteral("A01"), QStringLiteral("registry_clerk"));
    const QString good = Uuid7::generate();
    QList<sync::Mutation> ms { mutation(QStringLiteral("reports"), Uuid7::generate(), QStringLiteral("insert"),
                                        report(officeId("A01"), QStringLiteral("@@NUL@@"))),
                               mutation(QStringLiteral("reports"), Uuid7::generate(), QStringLiteral("insert"),
                                        report(officeId("A01"), QStringLiteral("@@HIGH@@"))),
                               mutation(QStringLiteral("reports"), Uuid7::generate(), QStringLiteral("insert"),
                                        report(officeId("A01"), QStringLiteral("@@LOW@@"))),
                               mutation(QStringLiteral("reports"), good, QStringLiteral("insert"), report(officeId("A01"))) };
    QByteArray body = pushBody(ms);
    body.replace("@@NUL@@", "before\\u0000after");
    body.replace("@@HIGH@@", "half \\ud800 pair");
    body.replace("@@LOW@@", "\\udc00 alone");
    const Answer a = call(rig, "POST", QStringLiteral("/v1/push"), rex, body);
    INFO(a.body.left(2000).toStdString());
    REQUIRE(a.status == 200);
    noDatabaseText(a.body);
    const auto result = sync::decode<sync::PushResult>(a.body);
    REQUIRE(result);
    REQUIRE(result->results.size() == 4);
    CHECK(refused(result->results[0]));
    CHECK(refused(result->results[1]));
    CHECK(refused(result->results[2]));
    CHECK(applied(result->results[3]));
    CHECK(rig.serverCount(QStringLiteral("reports")) == 1);
    // The next push goes through as ever.
    const auto next = push(rig, rex, { mutation(QStringLiteral("reports"), Uuid7::generate(), QStringLiteral("insert"),
                                                report(officeId("A01"))) });
    CHECK(applied(next[0]));
}

TEST_CASE("a write to another office's row is refused by name - the rest of the batch applied - no PostgreSQL text",
          "[hostile]")
{
    SyncRig rig;
    const QString rex = rig.addUserWithDevice(QStringLiteral("rex"), QStringLiteral("A01"), QStringLiteral("registry_clerk"));
    const QString mallory = rig.addUserWithDevice(QStringLiteral("mallory"), QStringLiteral("B02"), QStringLiteral("registry_clerk"));
    const QString theirs = Uuid7::generate();
    REQUIRE(applied(push(rig, rex, { mutation(QStringLiteral("reports"), theirs, QStringLiteral("insert"),
                                              report(officeId("A01"), QStringLiteral("甲单位的举报"))) })[0]));

    const QString mine = Uuid7::generate();
    const QList<sync::Mutation> ms { mutation(QStringLiteral("reports"), theirs, QStringLiteral("insert"), report(officeId("B02"))),
                                     mutation(QStringLiteral("reports"), mine, QStringLiteral("insert"), report(officeId("B02"))) };
    const Answer a = call(rig, "POST", QStringLiteral("/v1/push"), mallory, pushBody(ms));
    INFO(a.body.left(2000).toStdString());
    REQUIRE(a.status == 200);
    noDatabaseText(a.body);
    const auto result = sync::decode<sync::PushResult>(a.body);
    REQUIRE(result);
    REQUIRE(result->results.size() == 2);
    CHECK(refused(result->results[0]));
    CHECK(applied(result->results[1]));
    CHECK(rig.serverValue(QStringLiteral("reports"), theirs, QStringLiteral("content")) == QStringLiteral("甲单位的举报"));
    CHECK(rig.pg.psql(QStringLiteral("SELECT office FROM qf.rows WHERE tbl = 'reports' AND id = '%1'").arg(theirs)).out
          == officeId("A01"));

    // Deleting or editing a row one cannot see is refused, not "applied".
    const auto gone = push(rig, mallory,
                           { mutation(QStringLiteral("reports"), theirs, QStringLiteral("delete"), {}),
                             mutation(QStringLiteral("reports"), theirs, QStringLiteral("update"),
                                      { { QStringLiteral("content"), QStringLiteral("x") } }) });
    CHECK(refused(gone[0]));
    CHECK(refused(gone[1]));
    CHECK(rig.pg.psql(QStringLiteral("SELECT deleted FROM qf.rows WHERE tbl = 'reports' AND id = '%1'").arg(theirs)).out
          == QStringLiteral("f"));
}

TEST_CASE("the front reads no body before the token and the size are checked, and closes slow connections", "[hostile]")
{
    SyncRig rig;
    const QString rex = rig.addUserWithDevice(QStringLiteral("rex"), QStringLiteral("A01"), QStringLiteral("registry_clerk"));
    // Short timeouts, for the sections that wait for them.
    auto withShortTimeouts = [&] {
        const QString config = writeConfig(rig, QStringLiteral("header-timeout-seconds = 2\nidle-timeout-seconds = 3\n"
                                                               "body-timeout-seconds = 4\n"));
        QString error;
        const bool up = rig.syncd.start(rig.pg.serviceDsn(), &error, {}, 0, { QStringLiteral("--config"), config });
        INFO(error.toStdString());
        REQUIRE(up);
    };

    auto open = [&](QTcpSocket& s) {
        s.connectToHost(QStringLiteral("127.0.0.1"), quint16(rig.syncd.port()));
        REQUIRE(s.waitForConnected(5000));
    };
    SECTION("an unauthenticated 100 MB request is answered 413 at once, without its body")
    {
        QTcpSocket s;
        open(s);
        s.write("POST /v1/push HTTP/1.1\r\nHost: x\r\nX-Qingfeng-Protocol: 2\r\nContent-Type: application/json\r\n"
                "Content-Length: 104857600\r\n\r\n");
        const QByteArray in = rawAnswer(s, 5000);
        INFO(in.toStdString());
        CHECK(in.startsWith("HTTP/1.1 413"));
    }
    SECTION("twelve unauthenticated 100 MB requests do not grow the service")
    {
        auto peakKb = [&] {
            QFile status(QStringLiteral("/proc/%1/status").arg(rig.syncd.pid()));
            REQUIRE(status.open(QIODevice::ReadOnly));
            qint64 kb = 0;
            for (const QByteArray& line : status.readAll().split('\n'))
                if (line.startsWith("VmHWM:"))
                    kb = line.mid(6).trimmed().split(' ').value(0).toLongLong();
            return kb;
        };
        const qint64 before = peakKb();
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        const QByteArray chunk(1 << 20, 'x');
        for (int i = 0; i < 12; ++i) {
            auto s = std::make_unique<QTcpSocket>();
            open(*s);
            s->write("POST /v1/push HTTP/1.1\r\nHost: x\r\nX-Qingfeng-Protocol: 2\r\nContent-Length: 104857600\r\n\r\n");
            sockets.push_back(std::move(s));
        }
        // Each sends what it can of its body (the service closes them).
        for (int round = 0; round < 10; ++round)
            for (auto& s : sockets)
                if (s->state() == QAbstractSocket::ConnectedState) {
                    s->write(chunk);
                    s->waitForBytesWritten(200);
                }
        const qint64 after = peakKb();
        INFO("peak RSS of qingfeng-syncd: " << before << " kB before, " << after << " kB after");
        CHECK(before > 0);
        CHECK(after - before < 50 * 1024);
    }
    SECTION("a request without a valid token is answered 401 before its body arrives")
    {
        QTcpSocket s;
        open(s);
        s.write("POST /v1/push HTTP/1.1\r\nHost: x\r\nX-Qingfeng-Protocol: 2\r\nAuthorization: Bearer nonsense\r\n"
                "Content-Length: 100000\r\n\r\n{\"mutations\":");
        const QByteArray in = rawAnswer(s, 5000);
        INFO(in.toStdString());
        CHECK(in.startsWith("HTTP/1.1 401"));
    }
    SECTION("a connection sending its headers a byte at a time is closed")
    {
        withShortTimeouts();
        QTcpSocket s;
        open(s);
        const QByteArray slow = "POST /v1/push HTTP/1.1\r\nHost: x\r\nX-Qingfeng-Protocol: 2\r\nX-Padding: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        QElapsedTimer t;
        t.start();
        qsizetype i = 0;
        while (t.elapsed() < 10000 && s.state() == QAbstractSocket::ConnectedState) {
            s.write(slow.mid(i % slow.size(), 1));
            s.flush();
            ++i;
            s.waitForReadyRead(400);
            s.readAll();
        }
        CHECK(s.state() != QAbstractSocket::ConnectedState);
        CHECK(t.elapsed() < 8000);
    }
    SECTION("an idle connection is closed")
    {
        withShortTimeouts();
        QTcpSocket s;
        open(s);
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 10000 && s.state() == QAbstractSocket::ConnectedState)
            s.waitForReadyRead(200);
        CHECK(s.state() != QAbstractSocket::ConnectedState);
    }
    SECTION("a wrong method on a known path is 405, an unknown path 404; a kept-alive connection serves one request after another")
    {
        CHECK(call(rig, "DELETE", QStringLiteral("/v1/push"), rex).status == 405);
        CHECK(call(rig, "POST", QStringLiteral("/v1/pull"), rex).status == 405);
        CHECK(call(rig, "GET", QStringLiteral("/v1/nothing"), rex).status == 404);
        QTcpSocket s;
        open(s);
        const QByteArray pull = "GET /v1/pull?cursor=0&limit=10 HTTP/1.1\r\nHost: x\r\nX-Qingfeng-Protocol: 2\r\n"
                                "Authorization: Bearer "
            + rex.toLatin1() + "\r\n\r\n";
        s.write(pull);
        QByteArray first = rawAnswer(s, 5000);
        CHECK(first.startsWith("HTTP/1.1 200"));
        s.readAll();
        s.write(pull);
        QByteArray second = rawAnswer(s, 5000);
        CHECK(second.startsWith("HTTP/1.1 200"));
    }
}

TEST_CASE("request and content limits: a report over the content limit is refused by itself - a smaller request limit "
          "makes the workstation send smaller batches",
          "[hostile]")
{
    SyncRig rig;
    const QString config = writeConfig(rig, QStringLiteral("max-request-bytes = 200000\nmax-report-content-chars = 20000\n"));
    QString error;
    REQUIRE(rig.syncd.start(rig.pg.serviceDsn(), &error, {}, 0, { QStringLiteral("--config"), config }));
    const QString rex = rig.addUserWithDevice(QStringLiteral("rex"), QStringLiteral("A01"), QStringLiteral("registry_clerk"));

    const Answer big = call(rig, "POST", QStringLiteral("/v1/push"), rex,
                            pushBody({ mutation(QStringLiteral("reports"), Uuid7::generate(), QStringLiteral("insert"),
                                                report(officeId("A01"), QString(300000, QLatin1Char('x')))) }));
    CHECK(big.status == 413);
    const auto r = push(rig, rex,
                        { mutation(QStringLiteral("reports"), Uuid7::generate(), QStringLiteral("insert"),
                                   report(officeId("A01"), QString(30000, QLatin1Char('x')))),
                          mutation(QStringLiteral("reports"), Uuid7::generate(), QStringLiteral("insert"), report(officeId("A01"))) });
    CHECK(refused(r[0]));
    CHECK(applied(r[1]));

    // A workstation whose outbox is larger than one request may be: sent in smaller batches.
    const QString a = rig.enrolledDatabase(QStringLiteral("a"), rex);
    for (int i = 0; i < 40; ++i) {
        const ProcessResult add = runCli(a, { QStringLiteral("report"), QStringLiteral("add"), QStringLiteral("--channel"),
                                              QStringLiteral("letter"), QStringLiteral("--content"),
                                              QStringLiteral("分批推送测试%1：").arg(i) + QString(3000, QChar(0x4e00 + i)),
                                              QStringLiteral("--no-repeat-check") });
        REQUIRE(add.exitCode == 0);
    }
    const ProcessResult s = runCli(a, { QStringLiteral("sync"), QStringLiteral("--json") }, 120000);
    INFO(s.err.toStdString());
    REQUIRE(s.exitCode == 0);
    const QJsonObject summary = QJsonDocument::fromJson(s.out.toUtf8()).object();
    CHECK(summary.value(QStringLiteral("pending")).toInt() == 0);
    CHECK(rig.serverCount(QStringLiteral("reports")) == 41);
}

TEST_CASE("the --pg option takes postgresql:// addresses as well as key=value settings, with a clear error", "[hostile]")
{
    SyncRig rig;
    const QString uri = QStringLiteral("postgresql://postgres@127.0.0.1:%1/qingfeng").arg(rig.pg.port());
    const ProcessResult init = runProgram(QStringLiteral("qingfeng-syncd"), { QStringLiteral("admin"), QStringLiteral("init"),
                                                                               QStringLiteral("--pg"), uri });
    INFO(init.err.toStdString());
    CHECK(init.exitCode == 0);
    const ProcessResult add = runProgram(QStringLiteral("qingfeng-syncd"),
                                         { QStringLiteral("admin"), QStringLiteral("add-user"), QStringLiteral("--pg"), uri,
                                           QStringLiteral("--login"), QStringLiteral("uri"), QStringLiteral("--name"),
                                           QStringLiteral("uri"), QStringLiteral("--office"), QStringLiteral("A01"),
                                           QStringLiteral("--role"), QStringLiteral("registry_clerk") });
    INFO(add.err.toStdString());
    CHECK(add.exitCode == 0);
    QString error;
    CHECK(rig.syncd.start(QStringLiteral("postgresql://qingfeng_sync@127.0.0.1:%1/qingfeng").arg(rig.pg.port()), &error));
    INFO(error.toStdString());
    const ProcessResult wrong = runProgram(QStringLiteral("qingfeng-syncd"),
                                           { QStringLiteral("admin"), QStringLiteral("init"), QStringLiteral("--pg"),
                                             QStringLiteral("postgresql://postgres@127.0.0.1:1/qingfeng") });
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("127.0.0.1:1")));
    CHECK_FALSE(wrong.err.contains(QStringLiteral("()")));
}

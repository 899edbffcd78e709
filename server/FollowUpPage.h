#pragma once

#include "models/FollowUpCode.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSqlDatabase>

#include <memory>
#include <optional>

class QTcpServer;
class QTcpSocket;

namespace qf::server {

// Where the page finds the reports of a code: the hashes kept for its first digits, each with
// the state of its report. The real one asks the central store (qf.followup_candidates); a
// test may give its own.
struct FollowUpCandidate
{
    QString codeHash;
    QString status;
    QString referredTo;
};

class FollowUpSource
{
public:
    virtual ~FollowUpSource() = default;
    virtual Result<QList<FollowUpCandidate>> candidates(const QString& lookupKey) = 0;
};

class PostgresFollowUpSource : public FollowUpSource
{
    Q_DECLARE_TR_FUNCTIONS(qf::server::PostgresFollowUpSource)

public:
    explicit PostgresFollowUpSource(QSqlDatabase db);
    Result<QList<FollowUpCandidate>> candidates(const QString& lookupKey) override;

private:
    QSqlDatabase m_db;
};

// What a code gives, wherever it is asked: the stage, or nothing for a code no report has.
class FollowUpFinder
{
public:
    explicit FollowUpFinder(FollowUpSource& source);
    // code: normalised (FollowUpCode::normalise). Checks the code against every candidate's
    // hash - and against a stand-in hash when there is none, so that a wrong code costs the
    // same work as a right one.
    Result<std::optional<FollowUpStatus>> find(const QString& code);

private:
    FollowUpSource& m_source;
    QString m_standIn;
};

// Wrong codes per client address in a sliding window; once over the limit, every answer to
// that address is "try later" until the window has passed.
class AttemptLimiter
{
public:
    AttemptLimiter(int attempts, int windowSeconds);
    bool blocked(const QHostAddress& client, const QDateTime& now);
    void failed(const QHostAddress& client, const QDateTime& now);
    int retryAfterSeconds(const QHostAddress& client, const QDateTime& now) const;

private:
    void prune(QList<QDateTime>& times, const QDateTime& now) const;

    int m_attempts;
    int m_window;
    QHash<QString, QList<QDateTime>> m_failures;
};

struct FollowUpPageSettings
{
    int attemptsPerWindow = 10;    // wrong codes per client address ...
    int windowSeconds = 15 * 60;   // ... in this many seconds
    int answerMs = 500;            // every answer to a query takes exactly this long
    int headerLimit = 8 * 1024;    // bytes of request line and headers
    int bodyLimit = 1024;          // bytes of a query's body
    int idleTimeoutMs = 10 * 1000; // a connection that sends no complete request in time is closed
    int maxConnections = 256;
    QList<QHostAddress> trustedProxies; // X-Forwarded-For is believed only from these
};

// The public follow-up page (qingfeng-statusd): a form for the code and the answer, in
// Chinese, made for a phone. Plain HTTP/1.1 of its own, so that every limit is its own: the
// size of a request, how long a client may take, how many connections, how often a client
// may try a wrong code. Answers carry the stage and its plain-language text only - no
// identity, no registration number, nothing internal to the office - and take the same time
// whether the code is right, wrong or mistyped. Read-only: nothing a client sends is stored.
class FollowUpPage : public QObject
{
    Q_OBJECT

public:
    FollowUpPage(FollowUpSource& source, FollowUpPageSettings settings, QObject* parent = nullptr);
    ~FollowUpPage() override;

    bool listen(const QHostAddress& address, quint16 port);
    quint16 port() const;
    QString errorString() const;

    // The pages, for tests and for the program's --print-page.
    static QString formPage(const QString& message = {});
    static QString answerPage(const FollowUpStatus& status);

private:
    struct Connection;
    void accept();
    void read(QTcpSocket* socket);
    void handle(QTcpSocket* socket, Connection& c);
    void query(QTcpSocket* socket, Connection& c);
    void respond(QTcpSocket* socket, int status, const QString& html, const QList<QByteArray>& extraHeaders = {});
    void respondAt(QTcpSocket* socket, qint64 atMs, int status, const QString& html,
                   const QList<QByteArray>& extraHeaders = {});
    QHostAddress clientOf(QTcpSocket* socket, const Connection& c) const;

    FollowUpFinder m_finder;
    FollowUpPageSettings m_settings;
    AttemptLimiter m_limiter;
    QTcpServer* m_server;
    QHash<QTcpSocket*, std::shared_ptr<Connection>> m_connections;
};

} // namespace qf::server

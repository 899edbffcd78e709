#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <memory>

namespace qf::test {

struct PgResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// A throwaway PostgreSQL 15 on a free loopback port, data in a temporary folder; stopped
// (and removed) when the test ends. Run as the postgres user when the test runs as root.
// QF_PG_OPTIONS adds server settings ("-c shared_preload_libraries=pg_stat_statements"), for a benchmark
// that wants to see where the database spends its time.
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    bool start(QString* error);
    void stop();
    int port() const { return m_port; }
    QString superDsn() const;
    QString serviceDsn() const;
    // Runs SQL through psql as the given PostgreSQL role; returns the output (tuples only).
    PgResult psql(const QString& sql, const QString& user = QStringLiteral("postgres")) const;

private:
    QString tool(const QString& name) const;
    PgResult runAsOwner(const QString& program, const QStringList& args) const;

    QString m_dir;
    QString m_bin;
    int m_port = 0;
    bool m_running = false;
};

// A qingfeng-syncd process in front of the PostgreSQL above.
class SyncdProcess
{
public:
    ~SyncdProcess();
    // On a free port, or on the given one (a restart keeps the address workstations know).
    bool start(const QString& dsn, QString* error, const QProcessEnvironment& extra = {}, int port = 0,
               const QStringList& args = {});
    void kill9();
    void stop();
    QUrl url() const;
    bool tls = false;
    // The program started: the sync service, or another service of the same kind
    // (qingfeng-statusd takes the same --pg and --listen).
    QString program = QStringLiteral("qingfeng-syncd");
    int port() const { return m_port; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    QString readError();
    bool waitForStall(int timeoutMs = 30000);

private:
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    QByteArray m_err;
};

int freePort();

} // namespace qf::test

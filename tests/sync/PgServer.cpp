#include "tests/sync/PgServer.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QThread>

#include <unistd.h>

namespace qf::test {

int freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

PostgresServer::PostgresServer()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    for (const QString& v : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed)) {
        if (QFileInfo::exists(root.filePath(v) + QStringLiteral("/bin/initdb"))) {
            m_bin = root.filePath(v) + QStringLiteral("/bin");
            break;
        }
    }
}

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::tool(const QString& name) const
{
    return m_bin + QLatin1Char('/') + name;
}

PgResult PostgresServer::runAsOwner(const QString& program, const QStringList& args) const
{
    QProcess p;
    if (geteuid() == 0)
        p.start(QStringLiteral("runuser"), QStringList { QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program } + args);
    else
        p.start(program, args);
    PgResult r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("%1 did not finish").arg(program);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

bool PostgresServer::start(QString* error)
{
    if (m_bin.isEmpty()) {
        *error = QStringLiteral("PostgreSQL is not installed (run ./test.sh, which installs it).");
        return false;
    }
    m_dir = QDir::tempPath() + QStringLiteral("/qf-pg-") + QString::number(getpid()) + QLatin1Char('-')
        + QString::number(QDateTime::currentMSecsSinceEpoch());
    QDir().mkpath(m_dir);
    if (geteuid() == 0)
        QProcess::execute(QStringLiteral("chown"), { QStringLiteral("postgres"), m_dir });
    PgResult r = runAsOwner(tool(QStringLiteral("initdb")),
                                 { QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-A"),
                                   QStringLiteral("trust"), QStringLiteral("-U"), QStringLiteral("postgres"),
                                   QStringLiteral("--no-sync"), QStringLiteral("-E"), QStringLiteral("UTF8") });
    if (r.exitCode != 0) {
        *error = QStringLiteral("initdb failed: ") + r.err;
        return false;
    }
    for (int attempt = 0; attempt < 5 && !m_running; ++attempt) {
        m_port = freePort();
        r = runAsOwner(tool(QStringLiteral("pg_ctl")),
                       { QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-o"),
                         QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off %3")
                             .arg(m_port)
                             .arg(m_dir, qEnvironmentVariable("QF_PG_OPTIONS")),
                         QStringLiteral("-l"), m_dir + QStringLiteral("/log"), QStringLiteral("-w"), QStringLiteral("start") });
        m_running = r.exitCode == 0;
    }
    if (!m_running) {
        *error = QStringLiteral("pg_ctl start failed: ") + r.err + r.out;
        return false;
    }
    // Listed for tests/support/run-test.sh, which stops it should this process crash.
    if (const QString list = qEnvironmentVariable("QF_TEST_SERVERS"); !list.isEmpty()) {
        QFile f(list);
        if (f.open(QIODevice::Append))
            f.write((m_dir + QStringLiteral("/data\n")).toLocal8Bit());
    }
    r = runAsOwner(tool(QStringLiteral("createdb")), { QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                                       QString::number(m_port), QStringLiteral("-U"), QStringLiteral("postgres"),
                                                       QStringLiteral("qingfeng") });
    if (r.exitCode != 0) {
        *error = QStringLiteral("createdb failed: ") + r.err;
        return false;
    }
    return true;
}

void PostgresServer::stop()
{
    if (m_running) {
        runAsOwner(tool(QStringLiteral("pg_ctl")), { QStringLiteral("-D"), m_dir + QStringLiteral("/data"),
                                                     QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop") });
        m_running = false;
    }
    if (!m_dir.isEmpty()) {
        QDir(m_dir).removeRecursively();
        m_dir.clear();
    }
}

QString PostgresServer::superDsn() const
{
    return QStringLiteral("host=127.0.0.1 port=%1 dbname=qingfeng user=postgres").arg(m_port);
}

QString PostgresServer::serviceDsn() const
{
    return QStringLiteral("host=127.0.0.1 port=%1 dbname=qingfeng user=qingfeng_sync").arg(m_port);
}

PgResult PostgresServer::psql(const QString& sql, const QString& user) const
{
    QProcess p;
    p.start(tool(QStringLiteral("psql")), { QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                            QString::number(m_port), QStringLiteral("-U"), user, QStringLiteral("-d"),
                                            QStringLiteral("qingfeng"), QStringLiteral("-tA"), QStringLiteral("-v"),
                                            QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), sql });
    PgResult r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

SyncdProcess::~SyncdProcess()
{
    stop();
}

bool SyncdProcess::start(const QString& dsn, QString* error, const QProcessEnvironment& extra, int port,
                         const QStringList& args)
{
    stop();
    m_err.clear();
    const QString bin = qEnvironmentVariable("QF_BIN_DIR", QStringLiteral(QF_BIN_DIR)) + QLatin1Char('/') + program;
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = port ? port : freePort();
        m_process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString& k : extra.keys())
            env.insert(k, extra.value(k));
        m_process->setProcessEnvironment(env);
        m_process->start(bin, QStringList { QStringLiteral("--pg"), dsn, QStringLiteral("--listen"),
                                            QStringLiteral("127.0.0.1:%1").arg(m_port) }
                                  + args);
        if (!m_process->waitForStarted(10000)) {
            *error = program + QStringLiteral(" did not start");
            return false;
        }
        QElapsedTimer t;
        t.start();
        QByteArray out;
        while (t.elapsed() < 15000 && m_process->state() == QProcess::Running) {
            m_process->waitForReadyRead(200);
            out += m_process->readAllStandardOutput();
            if (out.contains("listening on")) {
                // Listed for tests/support/run-test.sh, which stops it should the test crash.
                if (const QString list = qEnvironmentVariable("QF_TEST_SERVERS"); !list.isEmpty()) {
                    QFile f(list);
                    if (f.open(QIODevice::Append))
                        f.write("pid " + QByteArray::number(m_process->processId()) + '\n');
                }
                return true;
            }
        }
        m_err += m_process->readAllStandardError();
        if (!m_err.contains("cannot listen"))
            break;
        QThread::msleep(300); // the old process's socket is still closing
    }
    *error = program + QStringLiteral(" did not come up: ") + QString::fromUtf8(m_err);
    return false;
}

bool SyncdProcess::waitForStall(int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs && m_process && m_process->state() == QProcess::Running) {
        m_process->waitForReadyRead(100);
        m_err += m_process->readAllStandardError();
        if (m_err.contains("stalled at"))
            return true;
    }
    return false;
}

void SyncdProcess::kill9()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
}

void SyncdProcess::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

QUrl SyncdProcess::url() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(tls ? QStringLiteral("https") : QStringLiteral("http")).arg(m_port));
}

QString SyncdProcess::readError()
{
    if (m_process)
        m_err += m_process->readAllStandardError();
    return QString::fromUtf8(m_err);
}

} // namespace qf::test

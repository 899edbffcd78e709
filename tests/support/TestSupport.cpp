#include "tests/support/TestSupport.h"

#include "models/Session.h"
#include "app/security/KeychainKeyProvider.h"

#include <QProcess>

namespace qf::test {

Scratch::Scratch()
{
    REQUIRE(m_dir.isValid());
}

QString Scratch::path(const QString& name) const
{
    return m_dir.filePath(name);
}

std::unique_ptr<qf::Session> openSession(const QString& databasePath)
{
    KeychainKeyProvider keys;
    auto session = Session::open(databasePath, keys);
    INFO(session.error().toStdString());
    REQUIRE(session.ok());
    return std::move(*session);
}

ProcessResult runProgram(const QString& program, const QStringList& args, int timeoutMs)
{
    QByteArray binDir = qgetenv("QF_BIN_DIR");
    if (binDir.isEmpty())
        binDir = QF_BIN_DIR;
    QProcess p;
    p.start(QString::fromLocal8Bit(binDir) + QLatin1Char('/') + program, args);
    ProcessResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

ProcessResult runCli(const QString& database, const QStringList& args, int timeoutMs)
{
    return runProgram(QStringLiteral("qingfeng-cli"), QStringList { QStringLiteral("--db"), database } + args, timeoutMs);
}

} // namespace qf::test

#include "tests/support/TestSupport.h"

#include <QDir>

#include "models/ReportSearch.h"
#include "models/Session.h"
#include "app/security/KeychainKeyProvider.h"

#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

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
    Session& s = **session;
    if (!s.accounts().any()) {
        NewAccount admin;
        admin.login = QString::fromLatin1(kAdmin);
        admin.name = QStringLiteral("管理员");
        admin.password = QString::fromLatin1(kPassword);
        admin.newOrgName = QStringLiteral("城关区纪委监委信访室");
        admin.newOrgLevel = QStringLiteral("county");
        admin.standardCategories = false; // tests make the categories they need
        auto made = s.accounts().createAdministrator(admin, keys);
        INFO(made.error().toStdString());
        REQUIRE(made.ok());
    }
    const Status in = s.signIn(QString::fromLatin1(kAdmin), QString::fromLatin1(kPassword));
    INFO(in.error().toStdString());
    REQUIRE(in.ok());
    return std::move(*session);
}

std::unique_ptr<qf::Session> openBareSession(const QString& databasePath)
{
    KeychainKeyProvider keys;
    auto session = Session::open(databasePath, keys);
    INFO(session.error().toStdString());
    REQUIRE(session.ok());
    return std::move(*session);
}

QString signInAs(qf::Session& session, const QString& role, const QString& login, const QString& name,
                 const QString& orgId)
{
    const QString account = login.isEmpty() ? role : login;
    if (!session.accounts().find(account)) {
        if (session.userId().isEmpty() || session.role() != QLatin1String("administrator")) {
            const Status in = session.signIn(QString::fromLatin1(kAdmin), QString::fromLatin1(kPassword));
            INFO(in.error().toStdString());
            REQUIRE(in.ok());
        }
        NewAccount a;
        a.login = account;
        a.name = name.isEmpty() ? account : name;
        a.role = role;
        a.orgId = orgId;
        a.password = QString::fromLatin1(kPassword);
        auto added = session.accounts().add(a);
        INFO(added.error().toStdString());
        REQUIRE(added.ok());
    }
    const Status in = session.signIn(account, QString::fromLatin1(kPassword));
    INFO(in.error().toStdString());
    REQUIRE(in.ok());
    return session.userId();
}

ProcessResult runProgram(const QString& program, const QStringList& args, int timeoutMs)
{
    QByteArray binDir = qgetenv("QF_BIN_DIR");
    if (binDir.isEmpty())
        binDir = QF_BIN_DIR;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QINGFENG_PASSWORD")))
        env.insert(QStringLiteral("QINGFENG_PASSWORD"), QString::fromLatin1(kPassword));
    p.setProcessEnvironment(env);
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

ProcessResult runCliAs(const QString& login, const QString& database, const QStringList& args, int timeoutMs)
{
    const QStringList db { QStringLiteral("--db"), database };
    // Commands that need no store (id check, working days, the calendar) make none.
    static const QStringList storeless { QStringLiteral("id"), QStringLiteral("workdays"), QStringLiteral("calendar") };
    if (!QFileInfo::exists(database) && !args.isEmpty() && args.first() != QLatin1String("init")
        && !storeless.contains(args.first())) {
        const ProcessResult made = runProgram(QStringLiteral("qingfeng-cli"),
                                              db + QStringList { QStringLiteral("init"), QStringLiteral("--admin"),
                                                                 QString::fromLatin1(kAdmin), QStringLiteral("--admin-name"),
                                                                 QStringLiteral("管理员") },
                                              timeoutMs);
        if (made.exitCode != 0)
            return made;
    }
    QStringList words = args;
    // `init` in a test makes the store with its administrator, as a script would.
    if (words.startsWith(QStringLiteral("init")) && !words.contains(QStringLiteral("--admin")))
        words << QStringLiteral("--admin") << QString::fromLatin1(kAdmin) << QStringLiteral("--admin-name")
              << QStringLiteral("管理员");
    return runProgram(QStringLiteral("qingfeng-cli"), db + QStringList { QStringLiteral("--user"), login } + words,
                      timeoutMs);
}

ProcessResult runCli(const QString& database, const QStringList& args, int timeoutMs)
{
    return runCliAs(QString::fromLatin1(kAdmin), database, args, timeoutMs);
}

QString screenshotDir(const QString& topic)
{
    const QString root = qEnvironmentVariable("QF_SCREENSHOT_DIR");
    if (root.isEmpty())
        return {};
    const QString dir = root + QLatin1Char('/') + topic;
    return QDir().mkpath(dir) ? dir : QString();
}

QStringList searchIds(qf::Session& session, const QString& text)
{
    auto hits = qf::ReportSearch(session.database().connection()).search(text, 100);
    REQUIRE(hits.ok());
    QStringList ids;
    for (const auto& h : *hits)
        ids << h.id;
    return ids;
}

} // namespace qf::test

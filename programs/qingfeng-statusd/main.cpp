// qingfeng-statusd: the public, read-only follow-up page in front of the central store. A
// reporter's code gives the stage of that report, nothing else (server/FollowUpPage.h).
#include "server/FollowUpPage.h"
#include "server/ServerSchema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTextStream>

namespace {

// sysexits.h's EX_CONFIG, as qingfeng-syncd.
constexpr int NotConfigured = 78;

int positive(const QCommandLineParser& parser, const QCommandLineOption& option, int fallback, bool* ok)
{
    if (!parser.isSet(option))
        return fallback;
    const int value = parser.value(option).toInt(ok);
    *ok = *ok && value > 0;
    return value;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qingfeng-statusd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QINGFENG_VERSION));
    QLoggingCategory::setFilterRules(QStringLiteral("qingfeng.*.debug=false\nqingfeng.*.info=false"));
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Qingfeng follow-up page: with the 16-digit code on a receipt, anyone can see the stage of that one report.\n"
        "Connect as a PostgreSQL login role that is a member of qingfeng_status (it may only look codes up), and "
        "put it behind the office's HTTPS reverse proxy."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption pg(QStringLiteral("pg"), QStringLiteral("PostgreSQL connection (libpq key=value), as a member of qingfeng_status."),
                                QStringLiteral("DSN"));
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address and port (default 127.0.0.1:8090)."),
                                    QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8090"));
    const QCommandLineOption attempts(QStringLiteral("attempts"), QStringLiteral("Wrong codes a client address may try per window (default 10)."),
                                      QStringLiteral("N"));
    const QCommandLineOption window(QStringLiteral("window"), QStringLiteral("The window, in seconds (default 900)."),
                                    QStringLiteral("SECONDS"));
    const QCommandLineOption answer(QStringLiteral("answer-ms"), QStringLiteral("Every answer takes this long (default 500)."),
                                    QStringLiteral("MS"));
    const QCommandLineOption proxy(QStringLiteral("trusted-proxy"),
                                   QStringLiteral("A reverse proxy whose X-Forwarded-For is believed (repeatable)."),
                                   QStringLiteral("ADDRESS"));
    parser.addOptions({ pg, listen, attempts, window, answer, proxy });
    parser.process(app);

    if (!parser.isSet(pg)) {
        err << "qingfeng-statusd: not configured: no database (--pg DSN)." << Qt::endl;
        return NotConfigured;
    }
    qf::server::FollowUpPageSettings settings;
    bool ok = true;
    settings.attemptsPerWindow = positive(parser, attempts, settings.attemptsPerWindow, &ok);
    if (ok)
        settings.windowSeconds = positive(parser, window, settings.windowSeconds, &ok);
    if (ok)
        settings.answerMs = positive(parser, answer, settings.answerMs, &ok);
    for (const QString& a : parser.values(proxy)) {
        const QHostAddress address(a);
        ok = ok && !address.isNull();
        settings.trustedProxies << address;
    }
    if (!ok) {
        err << "qingfeng-statusd: --attempts, --window and --answer-ms take a positive number, --trusted-proxy an "
               "IP address."
            << Qt::endl;
        return 2;
    }

    auto db = qf::server::openPostgres(parser.value(pg), QStringLiteral("statusd"));
    if (!db) {
        err << "qingfeng-statusd: " << db.error() << Qt::endl;
        return 1;
    }
    {
        QSqlQuery q(*db);
        if (q.exec(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) && q.next()
            && q.value(0).toBool())
            err << "qingfeng-statusd: warning: connected as a PostgreSQL superuser; the public page should connect as "
                   "a member of qingfeng_status, which may only look codes up."
                << Qt::endl;
    }
    qf::server::PostgresFollowUpSource source(*db);
    qf::server::FollowUpPage page(source, settings);
    const QString hostPort = parser.value(listen);
    const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
    const QHostAddress address(hostPort.left(colon));
    bool portOk = false;
    const uint port = hostPort.mid(colon + 1).toUInt(&portOk);
    if (colon < 0 || address.isNull() || !portOk || port > 65535) {
        err << "qingfeng-statusd: --listen takes HOST:PORT, e.g. 127.0.0.1:8090." << Qt::endl;
        return 2;
    }
    if (!page.listen(address, quint16(port))) {
        err << "qingfeng-statusd: cannot listen on " << hostPort << ": " << page.errorString() << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "listening on " << address.toString() << ":" << page.port() << Qt::endl;
    return QCoreApplication::exec();
}

// qingfeng-syncd: the stateless sync service in front of the central PostgreSQL store.
#include "programs/qingfeng-syncd/AdminCommands.h"
#include "programs/qingfeng-syncd/SyncdConfig.h"
#include "server/HttpFront.h"
#include "server/ServerSchema.h"
#include "server/SyncService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>

namespace {

// sysexits.h's EX_CONFIG: the unit does not restart on it (RestartPreventExitStatus=78).
constexpr int NotConfigured = 78;

struct Options
{
    QCommandLineOption config { QStringLiteral("config"),
                                QStringLiteral("Settings file (dsn, listen, tls-cert, tls-key, limits: see syncd.conf); the options "
                                               "below win over it."),
                                QStringLiteral("FILE") };
    QCommandLineOption checkConfig { QStringLiteral("check-config"),
                                     QStringLiteral("Only check that the settings name a database (exit 0) or not (exit 1).") };
    QCommandLineOption pg { QStringLiteral("pg"), QStringLiteral("PostgreSQL connection as qingfeng_sync: libpq key=value settings or "
                                           "postgresql://user@host:port/database."),
                            QStringLiteral("DSN") };
    QCommandLineOption listen { QStringLiteral("listen"), QStringLiteral("Address and port (default 127.0.0.1:8080)."),
                                QStringLiteral("HOST:PORT") };
    QCommandLineOption cert { QStringLiteral("tls-cert"), QStringLiteral("Certificate (PEM) for HTTPS."), QStringLiteral("FILE") };
    QCommandLineOption key { QStringLiteral("tls-key"), QStringLiteral("Private key (PEM) for HTTPS."), QStringLiteral("FILE") };
};

// The settings file first, then the command line over it.
qf::Result<qf::SyncdConfig> settings(const QCommandLineParser& parser, const Options& o)
{
    qf::SyncdConfig config;
    if (parser.isSet(o.config)) {
        if (qf::Status s = config.read(parser.value(o.config)); !s)
            return s.failure();
    }
    if (parser.isSet(o.pg))
        config.dsn = parser.value(o.pg);
    if (parser.isSet(o.listen))
        config.listen = parser.value(o.listen);
    if (parser.isSet(o.cert))
        config.tlsCert = parser.value(o.cert);
    if (parser.isSet(o.key))
        config.tlsKey = parser.value(o.key);
    return config;
}

qf::Status setUpTls(qf::server::HttpFront& front, const qf::SyncdConfig& config)
{
    if (config.tlsCert.isEmpty() && config.tlsKey.isEmpty())
        return {};
    QFile c(config.tlsCert), k(config.tlsKey);
    if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
        return qf::Error { QStringLiteral("cannot read the certificate or key."), qf::ErrorCode::Io };
    const QSslCertificate certificate(&c, QSsl::Pem);
    const QSslKey privateKey(&k, QSsl::Rsa, QSsl::Pem);
    if (certificate.isNull() || privateKey.isNull())
        return qf::Error { QStringLiteral("the certificate or key is not valid PEM."), qf::ErrorCode::Invalid };
    front.setTls(certificate, privateKey);
    return {};
}

int serve(const qf::SyncdConfig& config, QTextStream& err)
{
    auto db = qf::server::openPostgres(config.dsn, QStringLiteral("syncd"));
    if (!db) {
        err << "qingfeng-syncd: " << db.error() << Qt::endl;
        return 1;
    }
    qf::server::SyncService service(*db);
    service.setLimits(config.content);
    if (qf::Status s = service.checkConnection(); !s) {
        err << "qingfeng-syncd: " << s.error() << Qt::endl;
        return 1;
    }
    qf::server::HttpFront front(service, config.front);
    if (qf::Status s = setUpTls(front, config); !s) {
        err << "qingfeng-syncd: " << s.error() << Qt::endl;
        return 1;
    }
    const QString& hostPort = config.listen;
    const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
    const QHostAddress address(hostPort.left(colon));
    const quint16 port = front.listen(address, hostPort.mid(colon + 1).toUShort()) ? front.serverPort() : 0;
    if (port == 0) {
        err << "qingfeng-syncd: cannot listen on " << hostPort << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "listening on " << address.toString() << ":" << port << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qingfeng-syncd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QINGFENG_VERSION));
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("admin")) {
        QTextStream out(stdout);
        return qf::runAdmin(arguments.mid(2), out, err);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Qingfeng sync service.\n"
                                                    "Administration of the central store: qingfeng-syncd admin --help"));
    parser.addHelpOption();
    parser.addVersionOption();
    const Options o;
    parser.addOptions({ o.config, o.checkConfig, o.pg, o.listen, o.cert, o.key });
    parser.process(app);

    const auto config = settings(parser, o);
    if (!config) {
        err << "qingfeng-syncd: " << config.error() << Qt::endl;
        return parser.isSet(o.checkConfig) ? 1 : NotConfigured;
    }
    if (config->dsn.isEmpty()) {
        err << "qingfeng-syncd: not configured: no database ("
            << (parser.isSet(o.config) ? QStringLiteral("set dsn in %1").arg(parser.value(o.config)) : QStringLiteral("--pg DSN"))
            << "). The service starts once it is set." << Qt::endl;
        return parser.isSet(o.checkConfig) ? 1 : NotConfigured;
    }
    if (parser.isSet(o.checkConfig))
        return 0;
    return serve(*config, err);
}

// qingfeng-syncd: the stateless sync service in front of the central PostgreSQL store.
#include "programs/qingfeng-syncd/AdminCommands.h"
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

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qingfeng-syncd"));
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
    const QCommandLineOption pg(QStringLiteral("pg"), QStringLiteral("PostgreSQL connection (libpq key=value), as qingfeng_sync."),
                                QStringLiteral("DSN"));
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address and port, e.g. 127.0.0.1:8443."),
                                    QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption cert(QStringLiteral("tls-cert"), QStringLiteral("Certificate (PEM) for HTTPS."), QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("tls-key"), QStringLiteral("Private key (PEM) for HTTPS."), QStringLiteral("FILE"));
    parser.addOptions({ pg, listen, cert, key });
    parser.process(app);
    if (!parser.isSet(pg)) {
        err << "qingfeng-syncd: --pg DSN is required." << Qt::endl;
        return 2;
    }
    auto db = qf::server::openPostgres(parser.value(pg), QStringLiteral("syncd"));
    if (!db) {
        err << "qingfeng-syncd: " << db.error() << Qt::endl;
        return 1;
    }
    qf::server::SyncService service(*db);
    if (qf::Status s = service.checkConnection(); !s) {
        err << "qingfeng-syncd: " << s.error() << Qt::endl;
        return 1;
    }
    qf::server::HttpFront front(service);
    if (parser.isSet(cert) || parser.isSet(key)) {
        QFile c(parser.value(cert)), k(parser.value(key));
        if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly)) {
            err << "qingfeng-syncd: cannot read the certificate or key." << Qt::endl;
            return 1;
        }
        const QSslCertificate certificate(&c, QSsl::Pem);
        const QSslKey privateKey(&k, QSsl::Rsa, QSsl::Pem);
        if (certificate.isNull() || privateKey.isNull()) {
            err << "qingfeng-syncd: the certificate or key is not valid PEM." << Qt::endl;
            return 1;
        }
        front.sslSetup(certificate, privateKey);
    }
    const QString hostPort = parser.value(listen);
    const int colon = hostPort.lastIndexOf(QLatin1Char(':'));
    const QHostAddress address(hostPort.left(colon));
    const quint16 port = front.listen(address, hostPort.mid(colon + 1).toUShort());
    if (port == 0) {
        err << "qingfeng-syncd: cannot listen on " << hostPort << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "listening on " << address.toString() << ":" << port << Qt::endl;
    return app.exec();
}

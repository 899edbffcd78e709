#include "tests/sync/SyncRig.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpServer>
#include <QThread>
#include <QUuid>

#include <unistd.h>

namespace qf::test {

SyncRig::SyncRig()
{
    QString error;
    INFO(error.toStdString());
    const bool pgUp = pg.start(&error);
    INFO(error.toStdString());
    REQUIRE(pgUp);
    const ProcessResult init = runProgram(QStringLiteral("qingfeng-syncd"), { QStringLiteral("admin"), QStringLiteral("init"), QStringLiteral("--pg"), pg.superDsn() });
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    const bool up = syncd.start(pg.serviceDsn(), &error);
    INFO(error.toStdString());
    REQUIRE(up);
}

SyncRig::~SyncRig()
{
    syncd.stop();
    pg.stop();
}

QString SyncRig::addDevice(const QString& login)
{
    const ProcessResult d = runProgram(QStringLiteral("qingfeng-syncd"), { QStringLiteral("admin"), QStringLiteral("add-device"), QStringLiteral("--pg"),
                                     pg.superDsn(), QStringLiteral("--login"), login });
    INFO(d.err.toStdString());
    REQUIRE(d.exitCode == 0);
    return d.out.trimmed();
}

QString SyncRig::addUserWithDevice(const QString& login, const QString& office, const QString& role)
{
    const ProcessResult u = runProgram(QStringLiteral("qingfeng-syncd"), { QStringLiteral("admin"), QStringLiteral("add-user"), QStringLiteral("--pg"),
                                     pg.superDsn(), QStringLiteral("--login"), login, QStringLiteral("--name"), login,
                                     QStringLiteral("--office"), office, QStringLiteral("--role"), role });
    INFO(u.err.toStdString());
    REQUIRE(u.exitCode == 0);
    return addDevice(login);
}

QString SyncRig::enrolledDatabase(const QString& name, const QString& token)
{
    const QString dir = scratch.path(name);
    QDir().mkpath(dir);
    const QString db = dir + QStringLiteral("/qingfeng.db");
    const ProcessResult e = runCli(db, { QStringLiteral("enrol"), QStringLiteral("--server"), syncd.url().toString(),
                                         QStringLiteral("--token"), token });
    INFO(e.err.toStdString());
    REQUIRE(e.exitCode == 0);
    return db;
}

bool SyncRig::restartSyncd(const QProcessEnvironment& extra)
{
    QString error;
    const int port = syncd.port();
    const bool ok = syncd.start(pg.serviceDsn(), &error, extra, port);
    INFO(error.toStdString());
    return ok;
}

int SyncRig::serverCount(const QString& table, const QString& where) const
{
    const auto r = pg.psql(QStringLiteral("SELECT count(*) FROM qf.rows WHERE tbl = '%1'%2")
                                        .arg(table, where.isEmpty() ? QString() : QStringLiteral(" AND ") + where));
    return r.exitCode == 0 ? r.out.toInt() : -1;
}

QString SyncRig::serverValue(const QString& table, const QString& id, const QString& field) const
{
    return pg.psql(QStringLiteral("SELECT data->>'%1' FROM qf.rows WHERE tbl = '%2' AND id = '%3'").arg(field, table, id)).out;
}

QSet<QString> SyncRig::serverRowKeys() const
{
    const QStringList keys = pg.psql(QStringLiteral("SELECT tbl || '/' || id FROM qf.rows")).out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QSet<QString> out;
    for (const QString& k : keys)
        out.insert(k.trimmed());
    return out;
}

QStringList SyncRig::replicaRows(const QString& database) const
{
    const QSet<QString> keys = serverRowKeys();
    QSet<QString> tables;
    for (const QString& k : keys)
        tables.insert(k.section(QLatin1Char('/'), 0, 0));
    const QString name = QUuid::createUuid().toString();
    QStringList out;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(database);
        REQUIRE(c.open());
        for (const QString& table : std::as_const(tables)) {
            QSqlQuery q(c);
            INFO(table.toStdString());
            REQUIRE(q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
            const int id = q.record().indexOf(QStringLiteral("id"));
            while (q.next()) {
                if (id >= 0 && !keys.contains(table + QLatin1Char('/') + q.value(id).toString()))
                    continue;
                QStringList cols { table };
                for (int i = 0; i < q.record().count(); ++i)
                    cols << q.record().fieldName(i) + QLatin1Char('=') + q.value(i).toString();
                out << cols.join(QLatin1Char('|'));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    out.sort();
    return out;
}

QString localValue(const QString& database, const QString& sql)
{
    const QString name = QUuid::createUuid().toString();
    QString v;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(database);
        REQUIRE(c.open());
        QSqlQuery q(c);
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        if (q.next())
            v = q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return v;
}

QStringList rowsNotIn(const QStringList& mine, const QStringList& theirs)
{
    const QSet<QString> other(theirs.begin(), theirs.end());
    QStringList out;
    for (const QString& row : mine)
        if (!other.contains(row))
            out << row;
    return out;
}

} // namespace qf::test

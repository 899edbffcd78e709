#pragma once

#include "models/Result.h"
#include "models/SqlScript.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>

namespace qf::server {

struct NewUser
{
    QString login;
    QString name;
    QString officeCode;
    QString officeName; // when the office is new; defaults to the code
    QString role;
    QString password; // when given, the central account's; else the user's first enrolment offers one
};

struct NewDevice
{
    qint64 id = 0;
    QString token; // shown once; only its hash is kept
    QString tag;   // the device's part of registration numbers
};

// A device's audit chain the service refused (qf.audit_alarms, revision 5).
struct AuditAlarm
{
    qint64 id = 0;
    QDateTime at;
    qint64 deviceId = 0;
    QString login;
    QString kind;    // rewritten | truncated | broken
    qint64 keptSeq = 0; // the head the store had accepted
    qint64 sentSeq = 0; // the device's last entry when refused
    qint64 brokenAt = 0; // the first entry the device found altered (kind broken)
};

// The central store's schema in PostgreSQL: versioned, expand-only revisions (an older
// service or client keeps working after a newer one migrated), the roles, and row-level
// security forced on every table the service reads for a user.
//
// Roles: qingfeng_owner owns everything (no login); qingfeng_sync is the service's login,
// with no privilege of its own on the data: it can only become a user's role (qf_u_<login>,
// a member of qingfeng_user) for the length of a transaction, and what that role sees is
// decided by the policies, so the database itself refuses what the service must never return.
class ServerSchema
{
    Q_DECLARE_TR_FUNCTIONS(qf::server::ServerSchema)

public:
    static constexpr int kVersion = 9;

    // Creates or migrates; needs a superuser connection (the administrator's).
    static Result<int> init(QSqlDatabase db);
    static Result<int> version(QSqlDatabase db);
    static Status addUser(QSqlDatabase db, const NewUser& user);
    static Result<NewDevice> addDevice(QSqlDatabase db, const QString& login);
    // The user's central account gets this password and a new key pair; the office's keys reach
    // it (sealed) at the next sync of a workstation of the office that holds them.
    static Status setPassword(QSqlDatabase db, const QString& login, const QString& password);
    // Disabling empties the account's wrap and boxes on every workstation at its next sync.
    static Status setDisabled(QSqlDatabase db, const QString& login, bool disabled);
    static Status setCustodian(QSqlDatabase db, const QString& login, bool custodian);
    // A lost or retired workstation: its token stops working at once. deviceId 0 = all of the user's.
    static Result<int> revokeDevices(QSqlDatabase db, const QString& login, qint64 deviceId);
    // The refused audit chains, newest first; deviceId 0 = every device's.
    static Result<QList<AuditAlarm>> auditAlarms(QSqlDatabase db, qint64 deviceId = 0);

    // The revisions (resources/schema/postgresql/NNNN-name.sql) with their placeholders
    // filled in: {{identity_roles}} and {{restricted_roles}}, the codes the role table
    // (models/Role.h) entitles to identities and to restricted reports, quoted for SQL.
    static Result<QList<SqlScript>> revisions();
    static QHash<QString, QString> placeholders();

    static QString roleNameFor(const QString& login);
    static bool isValidRole(const QString& role);
    static QByteArray tokenHash(const QByteArray& token);
};

// Opens a PostgreSQL connection from a libpq-style DSN ("host=... port=... dbname=... user=...").
Result<QSqlDatabase> openPostgres(const QString& dsn, const QString& connectionName);

} // namespace qf::server

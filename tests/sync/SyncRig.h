#pragma once

#include "models/Result.h"
#include "tests/sync/PgServer.h"
#include "tests/support/TestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QSqlDatabase>
#include <QUrl>

#include <memory>

namespace qf {
class Session;
namespace sync {
class SyncClient;
}
} // namespace qf

namespace qf::test {

// Everything a sync test needs: the central store with users in two offices, the service,
// and a scratch folder for workstation databases.
class SyncRig
{
public:
    SyncRig();
    ~SyncRig();

    PostgresServer pg;
    SyncdProcess syncd;
    Scratch scratch;

    // Adds a user and a device; returns the device token.
    QString addUserWithDevice(const QString& login, const QString& office, const QString& role);
    QString addDevice(const QString& login);
    // A workstation database enrolled with the service, ready to sync (CLI).
    QString enrolledDatabase(const QString& name, const QString& token);
    bool restartSyncd(const QProcessEnvironment& extra = {});

    // Number of rows on the server for a table (as the superuser, around every policy).
    int serverCount(const QString& table, const QString& where = QString()) const;
    QString serverValue(const QString& table, const QString& id, const QString& field) const;
    // The rows the central store holds, as "table/id" (what a replica is compared on).
    QSet<QString> serverRowKeys() const;
    // A workstation's copies of those rows, one line per row with every column, sorted: two
    // replicas are identical when these are equal (read straight from the SQLite file, no
    // key needed). Rows the server does not hold are left out: each store's init makes a
    // placeholder office of its own that never leaves the workstation.
    QStringList replicaRows(const QString& database) const;
};
// One value from a workstation database, read as SQLite sees it (no key needed); a statement
// that returns no row (an UPDATE or DELETE) gives an empty string.
QString localValue(const QString& database, const QString& sql);
// The rows of `mine` that `theirs` lacks (what a failed comparison of two replicas shows).
QStringList rowsNotIn(const QStringList& mine, const QStringList& theirs);

} // namespace qf::test

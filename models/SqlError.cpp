#include "models/SqlError.h"

#include <QSqlError>

#include <sqlite3.h>

namespace qf {

bool SqlError::isDiskFull(int sqliteCode)
{
    return (sqliteCode & 0xFF) == SQLITE_FULL;
}

QString SqlError::diskFull()
{
    return tr("The disk is full (no space left on the device): nothing of this change was saved. Free some space and "
              "try again.");
}

QString SqlError::text(int sqliteCode, const QString& message)
{
    if (isDiskFull(sqliteCode))
        return diskFull();
    return message;
}

QString SqlError::text(const QSqlError& error)
{
    bool known = false;
    const int code = error.nativeErrorCode().toInt(&known);
    if (known && isDiskFull(code))
        return diskFull();
    // SQLite's message when there is one ("NOT NULL constraint failed: ..."); the driver's
    // text ("Unable to fetch row") only when that is all there is.
    const QString database = error.databaseText().trimmed();
    return database.isEmpty() ? error.text() : database;
}

QString SqlError::text(sqlite3* db)
{
    if (!db)
        return QString();
    return text(sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)));
}

} // namespace qf

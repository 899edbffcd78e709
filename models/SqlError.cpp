#include "models/SqlError.h"

#include "models/Log.h"

#include <QLoggingCategory>
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

QString SqlError::plain(int sqliteCode)
{
    switch (sqliteCode & 0xFF) {
    case SQLITE_FULL:
        return diskFull();
    case SQLITE_IOERR:
        return tr("The database file could not be read or written (a disk or file-system error); nothing of this "
                  "change was saved. Close the program and start it again; if it happens again, tell the "
                  "administrator.");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return tr("The database is busy with another program; nothing of this change was saved. Try again in a "
                  "moment.");
    case SQLITE_READONLY:
        return tr("The database can only be read (its file or folder is read-only); nothing was saved.");
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return tr("This program may not use the database file (access denied).");
    case SQLITE_CANTOPEN:
        return tr("The database file could not be opened: the file or its folder is missing or not accessible.");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return tr("The database file is damaged or is not a Qingfeng database; restore it from a backup.");
    case SQLITE_NOMEM:
        return tr("The computer ran out of memory; nothing of this change was saved.");
    default:
        return {};
    }
}

QString SqlError::text(int sqliteCode, const QString& message)
{
    // A sentence in the user's language for what people can act on; SQLite's own English
    // only for the rule a change broke (a constraint names the field), which the sync's
    // conflict list shows to the administrator.
    const QString said = plain(sqliteCode);
    if (!said.isEmpty()) {
        qCWarning(lcStore) << "sqlite error" << sqliteCode << message;
        return said;
    }
    return message;
}

QString SqlError::text(const QSqlError& error)
{
    bool known = false;
    const int code = error.nativeErrorCode().toInt(&known);
    if (known) {
        if (const QString said = plain(code); !said.isEmpty()) {
            qCWarning(lcStore) << "sqlite error" << code << error.text();
            return said;
        }
    }
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

#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;
struct sqlite3;

namespace qf {

// What a failed statement says, for a person. SQLite's own message, without the Qt
// driver's generic tail ("... Unable to fetch row"); for a full disk one clear sentence in
// the user's language instead of "database or disk is full".
class SqlError
{
    Q_DECLARE_TR_FUNCTIONS(qf::SqlError)

public:
    static QString text(const QSqlError& error);
    // The last error of a connection's handle (the write path's own statements).
    static QString text(sqlite3* db);
    static QString text(int sqliteCode, const QString& message);
    static bool isDiskFull(int sqliteCode);
    static QString diskFull();
    // The translated sentence for an error people can act on (disk, I/O, busy, read-only,
    // access, damaged file, memory); empty for the others.
    static QString plain(int sqliteCode);
};

} // namespace qf

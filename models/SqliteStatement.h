#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace qf {

// A prepared statement on the SQLite handle under a Qt SQL connection, for the hot write
// path: binding through QSqlQuery costs more than the insert itself (placeholder names are
// rebuilt and every string converted to UTF-16 for each value), so the write path talks to
// SQLite directly. Transactions stay with the Qt connection: it is the same handle.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // The sqlite3 handle of a QSQLITE connection (null for any other driver).
    static sqlite3* handleOf(const QSqlDatabase& db);

    bool prepare(sqlite3* db, const QString& sql);
    bool isPrepared() const { return m_stmt != nullptr; }

    // Binds 1-based parameters from a QVariant: null, integers and bools, doubles, byte
    // arrays as blobs, everything else as UTF-8 text.
    void bind(int index, const QVariant& value);
    void bindText(int index, const QString& value);
    void bindText(int index, const QByteArray& utf8);
    void bindInt(int index, qint64 value);
    void bindNull(int index);

    // Runs the statement to completion and resets it for the next use.
    bool exec();
    // For reading: step() is true while there is a row; read its columns; reset() when done.
    bool step();
    // After step() returned false: whether the rows ended (false: an error, see stepError()).
    bool finished() const;
    QString stepError() const;
    qint64 columnInt(int column) const;
    QString columnText(int column) const;
    // The column's UTF-8 bytes, valid until the next step() or reset() (empty for NULL).
    QByteArrayView columnBytes(int column) const;
    void reset();
    // Rows changed by the last exec().
    int changes() const;
    QString lastError() const { return m_error; }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_lastStep = 0;
    QString m_error;
};

} // namespace qf

#include "models/SqliteStatement.h"
#include "models/SqlError.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace qf {

SqliteStatement::~SqliteStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

sqlite3* SqliteStatement::handleOf(const QSqlDatabase& db)
{
    if (!db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

bool SqliteStatement::prepare(sqlite3* db, const QString& sql)
{
    m_db = db;
    if (!db) {
        m_error = QStringLiteral("not an SQLite connection");
        return false;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(db, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt,
                           nullptr)
        != SQLITE_OK) {
        m_error = SqlError::text(db);
        m_stmt = nullptr;
        return false;
    }
    return true;
}

void SqliteStatement::bind(int index, const QVariant& value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        sqlite3_bind_int64(m_stmt, index, value.toBool() ? 1 : 0);
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        sqlite3_bind_int64(m_stmt, index, value.toLongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(m_stmt, index, value.toDouble());
        break;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob64(m_stmt, index, bytes.constData(), static_cast<sqlite3_uint64>(bytes.size()),
                            SQLITE_TRANSIENT);
        break;
    }
    case QMetaType::QString:
        bindText(index, *static_cast<const QString*>(value.constData()));
        break;
    default:
        bindText(index, value.toString());
        break;
    }
}

void SqliteStatement::bindText(int index, const QString& value)
{
    bindText(index, value.toUtf8());
}

void SqliteStatement::bindText(int index, const QByteArray& utf8)
{
    sqlite3_bind_text64(m_stmt, index, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()), SQLITE_TRANSIENT,
                        SQLITE_UTF8);
}

void SqliteStatement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

bool SqliteStatement::exec()
{
    int rc;
    while ((rc = sqlite3_step(m_stmt)) == SQLITE_ROW) {
    }
    const bool ok = rc == SQLITE_DONE;
    if (!ok)
        m_error = SqlError::text(m_db);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return ok;
}

bool SqliteStatement::step()
{
    m_lastStep = sqlite3_step(m_stmt);
    return m_lastStep == SQLITE_ROW;
}

bool SqliteStatement::finished() const { return m_lastStep == SQLITE_DONE; }

QString SqliteStatement::stepError() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

qint64 SqliteStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString SqliteStatement::columnText(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArrayView SqliteStatement::columnBytes(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

} // namespace qf

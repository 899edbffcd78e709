#include "models/SqlTransaction.h"
#include "models/SqlError.h"

#include "models/Log.h"
#include "models/SqliteStatement.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <sqlite3.h>

namespace qf {

SqlTransaction::SqlTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    static std::atomic<quint64> savepoints { 0 };
    QSqlQuery q(m_db);
    sqlite3* handle = SqliteStatement::handleOf(m_db);
    if (handle && sqlite3_get_autocommit(handle) == 0)
        m_savepoint = QStringLiteral("qf_sp_%1").arg(++savepoints);
    const QString begin = m_savepoint.isEmpty() ? QStringLiteral("BEGIN IMMEDIATE") : QString(QStringLiteral("SAVEPOINT ") + m_savepoint);
    if (q.exec(begin)) {
        m_active = true;
        return;
    }
    m_beginError = SqlError::text(q.lastError());
    // A read still open on this connection holds an old snapshot: once another process has
    // written, the write lock cannot be had over it, however long one waits. Name the read
    // (its SQL, never its values) for whoever fixes the caller.
    if (handle)
        for (sqlite3_stmt* s = sqlite3_next_stmt(handle, nullptr); s; s = sqlite3_next_stmt(handle, s))
            if (sqlite3_stmt_busy(s) && sqlite3_stmt_readonly(s))
                qCWarning(lcStore) << "a write could not begin over a read still open on the connection:"
                                   << sqlite3_sql(s);
}

SqlTransaction::~SqlTransaction()
{
    rollback();
}

Status SqlTransaction::commit()
{
    if (!m_active)
        return Error { QCoreApplication::translate("qf::SqlTransaction", "No transaction is open: %1").arg(m_beginError) };
    QSqlQuery q(m_db);
    const QString end = m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QString(QStringLiteral("RELEASE ") + m_savepoint);
    if (!q.exec(end)) {
        const QString why = SqlError::text(q.lastError());
        rollback();
        return Error { QCoreApplication::translate("qf::SqlTransaction", "The database could not save the change: %1").arg(why) };
    }
    m_active = false;
    return {};
}

void SqlTransaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    if (m_savepoint.isEmpty()) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        q.exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
    m_active = false;
}

} // namespace qf

#include "SqlTransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace qf {

SqlTransaction::SqlTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        m_active = true;
    else
        m_beginError = q.lastError().text();
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
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString why = q.lastError().text();
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
    q.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace qf

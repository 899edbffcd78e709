#pragma once

#include "models/Result.h"

#include <QSqlDatabase>

namespace qf {

// Rolls back unless committed. BEGIN IMMEDIATE takes the write lock up front so that a
// transaction never fails half-way on a lock another connection holds. Opened while a
// transaction is already running on the connection, it becomes a savepoint inside it, so a
// service can wrap several stores' writes into one all-or-nothing unit.
class SqlTransaction
{
public:
    explicit SqlTransaction(QSqlDatabase db);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    bool active() const { return m_active; }
    const QString& beginError() const { return m_beginError; }
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_savepoint; // set when nested
    QString m_beginError;
};

} // namespace qf

#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <catch2/catch.hpp>

namespace qf::test {

// What someone with the database file and the sqlite3 shell could do to the audit log: drop
// its append-only guards and write.
inline void tamperAuditLog(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_append_only_u")));
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_append_only_d")));
        for (const QString& s : statements) {
            INFO(s.toStdString());
            REQUIRE(q.exec(s));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

} // namespace qf::test

#include "models/Directory.h"
#include "models/SqlError.h"

#include "models/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace qf {

namespace {

Result<QList<Organisation>> readOrganisations(QSqlQuery& q, const QString& sql)
{
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return Error { Directory::tr("Cannot read the list of offices: %1").arg(SqlError::text(q.lastError())) };
    QList<Organisation> list;
    while (q.next())
        list.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
    return list;
}

} // namespace

Directory::Directory(Database& db)
    : m_db(db)
{ }

Result<QList<Organisation>> Directory::organisations() const
{
    QSqlQuery q(m_db.connection());
    return readOrganisations(q, QStringLiteral("SELECT id, name, level FROM organisations WHERE deleted = 0 ORDER BY name"));
}

Result<QList<Organisation>> Directory::organisationsWithReports() const
{
    QSqlQuery q(m_db.connection());
    return readOrganisations(q, QStringLiteral("SELECT id, name, level FROM organisations o WHERE deleted = 0 AND EXISTS "
                                               "(SELECT 1 FROM reports r WHERE r.handling_org_id = o.id) ORDER BY name"));
}

Result<QHash<QString, QString>> Directory::organisationNames() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name FROM organisations")))
        return Error { tr("Cannot read the list of offices: %1").arg(SqlError::text(q.lastError())) };
    QHash<QString, QString> names;
    while (q.next())
        names.insert(q.value(0).toString(), q.value(1).toString());
    return names;
}

QString Directory::organisationName(const QString& id) const
{
    return nameIn(QStringLiteral("organisations"), id);
}

Result<QList<DirectoryUser>> Directory::users(const QString& orgId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (orgId.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id, name, org_id FROM users WHERE deleted = 0 ORDER BY name"));
    } else {
        q.prepare(QStringLiteral("SELECT id, name, org_id FROM users WHERE org_id = ? AND deleted = 0 ORDER BY name"));
        q.addBindValue(orgId);
    }
    if (!q.exec())
        return Error { tr("Cannot read the list of users: %1").arg(SqlError::text(q.lastError())) };
    QList<DirectoryUser> list;
    while (q.next())
        list.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
    return list;
}

QString Directory::userName(const QString& id) const
{
    return nameIn(QStringLiteral("users"), id);
}

QString Directory::categoryName(const QString& id) const
{
    return nameIn(QStringLiteral("categories"), id);
}

QString Directory::nameIn(const QString& table, const QString& id) const
{
    if (id.isEmpty())
        return {};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace qf

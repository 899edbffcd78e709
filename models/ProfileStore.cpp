#include "models/ProfileStore.h"
#include "models/SqlError.h"

#include "models/Log.h"

#include "models/Session.h"
#include "models/Uuid7.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace qf {

const QString ProfileStore::MetaKey = QStringLiteral("profile_user_id");

ProfileStore::ProfileStore(Session& session)
    : m_session(session)
{ }

Result<Profile> ProfileStore::load() const
{
    const Database& db = m_session.database();
    const QString userId = m_session.userId();
    if (userId.isEmpty())
        return Error { tr("Nobody is signed in.") };
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT u.name, u.role, u.org_id, o.name, o.level FROM users u "
                             "LEFT JOIN organisations o ON o.id = u.org_id WHERE u.id = ?"));
    q.addBindValue(userId);
    if (!q.exec())
        return Error { tr("Cannot read the signed-in user: %1").arg(SqlError::text(q.lastError())) };
    if (!q.next())
        return Error { tr("The signed-in user does not exist in this database.") };
    Profile p;
    p.userId = userId;
    p.name = q.value(0).toString();
    p.role = q.value(1).toString();
    p.orgId = q.value(2).toString();
    p.orgName = q.value(3).toString();
    p.orgLevel = q.value(4).toString();
    return p;
}

QString ProfileStore::role() const
{
    return m_session.role();
}

Status ProfileStore::update(const QString& name)
{
    if (name.trimmed().isEmpty())
        return Error { tr("Please enter your name.") };
    if (m_session.userId().isEmpty())
        return Error { tr("Nobody is signed in.") };
    if (Status st = m_session.writer().apply(Change::update(QStringLiteral("users"), m_session.userId(),
                                                          { { QStringLiteral("name"), name.trimmed() } }));
        !st)
        return Error { tr("Could not save the profile: %1").arg(st.error()) };
    return {};
}

} // namespace qf

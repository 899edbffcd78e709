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

bool ProfileStore::exists() const
{
    return !m_session.database().meta(MetaKey).isEmpty();
}

Result<Profile> ProfileStore::load() const
{
    const Database& db = m_session.database();
    const QString userId = db.meta(MetaKey);
    if (userId.isEmpty())
        return Error { tr("No local profile has been set up on this device yet.") };
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT u.name, u.role, u.org_id, o.name, o.level FROM users u "
                             "LEFT JOIN organisations o ON o.id = u.org_id WHERE u.id = ?"));
    q.addBindValue(userId);
    if (!q.exec())
        return Error { tr("Cannot read the local profile: %1").arg(SqlError::text(q.lastError())) };
    if (!q.next())
        return Error { tr("The local profile points to a user that does not exist in this database.") };
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
    auto p = load();
    return p ? p->role : QString();
}

Result<Profile> ProfileStore::create(const NewProfile& in)
{
    const QString name = in.name.trimmed();
    if (name.isEmpty())
        return Error { tr("Please enter your name.") };
    if (in.role.isEmpty())
        return Error { tr("Please choose your role.") };
    if (in.orgId.isEmpty() && in.newOrgName.trimmed().isEmpty())
        return Error { tr("Please choose your office or enter the name of a new one.") };

    QList<Change> changes;
    QString orgId = in.orgId;
    if (orgId.isEmpty()) {
        orgId = Uuid7::generate();
        changes << Change::insert(QStringLiteral("organisations"), orgId,
                                  { { QStringLiteral("code"), QVariant(QStringLiteral("ORG-") + orgId.right(12)) },
                                    { QStringLiteral("name"), in.newOrgName.trimmed() },
                                    { QStringLiteral("level"), in.newOrgLevel } });
    }
    const QString userId = Uuid7::generate();
    changes << Change::insert(QStringLiteral("users"), userId,
                              { { QStringLiteral("login"), QVariant(QStringLiteral("local-") + userId.right(12)) },
                                { QStringLiteral("name"), name },
                                { QStringLiteral("org_id"), orgId },
                                { QStringLiteral("role"), in.role } });

    const QString previous = m_session.userId();
    m_session.setUser(userId); // the new user is the author of its own rows
    if (Status st = m_session.writer().apply(changes); !st) {
        m_session.setUser(previous);
        return Error { tr("Could not save the profile: %1").arg(st.error()) };
    }
    if (Status st = m_session.database().setMeta(MetaKey, userId); !st) {
        m_session.setUser(previous);
        return Error { tr("Could not save the profile: %1").arg(st.error()) };
    }
    if (Status st = m_session.audit().record(QStringLiteral("profile.create"), QStringLiteral("users"), userId); !st)
        qCWarning(lcProfile) << "audit entry for the new profile failed";
    qCInfo(lcProfile) << "local profile created";
    return load();
}

Status ProfileStore::update(const QString& name, const QString& role)
{
    if (name.trimmed().isEmpty())
        return Error { tr("Please enter your name.") };
    if (m_session.userId().isEmpty())
        return Error { tr("No local profile has been set up on this device yet.") };
    if (Status st = m_session.writer().apply(Change::update(QStringLiteral("users"), m_session.userId(),
                                                          { { QStringLiteral("name"), name.trimmed() },
                                                            { QStringLiteral("role"), role } }));
        !st)
        return Error { tr("Could not save the profile: %1").arg(st.error()) };
    return {};
}

} // namespace qf

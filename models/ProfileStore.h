#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QString>

namespace qf {

class Session;

// The local profile: the user working on this device and the office they belong to.
struct Profile
{
    QString userId;
    QString name;
    QString role;
    QString orgId;
    QString orgName;
    QString orgLevel;
};

// The signed-in user's row, as screens show it (name, role, office). Owned by the Session
// (session.profile()). Nobody chooses their own role: the administrator gives it
// (models/Accounts). meta profile_user_id names the last user who signed in.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(qf::ProfileStore)

public:
    static const QString MetaKey; // "profile_user_id": the last user who signed in

    explicit ProfileStore(Session& session);

    Result<Profile> load() const;
    // The profile's role, or an empty string when there is no (readable) profile.
    QString role() const;
    // The signed-in user's name (their role is the administrator's to give).
    Status update(const QString& name);

private:
    Session& m_session;
};

} // namespace qf

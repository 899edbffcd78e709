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

struct NewProfile
{
    QString name;
    QString role;
    QString orgId; // an existing organisation, or empty to create one:
    QString newOrgName;
    QString newOrgLevel;
};

// Reads and writes the local profile (meta profile_user_id and that user's row). Owned by
// the Session (session.profile()). Writes go through the session's Writer so the rows are
// clocked and queued for sync like any other.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(qf::ProfileStore)

public:
    static const QString MetaKey; // "profile_user_id"

    explicit ProfileStore(Session& session);

    bool exists() const;
    Result<Profile> load() const;
    // The profile's role, or an empty string when there is no (readable) profile.
    QString role() const;
    // Creates the rows, records the profile in meta and makes it the session's user.
    Result<Profile> create(const NewProfile& profile);
    Status update(const QString& name, const QString& role);

private:
    Session& m_session;
};

} // namespace qf

#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace qf {

class Database;
class Session;

struct Organisation
{
    QString id;
    QString name;
    QString level;
};

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

// Reads and writes the local profile. Writes go through the session's Writer so the rows
// are clocked and queued for sync like any other.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(qf::ProfileStore)

public:
    static const QString MetaKey; // "profile_user_id"

    static bool hasProfile(const Database& db);
    static Result<Profile> load(const Database& db);
    static Result<QList<Organisation>> organisations(const Database& db);
    // Creates the rows, records the profile in meta and makes it the session's user.
    static Result<Profile> create(Session& session, const NewProfile& profile);
    static Status update(Session& session, const QString& name, const QString& role);
};

} // namespace qf

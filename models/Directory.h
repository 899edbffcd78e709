#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace qf {

class Database;

struct Organisation
{
    QString id;
    QString name;
    QString level;
};

struct DirectoryUser
{
    QString id;
    QString name;
    QString orgId;
};

// The offices and users of this store, as the screens list them (choosers, names beside
// ids). Owned by the Session (session.directory()); it reads on each call, so rows that
// arrived by sync show at once.
class Directory
{
    Q_DECLARE_TR_FUNCTIONS(qf::Directory)

public:
    explicit Directory(Database& db);

    // The offices not deleted, by name.
    Result<QList<Organisation>> organisations() const;
    // The offices not deleted that handle at least one report, by name (one index probe per
    // office, not a pass over the reports).
    Result<QList<Organisation>> organisationsWithReports() const;
    // Every office's name by id, deleted ones too (old cases name them).
    Result<QHash<QString, QString>> organisationNames() const;
    // The office's name, deleted or not; empty when there is no such office.
    QString organisationName(const QString& id) const;

    // The users not deleted, by name; of one office when orgId is given.
    Result<QList<DirectoryUser>> users(const QString& orgId = QString()) const;
    // The user's name, deleted or not; empty when there is no such user.
    QString userName(const QString& id) const;

    // The category's name, deleted or not; empty when there is no such category.
    QString categoryName(const QString& id) const;

private:
    QString nameIn(const QString& table, const QString& id) const;

    Database& m_db;
};

} // namespace qf

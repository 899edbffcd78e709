#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace qf {

// The codes stored in organisations.level and their translated names. (The roles stored in
// users.role, their names and entitlements, are the core's table: models/Role.h.)
class Roles
{
    Q_DECLARE_TR_FUNCTIONS(qf::Roles)

public:
    static QStringList levelCodes();
    static QString levelName(const QString& code);
};

} // namespace qf

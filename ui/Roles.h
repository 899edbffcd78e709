#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace qf {

// The codes stored in users.role and organisations.level, and their translated names.
class Roles
{
    Q_DECLARE_TR_FUNCTIONS(qf::Roles)

public:
    static QStringList roleCodes();
    static QString roleName(const QString& code);
    static QStringList levelCodes();
    static QString levelName(const QString& code);
};

} // namespace qf

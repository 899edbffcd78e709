#include "ui/Roles.h"

namespace qf {

QStringList Roles::levelCodes()
{
    return { QStringLiteral("county"),        QStringLiteral("township"),   QStringLiteral("subdistrict"),
             QStringLiteral("resident_unit"), QStringLiteral("department"), QStringLiteral("village"),
             QStringLiteral("higher"),        QStringLiteral("external") };
}

QString Roles::levelName(const QString& code)
{
    if (code == QLatin1String("county"))
        return tr("County or district commission");
    if (code == QLatin1String("township"))
        return tr("Township commission");
    if (code == QLatin1String("village"))
        return tr("Village");
    if (code == QLatin1String("subdistrict"))
        return tr("Sub-district committee");
    if (code == QLatin1String("resident_unit"))
        return tr("Resident inspection unit");
    if (code == QLatin1String("department"))
        return tr("Department");
    if (code == QLatin1String("higher"))
        return tr("Higher-level office");
    if (code == QLatin1String("external"))
        return tr("Other body");
    return code;
}

} // namespace qf

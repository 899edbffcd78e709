#include "app/devices/idcard/IdCardData.h"

#include "app/devices/idcard/Ethnicity.h"

namespace qf {

QString IdCardData::sex() const
{
    if (sexCode == QLatin1String("1"))
        return QStringLiteral("男");
    if (sexCode == QLatin1String("2"))
        return QStringLiteral("女");
    if (sexCode == QLatin1String("0"))
        return QStringLiteral("未知的性别");
    if (sexCode == QLatin1String("9"))
        return QStringLiteral("未说明的性别");
    return sexCode;
}

QString IdCardData::ethnicity() const
{
    const QString n = Ethnicity::name(ethnicityCode);
    return n.isEmpty() ? ethnicityCode : n;
}

QString IdCardData::validUntilText() const
{
    if (validIndefinitely)
        return longTermText();
    return validUntil.toString(Qt::ISODate);
}

QString IdCardData::longTermText()
{
    return QStringLiteral("长期");
}

QString IdCardData::typeKey(IdCardType type)
{
    switch (type) {
    case IdCardType::Resident:
        return QStringLiteral("resident");
    case IdCardType::HkMoTwResident:
        return QStringLiteral("hkmotw");
    case IdCardType::Foreigner:
        return QStringLiteral("foreigner");
    case IdCardType::Foreigner2023:
        return QStringLiteral("foreigner2023");
    }
    return {};
}

bool IdCardData::typeFromKey(const QString& key, IdCardType* type)
{
    for (IdCardType t : { IdCardType::Resident, IdCardType::HkMoTwResident, IdCardType::Foreigner,
                          IdCardType::Foreigner2023 }) {
        if (typeKey(t) == key) {
            *type = t;
            return true;
        }
    }
    return false;
}

QString IdCardData::typeName(IdCardType type)
{
    switch (type) {
    case IdCardType::Resident:
        return tr("Resident identity card");
    case IdCardType::HkMoTwResident:
        return tr("Residence permit for Hong Kong, Macao and Taiwan residents");
    case IdCardType::Foreigner:
        return tr("Foreigner's permanent residence ID card");
    case IdCardType::Foreigner2023:
        return tr("Foreigner's permanent residence ID card (2023 edition)");
    }
    return {};
}

} // namespace qf

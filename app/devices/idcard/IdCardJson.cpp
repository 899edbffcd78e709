#include "app/devices/idcard/IdCardJson.h"

#include "app/devices/idcard/Ethnicity.h"

#include <QFile>
#include <QJsonDocument>

namespace qf {

namespace {

QString isoDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

void putIfSet(QJsonObject& o, const char* key, const QString& value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

QString sexCodeFrom(const QString& value)
{
    if (value == QStringLiteral("男") || value.compare(QLatin1String("M"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("1");
    if (value == QStringLiteral("女") || value.compare(QLatin1String("F"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("2");
    return value;
}

} // namespace

QJsonObject IdCardJson::toJson(const IdCardData& card, bool includePhoto)
{
    QJsonObject o;
    o.insert(QLatin1String("card_type"), IdCardData::typeKey(card.cardType));
    o.insert(QLatin1String("name"), card.name);
    o.insert(QLatin1String("sex"), card.sex());
    o.insert(QLatin1String("sex_code"), card.sexCode);
    o.insert(QLatin1String("ethnicity"), card.ethnicityCode.isEmpty() ? QString() : card.ethnicity());
    putIfSet(o, "ethnicity_code", card.ethnicityCode);
    o.insert(QLatin1String("birth_date"), isoDate(card.birthDate));
    o.insert(QLatin1String("address"), card.address);
    o.insert(QLatin1String("id_number"), card.idNumber);
    o.insert(QLatin1String("issuer"), card.issuer);
    o.insert(QLatin1String("valid_from"), isoDate(card.validFrom));
    o.insert(QLatin1String("valid_until"), card.validIndefinitely ? IdCardData::longTermText() : isoDate(card.validUntil));
    putIfSet(o, "english_name", card.englishName);
    putIfSet(o, "pass_number", card.passNumber);
    putIfSet(o, "issue_count", card.issueCount);
    putIfSet(o, "nationality", card.nationality);
    putIfSet(o, "card_version", card.cardVersion);
    if (includePhoto && !card.photoWlt.isEmpty())
        o.insert(QLatin1String("photo"), QString::fromLatin1(card.photoWlt.toBase64()));
    return o;
}

Result<IdCardData> IdCardJson::fromJson(const QJsonObject& o)
{
    IdCardData card;
    const QString type = o.value(QLatin1String("card_type")).toString(QStringLiteral("resident"));
    if (!IdCardData::typeFromKey(type, &card.cardType))
        return Error { tr("Unknown card type \"%1\".").arg(type) };
    auto text = [&](const char* key) { return o.value(QLatin1String(key)).toString().trimmed(); };
    auto date = [&](const char* key, QDate* out) -> bool {
        const QString s = text(key);
        if (s.isEmpty())
            return true;
        *out = QDate::fromString(s, Qt::ISODate);
        return out->isValid();
    };
    card.name = text("name");
    card.englishName = text("english_name");
    card.sexCode = sexCodeFrom(text("sex"));
    const QString ethnicity = text("ethnicity");
    card.ethnicityCode = Ethnicity::code(ethnicity).isEmpty() ? ethnicity : Ethnicity::code(ethnicity);
    if (card.ethnicityCode.size() == 1)
        card.ethnicityCode.prepend(QLatin1Char('0'));
    card.address = text("address");
    card.idNumber = text("id_number");
    card.issuer = text("issuer");
    card.passNumber = text("pass_number");
    card.issueCount = text("issue_count");
    card.nationality = text("nationality");
    card.cardVersion = text("card_version");
    if (!date("birth_date", &card.birthDate))
        return Error { tr("birth_date is not a date (YYYY-MM-DD).") };
    if (!date("valid_from", &card.validFrom))
        return Error { tr("valid_from is not a date (YYYY-MM-DD).") };
    if (text("valid_until") == IdCardData::longTermText())
        card.validIndefinitely = true;
    else if (!date("valid_until", &card.validUntil))
        return Error { tr("valid_until is neither a date (YYYY-MM-DD) nor 长期.") };
    const QString photo = text("photo");
    if (!photo.isEmpty()) {
        auto decoded = QByteArray::fromBase64Encoding(photo.toLatin1());
        if (!decoded)
            return Error { tr("photo is not base64.") };
        card.photoWlt = *decoded;
    }
    return card;
}

Result<IdCardData> IdCardJson::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("Cannot read the card file %1: %2").arg(path, file.errorString()) };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Error { tr("The card file %1 is not a JSON object: %2").arg(path, parseError.errorString()) };
    return fromJson(doc.object());
}

} // namespace qf

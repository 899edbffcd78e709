#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QMetaType>
#include <QString>

namespace qf {

// The four kinds of card a second-generation reader returns; told apart by the character
// at byte offset 248 of the card's text block.
enum class IdCardType {
    Resident,      // 居民身份证 (space at offset 248)
    HkMoTwResident, // 港澳台居民居住证 ('J')
    Foreigner,     // 外国人永久居留身份证, 2017 edition ('I')
    Foreigner2023, // 外国人永久居留身份证, 2023 edition ('Y')
};

// Everything a card holds, for every card type. Fields a card type does not carry stay
// empty. Identity data: never log any of it.
struct IdCardData
{
    Q_DECLARE_TR_FUNCTIONS(qf::IdCardData)

public:
    IdCardType cardType = IdCardType::Resident;
    QString name;          // Chinese name (may be empty on foreigners' cards)
    QString englishName;   // foreigners' cards
    QString sexCode;       // GB/T 2261.1: "1" male, "2" female, "0" unknown, "9" unstated
    QString ethnicityCode; // GB 3304 two-digit code (resident cards)
    QDate birthDate;
    QString address;
    QString idNumber;      // ID number, or the permanent-residence number on foreigners' cards
    QString issuer;        // issuing authority (an authority code on foreigners' cards)
    QDate validFrom;
    QDate validUntil;
    bool validIndefinitely = false; // "长期"
    QString passNumber;    // HK/Macao/Taiwan permit: the travel pass number
    QString issueCount;    // HK/Macao/Taiwan permit: number of issues; 2023 foreigner: renewals
    QString nationality;   // foreigners: ISO 3166-1 alpha-3
    QString cardVersion;   // foreigners' cards
    QByteArray photoWlt;   // 1024 bytes, compressed with the vendor's WLT codec

    // 男, 女, 未知的性别, 未说明的性别, or the raw code.
    QString sex() const;
    // The ethnic group's name from GB 3304, or the raw code when unknown.
    QString ethnicity() const;
    // yyyy-MM-dd, or 长期.
    QString validUntilText() const;

    // "resident", "hkmotw", "foreigner", "foreigner2023" (for scripts and card files).
    static QString typeKey(IdCardType type);
    static bool typeFromKey(const QString& key, IdCardType* type);
    // The card type as a receptionist reads it.
    static QString typeName(IdCardType type);

    static QString longTermText(); // 长期

    bool operator==(const IdCardData&) const = default;
};

} // namespace qf

Q_DECLARE_METATYPE(qf::IdCardData)

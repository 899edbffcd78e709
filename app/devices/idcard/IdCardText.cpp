#include "app/devices/idcard/IdCardText.h"

#include "models/IdNumber.h"
#include "models/InputCheck.h"

#include <QStringDecoder>
#include <QStringEncoder>

#include <initializer_list>

namespace qf {

namespace {

enum class Field {
    Name,
    EnglishName,
    Sex,
    Ethnicity,
    BirthDate,
    Address,
    IdNumber,
    Issuer,
    ValidFrom,
    ValidUntil,
    PassNumber,
    IssueCount,
    Nationality,
    CardVersion,
};

struct Span
{
    Field field;
    int offset; // bytes into the 256-byte block
    int length; // bytes (two per character)
};

struct Layout
{
    IdCardType type;
    char16_t marker; // the character at offset 248
    std::initializer_list<Span> spans;
};

// The one place to fix an offset. Byte offsets and lengths in the UCS-2LE text block.
//
// Resident card (marker ' '):  name 0/30, sex 30/2, ethnicity 32/4, birth 36/16,
//   address 52/70, ID number 122/36, issuer 158/30, valid from 188/16, valid until 204/16,
//   220..255 reserved.
// HK/Macao/Taiwan residence permit ('J'): as the resident card but no ethnicity (blank);
//   pass number 220/18, issue count 238/4, 242/6 reserved, marker 248/2, 250/6 reserved.
// Foreigner's permanent residence card, 2017 edition ('I'): English name 0/120, sex 120/2,
//   permanent-residence number 122/30, nationality (ISO 3166 alpha-3) 152/6, Chinese name
//   158/30, valid from 188/16, valid until 204/16, birth 220/16, card version 236/4,
//   issuing authority code 240/8, marker 248/2, 250/6 reserved.
// Foreigner's permanent residence card, 2023 edition ('Y'): Chinese name 0/30, sex 30/2,
//   renewal count 32/4, birth 36/16, English name 52/70, card number (18 characters) 122/36,
//   158/30 reserved, valid from 188/16, valid until 204/16, nationality 220/6, 226/18
//   reserved (English-name continuation on some cards, not read), card version 244/4,
//   marker 248/2, 250/6 reserved. ASSUMPTION: the 2023 offsets after 220 follow vendor SDK
//   descriptions, not the official specification; verify with a real card.
const Layout kLayouts[] = {
    { IdCardType::Resident,
      u' ',
      { { Field::Name, 0, 30 },
        { Field::Sex, 30, 2 },
        { Field::Ethnicity, 32, 4 },
        { Field::BirthDate, 36, 16 },
        { Field::Address, 52, 70 },
        { Field::IdNumber, 122, 36 },
        { Field::Issuer, 158, 30 },
        { Field::ValidFrom, 188, 16 },
        { Field::ValidUntil, 204, 16 } } },
    { IdCardType::HkMoTwResident,
      u'J',
      { { Field::Name, 0, 30 },
        { Field::Sex, 30, 2 },
        { Field::BirthDate, 36, 16 },
        { Field::Address, 52, 70 },
        { Field::IdNumber, 122, 36 },
        { Field::Issuer, 158, 30 },
        { Field::ValidFrom, 188, 16 },
        { Field::ValidUntil, 204, 16 },
        { Field::PassNumber, 220, 18 },
        { Field::IssueCount, 238, 4 } } },
    { IdCardType::Foreigner,
      u'I',
      { { Field::EnglishName, 0, 120 },
        { Field::Sex, 120, 2 },
        { Field::IdNumber, 122, 30 },
        { Field::Nationality, 152, 6 },
        { Field::Name, 158, 30 },
        { Field::ValidFrom, 188, 16 },
        { Field::ValidUntil, 204, 16 },
        { Field::BirthDate, 220, 16 },
        { Field::CardVersion, 236, 4 },
        { Field::Issuer, 240, 8 } } },
    { IdCardType::Foreigner2023,
      u'Y',
      { { Field::Name, 0, 30 },
        { Field::Sex, 30, 2 },
        { Field::IssueCount, 32, 4 },
        { Field::BirthDate, 36, 16 },
        { Field::EnglishName, 52, 70 },
        { Field::IdNumber, 122, 36 },
        { Field::ValidFrom, 188, 16 },
        { Field::ValidUntil, 204, 16 },
        { Field::Nationality, 220, 6 },
        { Field::CardVersion, 244, 4 } } },
};

QString* textField(IdCardData& card, Field field)
{
    switch (field) {
    case Field::Name:
        return &card.name;
    case Field::EnglishName:
        return &card.englishName;
    case Field::Sex:
        return &card.sexCode;
    case Field::Ethnicity:
        return &card.ethnicityCode;
    case Field::Address:
        return &card.address;
    case Field::IdNumber:
        return &card.idNumber;
    case Field::Issuer:
        return &card.issuer;
    case Field::PassNumber:
        return &card.passNumber;
    case Field::IssueCount:
        return &card.issueCount;
    case Field::Nationality:
        return &card.nationality;
    case Field::CardVersion:
        return &card.cardVersion;
    default:
        return nullptr;
    }
}

QDate cardDate(const QString& text)
{
    return QDate::fromString(text, QStringLiteral("yyyyMMdd"));
}

// Readers pad with spaces or NULs, in any mix with other blanks: all of them go, at either
// end (a value that kept a NUL read back differently once written again).
QString trimPadding(const QString& s)
{
    const auto blank = [](QChar c) { return c.isSpace() || c.isNull(); };
    qsizetype begin = 0;
    qsizetype end = s.size();
    while (end > begin && blank(s.at(end - 1)))
        --end;
    while (begin < end && blank(s.at(begin)))
        ++begin;
    return s.mid(begin, end - begin);
}

void put(QByteArray& block, const Span& span, const QString& value)
{
    QStringEncoder encoder(QStringConverter::Utf16LE);
    QByteArray bytes = encoder.encode(value.left(span.length / 2));
    bytes.truncate(span.length);
    block.replace(span.offset, bytes.size(), bytes);
}

} // namespace

Result<IdCardData> IdCardText::parse(const QByteArray& text, const QDate& today)
{
    if (text.size() < Size)
        return Error { tr("The card's text is too short (%1 bytes instead of %2).").arg(text.size()).arg(Size) };
    const char16_t marker = char16_t(quint8(text[CardTypeOffset]) | (quint8(text[CardTypeOffset + 1]) << 8));
    const Layout* layout = nullptr;
    for (const Layout& l : kLayouts) {
        if (l.marker == marker)
            layout = &l;
    }
    if (!layout)
        return Error { tr("This kind of card is not supported (card type code %1).")
                           .arg(QString::number(marker, 16)) };

    IdCardData card;
    card.cardType = layout->type;
    bool broken = false;
    for (const Span& span : layout->spans) {
        QStringDecoder decoder(QStringConverter::Utf16LE, QStringConverter::Flag::Stateless);
        const QString value = trimPadding(decoder.decode(text.mid(span.offset, span.length)));
        broken = broken || decoder.hasError();
        switch (span.field) {
        case Field::BirthDate:
            card.birthDate = cardDate(value);
            break;
        case Field::ValidFrom:
            card.validFrom = cardDate(value);
            break;
        case Field::ValidUntil:
            card.validIndefinitely = value == IdCardData::longTermText();
            if (!card.validIndefinitely)
                card.validUntil = cardDate(value);
            break;
        default:
            *textField(card, span.field) = value;
        }
    }
    const auto unreadable = [](const QString& why) {
        return Error { tr("The card could not be read as a valid card: %1. Place it again; if this repeats, check the "
                          "document by eye and type the identity in (F3).")
                           .arg(why),
                       ErrorCode::Invalid };
    };
    if (broken)
        return unreadable(tr("its text is not valid UTF-16"));
    if (Status s = check(card, today); !s)
        return unreadable(s.error());
    return card;
}

Status IdCardText::check(const IdCardData& card, const QDate& today)
{
    const auto invalid = [](const QString& why) { return Status(Error { why, ErrorCode::Invalid }); };
    const struct
    {
        const QString* text;
        const char* label;
    } texts[] = {
        { &card.name, QT_TR_NOOP("the name") },           { &card.englishName, QT_TR_NOOP("the English name") },
        { &card.sexCode, QT_TR_NOOP("the sex") },         { &card.ethnicityCode, QT_TR_NOOP("the ethnic group") },
        { &card.address, QT_TR_NOOP("the address") },     { &card.idNumber, QT_TR_NOOP("the ID number") },
        { &card.issuer, QT_TR_NOOP("the issuer") },       { &card.passNumber, QT_TR_NOOP("the pass number") },
        { &card.issueCount, QT_TR_NOOP("the issue count") }, { &card.nationality, QT_TR_NOOP("the nationality") },
        { &card.cardVersion, QT_TR_NOOP("the card version") },
    };
    for (const auto& t : texts) {
        const QString why = InputCheck::problem(*t.text, InputCheck::Kind::Line);
        if (!why.isEmpty())
            return invalid(tr("%1 holds %2").arg(tr(t.label), why));
    }
    if (card.name.isEmpty() && card.englishName.isEmpty())
        return invalid(tr("it holds no name"));
    if (!card.birthDate.isValid())
        return invalid(tr("its birth date is not a date"));
    if (card.birthDate > today)
        return invalid(tr("its birth date lies in the future"));
    if (!card.sexCode.isEmpty() && !QStringList { QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("9") }
                                        .contains(card.sexCode))
        return invalid(tr("its sex code is not one of GB/T 2261.1"));

    // The number, and the birth date it carries.
    QDate numberBirth;
    switch (card.cardType) {
    case IdCardType::Resident:
    case IdCardType::HkMoTwResident: {
        const IdNumberCheck c = IdNumber::check(card.idNumber, today);
        if (!c.valid || c.kind == IdNumberKind::Legacy15)
            return invalid(tr("its ID number is not valid (%1)")
                               .arg(c.valid ? tr("a card holds the 18-character number") : c.reason));
        if ((card.cardType == IdCardType::HkMoTwResident) != (c.kind == IdNumberKind::HkMoTwPermit))
            return invalid(tr("its ID number is not one of this kind of card"));
        if ((card.sexCode == QLatin1String("1") && c.sex != Sex::Male)
            || (card.sexCode == QLatin1String("2") && c.sex != Sex::Female))
            return invalid(tr("its sex differs from the one the ID number gives"));
        numberBirth = c.birthDate;
        break;
    }
    case IdCardType::Foreigner2023: {
        // 18 characters: 9, the region, the nationality, the birth date, the sequence and the
        // GB 11643 check character.
        const QString& n = card.idNumber;
        const QChar check = IdNumber::checkCharacter(n.left(17));
        if (n.size() != 18 || !n.startsWith(QLatin1Char('9')) || check.isNull() || check != n.at(17))
            return invalid(tr("its card number is not valid (18 characters starting with 9, with the check character "
                              "at the end)"));
        numberBirth = QDate::fromString(n.mid(6, 8), QStringLiteral("yyyyMMdd"));
        break;
    }
    case IdCardType::Foreigner: {
        // 15 characters: the nationality (three letters), four digits of the issuing place,
        // the birth date (yyMMdd) and two more digits.
        const QString& n = card.idNumber;
        bool ok = n.size() == 15;
        for (qsizetype i = 0; ok && i < n.size(); ++i)
            ok = i < 3 ? (n.at(i) >= u'A' && n.at(i) <= u'Z') : (n.at(i) >= u'0' && n.at(i) <= u'9');
        if (!ok)
            return invalid(tr("its permanent-residence number is not valid (three letters and twelve digits)"));
        // yy: in the century of the card's own birth date.
        numberBirth = QDate(card.birthDate.year() - card.birthDate.year() % 100 + n.mid(7, 2).toInt(),
                            n.mid(9, 2).toInt(), n.mid(11, 2).toInt());
        break;
    }
    }
    if (numberBirth != card.birthDate)
        return invalid(tr("its birth date differs from the one in its number"));

    if (!card.validFrom.isValid())
        return invalid(tr("the start of its validity is not a date"));
    if (card.validFrom < card.birthDate || card.validFrom > today.addDays(1))
        return invalid(tr("the start of its validity (%1) is not possible").arg(card.validFrom.toString(Qt::ISODate)));
    if (!card.validIndefinitely) {
        if (!card.validUntil.isValid())
            return invalid(tr("the end of its validity is neither a date nor 长期"));
        if (card.validUntil <= card.validFrom)
            return invalid(tr("its validity ends before it begins"));
    }
    return {};
}

QByteArray IdCardText::encode(const IdCardData& card)
{
    QByteArray block;
    block.reserve(Size);
    for (int i = 0; i < Size / 2; ++i)
        block.append(' ').append('\0');
    IdCardData fields = card; // textField() hands out pointers into it
    for (const Layout& layout : kLayouts) {
        if (layout.type != card.cardType)
            continue;
        for (const Span& span : layout.spans) {
            switch (span.field) {
            case Field::BirthDate:
                put(block, span, card.birthDate.toString(QStringLiteral("yyyyMMdd")));
                break;
            case Field::ValidFrom:
                put(block, span, card.validFrom.toString(QStringLiteral("yyyyMMdd")));
                break;
            case Field::ValidUntil:
                put(block, span,
                    card.validIndefinitely ? IdCardData::longTermText()
                                           : card.validUntil.toString(QStringLiteral("yyyyMMdd")));
                break;
            default:
                put(block, span, *textField(fields, span.field));
            }
        }
        block[CardTypeOffset] = char(layout.marker & 0xff);
        block[CardTypeOffset + 1] = char(layout.marker >> 8);
    }
    return block;
}

} // namespace qf

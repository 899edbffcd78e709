#include "models/IdNumber.h"

#include <array>

namespace qf {

namespace {

constexpr std::array<int, 17> kWeights { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
constexpr char kCheckChars[] = "10X98765432";

bool allAsciiDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

IdNumberCheck fail(IdNumberCheck result, IdNumberProblem problem, const QString& reason)
{
    result.valid = false;
    result.problem = problem;
    result.reason = reason;
    result.kind = IdNumberKind::Unknown;
    result.birthDate = QDate();
    result.sex = Sex::Unknown;
    return result;
}

} // namespace

QChar IdNumber::checkCharacter(const QString& first17)
{
    if (first17.size() != 17 || !allAsciiDigits(first17))
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - u'0') * kWeights[size_t(i)];
    return QLatin1Char(kCheckChars[sum % 11]);
}

QString IdNumber::normalize(const QString& text)
{
    // NFKC folds full-width digits and letters (U+FF10..) and the ideographic space.
    const QString folded = text.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(folded.size());
    for (QChar c : folded) {
        if (c.isSpace())
            continue;
        out.append(c == u'x' ? QChar(u'X') : c);
    }
    return out;
}

bool IdNumber::isKnownProvince(int code)
{
    return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) || (code >= 31 && code <= 37)
        || (code >= 41 && code <= 46) || (code >= 50 && code <= 54) || (code >= 61 && code <= 65) || code == 71
        || code == 81 || code == 82 || code == 83 || code == 91;
}

IdNumberCheck IdNumber::check(const QString& text, const QDate& today)
{
    IdNumberCheck r;
    r.normalized = normalize(text);
    const QString& n = r.normalized;
    if (n.isEmpty())
        return fail(r, IdNumberProblem::Empty, tr("No ID number was entered."));

    // Only digits, and an X only as the last of 18 characters.
    for (qsizetype i = 0; i < n.size(); ++i) {
        const QChar c = n.at(i);
        const bool digit = c >= u'0' && c <= u'9';
        const bool lastX = c == u'X' && i == 17 && n.size() == 18;
        if (!digit && !lastX) {
            return fail(r, IdNumberProblem::IllegalCharacter,
                        tr("The ID number contains a character that is not allowed (only digits, and X as the "
                           "last character)."));
        }
    }
    if (n.size() != 18 && n.size() != 15) {
        return fail(r, IdNumberProblem::WrongLength,
                    tr("The ID number has %n character(s); it must have 18 (or 15 on an old card).", nullptr,
                       int(n.size())));
    }

    r.regionCode = n.left(6);
    if (!isKnownProvince(n.left(2).toInt()))
        return fail(r, IdNumberProblem::UnknownRegion,
                    tr("The ID number does not start with a known region code."));

    const bool legacy = n.size() == 15;
    const QString datePart = legacy ? QStringLiteral("19") + n.mid(6, 6) : n.mid(6, 8);
    const QDate birth(datePart.left(4).toInt(), datePart.mid(4, 2).toInt(), datePart.mid(6, 2).toInt());
    // Born before 1900 is possible (the numbers were given to everyone living in 1984;
    // GB 11643's own example is born in 1880): said, not refused.
    if (!birth.isValid() || birth < QDate(1800, 1, 1))
        return fail(r, IdNumberProblem::ImpossibleBirthDate,
                    tr("The birth date in the ID number is not a possible date."));
    if (birth > today)
        return fail(r, IdNumberProblem::FutureBirthDate, tr("The birth date in the ID number is in the future."));

    if (!legacy && checkCharacter(n.left(17)) != n.at(17))
        return fail(r, IdNumberProblem::WrongCheckCharacter,
                    tr("The check character (the last one) does not match; the number was probably mistyped."));

    r.valid = true;
    r.problem = IdNumberProblem::None;
    r.reason.clear();
    r.birthDate = birth;
    if (birth.addYears(120) < today)
        r.warning = tr("The birth date in the ID number (%1) makes the holder older than 120 years; check the number "
                       "against the card.")
                        .arg(birth.toString(Qt::ISODate));
    const int sexDigit = n.at(legacy ? 14 : 16).unicode() - u'0';
    r.sex = (sexDigit % 2 == 1) ? Sex::Male : Sex::Female;
    if (legacy)
        r.kind = IdNumberKind::Legacy15;
    else if (r.regionCode == QLatin1String("810000") || r.regionCode == QLatin1String("820000")
             || r.regionCode == QLatin1String("830000"))
        r.kind = IdNumberKind::HkMoTwPermit;
    else
        r.kind = IdNumberKind::Resident18;
    return r;
}

QString IdNumber::upgrade15(const QString& number15)
{
    const QString n = normalize(number15);
    if (n.size() != 15 || !allAsciiDigits(n))
        return {};
    const QString first17 = n.left(6) + QStringLiteral("19") + n.mid(6);
    return first17 + checkCharacter(first17);
}

} // namespace qf

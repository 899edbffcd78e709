#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace qf {

enum class IdNumberKind {
    Unknown,      // not recognised (invalid)
    Resident18,   // 18-character resident identity card number (GB 11643)
    Legacy15,     // 15-digit number of first-generation cards (19YY birth years, no check character)
    HkMoTwPermit, // residence permit for Hong Kong, Macao or Taiwan residents (810000/820000/830000)
};

enum class IdNumberProblem {
    None,
    Empty,
    WrongLength,
    IllegalCharacter,
    UnknownRegion,
    ImpossibleBirthDate, // not a calendar date, or before 1800-01-01
    FutureBirthDate,
    WrongCheckCharacter,
};

enum class Sex { Unknown, Male, Female };

// What IdNumber::check() found. The reason is meant for the receptionist at the desk; it
// never reveals the expected check character.
struct IdNumberCheck
{
    bool valid = false;
    IdNumberProblem problem = IdNumberProblem::Empty;
    QString reason;     // translated, empty when valid
    // Valid but worth a second look (translated): a holder older than 120 years, e.g. the
    // standard's own example 440524188001010014 (born 1880).
    QString warning;
    IdNumberKind kind = IdNumberKind::Unknown;
    QString normalized; // upper-case X, full-width characters folded, spaces removed
    QDate birthDate;
    Sex sex = Sex::Unknown;
    QString regionCode; // the first six digits
};

// Chinese resident identity card numbers (GB 11643): normalisation and validation. Pure
// functions, no database.
class IdNumber
{
    Q_DECLARE_TR_FUNCTIONS(qf::IdNumber)

public:
    // ISO 7064 MOD 11-2 check character for the first 17 digits: '0'-'9' or 'X'. Returns a
    // null QChar when the input is not 17 ASCII digits.
    static QChar checkCharacter(const QString& first17);

    // Full-width digits and letters folded to ASCII, white space removed, 'x' upper-cased.
    static QString normalize(const QString& text);

    // Validates a number as typed or read; today is the reference for "born in the future".
    static IdNumberCheck check(const QString& text, const QDate& today = QDate::currentDate());

    // The 18-character form of a legacy 15-digit number (century 19 inserted, check
    // character appended); an empty string when the input is not 15 digits.
    static QString upgrade15(const QString& number15);

    // Whether the first two digits name a province-level region (or 91, abroad).
    static bool isKnownProvince(int code);
};

} // namespace qf

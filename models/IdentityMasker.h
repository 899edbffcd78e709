#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace qf {

class Database;
class PersonStore;
struct PersonIdentity;

// Masks the identities of reporters and visitors wherever they occur in a text shown on the
// projector: the known identity strings of the case (names, ID numbers, phone numbers; found
// even when split by spaces, dashes or written in full-width characters) and anything that
// looks like an ID number (18 or 15 digits, X) or a phone number (mobile 1[3-9]x with +86,
// landline with area code) however it is spaced. Each match becomes the mask "＊＊＊".
class IdentityMasker
{
    Q_DECLARE_TR_FUNCTIONS(qf::IdentityMasker)

public:
    static QString maskText(); // "＊＊＊"
    static QString purpose(); // the audit purpose of the reveals: "meeting masking"

    void addKnown(const QString& identityString);
    void addIdentity(const PersonIdentity& identity);
    // Reveals (audited, purpose "meeting masking") the reporter and the visitors of a report
    // and adds their identity strings.
    Status addReport(Database& db, PersonStore& persons, const QString& reportId);
    void clear() { m_known.clear(); }

    QString mask(const QString& text) const;

    // Full-width forms to ASCII, upper case; separators between characters are skipped.
    static QChar fold(QChar c);
    static bool isSeparator(QChar c);

private:
    QStringList m_known; // folded, without separators
};

} // namespace qf

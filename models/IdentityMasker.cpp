#include "models/IdentityMasker.h"
#include "models/SqlError.h"

#include "models/Database.h"
#include "models/PersonStore.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace qf {

namespace {

// What a text looks like once separators are dropped and characters folded, with the
// position in the original text of every character kept.
struct Compact
{
    QString text;
    QList<qsizetype> origin;
};

Compact compact(const QString& s)
{
    Compact c;
    c.text.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (IdentityMasker::isSeparator(s[i]))
            continue;
        c.text += IdentityMasker::fold(s[i]);
        c.origin << i;
    }
    return c;
}

QString folded(const QString& s)
{
    return compact(s).text;
}

const QList<QRegularExpression>& patterns()
{
    static const QList<QRegularExpression> list = {
        // ID numbers: 18 digits (the last may be X) or the old 15 digits.
        QRegularExpression(QStringLiteral("(?<![0-9X])[1-9][0-9]{16}[0-9X](?![0-9X])")),
        QRegularExpression(QStringLiteral("(?<![0-9X])[1-9][0-9]{14}(?![0-9X])")),
        // Mobile numbers, with or without the country code.
        QRegularExpression(QStringLiteral("(?<![0-9])(?:0086|86)?1[3-9][0-9]{9}(?![0-9])")),
        // Landlines with the area code (0 + 2-3 digits) and 7-8 digits, optional extension.
        QRegularExpression(QStringLiteral("(?<![0-9])(?:0086|86)?0[1-9][0-9]{1,2}[0-9]{7,8}(?![0-9])")),
    };
    return list;
}

} // namespace

QString IdentityMasker::maskText()
{
    return QStringLiteral("＊＊＊");
}

QString IdentityMasker::purpose()
{
    return QStringLiteral("meeting masking");
}

QChar IdentityMasker::fold(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF01 && u <= 0xFF5E)
        c = QChar(char16_t(u - 0xFEE0));
    return c.toUpper();
}

bool IdentityMasker::isSeparator(QChar c)
{
    switch (c.unicode()) {
    case u'-':
    case u'_':
    case u'.':
    case u'+':
    case u'(':
    case u')':
    case u'/':
    case u'\\':
    case u'*':
    case u'\u00B7':
    case u'\u2010':
    case u'\u2011':
    case u'\u2012':
    case u'\u2013':
    case u'\u2014':
    case u'\u2015':
    case u'\u2022':
    case u'\u2027':
    case u'\u30FB':
    case u'\uFF0D':
    case u'\uFF08':
    case u'\uFF09':
    case u'\uFF0E':
    case u'\uFF0B':
    case u'\uFF3F':
    case u'\uFF65':
    case u'\u200B':
    case u'\u200C':
    case u'\u200D':
    case u'\u2060':
    case u'\uFEFF':
    case u'\u00AD':
        return true;
    default:
        return c.isSpace();
    }
}

void IdentityMasker::addKnown(const QString& identityString)
{
    const QString f = folded(identityString);
    if (f.size() < 2 || m_known.contains(f))
        return;
    m_known << f;
    // Longest first, so that a full match wins over a part of it.
    std::sort(m_known.begin(), m_known.end(),
        [](const QString& a, const QString& b) { return a.size() > b.size(); });
}

void IdentityMasker::addIdentity(const PersonIdentity& identity)
{
    addKnown(identity.name);
    addKnown(identity.idNumber);
    addKnown(identity.phone);
}

Status IdentityMasker::addReport(Database& db, PersonStore& persons, const QString& reportId)
{
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("SELECT reporter_id FROM reports WHERE id = ? AND reporter_id IS NOT NULL "
                       "UNION SELECT person_id FROM visits WHERE report_id = ? AND person_id IS NOT NULL"));
    q.addBindValue(reportId);
    q.addBindValue(reportId);
    if (!q.exec())
        return Error { tr("The persons of the case could not be read: %1").arg(SqlError::text(q.lastError())) };
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    for (const QString& id : ids) {
        auto identity = persons.reveal(id, purpose());
        if (!identity)
            return Error { identity.error() };
        addIdentity(*identity);
    }
    return {};
}

QString IdentityMasker::mask(const QString& text) const
{
    if (text.isEmpty())
        return text;
    const Compact c = compact(text);
    QList<bool> hidden(c.text.size(), false);
    for (const QString& known : m_known) {
        for (qsizetype at = c.text.indexOf(known); at >= 0; at = c.text.indexOf(known, at + 1))
            std::fill(hidden.begin() + at, hidden.begin() + at + known.size(), true);
    }
    for (const QRegularExpression& re : patterns()) {
        auto it = re.globalMatch(c.text);
        while (it.hasNext()) {
            const auto m = it.next();
            std::fill(hidden.begin() + m.capturedStart(), hidden.begin() + m.capturedEnd(), true);
        }
    }
    // Each run of hidden characters (with the separators inside it) becomes one mask.
    QString out;
    qsizetype next = 0; // the next original position not yet copied
    for (qsizetype i = 0; i < hidden.size();) {
        if (!hidden[i]) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j + 1 < hidden.size() && hidden[j + 1])
            ++j;
        // A leading "+" or opening bracket belongs to the number it starts.
        qsizetype start = c.origin[i];
        while (start > next && QStringLiteral("+＋(（").contains(text[start - 1]))
            --start;
        out += text.mid(next, start - next);
        out += maskText();
        next = c.origin[j] + 1;
        i = j + 1;
    }
    out += text.mid(next);
    return out;
}

} // namespace qf

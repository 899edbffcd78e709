#include "models/InputCheck.h"

#include <QTimeZone>

namespace qf {

namespace {

enum class Flaw { None, Control, LoneSurrogate, NonCharacter, Direction, LineBreak };

bool isNonCharacter(char32_t cp)
{
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
}

bool isDirectionControl(char32_t cp)
{
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

// The first flaw of a text: its kind, the code point (or the surrogate half) and its
// 1-based position in characters.
struct Found
{
    Flaw flaw = Flaw::None;
    char32_t codePoint = 0;
    qsizetype position = 0;
};

Found firstFlaw(QStringView text, InputCheck::Kind kind)
{
    const bool oneLine = kind == InputCheck::Kind::Line;
    const char16_t* p = text.utf16();
    const qsizetype n = text.size();
    qsizetype chars = 0;
    for (qsizetype i = 0; i < n; ++i) {
        ++chars;
        const char16_t c = p[i];
        // The common case first: printable ASCII and CJK are never a flaw.
        if ((c >= 0x20 && c < 0x7F) || (c >= 0x3000 && c < 0xD800))
            continue;
        if (c < 0x20) {
            if ((c == u'\n' || c == u'\t') && !oneLine)
                continue;
            return { (c == u'\n' || c == u'\t') ? Flaw::LineBreak : Flaw::Control, c, chars };
        }
        if (c >= 0x7F && c <= 0x9F)
            return { Flaw::Control, c, chars };
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 < n && QChar::isLowSurrogate(p[i + 1])) {
                const char32_t cp = QChar::surrogateToUcs4(c, p[i + 1]);
                ++i;
                if (isNonCharacter(cp))
                    return { Flaw::NonCharacter, cp, chars };
                continue;
            }
            return { Flaw::LoneSurrogate, c, chars };
        }
        if (QChar::isLowSurrogate(c))
            return { Flaw::LoneSurrogate, c, chars };
        if (isNonCharacter(c))
            return { Flaw::NonCharacter, c, chars };
        if (isDirectionControl(c))
            return { Flaw::Direction, c, chars };
        if (oneLine && (c == 0x2028 || c == 0x2029))
            return { Flaw::LineBreak, c, chars };
    }
    return {};
}

QString codeOf(char32_t cp)
{
    return QStringLiteral("U+") + QString::number(uint(cp), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

int twoDigits(QStringView s, qsizetype at)
{
    if (at + 2 > s.size() || s[at].unicode() < '0' || s[at].unicode() > '9' || s[at + 1].unicode() < '0'
        || s[at + 1].unicode() > '9')
        return -1;
    return (s[at].unicode() - '0') * 10 + (s[at + 1].unicode() - '0');
}

bool asciiDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

} // namespace

QString InputCheck::problem(QStringView text, Kind kind)
{
    const Found f = firstFlaw(text, kind);
    switch (f.flaw) {
    case Flaw::None:
        return {};
    case Flaw::Control:
        return tr("a control character (%1) at character %2").arg(codeOf(f.codePoint)).arg(f.position);
    case Flaw::LoneSurrogate:
        return tr("a broken character (half of a UTF-16 surrogate pair, %1, not valid Unicode) at character %2")
            .arg(codeOf(f.codePoint))
            .arg(f.position);
    case Flaw::NonCharacter:
        return tr("a non-character (%1) at character %2").arg(codeOf(f.codePoint)).arg(f.position);
    case Flaw::Direction:
        return tr("a text-direction override (%1), which makes the text read differently from what it holds, at "
                  "character %2")
            .arg(codeOf(f.codePoint))
            .arg(f.position);
    case Flaw::LineBreak:
        return tr("a line break or tab at character %1 in a value that must be one line").arg(f.position);
    }
    return {};
}

bool InputCheck::isClean(QStringView text, Kind kind)
{
    return firstFlaw(text, kind).flaw == Flaw::None;
}

Status InputCheck::check(const QString& field, QStringView text, Kind kind)
{
    const QString why = problem(text, kind);
    if (why.isEmpty())
        return {};
    return Error { tr("%1: %2 is not allowed.").arg(field, why), ErrorCode::Invalid };
}

QString InputCheck::normalizeLineEnds(QString text)
{
    if (!text.contains(QLatin1Char('\r')))
        return text;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

QString InputCheck::excerpt(QStringView text, int maxChars)
{
    QString out;
    int chars = 0;
    qsizetype i = 0;
    const qsizetype n = text.size();
    for (; i < n && chars < maxChars; ++i, ++chars) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate()) {
            out.append(c).append(text[i + 1]);
            ++i;
            continue;
        }
        const QChar::Category cat = c.category();
        if (c.isSurrogate() || cat == QChar::Other_Control || cat == QChar::Other_Format
            || cat == QChar::Separator_Line || cat == QChar::Separator_Paragraph || isNonCharacter(c.unicode()))
            out.append(QLatin1Char('[') + codeOf(c.unicode()) + QLatin1Char(']'));
        else
            out.append(c);
    }
    if (i < n) {
        qsizetype total = chars;
        for (qsizetype j = i; j < n; ++j, ++total)
            if (text[j].isHighSurrogate() && j + 1 < n && text[j + 1].isLowSurrogate())
                ++j;
        out.append(tr("… (%n characters in all)", nullptr, int(qMin<qsizetype>(total, INT_MAX))));
    }
    return out;
}

Result<QDateTime> InputCheck::parseTime(QStringView text, int defaultOffsetSeconds)
{
    const auto notIso = [&] {
        return Error { tr("'%1' is not an ISO 8601 date and time (e.g. 2026-07-01T09:30:00+08:00)")
                           .arg(excerpt(text)),
                       ErrorCode::Invalid };
    };
    // yyyy-MM-dd
    if (text.size() < 10 || text[4] != u'-' || text[7] != u'-')
        return notIso();
    for (qsizetype i : { 0, 1, 2, 3, 5, 6, 8, 9 })
        if (!asciiDigit(text[i]))
            return notIso();
    const int year = text.first(4).toInt();
    const QDate date(year, twoDigits(text, 5), twoDigits(text, 8));
    if (!date.isValid())
        return Error { tr("%1 is not a date of the calendar").arg(text.first(10)), ErrorCode::Invalid };
    const QTimeZone defaultZone(defaultOffsetSeconds);
    if (text.size() == 10)
        return QDateTime(date, QTime(0, 0), defaultZone);

    // [T ]hh:mm[:ss[.fff]]
    qsizetype pos = 10;
    if (text[pos] != u'T' && text[pos] != u't' && text[pos] != u' ')
        return notIso();
    ++pos;
    const qsizetype timeStart = pos;
    const int hour = twoDigits(text, pos);
    if (hour < 0 || pos + 2 >= text.size() || text[pos + 2] != u':')
        return notIso();
    const int minute = twoDigits(text, pos + 3);
    if (minute < 0)
        return notIso();
    pos += 5;
    int second = 0;
    int msec = 0;
    if (pos < text.size() && text[pos] == u':') {
        second = twoDigits(text, pos + 1);
        if (second < 0)
            return notIso();
        pos += 3;
        if (pos < text.size() && (text[pos] == u'.' || text[pos] == u',')) {
            ++pos;
            const qsizetype fracStart = pos;
            while (pos < text.size() && asciiDigit(text[pos]) && pos - fracStart < 9)
                ++pos;
            if (pos == fracStart)
                return notIso();
            const QString ms = QString(text.sliced(fracStart, pos - fracStart).toString() + QStringLiteral("00")).left(3);
            msec = ms.toInt();
        }
    }
    if (hour > 23 || minute > 59 || second > 59)
        return Error { tr("%1 is not a time of day (hours 00 to 23, minutes and seconds 00 to 59)")
                           .arg(text.sliced(timeStart, pos - timeStart)),
                       ErrorCode::Invalid };
    const QTime time(hour, minute, second, msec);
    if (pos == text.size())
        return QDateTime(date, time, defaultZone);

    // Z | ±hh[:mm] | ±hhmm
    if (text[pos] == u'Z' || text[pos] == u'z') {
        if (pos + 1 != text.size())
            return notIso();
        return QDateTime(date, time, QTimeZone::utc());
    }
    if (text[pos] != u'+' && text[pos] != u'-')
        return notIso();
    const qsizetype zoneStart = pos;
    const int sign = text[pos] == u'-' ? -1 : 1;
    const int zoneHours = twoDigits(text, pos + 1);
    if (zoneHours < 0)
        return notIso();
    pos += 3;
    int zoneMinutes = 0;
    if (pos < text.size()) {
        if (text[pos] == u':')
            ++pos;
        zoneMinutes = twoDigits(text, pos);
        if (zoneMinutes < 0)
            return notIso();
        pos += 2;
    }
    if (pos != text.size())
        return notIso();
    if (zoneHours > 14 || zoneMinutes > 59 || (zoneHours == 14 && zoneMinutes > 0))
        return Error { tr("%1 is not a time-zone offset (they run from -14:00 to +14:00)").arg(text.sliced(zoneStart)),
                       ErrorCode::Invalid };
    return QDateTime(date, time, QTimeZone(sign * (zoneHours * 3600 + zoneMinutes * 60)));
}

Status InputCheck::checkReceived(const QDateTime& received, const QDateTime& now)
{
    if (!received.isValid())
        return {};
    if (received.date().year() < FirstYear)
        return Error { tr("The time of receipt %1 lies before %2; it cannot be right.")
                           .arg(received.date().toString(Qt::ISODate))
                           .arg(FirstYear),
                       ErrorCode::Invalid };
    if (received.toUTC() > now.toUTC().addSecs(FutureAllowanceSeconds))
        return Error { tr("The time of receipt %1 lies in the future (more than a day after now); check the date.")
                           .arg(received.toString(Qt::ISODate)),
                       ErrorCode::Invalid };
    return {};
}

} // namespace qf

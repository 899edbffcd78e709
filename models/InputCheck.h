#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringView>

namespace qf {

// What text entering the store may hold, whichever way it comes in (import, forms, command
// line, card reader, every change through the write path): valid Unicode - no lone
// surrogate halves, no non-characters - and no control characters except tab and line
// feed; no explicit direction overrides or isolates (U+202A-U+202E, U+2066-U+2069), which
// make a text read differently from what it holds. The central store (PostgreSQL) cannot
// take a NUL or a broken surrogate at all: a change holding one would block a
// workstation's sync both ways.
class InputCheck
{
    Q_DECLARE_TR_FUNCTIONS(qf::InputCheck)

public:
    enum class Kind {
        Text, // several lines: tab and line feed allowed
        Line, // one line (names, numbers, codes): no tab, no line break either
    };

    // The first thing wrong with the text, translated ("a control character U+0000 at
    // character 12"), or an empty string when it is fine. Never quotes the text.
    static QString problem(QStringView text, Kind kind = Kind::Text);
    // The same as an Error (ErrorCode::Invalid) naming the field: "content: ...".
    static Status check(const QString& field, QStringView text, Kind kind = Kind::Text);
    // Whether the text is fine, without the reason (fast path for long texts).
    static bool isClean(QStringView text, Kind kind = Kind::Text);

    // CRLF and lone CR line ends as line feeds (files and clipboards from elsewhere).
    static QString normalizeLineEnds(QString text);

    // At most maxChars characters of a text for a message, on one line, control and
    // format characters shown as U+XXXX, "…" and the full length when cut: messages quote
    // an excerpt, never a whole value.
    static QString excerpt(QStringView text, int maxChars = 40);

    // A point in time as ISO 8601 (yyyy-MM-dd, yyyy-MM-ddThh:mm[:ss[.fff]] with an optional
    // Z or +hh:mm / +hhmm / +hh; a space may stand for the T). Without an offset the time
    // is defaultOffsetSeconds east of UTC (China time: 8 h); a bare date is midnight there.
    // Anything else - an hour 24 or above, a minute or second 60 or above, an offset beyond
    // ±14:00, characters left over - is refused with the reason; never cut to the date.
    static Result<QDateTime> parseTime(QStringView text, int defaultOffsetSeconds = 8 * 3600);

    // When a report can have been received: not before 1900, and not later than a day
    // after now (clocks and time zones differ a little; the deadlines count from it).
    static Status checkReceived(const QDateTime& received, const QDateTime& now = QDateTime::currentDateTimeUtc());
    static constexpr int FirstYear = 1900;
    static constexpr qint64 FutureAllowanceSeconds = 24 * 3600;
};

} // namespace qf

#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

namespace qf::test {

// Letter pages rendered with known text, as a scanner would deliver them, for the OCR tests
// and the OCR benchmark: black text on white paper at the given resolution, in a named
// Chinese font (AR PL UMing: a Ming/Song face; AR PL UKai: a Kai face).
QImage renderLetter(const QStringList& lines, const QString& family, int dpi = 200, int pointSize = 14);

// A scan's flaws: turned by `degrees`, grey noise, a slight blur, JPEG at `jpegQuality`.
QImage degrade(const QImage& page, double degrees, int noise, bool blur, int jpegQuality, quint32 seed);

// Lines of realistic letter text (petition letters), `count` of them from `start`.
QStringList letterLines(int start, int count);

// Five Chinese characters in a row from the middle of a line, without punctuation (which OCR
// may give in its ASCII form): a word to search for.
QString wordOf(const QString& line);

// 1 - edit distance / length, on the characters (whitespace ignored).
double charAccuracy(const QString& expected, const QString& got);

} // namespace qf::test

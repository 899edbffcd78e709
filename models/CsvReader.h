#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace qf {

// Reads comma-separated values (RFC 4180): fields in double quotes may hold commas, line
// breaks and doubled quotes; LF, CRLF or CR line ends (line breaks inside a quoted field
// are read as LF). Each record knows the lines it starts and ends on.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(qf::CsvReader)

public:
    explicit CsvReader(QString text);

    struct Record
    {
        int line = 0;        // 1-based line the record starts on
        int lastLine = 0;    // the line it ends on (later than line when a quoted field spans lines)
        QStringList fields;
        QString error;       // set when the record is malformed (fields are then incomplete)
        // Where to read on when the record is malformed: the line after the one on which its
        // first quoted field that spans lines (or the unclosed one) opens; -1: one line.
        qsizetype resumeAt = -1;
        int resumeLine = 0;
    };

    bool atEnd() const { return m_pos >= m_text.size(); }
    // The next record; blank lines are skipped. Call only when !atEnd().
    Record next();
    // Reads on from record.resumeLine: a malformed record that spans lines (an unclosed or
    // stray quote) does not swallow the rows after it. False when there is nothing to re-read.
    bool resume(const Record& record);

private:
    // Consumes a line end at m_pos - 1 (c was LF or CR): a CRLF counts once.
    void lineEnd(QChar c);

    QString m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace qf

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace qf {

// Reads comma-separated values (RFC 4180): fields in double quotes may hold commas, line
// breaks and doubled quotes; CRLF or LF line ends. Each record knows the line it starts on.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(qf::CsvReader)

public:
    explicit CsvReader(QString text);

    struct Record
    {
        int line = 0;        // 1-based line the record starts on
        QStringList fields;
        QString error;       // set when the record is malformed (fields are then incomplete)
    };

    bool atEnd() const { return m_pos >= m_text.size(); }
    // The next record; blank lines are skipped. Call only when !atEnd().
    Record next();

private:
    QString m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace qf

#include "models/CsvReader.h"

namespace qf {

CsvReader::CsvReader(QString text)
    : m_text(std::move(text))
{
}

void CsvReader::lineEnd(QChar c)
{
    if (c == QLatin1Char('\r') && m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('\n'))
        ++m_pos;
    ++m_line;
}

bool CsvReader::resume(const Record& record)
{
    if (record.resumeAt < 0 || record.resumeAt >= m_text.size())
        return false;
    m_pos = record.resumeAt;
    m_line = record.resumeLine;
    return true;
}

CsvReader::Record CsvReader::next()
{
    Record r;
    // Blank lines between records carry nothing.
    while (m_pos < m_text.size() && (m_text.at(m_pos) == QLatin1Char('\n') || m_text.at(m_pos) == QLatin1Char('\r'))) {
        const QChar c = m_text.at(m_pos++);
        lineEnd(c);
    }
    r.line = m_line;
    QString field;
    bool quoted = false;     // inside a quoted field
    bool wasQuoted = false;  // the current field was quoted (only a separator may follow)
    int quoteLine = m_line;
    qsizetype quoteResumeAt = -1; // the line after the one the current quoted field opens on
    int quoteResumeLine = 0;
    auto finish = [&] {
        r.fields << field;
        // At the end of the text: the line a final line end closed is the last one.
        const bool closed = !m_text.isEmpty() && (m_text.back() == QLatin1Char('\n') || m_text.back() == QLatin1Char('\r'));
        r.lastLine = closed ? m_line - 1 : m_line;
        return r;
    };
    while (m_pos < m_text.size()) {
        const QChar c = m_text.at(m_pos++);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('"')) {
                    field.append(c);
                    ++m_pos;
                } else {
                    quoted = false;
                }
            } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                lineEnd(c);
                if (quoteResumeAt < 0) {
                    quoteResumeAt = m_pos;
                    quoteResumeLine = m_line;
                    if (r.resumeAt < 0) {
                        r.resumeAt = m_pos;
                        r.resumeLine = m_line;
                    }
                }
                field.append(QLatin1Char('\n'));
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            r.fields << field;
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            const int last = m_line;
            lineEnd(c);
            r.fields << field;
            r.lastLine = last;
            return r;
        } else if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            quoteLine = m_line;
            quoteResumeAt = -1;
        } else if (wasQuoted) {
            if (r.error.isEmpty())
                r.error = tr("a quoted field is followed by other characters before the next comma");
        } else {
            field.append(c);
        }
    }
    if (quoted) {
        r.error = tr("the quoted field that starts on line %1 is never closed (the file ends early?)").arg(quoteLine);
        r.resumeAt = quoteResumeAt;
        r.resumeLine = quoteResumeLine;
    }
    return finish();
}

} // namespace qf

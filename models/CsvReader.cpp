#include "models/CsvReader.h"

namespace qf {

CsvReader::CsvReader(QString text)
    : m_text(std::move(text))
{
}

CsvReader::Record CsvReader::next()
{
    Record r;
    // Blank lines between records carry nothing.
    while (m_pos < m_text.size() && (m_text.at(m_pos) == QLatin1Char('\n') || m_text.at(m_pos) == QLatin1Char('\r'))) {
        if (m_text.at(m_pos) == QLatin1Char('\n'))
            ++m_line;
        ++m_pos;
    }
    r.line = m_line;
    QString field;
    bool quoted = false;     // inside a quoted field
    bool wasQuoted = false;  // the current field was quoted (only a separator may follow)
    int quoteLine = m_line;
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
            } else {
                if (c == QLatin1Char('\n'))
                    ++m_line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            r.fields << field;
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('\n'))
                ++m_pos;
            ++m_line;
            r.fields << field;
            return r;
        } else if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            quoteLine = m_line;
        } else if (wasQuoted) {
            if (r.error.isEmpty())
                r.error = tr("a quoted field is followed by other characters before the next comma");
        } else {
            field.append(c);
        }
    }
    if (quoted)
        r.error = tr("the quoted field that starts on line %1 is never closed (the file ends early?)").arg(quoteLine);
    r.fields << field;
    return r;
}

} // namespace qf

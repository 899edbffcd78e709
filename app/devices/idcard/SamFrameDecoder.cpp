#include "app/devices/idcard/SamFrameDecoder.h"

#include "app/devices/idcard/SamFrame.h"

namespace qf {

void SamFrameDecoder::append(const QByteArray& bytes)
{
    m_buffer.append(bytes);
}

void SamFrameDecoder::clear()
{
    m_buffer.clear();
    m_skipped = 0;
}

bool SamFrameDecoder::hasPartialFrame() const
{
    return m_buffer.startsWith(SamFrame::preamble());
}

std::optional<SamFrameDecoder::Item> SamFrameDecoder::next()
{
    const QByteArray& pre = SamFrame::preamble();
    const qsizetype start = m_buffer.indexOf(pre);
    if (start < 0) {
        // Keep a tail that could be the beginning of a preamble.
        const qsizetype keep = qMin<qsizetype>(m_buffer.size(), pre.size() - 1);
        m_skipped += m_buffer.size() - keep;
        m_buffer.remove(0, m_buffer.size() - keep);
        return std::nullopt;
    }
    if (start > 0) {
        m_skipped += start;
        m_buffer.remove(0, start);
    }
    if (m_buffer.size() < SamFrame::HeaderSize)
        return std::nullopt;
    const int len = (quint8(m_buffer[SamFrame::PreambleSize]) << 8) | quint8(m_buffer[SamFrame::PreambleSize + 1]);
    if (len < 3 || len > SamFrame::MaxLength) {
        m_buffer.remove(0, 1); // resynchronise on the next preamble
        return Item { Kind::BadLength, {} };
    }
    if (m_buffer.size() < SamFrame::HeaderSize + len)
        return std::nullopt;
    const QByteArray body = m_buffer.mid(SamFrame::PreambleSize, 2 + len - 1);
    const quint8 sum = quint8(m_buffer[SamFrame::HeaderSize + len - 1]);
    m_buffer.remove(0, SamFrame::HeaderSize + len);
    if (SamFrame::checksum(body) != sum)
        return Item { Kind::BadChecksum, {} };
    return Item { Kind::Frame, body.mid(2) };
}

} // namespace qf

#pragma once

#include <QByteArray>

#include <optional>

namespace qf {

// Cuts SAM frames out of a byte stream as it arrives: skips anything before a preamble
// (resynchronises), waits for the rest of a frame, checks the length and the checksum.
class SamFrameDecoder
{
public:
    enum class Kind {
        Frame,       // a good frame; payload is set
        BadChecksum, // a whole frame arrived but its checksum is wrong
        BadLength,   // the LEN field is impossible
    };
    struct Item
    {
        Kind kind;
        QByteArray payload; // between LEN and the checksum
    };

    void append(const QByteArray& bytes);
    // The next frame or fault in the buffer; nothing while a frame is still incomplete.
    std::optional<Item> next();
    void clear();

    // A preamble arrived but not yet the whole frame.
    bool hasPartialFrame() const;
    // Bytes that were skipped or are waiting and do not start with a preamble.
    bool sawNoise() const { return m_skipped > 0 || (!m_buffer.isEmpty() && !hasPartialFrame()); }
    qsizetype skippedBytes() const { return m_skipped; }

private:
    QByteArray m_buffer;
    qsizetype m_skipped = 0;
};

} // namespace qf

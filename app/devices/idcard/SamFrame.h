#pragma once

#include <QByteArray>

namespace qf {

// Frames of the SAM serial protocol spoken by second-generation ID-card readers:
//   AA AA AA 96 69 | LEN (2 bytes, big endian) | payload | XOR checksum
// LEN counts the payload and the checksum; the checksum is the XOR of the two LEN bytes
// and every payload byte. A command's payload is CMD PARA data; an answer's is
// SW1 SW2 SW3 data, SW3 being the status (see SamStatus).
class SamFrame
{
public:
    static constexpr int PreambleSize = 5;
    static constexpr int HeaderSize = PreambleSize + 2; // preamble and LEN
    static constexpr int MaxLength = 4096;              // larger LEN values are noise
    static const QByteArray& preamble();

    // Command codes (CMD, PARA).
    static constexpr quint8 FindCmd = 0x20, FindPara = 0x01;
    static constexpr quint8 SelectCmd = 0x20, SelectPara = 0x02;
    static constexpr quint8 ReadCmd = 0x30, ReadPara = 0x01;

    static quint8 checksum(const QByteArray& lenAndPayload);
    // A complete frame around the payload.
    static QByteArray wrap(const QByteArray& payload);
    static QByteArray command(quint8 cmd, quint8 para, const QByteArray& data = {});
    static QByteArray answer(quint8 status, const QByteArray& data = {});
};

} // namespace qf

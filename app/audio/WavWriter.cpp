#include "app/audio/WavWriter.h"
#include "models/PrivateFiles.h"

#include <QtEndian>

namespace qf {

namespace {

void put32(QByteArray& b, quint32 v)
{
    char raw[4];
    qToLittleEndian(v, raw);
    b.append(raw, 4);
}

void put16(QByteArray& b, quint16 v)
{
    char raw[2];
    qToLittleEndian(v, raw);
    b.append(raw, 2);
}

} // namespace

WavWriter::~WavWriter()
{
    if (m_file.isOpen())
        (void)close();
}

QByteArray WavWriter::header(int sampleRate, int channels, quint32 dataBytes)
{
    QByteArray h;
    h.reserve(44);
    h.append("RIFF");
    put32(h, 36 + dataBytes);
    h.append("WAVEfmt ");
    put32(h, 16);
    put16(h, 1); // PCM
    put16(h, quint16(channels));
    put32(h, quint32(sampleRate));
    put32(h, quint32(sampleRate * channels * 2));
    put16(h, quint16(channels * 2));
    put16(h, 16);
    h.append("data");
    put32(h, dataBytes);
    return h;
}

Status WavWriter::open(const QString& path, int sampleRate, int channels)
{
    m_file.setFileName(path);
    // A conversation: for this account only, whatever the umask.
    if (Status s = PrivateFiles::prepareFile(path); !s)
        return Error { tr("The recording file could not be created: %1").arg(s.error()) };
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error { tr("The recording file could not be created: %1").arg(m_file.errorString()) };
    m_rate = sampleRate;
    m_channels = channels;
    m_data = 0;
    if (m_file.write(header(sampleRate, channels, 0)) != 44)
        return Error { tr("The recording file could not be written: %1").arg(m_file.errorString()) };
    return {};
}

Status WavWriter::write(const QByteArray& pcm)
{
    if (m_file.write(pcm) != pcm.size())
        return Error { tr("The recording file could not be written: %1").arg(m_file.errorString()) };
    m_data += pcm.size();
    return {};
}

Status WavWriter::close()
{
    if (!m_file.isOpen())
        return {};
    const bool ok = m_file.seek(0) && m_file.write(header(m_rate, m_channels, quint32(m_data))) == 44;
    const QString error = m_file.errorString();
    m_file.close();
    if (!ok)
        return Error { tr("The recording file could not be finished: %1").arg(error) };
    return {};
}

} // namespace qf

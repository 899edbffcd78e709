#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QFile>

namespace qf {

// A RIFF/WAVE file of 16-bit PCM samples written as they come; the sizes in the header are
// filled in when the file is closed.
class WavWriter
{
    Q_DECLARE_TR_FUNCTIONS(qf::WavWriter)

public:
    ~WavWriter();

    Status open(const QString& path, int sampleRate, int channels);
    Status write(const QByteArray& pcm);
    Status close();
    bool isOpen() const { return m_file.isOpen(); }
    qint64 dataBytes() const { return m_data; }
    QString path() const { return m_file.fileName(); }

    // The header of a 16-bit PCM WAVE file with `dataBytes` of samples.
    static QByteArray header(int sampleRate, int channels, quint32 dataBytes);

private:
    QFile m_file;
    int m_rate = 0;
    int m_channels = 0;
    qint64 m_data = 0;
};

} // namespace qf

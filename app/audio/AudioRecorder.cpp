#include "app/audio/AudioRecorder.h"
#include "app/Log.h"

#include <QAudioDevice>
#include <QAudioSource>
#include <QLoggingCategory>
#include <QMediaDevices>

#include <cstdlib>
#include <cstring>

namespace qf {

AudioRecorder::AudioRecorder(QObject* parent)
    : QObject(parent)
{
}

AudioRecorder::~AudioRecorder()
{
    if (isRecording())
        (void)stop();
}

bool AudioRecorder::hasMicrophone()
{
    return !QMediaDevices::defaultAudioInput().isNull();
}

Status AudioRecorder::start(const QString& path)
{
    if (isRecording())
        return Error { tr("A recording is already running.") };
    const QAudioDevice device = QMediaDevices::defaultAudioInput();
    if (device.isNull())
        return Error { tr("No microphone was found. Connect a microphone (or check the sound settings) "
                          "to record the conversation.") };
    QAudioFormat format;
    format.setSampleRate(16000);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format)) {
        format = device.preferredFormat();
        format.setSampleFormat(QAudioFormat::Int16);
    }
    m_format = format;
    if (Status s = m_writer.open(path, format.sampleRate(), format.channelCount()); !s)
        return s;
    m_source = new QAudioSource(device, format, this);
    m_io = m_source->start();
    if (!m_io || m_source->error() != QAudio::NoError) {
        (void)m_writer.close();
        delete m_source;
        m_source = nullptr;
        return Error { tr("The microphone could not be opened.") };
    }
    connect(m_io, &QIODevice::readyRead, this, &AudioRecorder::onReadyRead);
    qCInfo(lcAudio) << "recording started," << format.sampleRate() << "Hz," << format.channelCount() << "channel(s)";
    return {};
}

void AudioRecorder::onReadyRead()
{
    if (!m_io)
        return;
    const QByteArray pcm = m_io->readAll();
    if (pcm.isEmpty())
        return;
    if (Status s = m_writer.write(pcm); !s) {
        Q_EMIT failed(s.error());
        return;
    }
    int peak = 0;
    const qsizetype samples = pcm.size() / 2;
    for (qsizetype i = 0; i < samples; ++i) {
        qint16 v;
        std::memcpy(&v, pcm.constData() + 2 * i, 2);
        peak = std::max(peak, std::abs(int(v)));
    }
    Q_EMIT levelChanged(std::min(1.0, peak / 32767.0));
}

qint64 AudioRecorder::recordedMs() const
{
    const int bytesPerSecond = m_format.sampleRate() * m_format.channelCount() * 2;
    return bytesPerSecond > 0 ? m_writer.dataBytes() * 1000 / bytesPerSecond : 0;
}

Result<QString> AudioRecorder::stop()
{
    if (!isRecording())
        return Error { tr("Nothing is being recorded.") };
    if (m_source) {
        onReadyRead();
        m_source->stop();
        m_source->deleteLater();
        m_source = nullptr;
    }
    const QString path = m_writer.path();
    if (Status s = m_writer.close(); !s)
        return Error { s.error() };
    qCInfo(lcAudio) << "recording stopped";
    return path;
}

} // namespace qf

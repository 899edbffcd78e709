#pragma once

#include "app/audio/WavWriter.h"

#include <QAudioFormat>
#include <QObject>
#include <QPointer>

class QAudioSource;
class QIODevice;

namespace qf {

// Records the conversation at the desk from the default microphone (QAudioSource) into a
// WAV file of our own; reports the level for a meter. Never blocks the UI.
class AudioRecorder : public QObject
{
    Q_OBJECT

public:
    explicit AudioRecorder(QObject* parent = nullptr);
    ~AudioRecorder() override;

    static bool hasMicrophone();

    // Starts recording into `path`; fails with a message when there is no microphone.
    Status start(const QString& path);
    // Stops and finishes the file; the path of the finished recording.
    Result<QString> stop();
    bool isRecording() const { return m_writer.isOpen(); }
    qint64 recordedMs() const;
    const QAudioFormat& format() const { return m_format; }

Q_SIGNALS:
    void levelChanged(double peak); // 0..1
    void failed(const QString& message);

private:
    void onReadyRead();

    QAudioSource* m_source = nullptr;
    QPointer<QIODevice> m_io;
    QAudioFormat m_format;
    WavWriter m_writer;
};

} // namespace qf

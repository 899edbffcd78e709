#pragma once

#include <QElapsedTimer>
#include <QGroupBox>
#include <QTimer>

class QLabel;
class QProgressBar;
class QPushButton;

namespace qf {

class AudioRecorder;

// Recording of the conversation: a start/stop button, a clear indicator while recording,
// a level meter, and a plain message when there is no microphone.
class RecorderPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit RecorderPanel(QWidget* parent = nullptr);

    bool isRecording() const;
    void toggle();
    // Stops a running recording; the finished file, or empty.
    QString finish();
    // The finished recording waiting to be attached (taken once).
    QString takeRecording();
    void discard();
    AudioRecorder* recorder() const { return m_recorder; }

private:
    void start();
    void updateIndicator();

    AudioRecorder* m_recorder = nullptr;
    QPushButton* m_button = nullptr;
    QLabel* m_indicator = nullptr;
    QProgressBar* m_level = nullptr;
    QLabel* m_message = nullptr;
    QTimer m_tick;
    QString m_file;
};

} // namespace qf

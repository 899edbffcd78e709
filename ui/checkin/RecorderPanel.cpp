#include "ui/checkin/RecorderPanel.h"

#include "app/audio/AudioRecorder.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace qf {

RecorderPanel::RecorderPanel(QWidget* parent)
    : QGroupBox(tr("Recording"), parent)
    , m_recorder(new AudioRecorder(this))
{
    setObjectName(QStringLiteral("recorderPanel"));
    auto* layout = new QVBoxLayout(this);
    m_button = new QPushButton(tr("Start rec&ording (F9)"), this);
    m_button->setObjectName(QStringLiteral("recordButton"));
    m_indicator = new QLabel(this);
    m_indicator->setObjectName(QStringLiteral("recordingIndicator"));
    m_level = new QProgressBar(this);
    m_level->setObjectName(QStringLiteral("levelMeter"));
    m_level->setRange(0, 100);
    m_level->setTextVisible(false);
    m_level->setMaximumHeight(10);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("recorderMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    layout->addWidget(m_button);
    layout->addWidget(m_indicator);
    layout->addWidget(m_level);
    layout->addWidget(m_message);
    connect(m_button, &QPushButton::clicked, this, &RecorderPanel::toggle);
    connect(m_recorder, &AudioRecorder::levelChanged, this, [this](double peak) { m_level->setValue(int(peak * 100)); });
    connect(m_recorder, &AudioRecorder::failed, this, [this](const QString& message) {
        m_message->setText(message);
        m_message->show();
    });
    m_tick.setInterval(500);
    connect(&m_tick, &QTimer::timeout, this, &RecorderPanel::updateIndicator);
    updateIndicator();
}

bool RecorderPanel::isRecording() const
{
    return m_recorder->isRecording();
}

void RecorderPanel::toggle()
{
    if (isRecording())
        finish();
    else
        start();
}

void RecorderPanel::start()
{
    discard();
    const QString path = QDir::temp().filePath(QStringLiteral("qingfeng-recording-%1.wav")
                                                   .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    if (Status s = m_recorder->start(path); !s) {
        m_message->setText(s.error());
        m_message->show();
        return;
    }
    m_message->hide();
    m_tick.start();
    updateIndicator();
}

QString RecorderPanel::finish()
{
    if (!isRecording())
        return m_file;
    m_tick.stop();
    auto path = m_recorder->stop();
    m_level->setValue(0);
    if (!path) {
        m_message->setText(path.error());
        m_message->show();
    } else {
        m_file = *path;
    }
    updateIndicator();
    return m_file;
}

QString RecorderPanel::takeRecording()
{
    finish();
    return std::exchange(m_file, QString());
}

void RecorderPanel::discard()
{
    if (!m_file.isEmpty())
        QFile::remove(m_file);
    m_file.clear();
    updateIndicator();
}

void RecorderPanel::updateIndicator()
{
    if (isRecording()) {
        const qint64 s = m_recorder->recordedMs() / 1000;
        m_indicator->setText(tr("● Recording %1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0')));
        m_indicator->setStyleSheet(QStringLiteral("color: white; background: #c62828; padding: 3px; font-weight: bold;"));
        m_button->setText(tr("Stop rec&ording (F9)"));
    } else {
        m_indicator->setText(m_file.isEmpty() ? tr("Not recording.") : tr("Recording ready; it is attached on registration."));
        m_indicator->setStyleSheet(QString());
        m_button->setText(tr("Start rec&ording (F9)"));
    }
}

} // namespace qf

#pragma once

#include "app/devices/idcard/IdCardReader.h"
#include "app/devices/idcard/SamFrameDecoder.h"

#include <QCoreApplication>
#include <QSerialPort>
#include <QTimer>

namespace qf {

// A second-generation ID-card reader speaking the SAM protocol on a serial port (USB
// readers show up as /dev/ttyUSBn or /dev/ttyACMn). A state machine driven by readyRead
// and timers: find card, select card, read text and photo; then it waits until the card
// is taken off before it reads again. A silent or vanished reader is reported and the port
// is reopened periodically.
class SamIdCardReader : public IdCardReader
{
    Q_OBJECT

public:
    struct Options
    {
        QString portPath; // any path: /dev/ttyUSB0, a pty, a symlink
        qint32 baudRate = 115200;
        int pollIntervalMs = 300;      // between two "find card" while idle
        int responseTimeoutMs = 1500;  // an answer must be complete by then
        int reconnectIntervalMs = 1000; // between attempts to reopen the port
    };

    explicit SamIdCardReader(Options options, QObject* parent = nullptr);
    ~SamIdCardReader() override;

    void start() override;
    void stop() override;
    State state() const override { return m_state; }
    const Options& options() const { return m_options; }

private:
    enum class Step { Idle, Find, Select, Read };

    void openPort();
    void closePort();
    void scheduleReconnect(const QString& message);
    QString portError() const; // the port's error, in the user's language
    void poll();
    void send(Step step);
    void onReadyRead();
    void onResponseTimeout();
    void onPortError(QSerialPort::SerialPortError error);
    void handleAnswer(const QByteArray& payload);
    void handleReadData(const QByteArray& data);
    void fail(const QString& message);
    void nextPoll(int delayMs);
    void setState(State state, const QString& message);

    Options m_options;
    QSerialPort m_port;
    QTimer m_pollTimer;
    QTimer m_responseTimer;
    QTimer m_reconnectTimer;
    SamFrameDecoder m_decoder;
    Step m_step = Step::Idle;
    State m_state = State::Stopped;
    bool m_running = false;
    bool m_awaitRemoval = false;
    QString m_lastError; // the same fault is reported once until something changes
};

} // namespace qf

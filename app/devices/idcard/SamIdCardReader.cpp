#include "app/devices/idcard/SamIdCardReader.h"

#include "app/Log.h"
#include "app/devices/idcard/IdCardText.h"
#include "app/devices/idcard/SamFrame.h"
#include "app/devices/idcard/SamStatus.h"

#include <QtEndian>

namespace qf {

SamIdCardReader::SamIdCardReader(Options options, QObject* parent)
    : IdCardReader(parent)
    , m_options(std::move(options))
{
    m_pollTimer.setSingleShot(true);
    m_responseTimer.setSingleShot(true);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &SamIdCardReader::poll);
    connect(&m_responseTimer, &QTimer::timeout, this, &SamIdCardReader::onResponseTimeout);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &SamIdCardReader::openPort);
    connect(&m_port, &QSerialPort::readyRead, this, &SamIdCardReader::onReadyRead);
    connect(&m_port, &QSerialPort::errorOccurred, this, &SamIdCardReader::onPortError);
}

SamIdCardReader::~SamIdCardReader()
{
    m_running = false;
    closePort();
}

void SamIdCardReader::start()
{
    if (m_running)
        return;
    m_running = true;
    m_awaitRemoval = false;
    m_lastError.clear();
    openPort();
}

void SamIdCardReader::stop()
{
    if (!m_running)
        return;
    m_running = false;
    closePort();
    setState(State::Stopped, tr("The ID card reader is switched off."));
}

void SamIdCardReader::openPort()
{
    if (!m_running)
        return;
    if (m_state != State::NotResponding) // retries keep saying "not responding"
        setState(State::Connecting, tr("Connecting to the ID card reader…"));
    m_port.setPortName(m_options.portPath);
    m_port.setBaudRate(m_options.baudRate);
    m_port.setDataBits(QSerialPort::Data8);
    m_port.setParity(QSerialPort::NoParity);
    m_port.setStopBits(QSerialPort::OneStop);
    m_port.setFlowControl(QSerialPort::NoFlowControl);
    if (!m_port.open(QIODevice::ReadWrite)) {
        qCInfo(lcIdCard) << "cannot open reader port, error" << m_port.error();
        scheduleReconnect(tr("The ID card reader at %1 cannot be opened (%2). Check that it is plugged in; "
                             "retrying…")
                              .arg(m_options.portPath, portError()));
        return;
    }
    m_port.clear();
    m_decoder.clear();
    qCInfo(lcIdCard) << "reader port open";
    poll();
}

void SamIdCardReader::closePort()
{
    m_pollTimer.stop();
    m_responseTimer.stop();
    m_reconnectTimer.stop();
    m_step = Step::Idle;
    m_decoder.clear();
    if (m_port.isOpen())
        m_port.close();
}

void SamIdCardReader::scheduleReconnect(const QString& message)
{
    closePort();
    if (!m_running)
        return;
    setState(State::NotResponding, message);
    m_reconnectTimer.start(m_options.reconnectIntervalMs);
}

void SamIdCardReader::poll()
{
    if (!m_running || !m_port.isOpen())
        return;
    send(Step::Find);
}

void SamIdCardReader::send(Step step)
{
    QByteArray frame;
    switch (step) {
    case Step::Find:
        frame = SamFrame::command(SamFrame::FindCmd, SamFrame::FindPara);
        break;
    case Step::Select:
        frame = SamFrame::command(SamFrame::SelectCmd, SamFrame::SelectPara);
        break;
    case Step::Read:
        frame = SamFrame::command(SamFrame::ReadCmd, SamFrame::ReadPara);
        break;
    case Step::Idle:
        return;
    }
    m_port.readAll(); // a late answer to an earlier command must not be taken for this one
    m_decoder.clear();
    m_step = step;
    if (m_port.write(frame) != frame.size()) {
        scheduleReconnect(tr("The ID card reader cannot be written to (%1); reconnecting…").arg(portError()));
        return;
    }
    m_responseTimer.start(m_options.responseTimeoutMs);
}

void SamIdCardReader::nextPoll(int delayMs)
{
    m_step = Step::Idle;
    m_responseTimer.stop();
    if (m_running && m_port.isOpen())
        m_pollTimer.start(delayMs);
}

void SamIdCardReader::onReadyRead()
{
    const QByteArray bytes = m_port.readAll();
    if (m_step == Step::Idle)
        return; // nobody asked
    m_decoder.append(bytes);
    while (m_step != Step::Idle) {
        const auto item = m_decoder.next();
        if (!item)
            return;
        if (m_decoder.skippedBytes() > 0)
            qCDebug(lcIdCard) << "skipped" << m_decoder.skippedBytes() << "bytes before a frame";
        switch (item->kind) {
        case SamFrameDecoder::Kind::BadChecksum:
            fail(tr("The answer from the ID card reader was damaged (checksum error). Place the card again; check "
                    "the cable if this repeats."));
            return;
        case SamFrameDecoder::Kind::BadLength:
            fail(tr("The answer from the ID card reader has an impossible length. Place the card again; check the "
                    "cable if this repeats."));
            return;
        case SamFrameDecoder::Kind::Frame:
            handleAnswer(item->payload);
            return;
        }
    }
}

void SamIdCardReader::handleAnswer(const QByteArray& payload)
{
    if (payload.size() < 3) {
        fail(tr("The answer from the ID card reader is too short. Place the card again."));
        return;
    }
    const quint8 status = quint8(payload[2]);
    const QByteArray data = payload.mid(3);
    qCDebug(lcIdCard) << "answer status" << Qt::hex << status << Qt::dec << "data bytes" << data.size();
    switch (m_step) {
    case Step::Find:
        if (status == SamStatus::NoCard) {
            m_awaitRemoval = false;
            m_lastError.clear();
            setState(State::WaitingForCard, tr("Place an ID card on the reader."));
            nextPoll(m_options.pollIntervalMs);
        } else if (status == SamStatus::CardFound) {
            if (m_awaitRemoval) {
                setState(State::RemoveCard, tr("The card has been read. Take it off the reader."));
                nextPoll(m_options.pollIntervalMs);
            } else {
                setState(State::Reading, tr("Reading the card…"));
                send(Step::Select);
            }
        } else {
            fail(SamStatus::message(status));
        }
        return;
    case Step::Select:
        if (status == SamStatus::Ok)
            send(Step::Read);
        else
            fail(SamStatus::message(status));
        return;
    case Step::Read:
        if (status == SamStatus::Ok)
            handleReadData(data);
        else
            fail(SamStatus::message(status));
        return;
    case Step::Idle:
        return;
    }
}

void SamIdCardReader::handleReadData(const QByteArray& data)
{
    if (data.size() < 4) {
        fail(tr("The card data from the reader is incomplete. Place the card again."));
        return;
    }
    const int textLength = qFromBigEndian<quint16>(data.constData());
    const int photoLength = qFromBigEndian<quint16>(data.constData() + 2);
    if (data.size() != 4 + textLength + photoLength || textLength < IdCardText::Size) {
        qCInfo(lcIdCard) << "read answer has" << data.size() << "bytes, text" << textLength << "photo" << photoLength;
        fail(tr("The card data from the reader has the wrong length. Place the card again."));
        return;
    }
    auto card = IdCardText::parse(data.mid(4, textLength));
    if (!card) {
        qCInfo(lcIdCard) << "card text refused, type" << Qt::hex << quint8(data.at(4 + IdCardText::CardTypeOffset));
        fail(card.error());
        if (card.errorCode() == ErrorCode::Invalid) {
            // Said once; read again only after it was taken off and put back.
            m_awaitRemoval = true;
            setState(State::RemoveCard, tr("The card could not be read. Take it off the reader."));
        }
        return;
    }
    card->photoWlt = data.mid(4 + textLength, photoLength);
    m_awaitRemoval = true;
    m_lastError.clear();
    qCInfo(lcIdCard) << "card read, type" << int(card->cardType) << "photo bytes" << photoLength;
    setState(State::RemoveCard, tr("The card has been read. Take it off the reader."));
    nextPoll(m_options.pollIntervalMs);
    Q_EMIT cardRead(*card);
}

void SamIdCardReader::fail(const QString& message)
{
    nextPoll(m_options.pollIntervalMs);
    if (m_awaitRemoval)
        return; // the card was read; what follows until it is taken off does not matter
    if (m_state == State::Reading)
        setState(State::WaitingForCard, tr("Place an ID card on the reader."));
    if (message == m_lastError)
        return;
    m_lastError = message;
    Q_EMIT error(message);
}

void SamIdCardReader::onResponseTimeout()
{
    if (m_step == Step::Idle)
        return;
    if (m_decoder.hasPartialFrame()) {
        fail(tr("The answer from the ID card reader was cut short. Place the card again; check the cable if this "
                "repeats."));
    } else if (m_decoder.sawNoise()) {
        fail(tr("The ID card reader sent data that is not a valid answer. Check that the right device is "
                "configured and the cable is sound."));
    } else {
        qCInfo(lcIdCard) << "no answer within" << m_options.responseTimeoutMs << "ms";
        const QString message = tr("The ID card reader is not responding. Check its cable and power; reconnecting…");
        if (m_lastError != message) {
            m_lastError = message;
            Q_EMIT error(message);
        }
        scheduleReconnect(message);
    }
}

void SamIdCardReader::onPortError(QSerialPort::SerialPortError error)
{
    if (error != QSerialPort::ResourceError || !m_port.isOpen())
        return;
    qCInfo(lcIdCard) << "reader port lost";
    // Not from inside QSerialPort's own notification.
    QMetaObject::invokeMethod(
        this,
        [this] {
            const QString message = tr("The ID card reader was disconnected; reconnecting…");
            if (m_lastError != message) {
                m_lastError = message;
                Q_EMIT IdCardReader::error(message);
            }
            scheduleReconnect(message);
        },
        Qt::QueuedConnection);
}

void SamIdCardReader::setState(State state, const QString& message)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT statusChanged(state, message);
}

QString SamIdCardReader::portError() const
{
    // Qt's own text ("Permission error while locking the device") is English: say it in the
    // user's language, the English one goes to the log.
    qCInfo(lcIdCard) << "port error:" << m_port.errorString();
    switch (m_port.error()) {
    case QSerialPort::DeviceNotFoundError:
        return tr("no such port; is the reader plugged in?");
    case QSerialPort::PermissionError:
        return tr("access denied: the port is used by another program, or this user may not use serial ports");
    case QSerialPort::OpenError:
        return tr("the port is already open");
    case QSerialPort::ResourceError:
        return tr("the reader went away (unplugged?)");
    case QSerialPort::WriteError:
    case QSerialPort::ReadError:
        return tr("the reader does not take data");
    case QSerialPort::TimeoutError:
        return tr("the reader did not answer in time");
    default:
        return tr("the port reports an error");
    }
}

} // namespace qf

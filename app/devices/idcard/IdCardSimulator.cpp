#include "app/devices/idcard/IdCardSimulator.h"

#include "app/Log.h"
#include "app/devices/idcard/IdCardText.h"
#include "app/devices/idcard/SamFrame.h"
#include "app/devices/idcard/SamStatus.h"

#include <QFile>
#include <QSocketNotifier>
#include <QtEndian>

#include <cerrno>
#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

namespace qf {

namespace {

const std::pair<IdCardSimulator::Fault, const char*> kFaultNames[] = {
    { IdCardSimulator::Fault::None, "none" },
    { IdCardSimulator::Fault::BadChecksum, "bad-checksum" },
    { IdCardSimulator::Fault::ShortFrame, "short-frame" },
    { IdCardSimulator::Fault::Garbage, "garbage" },
    { IdCardSimulator::Fault::Noise, "noise" },
    { IdCardSimulator::Fault::WrongPreamble, "wrong-preamble" },
    { IdCardSimulator::Fault::BadLength, "bad-length" },
    { IdCardSimulator::Fault::WrongLength, "wrong-length" },
    { IdCardSimulator::Fault::Silence, "silence" },
};

// Bytes that never contain a preamble.
QByteArray noise(int size)
{
    QByteArray n;
    for (int i = 0; i < size; ++i)
        n.append(char(0x11 + (i * 7) % 0x60));
    return n;
}

} // namespace

IdCardSimulator::IdCardSimulator(QObject* parent)
    : QObject(parent)
{
}

IdCardSimulator::~IdCardSimulator()
{
    stop();
}

Status IdCardSimulator::start(const QString& linkPath)
{
    stop();
    char name[256] = {};
    if (::openpty(&m_master, &m_slave, name, nullptr, nullptr) != 0)
        return Error { tr("Cannot create a pseudo-terminal: %1").arg(QString::fromLocal8Bit(strerror(errno))) };
    termios tio {};
    ::tcgetattr(m_slave, &tio);
    ::cfmakeraw(&tio);
    ::tcsetattr(m_slave, TCSANOW, &tio);
    ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);

    const QByteArray link = QFile::encodeName(linkPath);
    ::unlink(link.constData()); // a link left by an earlier run
    if (::symlink(name, link.constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(strerror(errno));
        stop();
        return Error { tr("Cannot create the link %1: %2").arg(linkPath, reason) };
    }
    m_link = linkPath;
    m_decoder.clear();
    m_notifier = new QSocketNotifier(m_master, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &IdCardSimulator::onReadable);
    qCInfo(lcIdCard) << "simulator listening";
    return {};
}

void IdCardSimulator::stop()
{
    delete m_notifier;
    m_notifier = nullptr;
    if (!m_link.isEmpty())
        ::unlink(QFile::encodeName(m_link).constData());
    m_link.clear();
    if (m_slave >= 0)
        ::close(m_slave);
    if (m_master >= 0)
        ::close(m_master);
    m_slave = m_master = -1;
}

void IdCardSimulator::setStatusOverride(Command command, quint8 status)
{
    if (status == 0)
        m_overrides.remove(command);
    else
        m_overrides.insert(command, status);
}

bool IdCardSimulator::faultFromName(const QString& name, Fault* fault)
{
    for (const auto& [f, n] : kFaultNames) {
        if (name == QLatin1String(n)) {
            *fault = f;
            return true;
        }
    }
    return false;
}

QStringList IdCardSimulator::faultNames()
{
    QStringList names;
    for (const auto& entry : kFaultNames)
        names.append(QLatin1String(entry.second));
    return names;
}

void IdCardSimulator::onReadable()
{
    char buffer[512];
    for (;;) {
        const ssize_t n = ::read(m_master, buffer, sizeof buffer);
        if (n <= 0)
            break;
        m_decoder.append(QByteArray(buffer, n));
    }
    while (auto item = m_decoder.next()) {
        if (item->kind == SamFrameDecoder::Kind::BadChecksum) {
            answer(Command::Find, SamStatus::BadChecksum, {});
            continue;
        }
        if (item->kind == SamFrameDecoder::Kind::BadLength) {
            answer(Command::Find, SamStatus::BadLength, {});
            continue;
        }
        const QByteArray& p = item->payload;
        if (p.size() < 2) {
            answer(Command::Find, SamStatus::BadLength, {});
            continue;
        }
        const quint8 cmd = quint8(p[0]), para = quint8(p[1]);
        Command command;
        if (cmd == SamFrame::FindCmd && para == SamFrame::FindPara)
            command = Command::Find;
        else if (cmd == SamFrame::SelectCmd && para == SamFrame::SelectPara)
            command = Command::Select;
        else if (cmd == SamFrame::ReadCmd && para == SamFrame::ReadPara)
            command = Command::Read;
        else {
            answer(Command::Find, SamStatus::BadCommand, {});
            continue;
        }
        ++m_counts[command];
        if (m_overrides.contains(command)) {
            answer(command, m_overrides.value(command), {});
            continue;
        }
        switch (command) {
        case Command::Find:
            answer(command, m_present ? SamStatus::CardFound : SamStatus::NoCard,
                   m_present ? QByteArray(4, '\0') : QByteArray());
            break;
        case Command::Select:
            answer(command, m_present ? SamStatus::Ok : SamStatus::SelectFailed,
                   m_present ? QByteArray(8, '\0') : QByteArray());
            break;
        case Command::Read:
            if (m_present)
                answer(command, SamStatus::Ok, readData());
            else
                answer(command, SamStatus::ReadFailed, {});
            break;
        }
    }
}

QByteArray IdCardSimulator::readData() const
{
    const QByteArray text = IdCardText::encode(m_card);
    QByteArray photo = m_card.photoWlt.left(1024);
    photo.append(QByteArray(1024 - photo.size(), '\0'));
    QByteArray data(4, '\0');
    qToBigEndian<quint16>(quint16(text.size()), data.data());
    qToBigEndian<quint16>(quint16(photo.size()), data.data() + 2);
    if (m_fault == Fault::WrongLength)
        return QByteArray(data + text.left(200) + photo);
    return QByteArray(data + text + photo);
}

void IdCardSimulator::answer(Command command, quint8 status, const QByteArray& data)
{
    QByteArray frame = SamFrame::answer(status, data);
    switch (m_fault) {
    case Fault::None:
    case Fault::WrongLength:
        break;
    case Fault::BadChecksum:
        frame[frame.size() - 1] = char(frame.back() ^ 0x5a);
        break;
    case Fault::ShortFrame:
        frame.truncate(qMax<qsizetype>(SamFrame::HeaderSize + 1, frame.size() / 2));
        break;
    case Fault::Garbage:
        frame.prepend(noise(37));
        break;
    case Fault::Noise:
        frame = noise(int(frame.size()));
        break;
    case Fault::WrongPreamble:
        frame[4] = char(0x68);
        break;
    case Fault::BadLength:
        frame[SamFrame::PreambleSize] = 0;
        frame[SamFrame::PreambleSize + 1] = 2;
        break;
    case Fault::Silence:
        return;
    }
    qCDebug(lcIdCard) << "simulator answers status" << Qt::hex << status << Qt::dec << "bytes" << frame.size();
    const char* p = frame.constData();
    qsizetype left = frame.size();
    while (left > 0) {
        const ssize_t n = ::write(m_master, p, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            // Full (nobody reads the other end): drop the rest; the driver sees a short frame.
            qCWarning(lcIdCard) << "simulator write failed, errno" << errno;
            return;
        }
        p += n;
        left -= n;
    }
    Q_EMIT answered(command);
}

} // namespace qf

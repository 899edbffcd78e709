#pragma once

#include "app/devices/idcard/IdCardData.h"
#include "models/Result.h"
#include "app/devices/idcard/SamFrameDecoder.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QString>

class QSocketNotifier;

namespace qf {

// The reader's side of the SAM protocol on a pseudo-terminal, for tests and demos: the
// driver opens the link path as if it were the reader's serial port. Holds one card that
// can be put on and taken off, and can misbehave on request.
class IdCardSimulator : public QObject
{
    Q_OBJECT

public:
    enum class Fault {
        None,
        BadChecksum,   // every answer with a wrong checksum
        ShortFrame,    // every answer cut off halfway
        Garbage,       // noise before every (good) answer: the driver must resynchronise
        Noise,         // noise instead of answers
        WrongPreamble, // answers with a damaged preamble
        BadLength,     // an impossible LEN field
        WrongLength,   // the read answer's text/photo lengths disagree with its size
        Silence,       // no answer at all
    };
    enum class Command { Find, Select, Read };

    explicit IdCardSimulator(QObject* parent = nullptr);
    ~IdCardSimulator() override;

    // Creates the pty pair and makes linkPath a symlink to the reader's end.
    Status start(const QString& linkPath);
    void stop();
    bool isRunning() const { return m_master >= 0; }

    void setCard(const IdCardData& card) { m_card = card; }
    void setCardPresent(bool present) { m_present = present; }
    bool cardPresent() const { return m_present; }
    void setFault(Fault fault) { m_fault = fault; }
    // Answer this command with the given status (no data) instead of the normal one;
    // 0 restores normal behaviour.
    void setStatusOverride(Command command, quint8 status);

    // How many of each command arrived (for tests).
    int count(Command command) const { return m_counts.value(command); }

    // "none", "bad-checksum", "short-frame", "garbage", "noise", "wrong-preamble",
    // "bad-length", "wrong-length", "silence".
    static bool faultFromName(const QString& name, Fault* fault);
    static QStringList faultNames();

Q_SIGNALS:
    // The last byte of an answer has been written (for latency measurements).
    void answered(qf::IdCardSimulator::Command command);

private:
    void onReadable();
    void answer(Command command, quint8 status, const QByteArray& data);
    QByteArray readData() const;

    int m_master = -1;
    int m_slave = -1; // held open so the master never sees a hang-up between clients
    QString m_link;
    QSocketNotifier* m_notifier = nullptr;
    SamFrameDecoder m_decoder;
    IdCardData m_card;
    bool m_present = true;
    Fault m_fault = Fault::None;
    QHash<Command, quint8> m_overrides;
    QHash<Command, int> m_counts;
};

} // namespace qf

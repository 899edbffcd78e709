#pragma once

#include "app/devices/idcard/IdCardData.h"

#include <QObject>
#include <QString>

namespace qf {

// An ID-card reader at the check-in desk. Works in the background on the caller's event
// loop and never blocks it: start() and the signals tell what is going on.
class IdCardReader : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Stopped,
        Connecting,     // opening the device
        NotResponding,  // unplugged, switched off or silent; reconnecting by itself
        WaitingForCard, // ready, no card on it
        Reading,        // a card is being read
        RemoveCard,     // a card was read; it must be taken off before the next one
    };
    Q_ENUM(State)

    using QObject::QObject;
    ~IdCardReader() override = default;

    virtual void start() = 0;
    virtual void stop() = 0;
    virtual State state() const = 0;

Q_SIGNALS:
    void cardRead(const qf::IdCardData& card);
    void statusChanged(qf::IdCardReader::State state, const QString& message);
    // A failed read or a fault of the reader, worded for the receptionist.
    void error(const QString& message);
};

} // namespace qf

#pragma once

#include <QtGlobal>

namespace qf {

// Hybrid logical clock: 48 bits of wall time in milliseconds, 16 bits of counter.
// A single integer orders every change made anywhere; ties are broken by device id
// where the sync needs a total order.
class Hlc
{
public:
    using Clock = qint64 (*)();

    explicit Hlc(Clock wallClock = nullptr);

    // A timestamp for a change made here now.
    qint64 now();
    // Merge a timestamp received from elsewhere; remote times more than maxSkewMs ahead of
    // our wall clock are clamped so that one device with a wrong clock cannot poison fields.
    qint64 receive(qint64 remote, qint64 maxSkewMs = 5 * 60 * 1000);
    qint64 last() const { return m_last; }
    void restore(qint64 last);

    static qint64 pack(qint64 millis, int counter) { return (millis << 16) | (counter & 0xffff); }
    static qint64 millisOf(qint64 hlc) { return hlc >> 16; }
    static int counterOf(qint64 hlc) { return static_cast<int>(hlc & 0xffff); }

private:
    qint64 wall() const;

    Clock m_wallClock;
    qint64 m_last = 0;
};

} // namespace qf

#include "models/Hlc.h"

#include <QDateTime>

#include <algorithm>

namespace qf {

Hlc::Hlc(Clock wallClock)
    : m_wallClock(wallClock)
{
}

qint64 Hlc::wall() const
{
    return m_wallClock ? m_wallClock() : QDateTime::currentMSecsSinceEpoch();
}

qint64 Hlc::now()
{
    const qint64 physical = wall();
    const qint64 lastMillis = millisOf(m_last);
    if (physical > lastMillis)
        m_last = pack(physical, 0);
    else
        m_last = m_last + 1;
    return m_last;
}

qint64 Hlc::receive(qint64 remote, qint64 maxSkewMs)
{
    const qint64 physical = wall();
    const qint64 ceiling = pack(physical + maxSkewMs, 0xffff);
    remote = std::min(remote, ceiling);
    const qint64 candidate = std::max({ m_last, remote, pack(physical, 0) });
    m_last = candidate == pack(physical, 0) && candidate > std::max(m_last, remote) ? candidate : candidate + 1;
    return m_last;
}

void Hlc::restore(qint64 last)
{
    m_last = std::max(m_last, last);
}

} // namespace qf

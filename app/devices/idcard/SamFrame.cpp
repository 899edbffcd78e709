#include "app/devices/idcard/SamFrame.h"

namespace qf {

const QByteArray& SamFrame::preamble()
{
    static const QByteArray p = QByteArray::fromHex("aaaaaa9669");
    return p;
}

quint8 SamFrame::checksum(const QByteArray& lenAndPayload)
{
    quint8 x = 0;
    for (char c : lenAndPayload)
        x ^= quint8(c);
    return x;
}

QByteArray SamFrame::wrap(const QByteArray& payload)
{
    const int len = int(payload.size()) + 1;
    QByteArray body;
    body.reserve(len + 2);
    body.append(char((len >> 8) & 0xff)).append(char(len & 0xff)).append(payload);
    QByteArray frame = preamble();
    frame.append(body).append(char(checksum(body)));
    return frame;
}

QByteArray SamFrame::command(quint8 cmd, quint8 para, const QByteArray& data)
{
    QByteArray payload;
    payload.append(char(cmd)).append(char(para)).append(data);
    return wrap(payload);
}

QByteArray SamFrame::answer(quint8 status, const QByteArray& data)
{
    QByteArray payload(2, '\0');
    payload.append(char(status)).append(data);
    return wrap(payload);
}

} // namespace qf

#include "models/Uuid7.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace qf::Uuid7 {

namespace {

// Within one millisecond the 12-bit rand_a field is used as a counter so that ids made
// on this device in quick succession still sort in creation order (RFC 9562, method 1).
struct Monotonic
{
    QMutex mutex;
    qint64 lastMillis = -1;
    quint16 counter = 0;
};

Monotonic& monotonic()
{
    static Monotonic state;
    return state;
}

QString format(qint64 millis, quint16 randA, quint64 randB)
{
    unsigned char b[16];
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<unsigned char>((millis >> (8 * (5 - i))) & 0xff);
    b[6] = static_cast<unsigned char>(0x70 | ((randA >> 8) & 0x0f));
    b[7] = static_cast<unsigned char>(randA & 0xff);
    for (int i = 0; i < 8; ++i)
        b[8 + i] = static_cast<unsigned char>((randB >> (8 * (7 - i))) & 0xff);
    b[8] = static_cast<unsigned char>(0x80 | (b[8] & 0x3f));

    static const char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out += QLatin1Char('-');
        out += QLatin1Char(hex[b[i] >> 4]);
        out += QLatin1Char(hex[b[i] & 0x0f]);
    }
    return out;
}

} // namespace

QString generateAt(qint64 unixMillis)
{
    auto& state = monotonic();
    quint16 randA;
    {
        QMutexLocker lock(&state.mutex);
        if (unixMillis <= state.lastMillis) {
            unixMillis = state.lastMillis;
            if (++state.counter > 0x0fff) {
                ++unixMillis;
                state.counter = static_cast<quint16>(QRandomGenerator::global()->bounded(0x400));
            }
        } else {
            state.counter = static_cast<quint16>(QRandomGenerator::global()->bounded(0x400));
        }
        state.lastMillis = unixMillis;
        randA = state.counter;
    }
    // The random bits only need to be unpredictable enough not to collide: a generator per
    // thread, seeded once from the system, spares a system call per id.
    thread_local QRandomGenerator64 random(QRandomGenerator::system()->generate64());
    return format(unixMillis, randA, random.generate64());
}

QString generate()
{
    return generateAt(QDateTime::currentMSecsSinceEpoch());
}

bool isValid(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return re.match(text).hasMatch();
}

QString stableFor(const QString& table, const QString& naturalKey)
{
    QByteArray input = QByteArrayLiteral("qingfeng:");
    input += table.toUtf8();
    input += '\x1f';
    input += naturalKey.toUtf8();
    const QByteArray d = QCryptographicHash::hash(input, QCryptographicHash::Sha256);
    QByteArray b = d.left(16);
    b[6] = static_cast<char>(0x80 | (b[6] & 0x0f));
    b[8] = static_cast<char>(0x80 | (b[8] & 0x3f));
    const QByteArray hex = b.toHex();
    return QString::fromLatin1(hex.mid(0, 8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-'
                               + hex.mid(20, 12));
}

qint64 timestampOf(const QString& text)
{
    QString hex = text.left(13);
    hex.remove(QLatin1Char('-'));
    bool ok = false;
    const qint64 v = hex.toLongLong(&ok, 16);
    return ok ? v : -1;
}

} // namespace qf::Uuid7

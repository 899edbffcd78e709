#include "app/devices/idcard/WltDecoder.h"

#include "app/Log.h"

#include <QSettings>
#include <QtEndian>

namespace qf {

namespace {

constexpr int kRowBytes = ((WltDecoder::Width * 3 + 3) / 4) * 4; // 308
constexpr int kPixelBytes = kRowBytes * WltDecoder::Height;
constexpr int kHeaderBytes = 54;

// A BMP file header for bare bottom-up 24-bit pixels.
QByteArray bmpHeader()
{
    QByteArray h(kHeaderBytes, '\0');
    char* p = h.data();
    p[0] = 'B';
    p[1] = 'M';
    qToLittleEndian<quint32>(kHeaderBytes + kPixelBytes, p + 2);
    qToLittleEndian<quint32>(kHeaderBytes, p + 10);
    qToLittleEndian<quint32>(40, p + 14);
    qToLittleEndian<qint32>(WltDecoder::Width, p + 18);
    qToLittleEndian<qint32>(WltDecoder::Height, p + 22);
    qToLittleEndian<quint16>(1, p + 26);
    qToLittleEndian<quint16>(24, p + 28);
    qToLittleEndian<quint32>(kPixelBytes, p + 34);
    return h;
}

} // namespace

QString WltDecoder::settingsKey()
{
    return QStringLiteral("devices/idcard/wltDecoderLibrary");
}

WltDecoder::WltDecoder()
{
    load(QSettings().value(settingsKey()).toString());
}

WltDecoder::WltDecoder(const QString& libraryPath)
{
    load(libraryPath);
}

void WltDecoder::load(const QString& path)
{
    if (path.isEmpty()) {
        m_error = tr("No photo decoder is installed; the photo is kept undecoded. Install the reader vendor's WLT "
                     "decoder library and set its path in the ID card reader settings.");
        return;
    }
    m_library.setFileName(path);
    if (!m_library.load()) {
        qCInfo(lcIdCard) << "WLT decoder library not loaded";
        m_error = tr("No photo decoder is installed: the library %1 cannot be loaded (%2). The photo is kept "
                     "undecoded.")
                      .arg(path, m_library.errorString());
        return;
    }
    m_unpack = reinterpret_cast<UnpackFn>(m_library.resolve("unpack"));
    if (!m_unpack)
        m_error = tr("No photo decoder is installed: %1 has no function \"unpack\". The photo is kept undecoded.")
                      .arg(path);
}

Result<QByteArray> WltDecoder::decode(const QByteArray& wlt)
{
    if (!m_unpack)
        return Error { m_error };
    if (wlt.size() != WltSize)
        return Error { tr("The card's photo has %1 bytes instead of %2.").arg(wlt.size()).arg(WltSize) };
    QByteArray src = wlt;
    QByteArray dst(64 * 1024, '\0'); // generous: the output is under 40 KB
    const int rc = m_unpack(src.data(), dst.data(), 0);
    if (rc != 1) {
        qCInfo(lcIdCard) << "WLT decoder returned" << rc;
        return Error { tr("The photo decoder could not decode the card's photo (code %1).").arg(rc) };
    }
    if (dst.startsWith("BM")) {
        const quint32 size = qFromLittleEndian<quint32>(dst.constData() + 2);
        if (size > kHeaderBytes && size <= quint32(dst.size()))
            return dst.left(size);
    }
    return QByteArray(bmpHeader() + dst.left(kPixelBytes));
}

} // namespace qf

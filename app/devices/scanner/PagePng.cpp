#include "app/devices/scanner/PagePng.h"

#include <QtEndian>

#include <zlib.h>

namespace qf {

namespace {

void chunk(QByteArray& out, const char* type, const QByteArray& body)
{
    char length[4];
    qToBigEndian<quint32>(quint32(body.size()), length);
    out.append(length, 4);
    const qsizetype start = out.size();
    out.append(type, 4);
    out.append(body);
    uLong crc = crc32(0L, Z_NULL, 0);
    crc = crc32(crc, reinterpret_cast<const Bytef*>(out.constData() + start), uInt(out.size() - start));
    char sum[4];
    qToBigEndian<quint32>(quint32(crc), sum);
    out.append(sum, 4);
}

QByteArray be32(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian<quint32>(v, b.data());
    return b;
}

} // namespace

QByteArray PagePng::encode(const QImage& page)
{
    if (page.isNull())
        return {};
    const bool grey = page.format() == QImage::Format_Grayscale8 || page.allGray();
    const QImage image = page.convertToFormat(grey ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    const qsizetype row = qsizetype(image.width()) * (grey ? 1 : 3);
    // Each row: filter type 0 (none), then the pixels.
    z_stream z{};
    if (deflateInit(&z, 1) != Z_OK)
        return {};
    QByteArray idat;
    idat.resize(qsizetype(deflateBound(&z, uLong((row + 1) * image.height()))));
    z.next_out = reinterpret_cast<Bytef*>(idat.data());
    z.avail_out = uInt(idat.size());
    const Bytef none = 0;
    for (int y = 0; y < image.height(); ++y) {
        z.next_in = const_cast<Bytef*>(&none);
        z.avail_in = 1;
        deflate(&z, Z_NO_FLUSH);
        z.next_in = const_cast<Bytef*>(image.constScanLine(y));
        z.avail_in = uInt(row);
        deflate(&z, Z_NO_FLUSH);
    }
    z.avail_in = 0;
    const int end = deflate(&z, Z_FINISH);
    idat.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    if (end != Z_STREAM_END)
        return {};
    QByteArray out("\x89PNG\r\n\x1a\n", 8);
    QByteArray header = be32(quint32(image.width())) + be32(quint32(image.height()));
    header += char(8);                // bits per sample
    header += char(grey ? 0 : 2);     // grey, or RGB
    header += QByteArray(3, '\0');    // deflate, adaptive-filter method, no interlace
    chunk(out, "IHDR", header);
    if (page.dotsPerMeterX() > 0 && page.dotsPerMeterY() > 0)
        chunk(out, "pHYs", be32(quint32(page.dotsPerMeterX())) + be32(quint32(page.dotsPerMeterY())) + QByteArray(1, '\1'));
    chunk(out, "IDAT", idat);
    chunk(out, "IEND", {});
    return out;
}

} // namespace qf

#include "app/print/QrCode.h"

#include <QBuffer>
#include <QPainter>

#include <memory>
#include <qrencode.h>

namespace qf {

QImage QrCode::image(const QString& text, int scale)
{
    const QByteArray utf8 = text.toUtf8();
    // Level M: a receipt folded in a pocket still reads.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code || scale < 1)
        return {};
    constexpr int quiet = 4;
    const int width = code->width;
    const int side = (width + 2 * quiet) * scale;
    QImage img(side, side, QImage::Format_Grayscale8);
    img.fill(Qt::white);
    QPainter p(&img);
    for (int y = 0; y < width; ++y)
        for (int x = 0; x < width; ++x)
            if (code->data[y * width + x] & 1)
                p.fillRect((x + quiet) * scale, (y + quiet) * scale, scale, scale, Qt::black);
    p.end();
    return img;
}

QString QrCode::dataUrl(const QString& text, int scale)
{
    const QImage img = image(text, scale);
    if (img.isNull())
        return {};
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

} // namespace qf

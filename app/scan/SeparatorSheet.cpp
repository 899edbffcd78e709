#include "app/scan/SeparatorSheet.h"

#include "app/print/QrCode.h"

#include <QDateTime>
#include <QFont>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>

// ZXing 1.4 (Debian 12): text() as std::string rather than the deprecated std::wstring.
#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

namespace qf {

namespace {
constexpr double kA4WidthMm = 210.0, kA4HeightMm = 297.0;
int mmToPx(double mm, int dpi) { return int(mm / 25.4 * dpi + 0.5); }

void paint(QPainter& p, const QRect& page, const QString& batchId, int number)
{
    const double unit = page.width() / kA4WidthMm; // pixels per mm
    p.fillRect(page, Qt::white);
    const QImage qr = QrCode::image(SeparatorSheet::payload(batchId, number), 1);
    const int side = int(70 * unit);
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    p.drawImage(QRect(page.left() + (page.width() - side) / 2, page.top() + int(30 * unit), side, side), qr);
    QFont big(QStringLiteral("Noto Sans CJK SC"));
    big.setPixelSize(int(110 * unit));
    big.setBold(true);
    p.setFont(big);
    p.setPen(Qt::black);
    p.drawText(QRect(page.left(), page.top() + int(110 * unit), page.width(), int(120 * unit)), Qt::AlignCenter,
               QString::number(number));
    QFont small = big;
    small.setBold(false);
    small.setPixelSize(int(7 * unit));
    p.setFont(small);
    p.drawText(QRect(page.left(), page.top() + int(240 * unit), page.width(), int(30 * unit)), Qt::AlignHCenter | Qt::AlignTop,
               SeparatorSheet::tr("Separator sheet - put it between two letters\nBatch %1, sheet %2").arg(batchId).arg(number));
}
} // namespace

QString SeparatorSheet::payload(const QString& batchId, int number)
{
    return QStringLiteral("QFSEP/%1/%2").arg(batchId).arg(number);
}

std::optional<SeparatorSheet::Mark> SeparatorSheet::parse(const QString& payload)
{
    const QStringList parts = payload.split(QLatin1Char('/'));
    if (parts.size() != 3 || parts[0] != QLatin1String("QFSEP") || parts[1].isEmpty())
        return std::nullopt;
    bool ok = false;
    const int n = parts[2].toInt(&ok);
    if (!ok || n <= 0)
        return std::nullopt;
    return Mark{ parts[1], n };
}

QImage SeparatorSheet::render(const QString& batchId, int number, int dpi)
{
    QImage page(mmToPx(kA4WidthMm, dpi), mmToPx(kA4HeightMm, dpi), QImage::Format_Grayscale8);
    page.fill(Qt::white);
    const int dpm = int(dpi / 0.0254 + 0.5);
    page.setDotsPerMeterX(dpm);
    page.setDotsPerMeterY(dpm);
    QPainter p(&page);
    paint(p, page.rect(), batchId, number);
    return page;
}

Result<bool> SeparatorSheet::writePdf(const QString& file, const QString& batchId, int count)
{
    QPdfWriter pdf(file);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    pdf.setResolution(300);
    pdf.setTitle(tr("Separator sheets"));
    QPainter p;
    if (!p.begin(&pdf))
        return Error{ tr("Cannot write %1.").arg(file), ErrorCode::Io };
    for (int n = 1; n <= count; ++n) {
        if (n > 1)
            pdf.newPage();
        paint(p, QRect(0, 0, pdf.width(), pdf.height()), batchId, n);
    }
    if (!p.end())
        return Error{ tr("Cannot write %1.").arg(file), ErrorCode::Io };
    return true;
}

std::optional<SeparatorSheet::Mark> SeparatorSheet::detect(const QImage& page)
{
    if (page.isNull())
        return std::nullopt;
    QImage grey = page.convertToFormat(QImage::Format_Grayscale8);
    // The code is big (70 mm): a page scaled to ~100 dpi is enough and quicker to search.
    if (grey.width() > 900)
        grey = grey.scaledToWidth(900, Qt::SmoothTransformation);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryRotate(true);
    hints.setTryHarder(true);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                int(grey.bytesPerLine()));
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return std::nullopt;
    return parse(QString::fromStdString(result.text()));
}

QString SeparatorSheet::newBatchId()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")) + QLatin1Char('-')
        + QString::number(QRandomGenerator::global()->bounded(1000, 9999));
}

} // namespace qf

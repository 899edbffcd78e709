#include "app/scan/ScanPdf.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace qf {

Result<bool> ScanPdf::write(const QString& file, const QList<Page>& pages, const QString& title)
{
    if (pages.isEmpty())
        return Error{ tr("There are no pages to write."), ErrorCode::Invalid };
    QPdfWriter pdf(file);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("Qingfeng"));
    QPainter p;
    for (int i = 0; i < pages.size(); ++i) {
        const Page& page = pages[i];
        const int dpi = page.dpi > 0 ? page.dpi : 300;
        const QSizeF mm(page.image.width() * 25.4 / dpi, page.image.height() * 25.4 / dpi);
        const QPageLayout layout(QPageSize(mm, QPageSize::Millimeter), QPageLayout::Portrait, QMarginsF());
        if (i == 0) {
            pdf.setPageLayout(layout);
            pdf.setResolution(dpi);
            if (!p.begin(&pdf))
                return Error{ tr("Cannot write %1.").arg(file), ErrorCode::Io };
        } else {
            pdf.setPageLayout(layout);
            if (!pdf.newPage())
                return Error{ tr("Cannot write %1.").arg(file), ErrorCode::Io };
        }
        // The painter's device pixels are at the writer's resolution (set once); the image fills the page.
        const QRectF target(0, 0, pdf.width(), pdf.height());
        p.drawImage(target, page.image);
        if (!page.lines.isEmpty()) {
            const double sx = target.width() / page.image.width(), sy = target.height() / page.image.height();
            // Not Noto CJK: it shares glyphs between ideographs and the Kangxi radicals, and Qt's ToUnicode map
            // then gives "⽤" (U+2F64) for 用 when the text is copied out. AR PL UMing keeps them apart.
            QFont font(QStringLiteral("AR PL UMing CN"));
            p.setPen(QColor(0, 0, 0, 0));
            for (const TextLine& line : page.lines) {
                const QString text = line.text.trimmed();
                if (text.isEmpty())
                    continue;
                const QRectF box(line.box.x() * sx, line.box.y() * sy, line.box.width() * sx, line.box.height() * sy);
                font.setPixelSize(std::max(4, int(box.height() * 0.85)));
                p.setFont(font);
                const QFontMetricsF fm(font);
                const double natural = fm.horizontalAdvance(text);
                p.save();
                p.translate(box.left(), box.top() + fm.ascent());
                if (natural > 0)
                    p.scale(box.width() / natural, 1.0);
                p.drawText(QPointF(0, 0), text);
                p.restore();
            }
        }
    }
    if (!p.end())
        return Error{ tr("Cannot write %1.").arg(file), ErrorCode::Io };
    return true;
}

} // namespace qf

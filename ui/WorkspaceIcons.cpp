#include "ui/WorkspaceIcons.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace qf {

QIcon workspaceIcon(QChar glyph, const QColor& colour)
{
    QIcon icon;
    for (int size : { 16, 20, 24, 32, 48, 64 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        QPainterPath square;
        const qreal r = size / 5.0;
        square.addRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), r, r);
        p.fillPath(square, colour);
        QFont font;
        font.setFamilies({ QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans SC"),
                           QStringLiteral("WenQuanYi Zen Hei"), QStringLiteral("AR PL UMing CN") });
        font.setPixelSize(int(size * 0.68));
        font.setBold(true);
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, QString(glyph));
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace qf

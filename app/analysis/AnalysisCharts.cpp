#include "app/analysis/AnalysisCharts.h"

#include <QBuffer>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace qf {

namespace {

// A round step for the value axis: 1, 2 or 5 times a power of ten, about five ticks.
double niceStep(double top)
{
    const double raw = std::max(1.0, top / 5.0);
    const double p = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : { 1.0, 2.0, 5.0, 10.0 })
        if (raw <= m * p)
            return m * p;
    return 10 * p;
}

const QColor kColours[] = { QColor(0xc6, 0x28, 0x28), QColor(0x1f, 0x5f, 0xa8), QColor(0x8a, 0x8a, 0x8a) };

} // namespace

QByteArray analysisChartPng(const ReportChart& chart, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(size.height() / 28);
    p.setFont(font);
    const int margin = size.height() / 14;
    QFont title = font;
    title.setPixelSize(size.height() / 20);
    title.setBold(true);
    p.setFont(title);
    p.drawText(QRect(0, margin / 3, size.width(), margin), Qt::AlignCenter, chart.title);
    p.setFont(font);

    double top = 1;
    for (const QList<double>& s : chart.series)
        for (double v : s)
            top = std::max(top, v);
    const double step = niceStep(top);
    top = std::ceil(top / step) * step;
    const QRect plot(margin * 2, margin * 2, size.width() - margin * 3, size.height() - margin * 5);
    p.setPen(QColor(0xdd, 0xdd, 0xdd));
    for (double v = 0; v <= top + 1e-9; v += step) {
        const int y = plot.bottom() - int(plot.height() * v / top);
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(Qt::black);
        p.drawText(QRect(0, y - margin / 2, plot.left() - 8, margin), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(qint64(v)));
        p.setPen(QColor(0xdd, 0xdd, 0xdd));
    }
    p.setPen(Qt::black);
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    const int n = std::max<int>(1, int(chart.labels.size()));
    const double slot = double(plot.width()) / n;
    for (int i = 0; i < chart.labels.size(); ++i) {
        QString label = chart.labels.at(i);
        if (label.size() > 8)
            label = label.left(7) + QStringLiteral("…");
        p.drawText(QRectF(plot.left() + slot * i, plot.bottom() + 4, slot, margin), Qt::AlignHCenter | Qt::AlignTop, label);
    }
    auto yOf = [&](double v) { return plot.bottom() - plot.height() * v / top; };
    for (int s = 0; s < chart.series.size(); ++s) {
        const QList<double>& values = chart.series.at(s);
        const QColor colour = kColours[s % 3];
        if (chart.line) {
            QPainterPath path;
            for (int i = 0; i < values.size(); ++i) {
                const QPointF pt(plot.left() + slot * (i + 0.5), yOf(values.at(i)));
                if (i == 0)
                    path.moveTo(pt);
                else
                    path.lineTo(pt);
            }
            p.setPen(QPen(colour, size.height() / 200.0 + 2));
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
            p.setBrush(colour);
            for (int i = 0; i < values.size(); ++i)
                p.drawEllipse(QPointF(plot.left() + slot * (i + 0.5), yOf(values.at(i))), 5, 5);
        } else {
            const double width = slot * 0.8 / std::max<qsizetype>(1, chart.series.size());
            p.setPen(Qt::NoPen);
            p.setBrush(colour);
            for (int i = 0; i < values.size(); ++i) {
                const double x = plot.left() + slot * i + slot * 0.1 + width * s;
                p.drawRect(QRectF(x, yOf(values.at(i)), width - 2, plot.bottom() - yOf(values.at(i))));
            }
        }
    }
    // The legend along the bottom.
    if (chart.seriesNames.size() > 1) {
        int x = plot.left();
        const int y = size.height() - margin - margin / 3;
        for (int s = 0; s < chart.seriesNames.size(); ++s) {
            p.setPen(Qt::NoPen);
            p.setBrush(kColours[s % 3]);
            p.drawRect(x, y + margin / 4, margin / 2, margin / 2);
            p.setPen(Qt::black);
            const QRect text(x + margin * 2 / 3, y, size.width() / 4, margin);
            p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, chart.seriesNames.at(s));
            x += margin * 2 / 3 + p.fontMetrics().horizontalAdvance(chart.seriesNames.at(s)) + margin;
        }
    }
    p.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace qf

#include "app/scan/PageFinder.h"

#include <QLineF>
#include <QPainter>
#include <QTransform>

#include <array>
#include <cmath>
#include <vector>

namespace qf {

namespace {

// Work on a small copy: the page's outline needs no detail, and a 12-megapixel frame would
// take long to label.
constexpr int kWorkSide = 400;

// Otsu's threshold of a grey histogram: the level that best separates paper from desk.
int otsu(const std::array<int, 256>& histogram, int total)
{
    double sum = 0;
    for (int i = 0; i < 256; ++i)
        sum += double(i) * histogram[size_t(i)];
    double sumBack = 0, best = -1;
    int weightBack = 0, level = 128;
    for (int t = 0; t < 256; ++t) {
        weightBack += histogram[size_t(t)];
        if (weightBack == 0)
            continue;
        const int weightFore = total - weightBack;
        if (weightFore == 0)
            break;
        sumBack += double(t) * histogram[size_t(t)];
        const double meanBack = sumBack / weightBack;
        const double meanFore = (sum - sumBack) / weightFore;
        const double between = double(weightBack) * weightFore * (meanBack - meanFore) * (meanBack - meanFore);
        if (between > best) {
            best = between;
            level = t;
        }
    }
    return level;
}

} // namespace

std::optional<QPolygonF> PageFinder::find(const QImage& frame)
{
    if (frame.isNull())
        return std::nullopt;
    const QImage small = frame.scaled(kWorkSide, kWorkSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                             .convertToFormat(QImage::Format_Grayscale8);
    const int w = small.width(), h = small.height();
    std::array<int, 256> histogram{};
    for (int y = 0; y < h; ++y) {
        const uchar* row = small.constScanLine(y);
        for (int x = 0; x < w; ++x)
            ++histogram[row[x]];
    }
    const int level = otsu(histogram, w * h);
    // The largest light region, found by flood fill (4-connected) over the thresholded copy.
    std::vector<int> label(size_t(w) * size_t(h), 0);
    std::vector<int> stack;
    int bestLabel = 0, bestSize = 0, next = 0;
    for (int start = 0; start < w * h; ++start) {
        if (label[size_t(start)] != 0 || small.constScanLine(start / w)[start % w] <= level)
            continue;
        ++next;
        int size = 0;
        stack.assign(1, start);
        label[size_t(start)] = next;
        while (!stack.empty()) {
            const int p = stack.back();
            stack.pop_back();
            ++size;
            const int x = p % w, y = p / w;
            const int around[4][2] = { { x - 1, y }, { x + 1, y }, { x, y - 1 }, { x, y + 1 } };
            for (const auto& n : around) {
                if (n[0] < 0 || n[1] < 0 || n[0] >= w || n[1] >= h)
                    continue;
                const int q = n[1] * w + n[0];
                if (label[size_t(q)] == 0 && small.constScanLine(n[1])[n[0]] > level) {
                    label[size_t(q)] = next;
                    stack.push_back(q);
                }
            }
        }
        if (size > bestSize) {
            bestSize = size;
            bestLabel = next;
        }
    }
    // Too small to be the page, or the whole frame (nothing but paper in sight: keep it all).
    if (bestSize < w * h / 8 || bestSize > w * h * 95 / 100)
        return std::nullopt;
    // The corners: the region's points furthest along the two diagonals.
    QPointF tl, tr, br, bl;
    double minSum = 1e9, maxSum = -1e9, minDiff = 1e9, maxDiff = -1e9;
    bool touchesEdge = false;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            if (label[size_t(y) * size_t(w) + size_t(x)] != bestLabel)
                continue;
            if (x == 0 || y == 0 || x == w - 1 || y == h - 1)
                touchesEdge = true;
            const double s = x + y, d = x - y;
            if (s < minSum) { minSum = s; tl = QPointF(x, y); }
            if (s > maxSum) { maxSum = s; br = QPointF(x, y); }
            if (d > maxDiff) { maxDiff = d; tr = QPointF(x, y); }
            if (d < minDiff) { minDiff = d; bl = QPointF(x, y); }
        }
    // A region running off the frame is not a whole page in view.
    if (touchesEdge)
        return std::nullopt;
    const double scale = double(frame.width()) / w;
    QPolygonF corners;
    for (const QPointF& p : { tl, tr, br, bl })
        corners << QPointF((p.x() + 0.5) * scale, (p.y() + 0.5) * scale);
    // A sliver or a twisted shape is not a sheet of paper.
    const double top = QLineF(corners[0], corners[1]).length(), side = QLineF(corners[1], corners[2]).length();
    if (top < frame.width() / 6.0 || side < frame.height() / 6.0)
        return std::nullopt;
    return corners;
}

QImage PageFinder::straighten(const QImage& frame, const QPolygonF& corners)
{
    const double width = std::max(QLineF(corners[0], corners[1]).length(), QLineF(corners[3], corners[2]).length());
    const double height = std::max(QLineF(corners[0], corners[3]).length(), QLineF(corners[1], corners[2]).length());
    const QSize size(int(std::lround(width)), int(std::lround(height)));
    QTransform map;
    const QPolygonF target({ QPointF(0, 0), QPointF(size.width(), 0), QPointF(size.width(), size.height()),
                             QPointF(0, size.height()) });
    if (!QTransform::quadToQuad(corners, target, map))
        return frame;
    QImage out(size, QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter p(&out);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.setTransform(map);
    p.drawImage(QPointF(0, 0), frame);
    p.end();
    if (frame.format() == QImage::Format_Grayscale8)
        out = out.convertToFormat(QImage::Format_Grayscale8);
    out.setDotsPerMeterX(frame.dotsPerMeterX());
    out.setDotsPerMeterY(frame.dotsPerMeterY());
    return out;
}

QImage PageFinder::cropPage(const QImage& frame, bool* found)
{
    const auto corners = find(frame);
    if (found)
        *found = corners.has_value();
    return corners ? straighten(frame, *corners) : frame;
}

} // namespace qf

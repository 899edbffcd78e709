#include "app/scan/PageTools.h"

#include <algorithm>
#include <array>

namespace qf {

double PageTools::inkShare(const QImage& page)
{
    if (page.isNull())
        return 0;
    // A quarter-size grey copy is plenty to tell ink from paper and keeps it quick at 300 dpi.
    const QImage grey = page.convertToFormat(QImage::Format_Grayscale8)
                            .scaled(std::max(1, page.width() / 4), std::max(1, page.height() / 4), Qt::IgnoreAspectRatio,
                                    Qt::SmoothTransformation);
    const int mx = grey.width() * 4 / 100, my = grey.height() * 4 / 100;
    std::array<long, 256> histogram{};
    long total = 0;
    for (int y = my; y < grey.height() - my; ++y) {
        const uchar* row = grey.constScanLine(y);
        for (int x = mx; x < grey.width() - mx; ++x) {
            ++histogram[row[x]];
            ++total;
        }
    }
    if (total == 0)
        return 0;
    // The paper's colour: the brightest level that at least a fifth of the page is at or above.
    long seen = 0;
    int paper = 255;
    for (int v = 255; v >= 0; --v) {
        seen += histogram[size_t(v)];
        if (seen * 5 >= total) {
            paper = v;
            break;
        }
    }
    const int inkBelow = paper - 80;
    long ink = 0;
    for (int v = 0; v < std::max(0, inkBelow); ++v)
        ink += histogram[size_t(v)];
    return double(ink) / double(total);
}

bool PageTools::isBlank(const QImage& page) { return inkShare(page) < 0.001; }

} // namespace qf

#pragma once

#include <QImage>

namespace qf {

// Small judgements on a scanned page.
class PageTools
{
public:
    // A page with (next to) nothing on it: the blank back of a one-sided letter. Ink is a
    // pixel clearly darker than the paper; a page is blank when less than 0.1 % of its
    // inside (margins of 4 % left out: the feeder's shadow at the edges) is ink.
    static bool isBlank(const QImage& page);
    // The share of ink on the page's inside, 0..1.
    static double inkShare(const QImage& page);
};

} // namespace qf

#pragma once

#include <QByteArray>
#include <QImage>

namespace qf {

// A scanned page as PNG, made for speed: rows unfiltered, zlib at level 1. A scan run writes
// every page as it arrives; libpng's adaptive row filters (what QImage::save uses) took most
// of a run's time for little gain on a page of text. 8-bit grey stays grey, anything else
// is written as 8-bit RGB. The resolution goes in a pHYs chunk.
class PagePng
{
public:
    static QByteArray encode(const QImage& page);
};

} // namespace qf

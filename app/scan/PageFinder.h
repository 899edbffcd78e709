#pragma once

#include <QImage>
#include <QPolygonF>

#include <optional>

namespace qf {

// The sheet of paper in a document camera's frame (高拍仪): a light four-cornered shape on a
// darker desk, usually seen a little from the side. find() gives its corners; straighten()
// cuts it out and undoes the perspective, so the page comes out as if scanned.
class PageFinder
{
public:
    // The corners (top-left, top-right, bottom-right, bottom-left) in the frame's pixels, or
    // nothing when no page stands out from its background (then the whole frame is kept).
    static std::optional<QPolygonF> find(const QImage& frame);
    // The page cut out along `corners` and squared, at the size its longer sides give.
    static QImage straighten(const QImage& frame, const QPolygonF& corners);
    // find() then straighten(); the frame itself when no page is found.
    static QImage cropPage(const QImage& frame, bool* found = nullptr);
};

} // namespace qf

#include "ui/SortArrows.h"

#include <QHeaderView>
#include <QProxyStyle>
#include <QStyleOptionHeader>

namespace qf {

namespace {

// QHeaderView gives the style SortDown for an ascending sort and SortUp for a descending
// one, and Fusion draws SortUp as ▲: the two are swapped back here.
class SortArrowStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget) const override
    {
        if (element == PE_IndicatorHeaderArrow) {
            if (const auto* header = qstyleoption_cast<const QStyleOptionHeader*>(option)) {
                QStyleOptionHeader swapped(*header);
                if (header->sortIndicator == QStyleOptionHeader::SortUp)
                    swapped.sortIndicator = QStyleOptionHeader::SortDown;
                else if (header->sortIndicator == QStyleOptionHeader::SortDown)
                    swapped.sortIndicator = QStyleOptionHeader::SortUp;
                QProxyStyle::drawPrimitive(element, &swapped, painter, widget);
                return;
            }
        }
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
};

} // namespace

void conventionalSortArrows(QHeaderView* header)
{
    auto* style = new SortArrowStyle;
    style->setParent(header);
    header->setStyle(style);
}

} // namespace qf

#include "ui/cases/LightDelegate.h"

#include "models/CaseListModel.h"

namespace qf {

std::pair<QColor, QColor> LightDelegate::colours(Light light)
{
    switch (light) {
    case Light::Green: return { QColor(0x4c, 0xaf, 0x50), Qt::white };
    case Light::Yellow: return { QColor(0xff, 0xd5, 0x4f), Qt::black };
    case Light::Orange: return { QColor(0xff, 0x98, 0x00), Qt::black };
    case Light::Red: return { QColor(0xe5, 0x39, 0x35), Qt::white };
    case Light::Overdue: return { QColor(0x6a, 0x1b, 0x9a), Qt::white };
    case Light::None: break;
    }
    return {};
}

void LightDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant v = index.data(CaseListModel::LightRole);
    if (!v.isValid() || Light(v.toInt()) == Light::None)
        return;
    const auto [back, fore] = colours(Light(v.toInt()));
    option->backgroundBrush = back;
    option->palette.setColor(QPalette::Text, fore);
    option->palette.setColor(QPalette::HighlightedText, fore);
    option->displayAlignment = Qt::AlignCenter;
}

} // namespace qf

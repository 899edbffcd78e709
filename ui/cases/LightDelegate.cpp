#include "ui/cases/LightDelegate.h"

#include "models/CaseListModel.h"

namespace qf {

void LightDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant v = index.data(CaseListModel::LightRole);
    if (!v.isValid())
        return;
    QColor back, fore = Qt::black;
    switch (Light(v.toInt())) {
    case Light::Green: back = QColor(0x4c, 0xaf, 0x50); fore = Qt::white; break;
    case Light::Yellow: back = QColor(0xff, 0xd5, 0x4f); break;
    case Light::Orange: back = QColor(0xff, 0x98, 0x00); break;
    case Light::Red: back = QColor(0xe5, 0x39, 0x35); fore = Qt::white; break;
    case Light::Overdue: back = QColor(0x6a, 0x1b, 0x9a); fore = Qt::white; break;
    case Light::None: return;
    }
    option->backgroundBrush = back;
    option->palette.setColor(QPalette::Text, fore);
    option->palette.setColor(QPalette::HighlightedText, fore);
    option->displayAlignment = Qt::AlignCenter;
}

} // namespace qf

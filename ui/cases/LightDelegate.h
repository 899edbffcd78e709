#pragma once

#include "models/DeadlineClock.h"

#include <QColor>
#include <QStyledItemDelegate>

#include <utility>

namespace qf {

// Paints the light column in its colour (CaseListModel::LightRole).
class LightDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The colours of a light on every screen: background, text.
    static std::pair<QColor, QColor> colours(Light light);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace qf

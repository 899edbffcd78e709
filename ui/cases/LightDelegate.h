#pragma once

#include <QStyledItemDelegate>

namespace qf {

// Paints the light column in its colour (CaseListModel::LightRole).
class LightDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace qf

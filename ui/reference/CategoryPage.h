#pragma once

#include "models/Result.h"

#include <QWidget>

class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace qf {

class CategoryStore;

// 问题分类: the taxonomy as a tree. Add a top-level category or a subcategory of the
// selected one (Insert), change its name, code, parent or must-review flag (F2 or Enter),
// remove it (Delete) when nothing still being worked on uses it.
class CategoryPage : public QWidget
{
    Q_OBJECT

public:
    CategoryPage(CategoryStore& store, bool editable, QWidget* parent = nullptr);

    QTreeView* tree() const { return m_tree; }
    void reload(const QString& selectId = {});
    QString currentId() const;

    void addTopLevel();
    void addChild();
    void editCurrent();
    void removeCurrent();

signals:
    void changed();

private:
    // Opens the editor; returns the saved id, empty when cancelled.
    QString edit(const QString& id, const QString& parentId);
    void updateButtons();

    CategoryStore& m_store;
    bool m_editable = false;
    QTreeView* m_tree = nullptr;
    QStandardItemModel* m_model = nullptr;
    QPushButton* m_addTop = nullptr;
    QPushButton* m_addChild = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace qf

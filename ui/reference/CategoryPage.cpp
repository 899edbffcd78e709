#include "ui/reference/CategoryPage.h"

#include "models/CategoryStore.h"
#include "ui/reference/FormDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace qf {

namespace {

enum Column { Name, Code, MustReview, Columns };
constexpr int IdRole = Qt::UserRole;

} // namespace

CategoryPage::CategoryPage(CategoryStore& store, bool editable, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_editable(editable)
{
    setObjectName(QStringLiteral("categories"));
    auto* layout = new QVBoxLayout(this);
    m_model = new QStandardItemModel(0, Columns, this);
    m_model->setHorizontalHeaderLabels({ tr("Category"), tr("Code"), tr("Must review (十必研)") });
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("categoryTree"));
    m_tree->setModel(m_model);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(Code, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(MustReview, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);

    auto* buttons = new QHBoxLayout;
    m_addTop = new QPushButton(tr("Add &top-level…"), this);
    m_addTop->setObjectName(QStringLiteral("categoryAddTop"));
    m_addTop->setToolTip(tr("Add a top-level category (Shift+Insert)"));
    m_addChild = new QPushButton(tr("Add &subcategory…"), this);
    m_addChild->setObjectName(QStringLiteral("categoryAddChild"));
    m_addChild->setToolTip(tr("Add a subcategory of the selected category (Insert)"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("categoryEdit"));
    m_edit->setToolTip(tr("Rename, change the code, the parent or the must-review flag (F2 or Enter)"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("categoryRemove"));
    m_remove->setToolTip(tr("Retire the selected category (Delete)"));
    for (QPushButton* b : { m_addTop, m_addChild, m_edit, m_remove }) {
        buttons->addWidget(b);
        b->setVisible(editable);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_addTop, &QPushButton::clicked, this, &CategoryPage::addTopLevel);
    connect(m_addChild, &QPushButton::clicked, this, &CategoryPage::addChild);
    connect(m_edit, &QPushButton::clicked, this, &CategoryPage::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &CategoryPage::removeCurrent);
    connect(m_tree, &QTreeView::activated, this, &CategoryPage::editCurrent);
    if (editable) {
        auto shortcut = [this](QKeySequence key, void (CategoryPage::*slot)()) {
            auto* s = new QShortcut(key, this);
            s->setContext(Qt::WidgetWithChildrenShortcut);
            connect(s, &QShortcut::activated, this, slot);
        };
        shortcut(QKeySequence(Qt::Key_Insert), &CategoryPage::addChild);
        shortcut(QKeySequence(Qt::SHIFT | Qt::Key_Insert), &CategoryPage::addTopLevel);
        shortcut(QKeySequence(Qt::Key_F2), &CategoryPage::editCurrent);
        shortcut(QKeySequence(QKeySequence::Delete), &CategoryPage::removeCurrent);
    }
    setTabOrder(m_tree, m_addTop);
    setTabOrder(m_addTop, m_addChild);
    setTabOrder(m_addChild, m_edit);
    setTabOrder(m_edit, m_remove);
    reload();
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &CategoryPage::updateButtons);
}

void CategoryPage::reload(const QString& selectId)
{
    const QString keep = selectId.isEmpty() ? currentId() : selectId;
    m_model->removeRows(0, m_model->rowCount());
    auto list = m_store.list();
    if (!list) {
        QMessageBox::warning(this, tr("Categories"), list.error());
        return;
    }
    // list() is depth first: the last item at each depth is the parent of the next deeper one.
    QList<QStandardItem*> parents;
    QModelIndex select;
    for (const Category& c : *list) {
        auto* name = new QStandardItem(c.name);
        name->setData(c.id, IdRole);
        auto* code = new QStandardItem(c.code);
        auto* review = new QStandardItem(c.mustReview ? tr("yes") : QString());
        const QList<QStandardItem*> row { name, code, review };
        const int depth = std::min<int>(c.depth, int(parents.size()));
        parents.resize(depth);
        if (depth == 0)
            m_model->appendRow(row);
        else
            parents.last()->appendRow(row);
        parents.append(name);
        if (c.id == keep)
            select = name->index();
    }
    m_tree->expandAll();
    if (!select.isValid() && m_model->rowCount() > 0)
        select = m_model->index(0, 0);
    if (select.isValid()) {
        m_tree->setCurrentIndex(select);
        m_tree->scrollTo(select);
    }
    updateButtons();
}

QString CategoryPage::currentId() const
{
    const QModelIndex i = m_tree->currentIndex();
    return i.isValid() ? i.siblingAtColumn(Name).data(IdRole).toString() : QString();
}

void CategoryPage::updateButtons()
{
    const bool selected = !currentId().isEmpty();
    m_addChild->setEnabled(selected);
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void CategoryPage::addTopLevel()
{
    if (!m_editable)
        return;
    const QString id = edit({}, {});
    m_tree->setFocus(); // back to the tree, for the next key
    if (!id.isEmpty()) {
        reload(id);
        emit changed();
    }
}

void CategoryPage::addChild()
{
    const QString parent = currentId();
    if (!m_editable)
        return;
    const QString id = edit({}, parent);
    m_tree->setFocus();
    if (!id.isEmpty()) {
        reload(id);
        emit changed();
    }
}

void CategoryPage::editCurrent()
{
    const QString current = currentId();
    if (!m_editable || current.isEmpty())
        return;
    const QString id = edit(current, {});
    m_tree->setFocus();
    if (!id.isEmpty()) {
        reload(id);
        emit changed();
    }
}

void CategoryPage::removeCurrent()
{
    const QString id = currentId();
    if (!m_editable || id.isEmpty())
        return;
    auto category = m_store.get(id);
    auto use = m_store.usage(id);
    if (!category || !use) {
        QMessageBox::warning(this, tr("Remove the category"), !category ? category.error() : use.error());
        return;
    }
    QString text = tr("Retire the category \"%1\" (%2)? It can no longer be chosen for a report, here and on every "
                      "workstation after the next sync.")
                       .arg(category->name, category->code);
    if (use->closedReports > 0)
        text += QLatin1Char('\n') + tr("%n concluded report(s) keep it in their history and statistics.", nullptr,
                                       use->closedReports);
    // A refusal (subcategories, open reports) is said at once, without asking first.
    if (use->children == 0 && use->openReports == 0
        && QMessageBox::question(this, tr("Remove the category"), text) != QMessageBox::Yes)
        return;
    const Status removed = m_store.remove(id);
    if (!removed)
        QMessageBox::warning(this, tr("Remove the category"), removed.error());
    m_tree->setFocus();
    if (!removed)
        return;
    reload();
    emit changed();
}

QString CategoryPage::edit(const QString& id, const QString& parentId)
{
    Category c;
    if (!id.isEmpty()) {
        auto found = m_store.get(id);
        if (!found) {
            QMessageBox::warning(this, tr("Categories"), found.error());
            return {};
        }
        c = *found;
    } else {
        c.parentId = parentId;
    }
    // The parents to choose from: every category except this one and those below it.
    QList<NamedRef> parents { { QString(), tr("(top level)"), {} } };
    if (auto list = m_store.list()) {
        int skipBelow = -1;
        for (const Category& other : *list) {
            if (skipBelow >= 0 && other.depth > skipBelow)
                continue;
            skipBelow = -1;
            if (!id.isEmpty() && other.id == id) {
                skipBelow = other.depth;
                continue;
            }
            parents.append({ other.id, QString(other.depth * 4, QLatin1Char(' ')) + other.name, {} });
        }
    }
    FormDialog form(id.isEmpty() ? tr("New category") : tr("Change the category"), this);
    QLineEdit* name = form.addLine(tr("&Name:"), QStringLiteral("categoryName"), c.name);
    QLineEdit* code = form.addLine(tr("&Code:"), QStringLiteral("categoryCode"), c.code,
                                   tr("unique, e.g. A0103; named in officers' areas and imports"));
    QComboBox* parent = form.addCombo(tr("&Parent:"), QStringLiteral("categoryParent"), parents, c.parentId);
    QCheckBox* review = form.addCheck(tr("&Must go to the collective review (十必研)"),
                                      QStringLiteral("categoryMustReview"), c.mustReview);
    QString saved;
    form.setSave([&]() -> Status {
        c.name = name->text();
        c.code = code->text();
        c.parentId = parent->currentData().toString();
        c.mustReview = review->isChecked();
        auto r = m_store.save(c);
        if (!r)
            return Error { r.error() };
        saved = *r;
        return {};
    });
    return form.exec() == QDialog::Accepted ? saved : QString();
}

} // namespace qf

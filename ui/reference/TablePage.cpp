#include "ui/reference/TablePage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf {

TablePage::TablePage(const QString& objectName, const QStringList& headers, bool editable, QWidget* parent)
    : QWidget(parent)
    , m_editable(editable)
{
    setObjectName(objectName);
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, int(headers.size()), this);
    m_table->setObjectName(objectName + QStringLiteral("Table"));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(objectName + QStringLiteral("Add"));
    m_add->setToolTip(tr("Add a row (Insert)"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(objectName + QStringLiteral("Edit"));
    m_edit->setToolTip(tr("Change the selected row (F2 or Enter)"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(objectName + QStringLiteral("Remove"));
    m_remove->setToolTip(tr("Remove the selected row (Delete)"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    for (QPushButton* b : { m_add, m_edit, m_remove })
        b->setVisible(editable);

    connect(m_add, &QPushButton::clicked, this, &TablePage::addRow);
    connect(m_edit, &QPushButton::clicked, this, &TablePage::editRow);
    connect(m_remove, &QPushButton::clicked, this, &TablePage::removeRow);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TablePage::updateButtons);
    connect(m_table, &QTableWidget::itemActivated, this, [this] { editRow(); });
    if (editable) {
        // Only while the focus is on this tab: the other tabs have the same keys.
        auto shortcut = [this](QKeySequence key, void (TablePage::*slot)()) {
            auto* s = new QShortcut(key, this);
            s->setContext(Qt::WidgetWithChildrenShortcut);
            connect(s, &QShortcut::activated, this, slot);
        };
        shortcut(QKeySequence(Qt::Key_Insert), &TablePage::addRow);
        shortcut(QKeySequence(Qt::Key_F2), &TablePage::editRow);
        shortcut(QKeySequence(QKeySequence::Delete), &TablePage::removeRow);
    }
    setTabOrder(m_table, m_add);
    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_remove);
}

void TablePage::reload(const QString& selectId)
{
    const QString keep = selectId.isEmpty() ? currentId() : selectId;
    m_table->setRowCount(0);
    if (Status s = fill(); !s)
        QMessageBox::warning(this, windowTitle(), s.error());
    m_table->resizeColumnsToContents();
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->data(Qt::UserRole).toString() == keep)
            m_table->selectRow(row);
    if (m_table->currentRow() < 0 && m_table->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

QString TablePage::currentId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->data(Qt::UserRole).toString() : QString();
}

void TablePage::appendRow(const QString& id, const QStringList& cells)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int col = 0; col < cells.size(); ++col) {
        auto* item = new QTableWidgetItem(cells.at(col));
        item->setToolTip(cells.at(col));
        m_table->setItem(row, col, item);
    }
    m_table->item(row, 0)->setData(Qt::UserRole, id);
}

void TablePage::addRow()
{
    if (!m_editable)
        return;
    const QString id = edit({});
    m_table->setFocus(); // back to the rows, for the next key
    if (id.isEmpty())
        return;
    reload(id);
    emit changed();
}

void TablePage::editRow()
{
    const QString id = currentId();
    if (!m_editable || id.isEmpty())
        return;
    const bool saved = !edit(id).isEmpty();
    m_table->setFocus();
    if (!saved)
        return;
    reload(id);
    emit changed();
}

void TablePage::removeRow()
{
    const QString id = currentId();
    if (!m_editable || id.isEmpty())
        return;
    QStringList cells;
    for (int col = 0; col < m_table->columnCount(); ++col)
        if (auto* item = m_table->item(m_table->currentRow(), col); item && !item->text().isEmpty())
            cells << item->text();
    if (QMessageBox::question(this, tr("Remove the row"),
                              tr("Remove this row? It is removed on every workstation after the next sync.\n\n%1")
                                  .arg(cells.join(QStringLiteral(" · "))))
        != QMessageBox::Yes)
        return;
    const Status removed = removeId(id);
    if (!removed)
        QMessageBox::warning(this, tr("Remove the row"), removed.error());
    m_table->setFocus();
    if (!removed)
        return;
    reload();
    emit changed();
}

void TablePage::updateButtons()
{
    const bool selected = !currentId().isEmpty();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

} // namespace qf

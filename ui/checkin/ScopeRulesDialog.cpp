#include "ui/checkin/ScopeRulesDialog.h"

#include "models/ScopeRuleStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf {

ScopeRulesDialog::ScopeRulesDialog(ScopeRuleStore& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Scope pre-check rules"));
    resize(900, 420);
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("scopeRules"));
    m_table->setHorizontalHeaderLabels({ tr("Category"), tr("Keywords (comma-separated)"), tr("Competent body") });
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* add = buttons->addButton(tr("&Add rule"), QDialogButtonBox::ActionRole);
    QPushButton* remove = buttons->addButton(tr("&Remove rule"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        m_table->insertRow(m_table->rowCount());
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ScopeRulesDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
}

void ScopeRulesDialog::load()
{
    auto rules = m_store.list();
    if (!rules) {
        QMessageBox::warning(this, windowTitle(), rules.error());
        return;
    }
    m_table->setRowCount(0);
    m_loadedIds.clear();
    for (const ScopeRule& r : *rules) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* category = new QTableWidgetItem(r.category);
        category->setData(Qt::UserRole, r.id);
        m_table->setItem(row, 0, category);
        m_table->setItem(row, 1, new QTableWidgetItem(r.keywords.join(QStringLiteral(", "))));
        m_table->setItem(row, 2, new QTableWidgetItem(r.body));
        m_loadedIds << r.id;
    }
}

void ScopeRulesDialog::save()
{
    QStringList kept;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto text = [&](int col) { return m_table->item(row, col) ? m_table->item(row, col)->text() : QString(); };
        ScopeRule r;
        r.id = m_table->item(row, 0) ? m_table->item(row, 0)->data(Qt::UserRole).toString() : QString();
        r.category = text(0);
        r.keywords = ScopeRuleStore::splitKeywords(text(1));
        r.body = text(2);
        r.position = row + 1;
        if (r.category.trimmed().isEmpty() && r.body.trimmed().isEmpty())
            continue;
        auto saved = m_store.save(r);
        if (!saved) {
            QMessageBox::warning(this, windowTitle(), tr("Row %1: %2").arg(row + 1).arg(saved.error()));
            return;
        }
        kept << *saved;
    }
    for (const QString& id : m_loadedIds)
        if (!kept.contains(id))
            if (Status s = m_store.remove(id); !s) {
                QMessageBox::warning(this, windowTitle(), s.error());
                return;
            }
    accept();
}

} // namespace qf

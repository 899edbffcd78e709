#include "ui/reference/ReferenceTablesDialog.h"

#include "ui/reference/CategoryPage.h"
#include "models/CategoryStore.h"
#include "ui/reference/DispatchPages.h"
#include "models/DispatchTables.h"
#include "models/ProfileStore.h"
#include "models/Session.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTabWidget>
#include <QTreeView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf {

ReferenceTablesDialog::ReferenceTablesDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_categoryStore(&session.categories())
    , m_tables(&session.dispatchTables())
{
    setObjectName(QStringLiteral("referenceTablesDialog"));
    setWindowTitle(tr("Reference tables"));
    resize(980, 640);
    const auto profile = session.profile().load();
    m_editable = profile && mayEdit(profile->role);

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(m_editable
                                 ? tr("Changes are saved at once and reach every workstation with the next sync. "
                                      "The intake and the dispatch proposal use them from the next report opened.")
                                 : tr("You can read these tables. Only an administrator or a supervisor can "
                                      "change them."),
                             this);
    intro->setObjectName(QStringLiteral("referenceTablesIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("referenceTabs"));
    m_categories = new CategoryPage(*m_categoryStore, m_editable, m_tabs);
    m_jurisdictions = new JurisdictionPage(*m_tables, m_editable, m_tabs);
    m_recusals = new RecusalPage(*m_tables, m_editable, m_tabs);
    m_capabilities = new CapabilityPage(*m_tables, m_editable, m_tabs);
    m_tabs->addTab(m_categories, tr("Problem &categories"));
    m_tabs->addTab(m_jurisdictions, tr("&Jurisdiction table"));
    m_tabs->addTab(m_recusals, tr("Rec&usal table"));
    m_tabs->addTab(m_capabilities, tr("Ca&pability table"));
    layout->addWidget(m_tabs, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto changed = [this] { m_changed = true; };
    connect(m_categories, &CategoryPage::changed, this, changed);
    // A category code changed here can change officers' areas: the capability tab follows.
    connect(m_categories, &CategoryPage::changed, m_capabilities, [this] { m_capabilities->reload(); });
    for (TablePage* page : { static_cast<TablePage*>(m_jurisdictions), static_cast<TablePage*>(m_recusals),
                             static_cast<TablePage*>(m_capabilities) })
        connect(page, &TablePage::changed, this, changed);
    // The focus goes into the page's list when its tab is chosen.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 0)
            m_categories->tree()->setFocus();
        else if (auto* page = qobject_cast<TablePage*>(m_tabs->widget(index)))
            page->table()->setFocus();
    });
    m_categories->tree()->setFocus();
}

ReferenceTablesDialog::~ReferenceTablesDialog() = default;

bool ReferenceTablesDialog::mayEdit(const QString& role)
{
    return role == QLatin1String("administrator") || role == QLatin1String("supervisor");
}

void ReferenceTablesDialog::run(Session& session, QWidget* parent)
{
    ReferenceTablesDialog dialog(session, parent);
    dialog.exec();
}

} // namespace qf

#pragma once

#include <QDialog>

#include <memory>

class QTabWidget;

namespace qf {

class CapabilityPage;
class CategoryPage;
class CategoryStore;
class DispatchTables;
class JurisdictionPage;
class RecusalPage;
class Session;

// 基础表: the office's reference tables in four tabs - the problem categories (问题分类)
// and the dispatch tables (管辖库, 回避库, 能力库). Administrators and supervisors change
// them; every other role reads them.
class ReferenceTablesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReferenceTablesDialog(Session& session, QWidget* parent = nullptr);
    ~ReferenceTablesDialog() override;

    bool editable() const { return m_editable; }
    // Whether anything was changed while the dialog was open.
    bool changedAny() const { return m_changed; }

    CategoryPage* categories() const { return m_categories; }
    JurisdictionPage* jurisdictions() const { return m_jurisdictions; }
    RecusalPage* recusals() const { return m_recusals; }
    CapabilityPage* capabilities() const { return m_capabilities; }
    QTabWidget* tabs() const { return m_tabs; }

    // Opens the dialog (modal) over the parent.
    static void run(Session& session, QWidget* parent);

private:
    CategoryStore* m_categoryStore = nullptr; // the session's
    DispatchTables* m_tables = nullptr; // the session's
    bool m_editable = false;
    bool m_changed = false;
    QTabWidget* m_tabs = nullptr;
    CategoryPage* m_categories = nullptr;
    JurisdictionPage* m_jurisdictions = nullptr;
    RecusalPage* m_recusals = nullptr;
    CapabilityPage* m_capabilities = nullptr;
};

} // namespace qf

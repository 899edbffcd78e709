#pragma once

#include <QDialog>

class QTableWidget;

namespace qf {

class ScopeRuleStore;

// The administrator's editor of the scope pre-check rules: category, keywords, the body.
class ScopeRulesDialog : public QDialog
{
    Q_OBJECT

public:
    ScopeRulesDialog(ScopeRuleStore& store, QWidget* parent = nullptr);

private:
    void load();
    void save();

    ScopeRuleStore& m_store;
    QTableWidget* m_table = nullptr;
    QStringList m_loadedIds;
};

} // namespace qf

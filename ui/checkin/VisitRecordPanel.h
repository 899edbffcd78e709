#pragma once

#include "models/Representatives.h"
#include "models/ScopeRuleStore.h"

#include <QGroupBox>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QPlainTextEdit;
class QSpinBox;

namespace qf {

// The "八何" record of the visit, its kind (individual / group with head count and
// representatives / over-level), companions, and the scope pre-check shown as it is typed.
class VisitRecordPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit VisitRecordPanel(QWidget* parent = nullptr);

    void setRules(const QList<ScopeRule>& rules);
    void clear();
    void focusMatter();

    QString kind() const;
    int headCount() const;
    QString representatives() const; // Representatives::encode, empty unless a group visit
    QList<Representative> representativeList() const;
    void setRepresentatives(const QList<Representative>& list);
    QString companions() const;
    QString who() const;
    QString what() const;
    QString whenText() const;
    QString whereText() const;
    QString why() const;
    QString result() const;
    QString demand() const;
    QString category() const; // a rule category chosen by hand, or empty
    // The pre-check on the text as it stands.
    std::optional<ScopeMatch> scopeCheck() const;

private:
    void updateScope();
    void updateKind();
    void checkRepresentatives();

    QList<ScopeRule> m_rules;
    QComboBox* m_kind = nullptr;
    QSpinBox* m_headCount = nullptr;
    QTableWidget* m_representatives = nullptr;
    QLabel* m_representativesProblem = nullptr;
    QLineEdit* m_companions = nullptr;
    QLineEdit* m_who = nullptr;
    QPlainTextEdit* m_what = nullptr;
    QLineEdit* m_when = nullptr;
    QLineEdit* m_where = nullptr;
    QLineEdit* m_why = nullptr;
    QLineEdit* m_result = nullptr;
    QPlainTextEdit* m_demand = nullptr;
    QComboBox* m_category = nullptr;
    QLabel* m_scope = nullptr;
};

} // namespace qf

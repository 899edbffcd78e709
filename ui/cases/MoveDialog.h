#pragma once

#include "models/Report.h"
#include "models/Result.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTreeWidget;

namespace qf {

class CaseWork;

// Status moves: only the moves the state machine allows for this report and the user's role
// are offered (triage, evidence and dispatch have their own dialogs); the others are listed
// apart with the reason they are not possible. A move that turns out illegal when applied
// is refused with the machine's reason.
class MoveDialog : public QDialog
{
    Q_OBJECT

public:
    MoveDialog(CaseWork& work, const Report& report, QWidget* parent = nullptr);

    QList<Transition> offeredMoves() const;
    // The reason a move is not offered (empty when it is).
    QString whyNot(Transition t) const;
    bool select(Transition t);
    void setText(const QString& text);      // reason / referred-to body / earlier report
    void setOutcome(Outcome outcome);       // for the review decision
    Status apply();                         // the selected move
    Status apply(Transition t);

    void accept() override;

private:
    void selectionChanged();

    CaseWork& m_work;
    Report m_report;
    QListWidget* m_moves = nullptr;
    QTreeWidget* m_impossible = nullptr;
    QLabel* m_textLabel = nullptr;
    QLineEdit* m_text = nullptr;
    QLabel* m_outcomeLabel = nullptr;
    QComboBox* m_outcome = nullptr;
    QLabel* m_substantiatedLabel = nullptr;
    QComboBox* m_substantiated = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace qf

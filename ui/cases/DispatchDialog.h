#pragma once

#include "models/DispatchAdvisor.h"
#include "models/Report.h"
#include "models/Result.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace qf {

class CaseWork;

// 分送: the ranked proposal of handling office and handler with the reason for each; the
// officer accepts it or chooses another office / handler, which needs a reason (kept in the
// event). Only the ways of dispatching the state machine allows for the report are offered.
class DispatchDialog : public QDialog
{
    Q_OBJECT

public:
    DispatchDialog(CaseWork& work, const Report& report, QWidget* parent = nullptr);
    ~DispatchDialog() override;

    const QList<DispatchProposal>& proposals() const { return m_proposals; }
    QList<Transition> offeredWays() const;
    void setWay(Transition how);
    void choose(const QString& orgId, const QString& handlerId);
    void setOverrideReason(const QString& reason);
    bool isOverride() const;
    Status apply();

    // After a successful dispatch, accept() prints the form that goes with it (when the box
    // is ticked): its HTML, with the 文号 given.
    Result<QString> formHtml(const QString& docNo) const;
    static QString formTitle(Transition how);
    // The handling deadline printed on the form: the review meeting's, else the office's
    // handling period (Settings DispatchHandlingWorkdays) on the working-day calendar.
    QDate deadline() const;
    void accept() override;

private:
    QDate defaultDeadline();
    void fillProposals();
    void proposalChosen();
    void officeChanged();
    void updateOverride();

    CaseWork& m_work;
    Report m_report;
    std::unique_ptr<DispatchAdvisor> m_advisor;
    QList<DispatchProposal> m_proposals;
    QComboBox* m_how = nullptr;
    QTreeWidget* m_list = nullptr;
    QComboBox* m_office = nullptr;
    QComboBox* m_handler = nullptr;
    QCheckBox* m_supervised = nullptr;
    QCheckBox* m_printForm = nullptr;
    QLineEdit* m_supervision = nullptr;
    QDateEdit* m_deadline = nullptr;
    QLabel* m_deadlineNote = nullptr;
    QString m_deadlineWhy;
    QLabel* m_overrideNote = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace qf

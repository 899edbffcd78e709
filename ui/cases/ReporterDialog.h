#pragma once

#include "models/Report.h"
#include "models/Result.h"

#include <QDialog>

class QButtonGroup;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace qf {

class CaseWork;

// 举报人: makes a registered report anonymous or real-name, or corrects the reporter's name,
// ID number and phone (ReporterChanges: entitled roles only, one event without the
// identity). For a real-name report the current details are shown only on request, and
// that view is written to the audit log like the editor's "show the identity"; they must be
// shown before they can be corrected, so nobody corrects what they have not seen. The ID
// number is checked as at intake, naming the rule it breaks.
class ReporterDialog : public QDialog
{
    Q_OBJECT

public:
    ReporterDialog(CaseWork& work, const Report& report, QWidget* parent = nullptr);

    void setRealName(bool realName);
    void setIdentity(const QString& name, const QString& idNumber, const QString& phone);
    // Shows the current reporter in the fields (audited). False when refused or failed.
    bool revealCurrent();
    // Writes the choice; the error says what is wrong with the input.
    Status apply();
    // What happened, for the editor to say after the dialog closed.
    const QString& outcome() const { return m_outcome; }
    QString errorText() const;

    void accept() override;

private:
    void updateState();
    void checkIdNumber();
    void showError(const QString& message);

    CaseWork& m_work;
    Report m_report;
    bool m_revealed = false;
    QString m_outcome;
    QButtonGroup* m_mode = nullptr;
    QGroupBox* m_identity = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_idNumber = nullptr;
    QLineEdit* m_phone = nullptr;
    QLabel* m_idProblem = nullptr;
    QLabel* m_hidden = nullptr;
    QPushButton* m_reveal = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace qf

#pragma once

#include "models/FeedbackNotices.h"
#include "models/Report.h"
#include "models/Result.h"
#include "ui/checkin/DocumentPrinter.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace qf {

class CaseWork;

// Feedback to a real-name reporter: the notice of a milestone (accepted, dispatched,
// concluded) as a letter (print / PDF) and as SMS text ready for a gateway; sending is
// recorded with its date. The letter is addressed by name only when an entitled user asks
// for it (the name is revealed, and that is audited). Objections are recorded here too.
class FeedbackDialog : public QDialog
{
    Q_OBJECT

public:
    FeedbackDialog(CaseWork& work, const Report& report, QWidget* parent = nullptr);

    void setMilestone(Milestone m);
    QString letter() const;
    QString sms() const;
    // The letter saved as PDF: issued with its 文号 (the same one again on a second save).
    Result<DocumentPrinter::Issued> saveLetterPdf(const QString& path);
    Status recordSent();
    Status recordObjection(const QString& text);

private:
    void compose();
    void addressByName();
    void showMessage(const QString& text, bool error);
    DocumentPrinter::Issue letterDocument() const;
    void showIssued(const DocumentPrinter::Issued& done);

    CaseWork& m_work;
    Report m_report;
    QString m_officeName;
    QString m_officePhone;
    QString m_reporterName;
    QComboBox* m_milestone = nullptr;
    QPlainTextEdit* m_letter = nullptr;
    QLineEdit* m_sms = nullptr;
    QLabel* m_smsCount = nullptr;
    QPushButton* m_byName = nullptr;
    QPlainTextEdit* m_objection = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace qf

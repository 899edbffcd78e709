#pragma once

#include "models/EvidenceRequest.h"
#include "models/Report.h"
#include "models/Result.h"
#include "ui/checkin/DocumentPrinter.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QTextBrowser;

namespace qf {

class CaseWork;

// 补证: one notice listing everything missing (facts, evidence, level points), one item a
// line, with a preview; printed (with print preview) or saved as PDF, and recorded with its
// date through the state machine.
class EvidenceDialog : public QDialog
{
    Q_OBJECT

public:
    EvidenceDialog(CaseWork& work, const Report& report, QWidget* parent = nullptr);

    void setItems(const QStringList& facts, const QStringList& evidence, const QStringList& levels);
    EvidenceNotice notice() const;
    QString html(const QString& docNo = {}) const;
    // Saved as PDF and issued: numbered (the office's 文号 series) and kept with the report.
    // Printed or saved again from the same dialog, the notice keeps its 文号; a later notice
    // (another dialog) is a new document with the next one.
    Result<DocumentPrinter::Issued> savePdf(const QString& path);
    Status apply();

    void accept() override;

private:
    void updatePreview();
    void printPreview();
    void choosePdf();
    void showError(const QString& message);
    DocumentPrinter::Issue document();
    void showIssued(const DocumentPrinter::Issued& done);

    CaseWork& m_work;
    Report m_report;
    QPlainTextEdit* m_facts = nullptr;
    QPlainTextEdit* m_evidence = nullptr;
    QPlainTextEdit* m_levels = nullptr;
    QCheckBox* m_hasReplyBy = nullptr;
    QDateEdit* m_replyBy = nullptr;
    QTextBrowser* m_preview = nullptr;
    QLabel* m_error = nullptr;
    bool m_issued = false; // this notice was issued (printed or saved) from this dialog
};

} // namespace qf

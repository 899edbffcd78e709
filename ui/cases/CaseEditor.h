#pragma once

#include "models/Report.h"
#include "models/ReportDraft.h"
#include "models/Result.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace qf {

class AttachmentViewer;
class OcrTextPanel;
class CaseWork;
class Session;

// 案件编辑: one report with every editable field (八何, category, region, the first reported
// person), the history timeline, the attachments with a viewer, the related and repeat
// reports, the reporter (hidden; shown on request to entitled roles, each view audited; made
// anonymous, real-name or corrected in ReporterDialog) and the actions of case work (triage,
// evidence, dispatch, status moves, feedback). A save writes every changed field and
// reported person (with the principal-leader flag) in one transaction with one event per
// field. The reported persons and the reporter are handled in CaseEditorPeople.cpp.
class CaseEditor : public QDialog
{
    Q_OBJECT

public:
    explicit CaseEditor(Session& session, QWidget* parent = nullptr);
    ~CaseEditor() override;

    // Opens a non-modal editor on the report, or says why it cannot (restricted report).
    static Result<CaseEditor*> openReport(Session& session, const QString& reportId, QWidget* parent);

    // Loads the report; refused for a restricted report the user's role may not see.
    Status load(const QString& reportId);
    Status save();
    bool isModified() const;
    const Report& report() const { return m_report; }

    AttachmentViewer* viewer() const { return m_viewer; }
    OcrTextPanel* ocrPanel() const { return m_ocrPanel; }
    // Pages from the document camera: read in the background and attached as one searchable
    // PDF with its recognition (attachmentsChanged() when they are there).
    void attachPages(const QList<QImage>& pages);
    // Shows the attachment in row 'row' of the list.
    void showAttachment(int row);
    // Reveals the reporter's identity (entitled roles only; audited). False when refused.
    bool revealReporter();
    // The reporter dialog (anonymous / real name, corrections; entitled roles only).
    void openReporter();
    Status attachFiles(const QStringList& paths);

    void openTriage();
    void openEvidence();
    void openDispatch();
    void openMove();
    void openFeedback();
    void openReview();
    // Fills the Related tab (done when the tab is first shown: the repeat check reads the index).
    void showRelated();

signals:
    void attachmentsChanged();
    // Something about the report was written (fields, a move, an attachment).
    void reportChanged(const QString& reportId);

protected:
    void reject() override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildRecordTab();
    void buildHistoryTab();
    void buildAttachmentsTab();
    void buildRelatedTab();
    void fillCategories();
    void fillFields();
    void fillReporter();
    // After a save made the report restricted for this role: nothing more is shown.
    void lockOut(const QString& message);
    void fillHistory();
    void fillAttachments();
    void useCorrection(const QString& text);
    // Reads a scan attached by hand in the background; its recognition joins the attachments.
    void readAttached(const QString& path, const QString& fileName);
    void fillRelated();
    void updateActions();
    QHash<QString, QString> currentValues() const;
    QList<SubjectEdit> subjectEdits() const;
    void addSubjectRow(const Subject& subject);
    void afterAction(int result);
    void showError(const QString& message);

    Session& m_session;
    std::unique_ptr<CaseWork> m_work;
    Report m_report;
    QHash<QString, QString> m_loaded; // field -> value as loaded

    QLabel* m_header = nullptr;
    QLabel* m_message = nullptr;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_category = nullptr;
    QHash<QString, QLineEdit*> m_lines; // field -> editor
    QPlainTextEdit* m_content = nullptr;
    QTableWidget* m_subjects = nullptr;
    QLabel* m_realName = nullptr;
    QLabel* m_reporter = nullptr;
    QPushButton* m_reveal = nullptr;
    QPushButton* m_editReporter = nullptr;
    QTreeWidget* m_history = nullptr;
    QListWidget* m_attachments = nullptr;
    AttachmentViewer* m_viewer = nullptr;
    OcrTextPanel* m_ocrPanel = nullptr;
    QHash<QString, QJsonObject> m_recognitions; // a scanned letter's file name -> its original OCR
    QTreeWidget* m_related = nullptr;
    QPushButton* m_save = nullptr;
    QHash<QString, QPushButton*> m_actions;
    bool m_relatedFilled = false;
    bool m_lockedOut = false;
};

} // namespace qf

#pragma once

#include "app/export/TableExport.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QProgressBar;

namespace qf {

class ImportJob;
class ReportStore;
class Session;

// Imports the online platform's export (JSON Lines or CSV) with a progress bar. The job runs
// in small steps on the UI thread (each step a few reports, each report its own
// transaction), so the window stays responsive and Stop leaves only whole reports behind.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(Session& session, QString path, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Asks for a file and runs the import in a dialog.
    static void chooseAndRun(Session& session, QWidget* parent);

    void start();
    bool finished() const { return m_finished; }
    QString summaryText() const;
    // The lines that need someone (rejected, marked for correction, possible repeats) as a
    // table: saved to .xlsx or printed with the buttons shown once the import is over.
    ExportTable problemLines() const;

signals:
    void importFinished(bool complete);

private:
    void runStep();
    void finish(const QString& error);

    Session& m_session;
    QString m_path;
    ReportStore* m_reports = nullptr; // the session's
    std::unique_ptr<ImportJob> m_job;
    QLabel* m_label = nullptr;
    QProgressBar* m_progress = nullptr;
    QPlainTextEdit* m_result = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_print = nullptr;
    bool m_stop = false;
    bool m_finished = false;
};

} // namespace qf

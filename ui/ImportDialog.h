#pragma once

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
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
    bool m_stop = false;
    bool m_finished = false;
};

} // namespace qf

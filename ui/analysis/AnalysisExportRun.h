#pragma once

#include "models/Analysis.h"
#include "models/AnalysisReport.h"
#include "models/Result.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace qf {

// An analysis being written to a .docx, .xlsx or PDF in the background: a row with the step
// it is at, a progress bar and 取消导出. The window stays usable meanwhile. A cancelled
// export writes no file (one half written is removed).
class AnalysisExportRun : public QWidget
{
    Q_OBJECT

public:
    struct Job
    {
        QString databasePath;
        AnalysisQuery query;
        AnalysisReport::Kind kind = AnalysisReport::Kind::Monthly;
        QString office;
        QString path; // where the document goes; its suffix says the format
    };

    explicit AnalysisExportRun(QWidget* parent = nullptr);
    ~AnalysisExportRun() override;

    // false while another export runs.
    bool start(const Job& job);
    bool running() const { return m_watcher.isRunning(); }
    void cancel();

signals:
    // The export ended: written, failed or cancelled, said for the user.
    void finished(bool written, const QString& message);

private:
    void done();

    QFutureWatcher<Status> m_watcher;
    QString m_path;
    QLabel* m_step = nullptr;
    QProgressBar* m_bar = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace qf

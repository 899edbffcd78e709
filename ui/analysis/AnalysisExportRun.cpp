#include "ui/analysis/AnalysisExportRun.h"

#include "app/analysis/AnalysisExport.h"
#include "models/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace qf {

namespace {

// The steps, each kPerStep values of the progress bar: counting moves it part by part.
enum Step { Reading = 0, Counting = 1, Writing = 2, Steps = 3 };
constexpr int kPerStep = 10;

void exportAnalysis(QPromise<Status>& promise, const AnalysisExportRun::Job& job)
{
    promise.setProgressRange(0, Steps * kPerStep);
    promise.setProgressValueAndText(Reading * kPerStep, AnalysisExportRun::tr("Reading the reports…"));
    auto db = Database::openReader(job.databasePath);
    if (!db) {
        promise.addResult(Status(Error { db.error() }));
        return;
    }
    Analysis analysis((*db)->connection());
    if (Status s = analysis.load(); !s) {
        promise.addResult(s);
        return;
    }
    if (promise.isCanceled())
        return;
    promise.setProgressValueAndText(Counting * kPerStep, AnalysisExportRun::tr("Counting the figures…"));
    auto report = AnalysisReport::build(analysis, job.kind, job.query, false, job.office,
                                        QCoreApplication::applicationVersion(), QDate::currentDate(),
                                        [&promise](int part, int parts, const QString& what) {
                                            if (promise.isCanceled())
                                                return false;
                                            promise.setProgressValueAndText(
                                                Counting * kPerStep + part * kPerStep / std::max(1, parts),
                                                AnalysisExportRun::tr("Counting the figures: %1 (%2 of %3)…")
                                                    .arg(what)
                                                    .arg(part + 1)
                                                    .arg(parts));
                                            return true;
                                        });
    if (promise.isCanceled())
        return;
    if (!report) {
        promise.addResult(Status(Error { report.error() }));
        return;
    }
    if (promise.isCanceled())
        return;
    promise.setProgressValueAndText(Writing * kPerStep, AnalysisExportRun::tr("Writing the document…"));
    // The PDF paints with fonts: in the background, as the other formats.
    const Status written = AnalysisExport::write(*report, job.path);
    if (promise.isCanceled()) {
        QFile::remove(job.path); // cancelled while it was written: no document half there
        return;
    }
    promise.setProgressValue(Steps * kPerStep);
    promise.addResult(written);
}

} // namespace

AnalysisExportRun::AnalysisExportRun(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("analysisExportRun"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("analysisExportStep"));
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("analysisExportProgress"));
    m_bar->setRange(0, Steps * kPerStep);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(240);
    m_cancel = new QPushButton(tr("Cancel export"), this);
    m_cancel->setObjectName(QStringLiteral("analysisExportCancel"));
    row->addWidget(m_step);
    row->addWidget(m_bar);
    row->addWidget(m_cancel);
    row->addStretch(1);
    connect(m_cancel, &QPushButton::clicked, this, &AnalysisExportRun::cancel);
    connect(&m_watcher, &QFutureWatcher<Status>::progressValueChanged, m_bar, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<Status>::progressTextChanged, m_step, &QLabel::setText);
    connect(&m_watcher, &QFutureWatcher<Status>::finished, this, &AnalysisExportRun::done);
    hide();
}

AnalysisExportRun::~AnalysisExportRun()
{
    // The window closes: the export stops at its next step and leaves no file.
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

bool AnalysisExportRun::start(const Job& job)
{
    if (running())
        return false;
    m_path = job.path;
    m_bar->setValue(0);
    m_step->setText(tr("Reading the reports…"));
    m_cancel->setEnabled(true);
    show();
    m_watcher.setFuture(QtConcurrent::run(exportAnalysis, job));
    return true;
}

void AnalysisExportRun::cancel()
{
    if (!running())
        return;
    m_watcher.cancel();
    m_cancel->setEnabled(false);
    m_step->setText(tr("Cancelling…"));
}

void AnalysisExportRun::done()
{
    hide();
    const QFuture<Status> f = m_watcher.future();
    if (f.isCanceled() || f.resultCount() == 0) {
        // The cancel came just as the document was finished: it goes too. Cancelled before
        // the writing began, a file already at that path is not this export's and stays.
        if (f.resultCount() > 0)
            QFile::remove(m_path);
        emit finished(false, tr("The export was cancelled; no file was written."));
        return;
    }
    const Status s = f.result();
    emit finished(s.ok(), s ? tr("Written: %1").arg(m_path) : s.error());
}

} // namespace qf

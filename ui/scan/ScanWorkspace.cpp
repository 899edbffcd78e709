#include "ui/scan/ScanWorkspace.h"

#include "app/devices/scanner/ScanJob.h"
#include "app/scan/ScanBatch.h"
#include "app/scan/ScannerConfig.h"
#include "app/scan/SeparatorSheet.h"
#include "models/Database.h"
#include "models/PrivateFiles.h"
#include "models/Session.h"
#include "ui/WorkspaceIcons.h"
#include "ui/scan/ScanBatchView.h"
#include "ui/scan/ScannerSettingsDialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace qf {

namespace {

enum Profile { LetterIntake, DeviceSettings };

} // namespace

ScanWorkspace::ScanWorkspace(Session& session, QWidget* parent)
    : Workspace(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    auto* deviceRow = new QHBoxLayout;
    m_device = new QLabel(this);
    auto* settings = new QPushButton(tr("Scanner s&ettings…"), this);
    auto* separators = new QPushButton(tr("Print sep&arator sheets…"), this);
    deviceRow->addWidget(m_device, 1);
    deviceRow->addWidget(settings);
    deviceRow->addWidget(separators);
    layout->addLayout(deviceRow);

    auto* runRow = new QHBoxLayout;
    auto* profileLabel = new QLabel(tr("Prof&ile:"), this);
    m_profile = new QComboBox(this);
    m_profile->addItem(tr("Letter intake (both sides, grey, 300 dpi, blank backs dropped)"), LetterIntake);
    m_profile->addItem(tr("As set in the scanner settings"), DeviceSettings);
    profileLabel->setBuddy(m_profile);
    m_start = new QPushButton(tr("S&can (F5)"), this);
    m_continue = new QPushButton(tr("Co&ntinue"), this);
    m_stop = new QPushButton(tr("Sto&p"), this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(200);
    m_pageCount = new QLabel(this);
    runRow->addWidget(profileLabel);
    runRow->addWidget(m_profile);
    runRow->addWidget(m_start);
    runRow->addWidget(m_continue);
    runRow->addWidget(m_stop);
    runRow->addWidget(m_progress);
    runRow->addWidget(m_pageCount);
    runRow->addStretch(1);
    layout->addLayout(runRow);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* pagesBox = new QWidget(split);
    auto* pagesLayout = new QVBoxLayout(pagesBox);
    pagesLayout->setContentsMargins(0, 0, 0, 0);
    auto* pagesTitle = new QLabel(tr("<b>Pages of this run</b>"), pagesBox);
    m_pages = new QListWidget(pagesBox);
    m_pages->setViewMode(QListView::IconMode);
    m_pages->setIconSize(QSize(110, 154));
    m_pages->setResizeMode(QListView::Adjust);
    m_pages->setMovement(QListView::Static);
    m_pages->setSpacing(6);
    m_pages->setAccessibleName(tr("Pages of this run"));
    pagesTitle->setBuddy(m_pages);
    pagesLayout->addWidget(pagesTitle);
    pagesLayout->addWidget(m_pages, 1);
    m_batch = new ScanBatchView(session, split);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    connect(settings, &QPushButton::clicked, this, &ScanWorkspace::editSettings);
    connect(separators, &QPushButton::clicked, this, &ScanWorkspace::printSeparators);
    connect(m_start, &QPushButton::clicked, this, &ScanWorkspace::startScan);
    connect(m_continue, &QPushButton::clicked, this, [this] { continueScan(); });
    connect(m_stop, &QPushButton::clicked, this, &ScanWorkspace::stopScan);
    connect(m_batch, &ScanBatchView::caseOpened, this, &ScanWorkspace::caseOpened);
    // Once every letter of the run is registered its pages are in the attachments (the PDF):
    // the run's own copies of the letters go, so no reporter's letter lies about on disk.
    connect(m_batch, &ScanBatchView::registrationFinished, this, [this] {
        if (m_batch->unregistered() > 0 || isScanning() || m_runFolder.isEmpty())
            return;
        if (m_job && m_job->lastFault() != ScanFault::None && m_job->lastFault() != ScanFault::Cancelled)
            return; // the run may still continue into this folder
        QDir(m_runFolder).removeRecursively();
        m_runFolder.clear();
        m_job.reset();
        m_pages->clear();
        updateButtons();
    });
    auto* f5 = new QShortcut(QKeySequence(Qt::Key_F5), this, this, &ScanWorkspace::startScan);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    refreshDevice();
    updateButtons();
}

ScanWorkspace::~ScanWorkspace() = default;

QString ScanWorkspace::title() const { return tr("Letter scanning"); }

QIcon ScanWorkspace::icon() const { return workspaceIcon(QChar(0x4FE1), QColor(0x45, 0x5a, 0x64)); } // 信

void ScanWorkspace::activated() { refreshDevice(); }

void ScanWorkspace::refreshDevice()
{
    const ScannerConfig::Saved saved = ScannerConfig::load();
    if (saved.settings.device.isEmpty()) {
        m_device->setText(tr("No scanner chosen for this workstation yet: choose one in the scanner settings."));
        return;
    }
    QString text = tr("Scanner: %1").arg(saved.settings.device);
    if (const QString note = saved.letterNote(); !note.isEmpty())
        text += QStringLiteral("　") + note;
    m_device->setText(text);
}

ScanSettings ScanWorkspace::chosenSettings() const
{
    const ScannerConfig::Saved saved = ScannerConfig::load();
    ScanSettings s = m_profile->currentData().toInt() == LetterIntake ? saved.letterSettings() : saved.settings;
    s.options = m_deviceOptions;
    return s;
}

bool ScanWorkspace::isScanning() const { return m_job && m_job->isRunning(); }

int ScanWorkspace::pagesScanned() const { return m_job ? int(m_job->pages().size()) : 0; }

void ScanWorkspace::startScan()
{
    if (isScanning() || m_batch->isRegistering())
        return;
    if (ScannerConfig::load().settings.device.isEmpty()) {
        if (!ScannerSettingsDialog::edit(this))
            return;
        refreshDevice();
    }
    if (const int waiting = m_batch->unregistered(); waiting > 0) {
        const auto answer = QMessageBox::question(
            this, tr("Scan a new stack"),
            tr("%n letter(s) of the last run are not registered yet. Scan a new stack and put them aside? "
               "Their pages stay in the run's folder.",
               nullptr, waiting));
        if (answer != QMessageBox::Yes)
            return;
    }
    const ScannerConfig::Saved saved = ScannerConfig::load();
    m_dropBlank = m_profile->currentData().toInt() == LetterIntake || saved.dropBlank;
    // Every run keeps its pages in a folder of its own beside the database (0700): a letter
    // carries the reporter's name and address, and nothing scanned is lost if the program
    // stops before the letters are registered.
    const QString root = QFileInfo(m_session.database().path()).absolutePath() + QStringLiteral("/scan-runs");
    m_runFolder = root + QLatin1Char('/') + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    if (auto made = PrivateFiles::makeFolder(m_runFolder); !made) {
        showMessage(made.error(), true);
        return;
    }
    const ScanSettings settings = chosenSettings();
    m_dpi = settings.resolution;
    m_job = std::make_unique<ScanJob>(settings, m_runFolder);
    connect(m_job.get(), &ScanJob::pageScanned, this, &ScanWorkspace::pageArrived);
    connect(m_job.get(), &ScanJob::stopped, this, &ScanWorkspace::runEnded);
    m_pages->clear();
    m_previews.clear();
    m_batch->clear();
    m_pageCount->clear();
    showMessage(tr("Scanning… put the stack in the feeder face down, the first letter on top."), false);
    m_job->start();
    updateButtons();
}

void ScanWorkspace::continueScan(const QList<ScanSettings::Option>& extra)
{
    if (!m_job || m_job->isRunning())
        return;
    showMessage(tr("Scanning on from page %1…").arg(pagesScanned() + 1), false);
    m_job->continueRun(extra);
    updateButtons();
}

void ScanWorkspace::stopScan()
{
    if (!isScanning())
        return;
    m_job->cancel();
    showMessage(tr("Stopping after this page…"), false);
}

void ScanWorkspace::pageArrived(int number, const QString& file, const QImage& preview)
{
    m_previews.insert(file, preview);
    m_pageCount->setText(tr("Page %1").arg(number));
    auto* item = new QListWidgetItem(QPixmap::fromImage(preview), tr("Page %1").arg(number), m_pages);
    item->setData(Qt::UserRole, file);
    m_pages->scrollToItem(item);
}

void ScanWorkspace::runEnded(ScanFault fault, const QString& message)
{
    updateButtons();
    const int pages = pagesScanned();
    switch (fault) {
    case ScanFault::None:
        showMessage(tr("Done: %n page(s) scanned.", nullptr, pages), false);
        break;
    case ScanFault::Cancelled:
        showMessage(tr("Stopped: the %n page(s) scanned are kept.", nullptr, pages), false);
        break;
    case ScanFault::FeederEmpty:
        showMessage(message + QLatin1Char(' ') + tr("Put the letters in the feeder, then Continue."), true);
        break;
    default:
        showMessage(tr("%1 The %n page(s) before it are kept; clear it, then Continue.", nullptr, pages).arg(message),
                    true);
        break;
    }
    Q_EMIT runStopped(fault);
    if (pages == 0)
        return;
    // A stopped run is split too: the clerk may register what is there, or continue.
    const QStringList files = m_job->pages();
    ScanBatch::Options options;
    options.dropBlank = m_dropBlank;
    auto* watcher = new QFutureWatcher<ScanBatch>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, files] {
        watcher->deleteLater();
        // A page scanned since (the run went on) makes this split stale: the next one follows.
        if (m_job && m_job->pages() == files && !m_job->isRunning())
            m_batch->setBatch(watcher->result(), m_dpi, m_previews);
    });
    watcher->setFuture(QtConcurrent::run([files, options] { return ScanBatch::fromPages(files, options); }));
}

void ScanWorkspace::updateButtons()
{
    const bool running = isScanning();
    const bool faulted = m_job && !running && m_job->lastFault() != ScanFault::None
                         && m_job->lastFault() != ScanFault::Cancelled;
    m_start->setEnabled(!running);
    m_continue->setVisible(faulted);
    m_stop->setEnabled(running);
    m_progress->setVisible(running);
    m_profile->setEnabled(!running);
}

void ScanWorkspace::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
}

void ScanWorkspace::editSettings()
{
    if (isScanning())
        return;
    if (ScannerSettingsDialog::edit(this))
        refreshDevice();
}

void ScanWorkspace::printSeparators()
{
    bool ok = false;
    const int count = QInputDialog::getInt(this, tr("Separator sheets"),
                                           tr("How many sheets? Put one between every two letters of a stack."), 20, 1,
                                           500, 1, &ok);
    if (!ok)
        return;
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save the separator sheets"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + tr("/separator-sheets.pdf"),
        tr("PDF (*.pdf)"));
    if (file.isEmpty())
        return;
    if (auto r = SeparatorSheet::writePdf(file, SeparatorSheet::newBatchId(), count); !r)
        QMessageBox::warning(this, tr("Separator sheets"), r.error());
    else
        showMessage(tr("%n separator sheet(s) written to %1: print them on plain A4.", nullptr, count).arg(file), false);
}

} // namespace qf

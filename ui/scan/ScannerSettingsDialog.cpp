#include "ui/scan/ScannerSettingsDialog.h"

#include "app/devices/scanner/SaneDevice.h"
#include "app/devices/scanner/ScanJob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace qf {

namespace {

// The resolutions offered when the device takes a range: the usual ones inside it.
QList<int> offeredResolutions(const ScannerCapabilities& caps)
{
    if (!caps.resolutionRange)
        return caps.resolutions;
    QList<int> out;
    for (int r : { 100, 150, 200, 300, 400, 600 })
        if (caps.resolutions.size() != 2 || (r >= caps.resolutions.first() && r <= caps.resolutions.last()))
            out << r;
    return out;
}

template <typename T>
void selectData(QComboBox* box, const T& value)
{
    const int i = box->findData(QVariant::fromValue(value));
    if (i >= 0)
        box->setCurrentIndex(i);
}

} // namespace

ScannerSettingsDialog::ScannerSettingsDialog(const ScannerConfig::Saved& saved, QWidget* parent)
    : QDialog(parent)
    , m_saved(saved)
{
    setWindowTitle(tr("Scanner of this workstation"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto* deviceRow = new QHBoxLayout;
    m_device = new QComboBox(this);
    m_device->setMinimumContentsLength(28);
    auto* refresh = new QPushButton(tr("&Look again"), this);
    deviceRow->addWidget(m_device, 1);
    deviceRow->addWidget(refresh);
    auto* deviceLabel = new QLabel(tr("&Scanner:"), this);
    deviceLabel->setBuddy(m_device);
    form->addRow(deviceLabel, deviceRow);
    m_source = new QComboBox(this);
    form->addRow(tr("S&ource:"), m_source);
    m_mode = new QComboBox(this);
    form->addRow(tr("&Colour:"), m_mode);
    m_resolution = new QComboBox(this);
    form->addRow(tr("&Resolution:"), m_resolution);
    m_dropBlank = new QCheckBox(tr("&Drop blank pages (the backs of one-sided letters)"), this);
    m_dropBlank->setChecked(saved.dropBlank);
    form->addRow(QString(), m_dropBlank);
    layout->addLayout(form);
    m_letterNote = new QLabel(this);
    m_letterNote->setWordWrap(true);
    layout->addWidget(m_letterNote);
    auto* testRow = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test: scan one page"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    testRow->addWidget(m_test);
    testRow->addWidget(m_status, 1);
    layout->addLayout(testRow);
    m_preview = new QLabel(this);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumHeight(200);
    m_preview->setAccessibleName(tr("Test page"));
    layout->addWidget(m_preview, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refresh, &QPushButton::clicked, this, &ScannerSettingsDialog::findDevices);
    connect(m_device, &QComboBox::currentIndexChanged, this, &ScannerSettingsDialog::deviceChosen);
    connect(m_test, &QPushButton::clicked, this, &ScannerSettingsDialog::testScan);
    resize(580, 620);
    findDevices();
}

ScannerSettingsDialog::~ScannerSettingsDialog() = default;

void ScannerSettingsDialog::done(int delta)
{
    m_pending += delta;
    if (m_pending == 0)
        Q_EMIT settled();
}

void ScannerSettingsDialog::findDevices()
{
    m_status->setText(tr("Looking for scanners…"));
    m_device->setEnabled(false);
    done(+1);
    auto* watcher = new QFutureWatcher<Result<QList<ScannerInfo>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const auto found = watcher->result();
        const QSignalBlocker block(m_device);
        m_device->clear();
        m_device->setEnabled(true);
        if (!found) {
            m_status->setText(found.error());
        } else if (found->isEmpty()) {
            m_status->setText(tr("No scanner found. Check that it is switched on and connected, then look again."));
        } else {
            m_status->clear();
            for (const ScannerInfo& d : *found)
                m_device->addItem(d.label(), d.name);
            const int keep = m_device->findData(m_saved.settings.device);
            m_device->setCurrentIndex(keep >= 0 ? keep : 0);
        }
        m_test->setEnabled(m_device->count() > 0);
        if (m_device->count() > 0)
            deviceChosen();
        done(-1);
    });
    watcher->setFuture(QtConcurrent::run([] { return SaneDevice::list(); }));
}

void ScannerSettingsDialog::deviceChosen()
{
    const QString name = m_device->currentData().toString();
    if (name.isEmpty())
        return;
    done(+1);
    m_status->setText(tr("Asking the scanner what it can do…"));
    auto* watcher = new QFutureWatcher<Result<ScannerCapabilities>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, name] {
        watcher->deleteLater();
        const auto caps = watcher->result();
        if (m_device->currentData().toString() == name) {
            if (caps) {
                m_status->clear();
                showCapabilities(*caps);
            } else {
                m_status->setText(caps.error());
            }
        }
        done(-1);
    });
    watcher->setFuture(QtConcurrent::run([name]() -> Result<ScannerCapabilities> {
        SaneDevice device;
        if (auto r = device.open(name); !r)
            return r.failure();
        return device.capabilities();
    }));
}

void ScannerSettingsDialog::showCapabilities(const ScannerCapabilities& caps)
{
    m_caps = caps;
    const bool sameDevice = m_device->currentData().toString() == m_saved.settings.device;
    m_source->clear();
    for (ScanSource s : caps.sources)
        m_source->addItem(ScannerConfig::sourceName(s), QVariant::fromValue(int(s)));
    m_mode->clear();
    for (ScanMode m : caps.modes)
        m_mode->addItem(ScannerConfig::modeName(m), QVariant::fromValue(int(m)));
    m_resolution->clear();
    for (int r : offeredResolutions(caps))
        m_resolution->addItem(tr("%1 dpi").arg(r), r);
    // A device chosen anew starts from the letter-intake profile; the saved one keeps its choice.
    QString note;
    const ScanSettings letter = ScannerConfig::letterProfile(m_device->currentData().toString(), caps, &note);
    const ScanSettings& start = sameDevice ? m_saved.settings : letter;
    selectData(m_source, int(start.source));
    selectData(m_mode, int(start.mode));
    selectData(m_resolution, ScannerConfig::nearestResolution(caps, start.resolution));
    m_saved.letterSource = letter.source;
    m_letterNote->setText(tr("Letter intake on this scanner: %1, grey, %2 dpi.")
                              .arg(ScannerConfig::sourceName(letter.source))
                              .arg(ScannerConfig::nearestResolution(caps, 300))
                          + (note.isEmpty() ? QString() : QLatin1Char(' ') + note));
}

ScannerConfig::Saved ScannerSettingsDialog::saved() const
{
    ScannerConfig::Saved out = m_saved;
    out.settings.device = m_device->currentData().toString();
    if (m_source->count() > 0)
        out.settings.source = ScanSource(m_source->currentData().toInt());
    if (m_mode->count() > 0)
        out.settings.mode = ScanMode(m_mode->currentData().toInt());
    if (m_resolution->count() > 0)
        out.settings.resolution = m_resolution->currentData().toInt();
    out.dropBlank = m_dropBlank->isChecked();
    return out;
}

void ScannerSettingsDialog::testScan()
{
    const ScannerConfig::Saved s = saved();
    if (s.settings.device.isEmpty())
        return;
    m_testDir = std::make_unique<QTemporaryDir>();
    ScanSettings one = s.settings;
    one.options = m_saved.settings.options;
    m_testJob = std::make_unique<ScanJob>(one, m_testDir->path());
    m_test->setEnabled(false);
    m_status->setText(tr("Scanning a test page…"));
    connect(m_testJob.get(), &ScanJob::pageScanned, this, [this](int, const QString&, const QImage& preview) {
        m_testJob->cancel(); // one page is the test
        m_preview->setPixmap(QPixmap::fromImage(preview.scaled(m_preview->size(), Qt::KeepAspectRatio,
                                                               Qt::SmoothTransformation)));
        const QImage page(m_testJob->pages().constLast());
        m_status->setText(tr("The scanner works: one page of %1 × %2 pixels.").arg(page.width()).arg(page.height()));
    });
    connect(m_testJob.get(), &ScanJob::stopped, this, [this](ScanFault fault, const QString& message) {
        m_test->setEnabled(true);
        const bool ok = !m_testJob->pages().isEmpty();
        if (!ok)
            m_status->setText(fault == ScanFault::None ? tr("The scanner gave no page.") : message);
        Q_EMIT testFinished(ok);
    });
    m_testJob->start();
}

bool ScannerSettingsDialog::edit(QWidget* parent)
{
    ScannerSettingsDialog dialog(ScannerConfig::load(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    ScannerConfig::save(dialog.saved());
    return true;
}

} // namespace qf

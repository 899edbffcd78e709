#pragma once

#include "app/devices/scanner/ScanSettings.h"
#include "ui/Workspace.h"

#include <QHash>
#include <QImage>

#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace qf {

class ScanBatchView;
class ScanJob;
class Session;

// 来信扫描: the registry clerk's scanner. One click scans a stack with the letter-intake
// profile (duplex feeder, grey, 300 dpi, blank backs dropped); each page shows as it arrives
// ("第 3 页"); a jam, an open cover, an empty feeder, a device gone or a full disk stops the
// run with a plain message and the pages so far kept, and the run continues once the clerk
// has cleared it; Stop keeps what was scanned. The run is then split at the separator sheets
// into letters on the batch screen (ScanBatchView), corrected there and registered.
class ScanWorkspace : public Workspace
{
    Q_OBJECT

public:
    ScanWorkspace(Session& session, QWidget* parent = nullptr);
    ~ScanWorkspace() override;

    QString title() const override;
    QIcon icon() const override;
    void activated() override;

    void startScan();
    // Goes on after a fault the clerk has cleared; `extra` is set on the device first.
    void continueScan(const QList<ScanSettings::Option>& extra = {});
    void stopScan();
    void editSettings();
    void printSeparators();

    // Device options set before the first page of every run (what a device needs beyond
    // the settings; the tests' picture and faults of SANE's test backend).
    void setDeviceOptions(const QList<ScanSettings::Option>& options) { m_deviceOptions = options; }
    ScanBatchView* batchView() const { return m_batch; }
    bool isScanning() const;
    int pagesScanned() const;

Q_SIGNALS:
    void caseOpened(const QString& reportId);
    void runStopped(qf::ScanFault fault);

private:
    void refreshDevice();
    void pageArrived(int number, const QString& file, const QImage& preview);
    void runEnded(ScanFault fault, const QString& message);
    void showMessage(const QString& text, bool problem);
    void updateButtons();
    ScanSettings chosenSettings() const;

    Session& m_session;
    QList<ScanSettings::Option> m_deviceOptions;
    std::unique_ptr<ScanJob> m_job;
    QString m_runFolder;
    QHash<QString, QImage> m_previews;
    int m_dpi = 300;
    bool m_dropBlank = true;
    QLabel* m_device = nullptr;
    QComboBox* m_profile = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_continue = nullptr;
    QPushButton* m_stop = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_pageCount = nullptr;
    QLabel* m_message = nullptr;
    QListWidget* m_pages = nullptr;
    ScanBatchView* m_batch = nullptr;
};

} // namespace qf

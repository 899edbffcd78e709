#pragma once

#include "app/devices/scanner/ScanSettings.h"
#include "app/scan/ScannerConfig.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTemporaryDir;

namespace qf {

class ScanJob;

// The scanner of this workstation (Devices settings): the device SANE finds, its source,
// colour mode and resolution as the device itself offers them, whether blank backs are
// dropped, and a Test button that scans one page. Finding devices and reading what one can
// do run off the UI thread: a network scanner can take seconds to answer.
class ScannerSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ScannerSettingsDialog(const ScannerConfig::Saved& saved, QWidget* parent = nullptr);
    ~ScannerSettingsDialog() override;

    ScannerConfig::Saved saved() const;
    // Opens the dialog and, on OK, keeps the choice for this workstation.
    static bool edit(QWidget* parent);

    // For the tests: true once the device list (and the chosen device's capabilities) came back.
    bool isSettled() const { return m_pending == 0; }
    void testScan();

Q_SIGNALS:
    void settled();
    void testFinished(bool ok);

private:
    void findDevices();
    void deviceChosen();
    void showCapabilities(const ScannerCapabilities& caps);
    void done(int delta);

    ScannerConfig::Saved m_saved;
    ScannerCapabilities m_caps;
    QComboBox* m_device = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_mode = nullptr;
    QComboBox* m_resolution = nullptr;
    QCheckBox* m_dropBlank = nullptr;
    QLabel* m_letterNote = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_preview = nullptr;
    QPushButton* m_test = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    std::unique_ptr<ScanJob> m_testJob;
    std::unique_ptr<QTemporaryDir> m_testDir;
    int m_pending = 0;
};

} // namespace qf

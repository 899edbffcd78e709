#pragma once

#include "ui/checkin/DeskSettings.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;

namespace qf {

class SamIdCardReader;

// The desk's device page: the ID-card reader's port (any path: /dev/ttyUSB0, a pty) with a
// test, the photo decoder library, the desk's ticket prefix, where printouts go, the rooms.
class DeskSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DeskSettingsDialog(const DeskSettings& settings, QWidget* parent = nullptr);
    ~DeskSettingsDialog() override;
    DeskSettings settings() const;

private:
    void testReader();

    QComboBox* m_port = nullptr;
    QLabel* m_testResult = nullptr;
    QLineEdit* m_wltLibrary = nullptr;
    QLineEdit* m_ticketPrefix = nullptr;
    QComboBox* m_target = nullptr;
    QComboBox* m_ticketPaper = nullptr;
    QLineEdit* m_pdfFolder = nullptr;
    QLineEdit* m_rooms = nullptr;
    std::unique_ptr<SamIdCardReader> m_probe;
};

} // namespace qf

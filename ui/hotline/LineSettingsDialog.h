#pragma once

#include "app/devices/phone/PhoneLine.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace qf {

// 线路设置: the hotline line of this workstation (Devices settings): the SIP account on the
// office's registrar, outbound proxy, transport, port, the recorded announcement and how long
// a call may ring, whether calls are recorded (fixed when the office requires it). The
// password goes to the OS keychain.
class LineSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // `officeRecords`: the office records every call (the administrator's rule), so the
    // recording box is ticked and cannot be cleared here.
    LineSettingsDialog(const LineSettings& settings, bool officeRecords, QWidget* parent = nullptr);
    LineSettings settings() const;

private:
    LineSettings m_base;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_domain = nullptr;
    QLineEdit* m_proxy = nullptr;
    QComboBox* m_transport = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_announcement = nullptr;
    QSpinBox* m_ring = nullptr;
    QCheckBox* m_noSoundCard = nullptr;
    QCheckBox* m_record = nullptr;
};

} // namespace qf

#pragma once

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace qf {

class Session;

// 热线（本单位）in the Settings workspace: the office's hotline rules, which only the
// administrator changes (the core refuses anyone else): whether every answered call is
// recorded (locked: no operator can turn it off on a workstation), by which working day a
// missed call is called back, and when the working day ends. Others see the rules, greyed.
class HotlineOfficeSettings : public QGroupBox
{
    Q_OBJECT

public:
    explicit HotlineOfficeSettings(Session& session, QWidget* parent = nullptr);

    // Reads the rules again (another administrator may have changed them by sync).
    void load();

private:
    void save();

    Session& m_session;
    QCheckBox* m_record = nullptr;
    QSpinBox* m_workdays = nullptr;
    QTimeEdit* m_dayEnds = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace qf

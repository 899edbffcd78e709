#pragma once

#include "models/ProfileStore.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace qf {

class Session;

// First start on a database without a local profile: who works here, in which office and
// in which role; optionally with demonstration data. Accepting writes the profile.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(Session& session, QWidget* parent = nullptr);

    const Profile& profile() const { return m_profile; }
    bool demoRequested() const;
    qint64 demoReports() const;

    void accept() override;

private:
    void updateOfficeChoice();

    Session& m_session;
    Profile m_profile;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    QRadioButton* m_useExisting = nullptr;
    QRadioButton* m_useNew = nullptr;
    QComboBox* m_existing = nullptr;
    QLineEdit* m_newName = nullptr;
    QComboBox* m_newLevel = nullptr;
    QCheckBox* m_demo = nullptr;
    QSpinBox* m_demoCount = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace qf

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

class DataKeyProvider;
class Session;

// First start on a store without accounts: its administrator (name, login, password) and
// office; optionally with demonstration data. Accepting creates the administrator (who then
// adds the office's users and gives their roles) and signs them in. Nobody picks a role here.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    // keys: the keychain, from which a store made before accounts hands over its key.
    FirstRunDialog(Session& session, DataKeyProvider& keys, QWidget* parent = nullptr);

    const Profile& profile() const { return m_profile; }
    bool demoRequested() const;
    qint64 demoReports() const;

    void accept() override;

private:
    void updateOfficeChoice();

    Session& m_session;
    DataKeyProvider& m_keys;
    Profile m_profile;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
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

#pragma once

#include "models/Result.h"
#include "ui/Workspace.h"


class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace qf {

class HotlineOfficeSettings;
class Session;

// 设置: the local profile, the interface language, the state of the system keychain, the
// reference tables and the office's hotline rules.
class SettingsWorkspace : public Workspace
{
    Q_OBJECT

public:
    explicit SettingsWorkspace(Session& session, QWidget* parent = nullptr);

    QString title() const override { return tr("Settings"); }
    QIcon icon() const override;
    void activated() override;

    // Asks the user to confirm a language change takes effect after a restart.
    static void chooseLanguage(QWidget* parent, const QString& code);

signals:
    void profileChanged();

private:
    void loadProfile();
    void saveProfile();
    void checkKeychain();

    Session& m_session;
    QLineEdit* m_name = nullptr;
    QLabel* m_role = nullptr;
    QLabel* m_office = nullptr;
    QPushButton* m_save = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_keychain = nullptr;
    HotlineOfficeSettings* m_hotline = nullptr;
};

} // namespace qf

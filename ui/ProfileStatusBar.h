#pragma once

#include <QStatusBar>

class QLabel;

namespace qf {

struct Profile;

// The main window's status bar: who works here (name, office, role) and the sync state,
// which the sync service updates once there is one.
class ProfileStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit ProfileStatusBar(QWidget* parent = nullptr);

    void setProfile(const Profile& profile);
    void clearProfile();

public slots:
    void setSyncState(const QString& text);

private:
    QLabel* m_user = nullptr;
    QLabel* m_office = nullptr;
    QLabel* m_role = nullptr;
    QLabel* m_sync = nullptr;
};

} // namespace qf

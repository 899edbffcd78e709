#pragma once

#include <QStatusBar>

class QLabel;
class QProgressBar;
class QToolButton;

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
    // A busy bar while the first sync fills an empty workstation (done = rows so far).
    // The first sync's progress: records received, then (indexing) reports indexed for search.
    void setSyncProgress(qint64 done, bool visible, bool indexing = false);

signals:
    // The sync state was clicked: show the conflicts inbox.
    void syncClicked();

private:
    QLabel* m_user = nullptr;
    QLabel* m_office = nullptr;
    QLabel* m_role = nullptr;
    QToolButton* m_sync = nullptr;
    QProgressBar* m_progress = nullptr;
};

} // namespace qf

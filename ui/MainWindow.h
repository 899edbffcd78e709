#pragma once

#include <QFuture>
#include <QList>
#include <QMainWindow>

class QActionGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;

namespace qf {

class HelpDialog;
class OverviewWorkspace;
class ProfileStatusBar;
class Session;
class SyncController;
class Workspace;

// The desktop client's window: a side bar of workspaces, the workspace shown, a status bar
// with the profile and the sync state. Screens live in their own Workspace classes.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Adds a screen to the side bar; the n-th one (n <= 9) is also reached with Ctrl+n.
    void addWorkspace(Workspace* workspace);
    void showWorkspace(int index);
    int currentWorkspace() const;
    ProfileStatusBar* profileStatusBar() const { return m_status; }
    SyncController* syncController() const { return m_sync; }
    void showConflicts();
    // The user guide at a page (HelpDialog), opened with F1 on the current screen's page.
    HelpDialog* showHelp(const QString& page);

    bool isLocked() const;
    // Input counts as activity for the idle lock (the application's event filter).
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    // The user asked to hand the workstation to someone else (main() signs the next one in).
    void switchUserRequested();

public slots:
    void reloadProfile();
    // Covers every screen (and blanks the projector) until the signed-in user's password is
    // given again; the idle timer calls it after the office's setting (signin.idle_lock_minutes).
    void lock();
    // Runs the demonstration data generator with a progress dialog (after the first start).
    void generateDemoData(qint64 reports);

private:
    void unlock();
    QWidget* buildLockPage();
    void buildMenus();
    void showAbout();

    Session& m_session;
    QListWidget* m_sideBar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QStackedWidget* m_top = nullptr; // the work, or the lock page
    QWidget* m_lockPage = nullptr;
    QLabel* m_lockUser = nullptr;
    QLineEdit* m_lockPassword = nullptr;
    QLabel* m_lockError = nullptr;
    QTimer* m_idle = nullptr;
    ProfileStatusBar* m_status = nullptr;
    OverviewWorkspace* m_overview = nullptr;
    QMenu* m_viewMenu = nullptr;
    QList<Workspace*> m_workspaces;
    SyncController* m_sync = nullptr;
    void warmUpRepeatCheck();

    QFuture<void> m_warmUp; // the repeat check's sketches, loaded in the background after start
    bool m_warmUpStarted = false;
};

} // namespace qf

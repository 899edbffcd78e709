#pragma once

#include <QFuture>
#include <QList>
#include <QMainWindow>

class QActionGroup;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace qf {

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

public slots:
    void reloadProfile();
    // Runs the demonstration data generator with a progress dialog (after the first start).
    void generateDemoData(qint64 reports);

private:
    void buildMenus();
    void showAbout();

    Session& m_session;
    QListWidget* m_sideBar = nullptr;
    QStackedWidget* m_stack = nullptr;
    ProfileStatusBar* m_status = nullptr;
    OverviewWorkspace* m_overview = nullptr;
    QMenu* m_viewMenu = nullptr;
    QList<Workspace*> m_workspaces;
    SyncController* m_sync = nullptr;
    QFuture<void> m_warmUp; // the repeat check's sketches, loaded in the background after start
};

} // namespace qf

#pragma once

#include "models/OverviewStats.h"
#include "ui/Workspace.h"

#include <QFutureWatcher>

class QGridLayout;
class QLabel;
class QPushButton;

namespace qf {

class Session;

// 概览: who and where this device works, and today's figures. The figures are counted in
// the background, so opening the window never waits for the database.
class OverviewWorkspace : public Workspace
{
    Q_OBJECT

public:
    explicit OverviewWorkspace(Session& session, QWidget* parent = nullptr);
    ~OverviewWorkspace() override;

    QString title() const override { return tr("Overview"); }
    QIcon icon() const override;
    void activated() override { refresh(); }

public slots:
    void refresh();
    void refreshProfile();

signals:
    // The figures on screen are up to date (or an error is shown).
    void statsLoaded();

private:
    void showStats();
    QLabel* addFigure(QGridLayout* grid, int row, int column, const QString& caption, const QString& objectName);

    Session& m_session;
    QFutureWatcher<Result<OverviewStats>> m_watcher;
    bool m_reloadPending = false;
    QLabel* m_user = nullptr;
    QLabel* m_office = nullptr;
    QLabel* m_role = nullptr;
    QLabel* m_today = nullptr;
    QLabel* m_week = nullptr;
    QLabel* m_open = nullptr;
    QLabel* m_visits = nullptr;
    QLabel* m_dbPath = nullptr;
    QLabel* m_schema = nullptr;
    QLabel* m_state = nullptr;
    QPushButton* m_refresh = nullptr;
};

} // namespace qf

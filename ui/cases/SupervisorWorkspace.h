#pragma once

#include "models/CaseListFilter.h"
#include "models/Result.h"
#include "ui/Workspace.h"

#include <QFutureWatcher>

class QLabel;
class QTreeWidget;

namespace qf {

class Session;

// 督办: every report whose light is yellow, orange, red or overdue, grouped by handling
// office and handler (worst first within each), loaded in the background.
class SupervisorWorkspace : public Workspace
{
    Q_OBJECT

public:
    explicit SupervisorWorkspace(Session& session, QWidget* parent = nullptr);
    ~SupervisorWorkspace() override;

    QString title() const override { return tr("Supervision"); }
    QIcon icon() const override;
    void activated() override { refresh(); }

    void setClockTime(const QDateTime& at) { m_clockTime = at; }

public slots:
    void refresh();

signals:
    void loaded();
    void caseOpened(const QString& reportId);

private:
    void show();

    Session& m_session;
    QDateTime m_clockTime;
    QFutureWatcher<Result<QList<CaseListRow>>> m_watcher;
    QLabel* m_state = nullptr;
    QTreeWidget* m_tree = nullptr;
};

} // namespace qf

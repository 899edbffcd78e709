#pragma once

#include "models/CaseListFilter.h"
#include "models/Result.h"
#include "ui/Workspace.h"

#include <QFutureWatcher>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

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
    // The list on show, one row per report with its office and handler, to an .xlsx file.
    Status exportTo(const QString& path) const;
    // Ctrl+C: the selected reports as text with tabs.
    void copySelection();

public slots:
    void refresh();

signals:
    void loaded();
    void caseOpened(const QString& reportId);

private:
    void show();
    QList<QVariantList> rowsOf(const QList<QTreeWidgetItem*>& items) const;
    static QStringList exportHeaders();

    Session& m_session;
    QDateTime m_clockTime;
    QFutureWatcher<Result<QList<CaseListRow>>> m_watcher;
    QLabel* m_state = nullptr;
    QTreeWidget* m_tree = nullptr;
};

} // namespace qf

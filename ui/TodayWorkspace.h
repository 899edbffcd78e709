#pragma once

#include "models/DeadlineClock.h"
#include "models/TodayList.h"
#include "ui/Workspace.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>

class QLabel;
class QSystemTrayIcon;
class QTimer;
class QTreeWidget;

namespace qf {

class Session;

// 今日待办 / 我的工作: the first screen after sign-in. The signed-in user's items by what is
// to be done (models/TodayQuery), with their counts, worst light first, and today's review
// meeting; Enter opens a report. Reminders: a desktop notification (the system tray) when an
// item of the user's turns yellow, orange, red or overdue, and once a day a summary.
class TodayWorkspace : public Workspace
{
    Q_OBJECT

public:
    explicit TodayWorkspace(Session& session, QWidget* parent = nullptr);
    ~TodayWorkspace() override;

    QString title() const override { return tr("Today"); }
    QIcon icon() const override;
    void activated() override { refresh(); }

    // The time the lights are computed for (tests); null = now.
    void setClockTime(const QDateTime& at) { m_clockTime = at; }
    const TodayList& list() const { return m_list; }

public slots:
    // Reads the list again on a reader connection of its own, off the UI thread (on a
    // large store the list takes far longer than a frame); loaded() says when it is shown.
    // A refresh asked for meanwhile runs once the current one is done.
    void refresh();

signals:
    void caseOpened(const QString& reportId);
    // Today's meeting was opened from the list (Enter or a double click on its line).
    void meetingOpened(const QString& meetingId);
    // The number of items (the side bar shows it).
    void countChanged(int count);
    // A reminder for the user (also shown by the tray when there is one).
    void reminder(const QString& title, const QString& text);
    // A refresh is done and its list shown (or its error).
    void loaded();

private:
    void loadFinished();
    void show(const TodayList& list);
    void remind(const TodayList& list);

    Session& m_session;
    QDateTime m_clockTime;
    TodayList m_list;
    QHash<QString, Light> m_lights; // report id -> light at the last refresh
    bool m_first = true;
    QDate m_summaryDay;
    QLabel* m_counts = nullptr;
    QTreeWidget* m_tree = nullptr;
    QTimer* m_timer = nullptr;
    QTimer* m_delay = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    QFutureWatcher<Result<TodayList>> m_watcher;
    bool m_again = false; // a refresh was asked for while one ran
};

} // namespace qf

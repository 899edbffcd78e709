#pragma once

#include "sync/SyncStatus.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

class QTimer;

namespace qf {

class Session;
class ProfileStatusBar;

class SyncWorker;

// Runs sync in the background, on its own thread with its own connection to the local
// store, every few minutes and on demand. The window never waits for the network: while a
// sync runs, work goes on; when one fails (no network, server down), nothing is lost and
// the next attempt picks up where this one stopped. A change made here is sent soon after
// (kPushAfterChangeMs), not at the next round: the office's other workstations have it
// within about one of their sync intervals.
class SyncController : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPushAfterChangeMs = 2000;

    SyncController(Session& session, QObject* parent = nullptr);
    ~SyncController() override;

    bool isEnrolled() const { return m_status.enrolled; }
    const SyncStatus& status() const { return m_status; }
    void setInterval(int seconds);

public slots:
    void syncNow();
    // Re-reads the counts from the local store (after a local change or a decision).
    void refreshCounts();

signals:
    void statusChanged(const qf::SyncStatus& status);
    // Rows arrived from the server: views showing data should reload.
    void dataArrived();
    void progress(const QString& stage, qint64 done, bool firstSync);

private slots:
    void onFinished(bool ok, const QString& error, int pulled);
    void onLocalChange(const QStringList& reportIds, const QStringList& tables);

private:
    Session& m_session;
    QThread m_thread;
    SyncWorker* m_worker = nullptr;
    QTimer* m_timer = nullptr;
    QTimer* m_soon = nullptr; // the push after a local change
    bool m_changedWhileRunning = false;
    SyncStatus m_status;
};

QString describe(const SyncStatus& status);

} // namespace qf

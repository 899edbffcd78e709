#pragma once

#include "models/Session.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QProgressDialog;
class QThread;

namespace qf {

// Fills the database with demonstration data on a worker thread. The worker opens its own
// Session on the same file (Qt SQL connections belong to one thread) acting as the signed-in
// user of the caller's session; progress comes back as queued signals to a progress dialog.
class DemoDataJob : public QObject
{
    Q_OBJECT

public:
    // The data is written as the session's signed-in user, on a session of its own.
    DemoDataJob(Session& session, qint64 reports, QObject* parent = nullptr);
    ~DemoDataJob() override;

    // Starts the worker; with a parent widget, shows a cancellable progress dialog.
    void start(QWidget* dialogParent = nullptr);
    void cancel() { m_cancel = true; }

signals:
    void progress(qint64 done, qint64 total);
    // ok = false with a readable message when it failed; cancelled runs keep what was written.
    void finished(bool ok, const QString& message);

private:
    void work();
    void finish(const QString& error);

    QString m_path;
    Session::Credentials m_who;
    qint64 m_reports = 0;
    std::atomic<bool> m_cancel { false };
    bool m_done = false; // UI thread only
    QThread* m_thread = nullptr;
    QPointer<QProgressDialog> m_dialog;
};

} // namespace qf

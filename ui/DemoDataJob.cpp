#include "ui/DemoDataJob.h"
#include "ui/Log.h"

#include "models/Session.h"
#include "app/demo/DemoGenerator.h"
#include "models/DataKeyProvider.h"

#include <QLoggingCategory>
#include <QProgressDialog>
#include <QThread>

namespace qf {

DemoDataJob::DemoDataJob(Session& session, qint64 reports, QObject* parent)
    : QObject(parent)
    , m_path(session.database().path())
    , m_who(session.credentials())
    , m_reports(reports)
{
}

DemoDataJob::~DemoDataJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void DemoDataJob::start(QWidget* dialogParent)
{
    if (m_thread)
        return;
    if (!m_who.vault.canSeal()) {
        emit finished(false, tr("Sign in first: demonstration data is written by a signed-in user."));
        return;
    }
    if (dialogParent) {
        m_dialog = new QProgressDialog(tr("Creating demonstration data…"), tr("Stop"), 0, 100, dialogParent);
        m_dialog->setObjectName(QStringLiteral("demoProgress"));
        m_dialog->setWindowTitle(tr("Demonstration data"));
        m_dialog->setWindowModality(Qt::WindowModal);
        m_dialog->setMinimumDuration(0);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
        m_dialog->setValue(0);
        connect(m_dialog, &QProgressDialog::canceled, this, &DemoDataJob::cancel);
        connect(this, &DemoDataJob::progress, m_dialog, [this](qint64 done, qint64 total) {
            if (!m_dialog || m_done || total <= 0)
                return;
            m_dialog->setValue(int(done * 100 / total));
            m_dialog->setLabelText(tr("Creating demonstration data: %1 of %2 reports…").arg(done).arg(total));
        });
    }
    m_thread = QThread::create([this] { work(); });
    m_thread->start();
}

// Runs on the worker thread: every object it makes lives and dies here.
void DemoDataJob::work()
{
    QString error;
    {
        KnownKeyProvider keys({});
        auto session = Session::open(m_path, keys);
        if (!session) {
            error = session.error();
        } else {
            (*session)->actAs(m_who);
            DemoGenerator generator(**session, DemoOptions { m_reports, 1 });
            int lastPercent = -1;
            const Status st = generator.run([this, &lastPercent](qint64 done, qint64 total) {
                // Only when the shown percentage changes: the UI is not flooded with events.
                const int percent = total > 0 ? int(done * 100 / total) : 0;
                if (percent != lastPercent) {
                    lastPercent = percent;
                    emit progress(done, total);
                }
                return !m_cancel.load();
            });
            if (!st)
                error = st.error();
        }
    }
    qCInfo(lcDemoJob) << "demonstration data finished" << (error.isEmpty() ? "ok" : "with an error");
    QMetaObject::invokeMethod(this, [this, error] { finish(error); }, Qt::QueuedConnection);
}

// On the UI thread: the dialog goes first, then the listeners hear of the end.
void DemoDataJob::finish(const QString& error)
{
    m_done = true;
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
    }
    emit finished(error.isEmpty(), error);
}

} // namespace qf

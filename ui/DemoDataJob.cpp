#include "DemoDataJob.h"

#include "Session.h"
#include "demo/DemoGenerator.h"
#include "security/KeychainKeyProvider.h"

#include <QLoggingCategory>
#include <QProgressDialog>
#include <QThread>

Q_LOGGING_CATEGORY(lcDemoJob, "qingfeng.ui.demo")

namespace qf {

DemoDataJob::DemoDataJob(QString databasePath, qint64 reports, QObject* parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
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
            if (!m_dialog || total <= 0)
                return;
            m_dialog->setValue(int(done * 100 / total));
            m_dialog->setLabelText(tr("Creating demonstration data: %1 of %2 reports…").arg(done).arg(total));
        });
        connect(this, &DemoDataJob::finished, m_dialog, [this] {
            if (m_dialog)
                m_dialog->deleteLater();
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
        KeychainKeyProvider keys;
        auto session = Session::open(m_path, keys);
        if (!session) {
            error = session.error();
        } else {
            DemoGenerator generator(**session, DemoOptions { m_reports, 1 });
            const Status st = generator.run([this](qint64 done, qint64 total) {
                emit progress(done, total);
                return !m_cancel.load();
            });
            if (!st)
                error = st.error();
        }
    }
    qCInfo(lcDemoJob) << "demonstration data finished" << (error.isEmpty() ? "ok" : "with an error");
    emit finished(error.isEmpty(), error);
}

} // namespace qf

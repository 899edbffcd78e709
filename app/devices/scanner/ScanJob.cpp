#include "app/devices/scanner/ScanJob.h"

#include "app/Log.h"
#include "app/devices/scanner/PagePng.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QEventLoop>
#include <QFile>
#include <QSaveFile>
#include <QThread>

namespace qf {

ScanJob::ScanJob(ScanSettings settings, QString folder, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_folder(std::move(folder))
{
    qRegisterMetaType<qf::ScanFault>();
}

ScanJob::~ScanJob()
{
    m_cancel = true;
    if (m_thread) {
        m_device.cancel();
        m_thread->wait();
    }
}

void ScanJob::start() { launch({}); }

void ScanJob::continueRun(const QList<ScanSettings::Option>& options) { launch(options); }

void ScanJob::cancel()
{
    m_cancel = true;
}

void ScanJob::launch(const QList<ScanSettings::Option>& extra)
{
    if (m_running)
        return;
    if (m_thread) {
        m_thread->wait();
        m_thread.reset();
    }
    m_running = true;
    m_cancel = false;
    m_fault = ScanFault::None;
    m_message.clear();
    m_thread.reset(QThread::create([this, extra] { work(extra); }));
    // Named so that the threads a SANE backend starts from it can be told apart (SaneDevice::awaitReader).
    m_thread->setObjectName(QStringLiteral("qf-scanner"));
    m_thread->start();
}

void ScanJob::work(QList<ScanSettings::Option> extra)
{
    const auto finish = [this](ScanFault fault, QString message) {
        QMetaObject::invokeMethod(this, [this, fault, message] {
            m_running = false;
            m_fault = fault;
            m_message = message;
            qCInfo(lcScanner) << "run stopped after" << m_pages.size() << "pages, fault" << int(fault);
            Q_EMIT stopped(fault, message);
        }, Qt::QueuedConnection);
    };
    const auto save = [this](const QImage& image, int number) -> bool {
        if (!QDir().mkpath(m_folder))
            return false;
        const QString file = QDir(m_folder).filePath(QStringLiteral("page-%1.png").arg(number, 4, 10, QLatin1Char('0')));
        // Encoded first and written in one go, each step checked: QImage::save() into a QSaveFile on a
        // full tmpfs reported success and left an empty file.
        const QByteArray png = PagePng::encode(image);
        if (png.isEmpty())
            return false;
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(png) != png.size() || !out.flush() || !out.commit()
            || QFileInfo(file).size() != png.size()) {
            QFile::remove(file);
            return false;
        }
        const QImage preview = m_previews ? image.scaled(400, 560, Qt::KeepAspectRatio, Qt::SmoothTransformation) : QImage();
        QMetaObject::invokeMethod(this, [this, number, file, preview] {
            m_pages.append(file);
            Q_EMIT pageScanned(number, file, preview);
        }, Qt::QueuedConnection);
        return true;
    };
    if (!m_device.isOpen()) {
        if (auto r = m_device.open(m_settings.device); !r)
            return finish(ScanFault::DeviceGone, r.error());
        if (auto r = m_device.apply(m_settings); !r)
            return finish(ScanFault::Other, r.error());
    }
    if (!m_unsaved.isNull()) {
        if (!save(m_unsaved, m_scanned))
            return finish(ScanFault::DiskFull, SaneDevice::faultMessage(ScanFault::DiskFull));
        m_unsaved = QImage();
    }
    for (const auto& o : std::as_const(extra))
        if (auto r = m_device.setOption(o.name, o.value); !r)
            return finish(ScanFault::Other, r.error());
    int inThisRun = 0;
    for (;;) {
        const int number = m_scanned + 1;
        for (const auto& o : std::as_const(m_settings.options))
            if (o.fromPage == number && number > m_optionsDone)
                if (auto r = m_device.setOption(o.name, o.value); !r)
                    return finish(ScanFault::Other, r.error());
        m_optionsDone = std::max(m_optionsDone, number);
        SaneDevice::PageResult page = m_device.scanPage(m_cancel);
        if (page.fault == ScanFault::FeederEmpty && inThisRun > 0)
            return finish(ScanFault::None, {});
        if (page.fault == ScanFault::DeviceGone) {
            // Opened again on continue: a device that was unplugged has a new handle.
            m_device.close();
        }
        if (page.fault != ScanFault::None)
            return finish(page.fault, page.message);
        m_scanned = number;
        ++inThisRun;
        if (!save(page.page.image, number)) {
            m_unsaved = page.page.image;
            return finish(ScanFault::DiskFull, SaneDevice::faultMessage(ScanFault::DiskFull));
        }
        if (m_cancel.load()) {
            m_device.cancel(); // ends the feeder's batch (SANE's rule after the last page)
            return finish(ScanFault::Cancelled, SaneDevice::faultMessage(ScanFault::Cancelled));
        }
        if (m_settings.source == ScanSource::Flatbed)
            return finish(ScanFault::None, {});
    }
}

ScanFault ScanJob::runToEnd(bool continuing, const QList<ScanSettings::Option>& options)
{
    QEventLoop loop;
    const auto c = connect(this, &ScanJob::stopped, &loop, &QEventLoop::quit);
    if (continuing)
        continueRun(options);
    else
        start();
    if (m_running)
        loop.exec();
    disconnect(c);
    return m_fault;
}

} // namespace qf

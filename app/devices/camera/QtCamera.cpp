#include "app/devices/camera/QtCamera.h"
#include "app/Log.h"

#include <QCamera>
#include <QCameraDevice>
#include <QCameraFormat>
#include <QLoggingCategory>
#include <QVideoFrame>

#include <algorithm>

namespace qf {

QtCamera::QtCamera(Use use, QObject* parent)
    : Camera(parent)
    , m_use(use)
{
    m_session.setImageCapture(&m_imageCapture);
    m_session.setVideoSink(&m_sink);
    connect(&m_devices, &QMediaDevices::videoInputsChanged, this, [this] {
        if (m_camera && !isAvailable())
            stop();
        Q_EMIT availabilityChanged();
    });
    connect(&m_sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame& frame) {
        if (frame.isValid())
            Q_EMIT previewFrame(frame.toImage());
    });
    connect(&m_imageCapture, &QImageCapture::imageCaptured, this, [this](int, const QImage& image) {
        m_captureWanted = false;
        Q_EMIT captured(image);
    });
    connect(&m_imageCapture, &QImageCapture::errorOccurred, this,
            [this](int, QImageCapture::Error, const QString& message) {
                m_captureWanted = false;
                qCWarning(lcCamera) << "capture failed:" << message;
                Q_EMIT error(tr("The camera could not take the picture: %1").arg(message));
            });
    // A capture asked for before the camera was ready is taken as soon as it is.
    connect(&m_imageCapture, &QImageCapture::readyForCaptureChanged, this, [this](bool ready) {
        if (ready && m_captureWanted)
            m_imageCapture.capture();
    });
}

QtCamera::~QtCamera()
{
    stop();
}

bool QtCamera::isAvailable() const
{
    return !QMediaDevices::videoInputs().isEmpty();
}

QCameraDevice QtCamera::device() const
{
    const QList<QCameraDevice> inputs = QMediaDevices::videoInputs();
    if (m_use == Use::Documents) {
        // Document cameras name themselves so ("Document Camera", "高拍仪", "Visualizer"...);
        // with none so named, the camera with the most pixels.
        for (const QCameraDevice& d : inputs) {
            const QString name = d.description().toLower();
            if (name.contains(QLatin1String("document")) || name.contains(QStringLiteral("高拍"))
                || name.contains(QLatin1String("visualizer")))
                return d;
        }
        QCameraDevice best;
        qint64 most = -1;
        for (const QCameraDevice& d : inputs)
            for (const QCameraFormat& f : d.videoFormats())
                if (qint64(f.resolution().width()) * f.resolution().height() > most) {
                    most = qint64(f.resolution().width()) * f.resolution().height();
                    best = d;
                }
        if (!best.isNull())
            return best;
    }
    return QMediaDevices::defaultVideoInput();
}

QString QtCamera::description() const
{
    const QCameraDevice d = device();
    return d.isNull() ? tr("No camera found.") : d.description();
}

void QtCamera::start()
{
    if (m_camera)
        return;
    const QCameraDevice device = this->device();
    if (device.isNull()) {
        Q_EMIT error(tr("No camera found."));
        return;
    }
    m_camera = std::make_unique<QCamera>(device);
    if (m_use == Use::Documents) {
        // The largest picture the camera gives: small print must stay readable.
        QCameraFormat largest;
        for (const QCameraFormat& f : device.videoFormats())
            if (largest.isNull()
                || qint64(f.resolution().width()) * f.resolution().height()
                       > qint64(largest.resolution().width()) * largest.resolution().height())
                largest = f;
        if (!largest.isNull())
            m_camera->setCameraFormat(largest);
        const QList<QSize> stills = device.photoResolutions();
        if (!stills.isEmpty())
            m_imageCapture.setResolution(*std::max_element(stills.cbegin(), stills.cend(), [](QSize a, QSize b) {
                return qint64(a.width()) * a.height() < qint64(b.width()) * b.height();
            }));
    }
    connect(m_camera.get(), &QCamera::errorOccurred, this, [this](QCamera::Error, const QString& message) {
        qCWarning(lcCamera) << "camera error:" << message;
        Q_EMIT error(tr("The camera does not work: %1").arg(message));
    });
    m_session.setCamera(m_camera.get());
    m_camera->start();
}

void QtCamera::stop()
{
    m_captureWanted = false;
    if (!m_camera)
        return;
    m_camera->stop();
    m_session.setCamera(nullptr);
    m_camera.reset();
}

bool QtCamera::isActive() const
{
    return m_camera && m_camera->isActive();
}

void QtCamera::capture()
{
    if (!m_camera) {
        Q_EMIT error(isAvailable() ? tr("Start the camera first.") : tr("No camera found."));
        return;
    }
    if (m_imageCapture.isReadyForCapture())
        m_imageCapture.capture();
    else
        m_captureWanted = true;
}

} // namespace qf

#pragma once

#include "app/devices/camera/Camera.h"

#include <QCameraDevice>
#include <QCoreApplication>
#include <QImageCapture>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QVideoSink>

#include <memory>

class QCamera;

namespace qf {

// The system's default video input through Qt Multimedia: QCamera in a
// QMediaCaptureSession, preview frames from a QVideoSink, stills from QImageCapture.
// With no video input (QMediaDevices::videoInputs() empty) it says so and does nothing;
// plugging one in later is noticed (availabilityChanged()).
class QtCamera : public Camera
{
    Q_OBJECT

public:
    // Photos: the default camera as it comes. Documents: a document camera (高拍仪) when one is
    // there (by its name), at its largest format, for pages sharp enough to read.
    enum class Use { Photos, Documents };
    explicit QtCamera(QObject* parent = nullptr)
        : QtCamera(Use::Photos, parent)
    {
    }
    explicit QtCamera(Use use, QObject* parent = nullptr);
    ~QtCamera() override;

    bool isAvailable() const override;
    QString description() const override;
    void start() override;
    void stop() override;
    bool isActive() const override;
    void capture() override;

private:
    QMediaDevices m_devices;
    QMediaCaptureSession m_session;
    QImageCapture m_imageCapture;
    QVideoSink m_sink;
    std::unique_ptr<QCamera> m_camera;
    bool m_captureWanted = false;
    Use m_use = Use::Photos;
    QCameraDevice device() const;
};

} // namespace qf

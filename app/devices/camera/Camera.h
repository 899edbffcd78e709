#pragma once

#include <QImage>
#include <QObject>
#include <QString>

namespace qf {

// A camera at the desk, for the visitor's photo when the card's photo cannot be decoded.
// The real one is QtCamera (Qt Multimedia); tests give the desk a fake through this same
// interface. The UI never blocks on it: everything arrives as signals.
class Camera : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Whether there is a camera to use now.
    virtual bool isAvailable() const = 0;
    // The camera's name, or why there is none (for the receptionist).
    virtual QString description() const = 0;
    // Starts the preview (previewFrame() follows); error() when there is no camera.
    virtual void start() = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;
    // Takes one still picture: captured() or error().
    virtual void capture() = 0;

Q_SIGNALS:
    void availabilityChanged();
    void previewFrame(const QImage& frame);
    void captured(const QImage& image);
    void error(const QString& message);
};

} // namespace qf

#pragma once

#include "app/devices/camera/Camera.h"

namespace qf::test {

// A fake camera for the desk tests (there is no camera on the test machine): it "sees" the
// picture it is given, sends it as a preview frame on start() and as the still on capture(),
// through the same interface the Qt Multimedia camera drives.
class FakeCamera : public Camera
{
    Q_OBJECT

public:
    explicit FakeCamera(QImage picture, QObject* parent = nullptr)
        : Camera(parent)
        , m_picture(std::move(picture))
    {
    }

    bool isAvailable() const override { return true; }
    QString description() const override { return QStringLiteral("Fake camera"); }
    void start() override
    {
        m_active = true;
        Q_EMIT previewFrame(m_picture);
    }
    void stop() override { m_active = false; }
    bool isActive() const override { return m_active; }
    void capture() override
    {
        if (!m_active) {
            Q_EMIT error(QStringLiteral("not started"));
            return;
        }
        ++captures;
        Q_EMIT captured(m_picture);
    }

    int captures = 0;

private:
    QImage m_picture;
    bool m_active = false;
};

} // namespace qf::test

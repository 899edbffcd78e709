#include "ui/checkin/PhotoPanel.h"

#include "app/devices/camera/Camera.h"
#include "app/devices/idcard/WltDecoder.h"

#include <QBuffer>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace qf {

namespace {

constexpr int kWidth = 102; // the card photo's own size
constexpr int kHeight = 126;

QByteArray encoded(const QImage& image, const char* format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

} // namespace

PhotoPanel::PhotoPanel(QWidget* parent)
    : QGroupBox(tr("Photo"), parent)
{
    setObjectName(QStringLiteral("photoPanel"));
    auto* layout = new QVBoxLayout(this);
    m_picture = new QLabel(this);
    m_picture->setObjectName(QStringLiteral("visitorPhoto"));
    m_picture->setFixedSize(kWidth, kHeight);
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setFrameShape(QFrame::StyledPanel);
    m_picture->setWordWrap(true);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("photoState"));
    m_state->setWordWrap(true);
    m_cameraState = new QLabel(this);
    m_cameraState->setObjectName(QStringLiteral("cameraState"));
    m_cameraState->setWordWrap(true);
    m_take = new QPushButton(this);
    m_take->setObjectName(QStringLiteral("takePhoto"));
    m_none = new QPushButton(tr("No photo"), this);
    m_none->setObjectName(QStringLiteral("clearPhoto"));
    // Reached with F6 and by the mouse; Tab goes from the form to the matter, not through here.
    m_take->setFocusPolicy(Qt::ClickFocus);
    m_none->setFocusPolicy(Qt::ClickFocus);
    layout->addWidget(m_picture, 0, Qt::AlignHCenter);
    layout->addWidget(m_state);
    layout->addWidget(m_cameraState);
    layout->addWidget(m_take);
    layout->addWidget(m_none);
    layout->addStretch(1);
    setFixedWidth(190);
    connect(m_take, &QPushButton::clicked, this, &PhotoPanel::cameraAction);
    connect(m_none, &QPushButton::clicked, this, [this] {
        const QByteArray wlt = m_wlt;
        clear();
        m_wlt = wlt; // the card's bytes stay with the visit
        setState(tr("No photo."));
    });
    clear();
}

PhotoPanel::~PhotoPanel() = default;

void PhotoPanel::setCamera(Camera* camera)
{
    if (m_camera)
        disconnect(m_camera, nullptr, this, nullptr);
    m_camera = camera;
    m_previewing = false;
    if (m_camera) {
        connect(m_camera, &Camera::availabilityChanged, this, &PhotoPanel::showCameraState);
        connect(m_camera, &Camera::previewFrame, this, [this](const QImage& frame) {
            if (m_previewing)
                m_picture->setPixmap(QPixmap::fromImage(
                    frame.scaled(kWidth, kHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        });
        connect(m_camera, &Camera::captured, this, &PhotoPanel::takeCaptured);
        connect(m_camera, &Camera::error, this, [this](const QString& message) {
            m_previewing = false;
            showCameraState();
            setState(message, true);
        });
    }
    showCameraState();
}

void PhotoPanel::showCameraState()
{
    const bool available = m_camera && m_camera->isAvailable();
    if (!available) {
        m_cameraState->setText(tr("No camera found."));
        m_cameraState->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    } else {
        m_cameraState->setText(tr("Camera: %1").arg(m_camera->description()));
        m_cameraState->setStyleSheet(QStringLiteral("color: #555;"));
    }
    m_take->setText(m_previewing ? tr("Take the picture (F6)") : tr("Camera (F6)"));
    m_take->setEnabled(available);
}

void PhotoPanel::setState(const QString& text, bool warning)
{
    m_state->setText(text);
    m_state->setToolTip(QString());
    m_state->setStyleSheet(warning ? QStringLiteral("color: #b00020;") : QString());
}

QString PhotoPanel::stateText() const
{
    return m_state->text() + QLatin1Char('\n') + m_cameraState->text();
}

void PhotoPanel::showImage(const QImage& image)
{
    m_image = image;
    if (image.isNull()) {
        m_picture->setPixmap(QPixmap());
        m_picture->setText(tr("No photo"));
    } else {
        m_picture->setPixmap(
            QPixmap::fromImage(image.scaled(kWidth, kHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
}

void PhotoPanel::showCardPhoto(const QByteArray& wlt, WltDecoder* decoder)
{
    clear();
    m_wlt = wlt;
    if (wlt.isEmpty()) {
        setState(tr("The card gave no photo."));
        return;
    }
    QString why;
    if (decoder && decoder->isAvailable()) {
        auto bmp = decoder->decode(wlt);
        if (bmp) {
            const QImage image = QImage::fromData(*bmp, "BMP");
            if (!image.isNull()) {
                m_source = Source::Card;
                showImage(image);
                setState(tr("Photo from the ID card."));
                return;
            }
            why = tr("the decoder gave no picture");
        } else {
            why = bmp.error();
        }
    } else {
        why = decoder ? decoder->errorString() : tr("No photo decoder is installed.");
    }
    setState(m_camera && m_camera->isAvailable() ? tr("Card photo not decoded, kept as read. F6: take one with the camera.")
                                                 : tr("Card photo not decoded, kept as read."),
             true);
    m_state->setToolTip(why);
}

void PhotoPanel::showStoredPhoto(const QByteArray& photo)
{
    const QImage image = QImage::fromData(photo);
    if (image.isNull() || m_source == Source::Card || m_source == Source::Camera)
        return;
    m_source = Source::Stored;
    showImage(image);
    setState(tr("Photo on file."));
}

void PhotoPanel::cameraAction()
{
    if (!m_camera || !m_camera->isAvailable()) {
        showCameraState();
        setState(tr("Connect a camera and press F6 again, or register without a photo."), true);
        return;
    }
    if (!m_previewing) {
        m_previewing = true;
        m_picture->setText(tr("Starting the camera…"));
        setState(tr("Ask the visitor to look at the camera, then press F6."));
        showCameraState();
        m_camera->start();
        return;
    }
    setState(tr("Taking the picture…"));
    m_camera->capture();
}

void PhotoPanel::takeCaptured(const QImage& image)
{
    if (!m_camera)
        return;
    m_previewing = false;
    m_camera->stop();
    showCameraState();
    if (image.isNull()) {
        setState(tr("The camera gave an empty picture; press F6 to try again."), true);
        return;
    }
    m_source = Source::Camera;
    showImage(image);
    setState(tr("Photo taken with the camera."));
    Q_EMIT photoTaken();
}

void PhotoPanel::clear()
{
    if (m_previewing && m_camera)
        m_camera->stop();
    m_previewing = false;
    m_source = Source::None;
    m_wlt.clear();
    showImage(QImage());
    setState(QString());
    showCameraState();
}

QByteArray PhotoPanel::photo() const
{
    switch (m_source) {
    case Source::Card:
        return encoded(m_image, "PNG");
    case Source::Camera: {
        // A passport-sized picture is plenty; keep the sealed row small.
        const QImage scaled = m_image.width() > 480 || m_image.height() > 600
            ? m_image.scaled(480, 600, Qt::KeepAspectRatio, Qt::SmoothTransformation)
            : m_image;
        return encoded(scaled, "JPG", 85);
    }
    case Source::None:
    case Source::Stored:
        break;
    }
    return {};
}

} // namespace qf

#pragma once

#include <QByteArray>
#include <QGroupBox>
#include <QImage>

class QLabel;
class QPushButton;

namespace qf {

class Camera;
class WltDecoder;

// 照片: the visitor's photo. The card's photo when the reader vendor's decoder is installed;
// otherwise its raw bytes are kept and the receptionist can take one with the camera (F6:
// preview, F6 again: take it), or go on without. Says plainly when there is no camera.
class PhotoPanel : public QGroupBox
{
    Q_OBJECT

public:
    enum class Source { None, Card, Camera, Stored };

    explicit PhotoPanel(QWidget* parent = nullptr);
    ~PhotoPanel() override;

    // The camera to use (not owned; may be null: no camera).
    void setCamera(Camera* camera);
    // The card's 1024 WLT bytes, decoded when a decoder is available, kept either way.
    void showCardPhoto(const QByteArray& wlt, WltDecoder* decoder);
    // A photo already on file (revealed through the audit log), shown only.
    void showStoredPhoto(const QByteArray& photo);
    // F6: starts the camera's preview; while it runs, takes the picture.
    void cameraAction();
    void clear();

    Source source() const { return m_source; }
    // The photo to store with the person (PNG from the card, JPEG from the camera), or empty;
    // a photo on file already is not handed out again.
    QByteArray photo() const;
    QByteArray rawWlt() const { return m_wlt; }
    QImage image() const { return m_image; }
    QString stateText() const;

Q_SIGNALS:
    // A photo was taken with the camera.
    void photoTaken();

private:
    void showImage(const QImage& image);
    void showCameraState();
    void setState(const QString& text, bool warning = false);
    void takeCaptured(const QImage& image);

    Camera* m_camera = nullptr;
    QLabel* m_picture = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_cameraState = nullptr;
    QPushButton* m_take = nullptr;
    QPushButton* m_none = nullptr;
    Source m_source = Source::None;
    QImage m_image;
    QByteArray m_wlt;
    bool m_previewing = false;
};

} // namespace qf

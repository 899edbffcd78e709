#pragma once

#include <QDialog>
#include <QImage>
#include <QList>
#include <QPolygonF>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;

namespace qf {

class Camera;

// The document camera (高拍仪) over the desk: a live picture with the page it finds outlined,
// Space takes the page - cut out of the frame and squared, as if scanned - into the strip
// below; Delete drops a page taken by mistake; Done hands the pages over (they then go
// through the same deskew, OCR and PDF as scanned letters). "No camera found" is said plainly.
class DocumentCameraDialog : public QDialog
{
    Q_OBJECT

public:
    // camera: not owned; null takes the system's camera (Qt Multimedia) at its largest format.
    explicit DocumentCameraDialog(Camera* camera = nullptr, QWidget* parent = nullptr);
    ~DocumentCameraDialog() override;

    QList<QImage> pages() const { return m_pages; }
    void capture();

Q_SIGNALS:
    void pageTaken(int count);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void showFrame(const QImage& frame);
    void taken(const QImage& image);
    void dropSelected();

    std::unique_ptr<Camera> m_own;
    Camera* m_camera = nullptr;
    QList<QImage> m_pages;
    QLabel* m_preview = nullptr;
    QLabel* m_state = nullptr;
    QListWidget* m_strip = nullptr;
    QPushButton* m_take = nullptr;
    QPushButton* m_done = nullptr;
    int m_frames = 0;
};

} // namespace qf

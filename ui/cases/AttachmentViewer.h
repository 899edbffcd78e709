#pragma once

#include <QWidget>

class QLabel;
class QPdfDocument;
class QPushButton;
class QScrollArea;
class QToolButton;

namespace qf {

// Shows one attached file: an image (JPEG, PNG...) or a PDF one page at a time with
// previous / next (Page Up / Page Down, Home / End). The page fits the width until it is
// zoomed (Ctrl + wheel, Ctrl++ / Ctrl+-, the buttons); Ctrl+0 fits the width again; it turns
// by quarter turns (Ctrl+Left / Ctrl+Right), for a letter scanned on its side. The file itself
// is never changed. Anything that is neither an image nor a PDF is named, not shown.
class AttachmentViewer : public QWidget
{
    Q_OBJECT

public:
    explicit AttachmentViewer(QWidget* parent = nullptr);
    ~AttachmentViewer() override;

    // Returns false (and says why in the viewer) when the file cannot be shown.
    bool showFile(const QString& path, const QString& displayName);
    void clear();

    int pageCount() const; // 0 unless a PDF is shown
    int currentPage() const { return m_page; }
    void showPage(int page);
    bool showsImage() const { return m_isImage; }

    // Zoom: 1.0 shows a page at its natural size (an image's pixels, a PDF page at 96 dpi).
    static constexpr double kMinZoom = 0.25;
    static constexpr double kMaxZoom = 4.0;
    bool fitsWidth() const { return m_zoom <= 0; }
    double zoom() const; // the scale in effect, also while fitting the width
    int rotation() const { return m_rotation; } // 0, 90, 180 or 270 degrees clockwise
    void zoomIn();
    void zoomOut();
    void setZoom(double zoom);
    void fitWidth();
    void rotate(int degrees); // by a multiple of 90, clockwise when positive

Q_SIGNALS:
    // The page shown changed (a PDF's page, 0-based; 0 for an image or a new file).
    void pageChanged(int page);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    bool handleKey(QKeyEvent* event);
    QSizeF naturalSize() const; // of the current page, turned
    void render();
    void updateControls();

    QPdfDocument* m_pdf = nullptr;
    QImage* m_image = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_canvas = nullptr;
    QLabel* m_pageLabel = nullptr;
    QLabel* m_zoomLabel = nullptr;
    QPushButton* m_prev = nullptr;
    QPushButton* m_next = nullptr;
    QToolButton* m_zoomOut = nullptr;
    QToolButton* m_zoomIn = nullptr;
    QToolButton* m_fit = nullptr;
    QToolButton* m_left = nullptr;
    QToolButton* m_right = nullptr;
    int m_page = 0;
    double m_zoom = 0; // 0: fit the width
    int m_rotation = 0;
    int m_wheel = 0; // Ctrl+wheel steps not yet a whole notch
    bool m_isPdf = false;
    bool m_isImage = false;
};

} // namespace qf

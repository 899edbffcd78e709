#pragma once

#include <QWidget>

class QLabel;
class QPdfDocument;
class QPushButton;
class QScrollArea;

namespace qf {

// Shows one attached file: an image (JPEG, PNG...) or a PDF one page at a time with
// previous / next (Page Up / Page Down). Anything else is named, not shown.
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

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void render();

    QPdfDocument* m_pdf = nullptr;
    QImage* m_image = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_canvas = nullptr;
    QLabel* m_pageLabel = nullptr;
    QPushButton* m_prev = nullptr;
    QPushButton* m_next = nullptr;
    int m_page = 0;
    bool m_isPdf = false;
    bool m_isImage = false;
};

} // namespace qf

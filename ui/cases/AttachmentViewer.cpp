#include "ui/cases/AttachmentViewer.h"

#include <QHBoxLayout>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPdfDocument>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace qf {

AttachmentViewer::AttachmentViewer(QWidget* parent)
    : QWidget(parent)
    , m_pdf(new QPdfDocument(this))
    , m_image(new QImage)
{
    setObjectName(QStringLiteral("attachmentViewer"));
    setFocusPolicy(Qt::StrongFocus);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_canvas = new QLabel(m_scroll);
    m_canvas->setObjectName(QStringLiteral("attachmentCanvas"));
    m_canvas->setAlignment(Qt::AlignCenter);
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(true);
    layout->addWidget(m_scroll, 1);

    auto* bar = new QHBoxLayout;
    m_prev = new QPushButton(tr("Previous page"), this);
    m_prev->setObjectName(QStringLiteral("attachmentPrev"));
    m_next = new QPushButton(tr("Next page"), this);
    m_next->setObjectName(QStringLiteral("attachmentNext"));
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("attachmentPage"));
    bar->addWidget(m_prev);
    bar->addWidget(m_pageLabel, 1, Qt::AlignCenter);
    bar->addWidget(m_next);
    layout->addLayout(bar);
    connect(m_prev, &QPushButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPage(m_page + 1); });
    clear();
}

AttachmentViewer::~AttachmentViewer()
{
    delete m_image;
}

void AttachmentViewer::clear()
{
    m_pdf->close();
    *m_image = QImage();
    m_isPdf = m_isImage = false;
    m_page = 0;
    m_canvas->setPixmap(QPixmap());
    m_canvas->setText(tr("Choose an attachment to see it here."));
    m_pageLabel->clear();
    m_prev->setEnabled(false);
    m_next->setEnabled(false);
}

bool AttachmentViewer::showFile(const QString& path, const QString& displayName)
{
    clear();
    QImageReader reader(path);
    if (reader.canRead()) {
        reader.setAutoTransform(true);
        *m_image = reader.read();
        if (!m_image->isNull()) {
            m_isImage = true;
            m_pageLabel->setText(displayName);
            render();
            return true;
        }
    }
    if (m_pdf->load(path) == QPdfDocument::Error::None && m_pdf->pageCount() > 0) {
        m_isPdf = true;
        showPage(0);
        return true;
    }
    m_pdf->close();
    m_canvas->setText(tr("%1 cannot be shown here (neither an image nor a readable PDF).").arg(displayName));
    return false;
}

int AttachmentViewer::pageCount() const
{
    return m_isPdf ? m_pdf->pageCount() : 0;
}

void AttachmentViewer::showPage(int page)
{
    if (!m_isPdf || page < 0 || page >= m_pdf->pageCount())
        return;
    m_page = page;
    m_pageLabel->setText(tr("Page %1 of %2").arg(page + 1).arg(m_pdf->pageCount()));
    m_prev->setEnabled(page > 0);
    m_next->setEnabled(page + 1 < m_pdf->pageCount());
    render();
}

void AttachmentViewer::render()
{
    const int width = qMax(200, m_scroll->viewport()->width() - 8);
    if (m_isImage) {
        const QImage shown = m_image->width() > width ? m_image->scaledToWidth(width, Qt::SmoothTransformation)
                                                      : *m_image;
        m_canvas->setPixmap(QPixmap::fromImage(shown));
    } else if (m_isPdf) {
        const QSizeF points = m_pdf->pagePointSize(m_page);
        const QSize size(width, qRound(width * points.height() / qMax(1.0, points.width())));
        QImage paper(size, QImage::Format_RGB32); // the page may be transparent: show it on white
        paper.fill(Qt::white);
        QPainter painter(&paper);
        painter.drawImage(0, 0, m_pdf->render(m_page, size));
        painter.end();
        m_canvas->setPixmap(QPixmap::fromImage(paper));
    }
}

void AttachmentViewer::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_PageDown)
        showPage(m_page + 1);
    else if (event->key() == Qt::Key_PageUp)
        showPage(m_page - 1);
    else
        QWidget::keyPressEvent(event);
}

void AttachmentViewer::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_isImage || m_isPdf)
        render();
}

} // namespace qf

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
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>

namespace qf {

namespace {

// The steps a zoom in or out goes through, as in document viewers.
constexpr std::array<double, 11> kSteps { 0.25, 0.33, 0.5, 0.67, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0 };
// A page rendered larger than this many pixels is rendered smaller and shown as large: at
// 400 % a scanned A4 page would otherwise take hundreds of megabytes.
constexpr double kMaxPixels = 40e6;
constexpr int kMargin = 8;

QToolButton* toolButton(const QString& name, const QString& text, const QString& tip, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setObjectName(name);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    b->setFocusPolicy(Qt::NoFocus); // the keys go to the page, not to the button
    return b;
}

} // namespace

AttachmentViewer::AttachmentViewer(QWidget* parent)
    : QWidget(parent)
    , m_pdf(new QPdfDocument(this))
    , m_image(new QImage)
{
    setObjectName(QStringLiteral("attachmentViewer"));
    setFocusPolicy(Qt::StrongFocus);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* tools = new QHBoxLayout;
    m_zoomOut = toolButton(QStringLiteral("attachmentZoomOut"), QStringLiteral("−"), tr("Zoom out (Ctrl+-, Ctrl+wheel)"), this);
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setObjectName(QStringLiteral("attachmentZoom"));
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("400%")) + 8);
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_zoomIn = toolButton(QStringLiteral("attachmentZoomIn"), QStringLiteral("+"), tr("Zoom in (Ctrl++, Ctrl+wheel)"), this);
    m_fit = toolButton(QStringLiteral("attachmentFitWidth"), tr("Fit width"), tr("Fit the page to the width (Ctrl+0)"), this);
    m_left = toolButton(QStringLiteral("attachmentRotateLeft"), tr("Rotate left"),
                        tr("Turn the page a quarter to the left (Ctrl+Left); the file is not changed"), this);
    m_right = toolButton(QStringLiteral("attachmentRotateRight"), tr("Rotate right"),
                         tr("Turn the page a quarter to the right (Ctrl+Right); the file is not changed"), this);
    tools->addWidget(m_zoomOut);
    tools->addWidget(m_zoomLabel);
    tools->addWidget(m_zoomIn);
    tools->addWidget(m_fit);
    tools->addStretch(1);
    tools->addWidget(m_left);
    tools->addWidget(m_right);
    layout->addLayout(tools);
    connect(m_zoomOut, &QToolButton::clicked, this, &AttachmentViewer::zoomOut);
    connect(m_zoomIn, &QToolButton::clicked, this, &AttachmentViewer::zoomIn);
    connect(m_fit, &QToolButton::clicked, this, &AttachmentViewer::fitWidth);
    connect(m_left, &QToolButton::clicked, this, [this] { rotate(-90); });
    connect(m_right, &QToolButton::clicked, this, [this] { rotate(90); });

    m_scroll = new QScrollArea(this);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_scroll->setFocusPolicy(Qt::NoFocus); // a click on the page gives the viewer the focus
    m_canvas = new QLabel(m_scroll);
    m_canvas->setObjectName(QStringLiteral("attachmentCanvas"));
    m_canvas->setAlignment(Qt::AlignCenter);
    m_canvas->setWordWrap(true);
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(false); // the canvas takes the page's size, and scrolls
    m_scroll->viewport()->installEventFilter(this);
    m_scroll->installEventFilter(this);
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
    m_zoom = 0;
    m_rotation = 0;
    m_canvas->setPixmap(QPixmap());
    m_canvas->setText(tr("Choose an attachment to see it here."));
    m_pageLabel->clear();
    render();
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
    render();
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
    render();
    m_scroll->verticalScrollBar()->setValue(0);
    Q_EMIT pageChanged(page);
}

QSizeF AttachmentViewer::naturalSize() const
{
    QSizeF size;
    if (m_isImage)
        size = m_image->size();
    else if (m_isPdf)
        size = m_pdf->pagePointSize(m_page) * (96.0 / 72.0);
    if (m_rotation % 180 != 0)
        size.transpose();
    return size;
}

double AttachmentViewer::zoom() const
{
    if (!fitsWidth())
        return m_zoom;
    const QSizeF natural = naturalSize();
    if (natural.width() <= 0)
        return 1.0;
    const double width = qMax(100, m_scroll->viewport()->width() - kMargin);
    const double fit = width / natural.width();
    // A small photo is not blown up to a blur; a page always fills the width.
    return std::clamp(m_isImage ? qMin(1.0, fit) : fit, kMinZoom / 4, kMaxZoom);
}

void AttachmentViewer::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    render();
}

void AttachmentViewer::zoomIn()
{
    const double now = zoom();
    const auto next = std::upper_bound(kSteps.begin(), kSteps.end(), now + 0.005);
    setZoom(next == kSteps.end() ? kMaxZoom : *next);
}

void AttachmentViewer::zoomOut()
{
    const double now = zoom();
    auto below = std::lower_bound(kSteps.begin(), kSteps.end(), now - 0.005);
    setZoom(below == kSteps.begin() ? kMinZoom : *(below - 1));
}

void AttachmentViewer::fitWidth()
{
    m_zoom = 0;
    render();
}

void AttachmentViewer::rotate(int degrees)
{
    m_rotation = ((m_rotation + degrees) % 360 + 360) % 360;
    render();
    // The middle of a page turned is somewhere else: start again where one reads, at the top.
    m_scroll->horizontalScrollBar()->setValue(0);
    m_scroll->verticalScrollBar()->setValue(0);
}

void AttachmentViewer::render()
{
    updateControls();
    if (!m_isImage && !m_isPdf) {
        m_canvas->resize(m_scroll->viewport()->size());
        return;
    }
    QScrollBar* h = m_scroll->horizontalScrollBar();
    QScrollBar* v = m_scroll->verticalScrollBar();
    // Keep the point in the middle of the view where it was.
    const auto centre = [](const QScrollBar* bar) {
        const int total = bar->maximum() + bar->pageStep();
        return total > 0 ? (bar->value() + bar->pageStep() / 2.0) / total : 0.5;
    };
    const double cx = centre(h);
    const double cy = centre(v);

    const double scale = zoom();
    const double ratio = devicePixelRatioF();
    QSizeF upright = naturalSize();
    if (m_rotation % 180 != 0)
        upright.transpose();
    QSizeF pixels = upright * scale * ratio;
    double shrink = 1.0; // rendered smaller than shown when the page would be huge
    if (pixels.width() * pixels.height() > kMaxPixels) {
        shrink = std::sqrt(kMaxPixels / (pixels.width() * pixels.height()));
        pixels *= shrink;
    }
    const QSize size = pixels.toSize().expandedTo(QSize(1, 1));

    QImage page;
    if (m_isImage) {
        page = m_image->scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    } else {
        page = QImage(size, QImage::Format_RGB32); // the page may be transparent: show it on white
        page.fill(Qt::white);
        QPainter painter(&page);
        painter.drawImage(0, 0, m_pdf->render(m_page, size));
    }
    if (m_rotation != 0)
        page = page.transformed(QTransform().rotate(m_rotation), Qt::SmoothTransformation);
    QPixmap shown = QPixmap::fromImage(page);
    shown.setDevicePixelRatio(ratio * shrink);
    m_canvas->setPixmap(shown);
    m_canvas->resize(shown.deviceIndependentSize().toSize());

    const auto restore = [](QScrollBar* bar, double at) {
        bar->setValue(qRound(at * (bar->maximum() + bar->pageStep()) - bar->pageStep() / 2.0));
    };
    restore(h, cx);
    restore(v, cy);
}

void AttachmentViewer::updateControls()
{
    const bool shown = m_isImage || m_isPdf;
    m_prev->setEnabled(m_isPdf && m_page > 0);
    m_next->setEnabled(m_isPdf && m_page + 1 < m_pdf->pageCount());
    m_zoomIn->setEnabled(shown && zoom() < kMaxZoom - 0.005);
    m_zoomOut->setEnabled(shown && zoom() > kMinZoom + 0.005);
    m_fit->setEnabled(shown && !fitsWidth());
    m_left->setEnabled(shown);
    m_right->setEnabled(shown);
    m_zoomLabel->setText(shown ? tr("%1%").arg(qRound(zoom() * 100)) : QString());
}

bool AttachmentViewer::handleKey(QKeyEvent* event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_PageDown:
        showPage(m_page + 1);
        return m_isPdf;
    case Qt::Key_PageUp:
        showPage(m_page - 1);
        return m_isPdf;
    case Qt::Key_Home:
        showPage(0);
        return m_isPdf;
    case Qt::Key_End:
        showPage(pageCount() - 1);
        return m_isPdf;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        if (ctrl)
            zoomIn();
        return ctrl;
    case Qt::Key_Minus:
        if (ctrl)
            zoomOut();
        return ctrl;
    case Qt::Key_0:
        if (ctrl)
            fitWidth();
        return ctrl;
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (ctrl)
            rotate(event->key() == Qt::Key_Left ? -90 : 90);
        return ctrl;
    default:
        return false;
    }
}

bool AttachmentViewer::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && handleKey(static_cast<QKeyEvent*>(event)))
        return true;
    if (event->type() == QEvent::Wheel && watched == m_scroll->viewport()) {
        auto* wheel = static_cast<QWheelEvent*>(event);
        const int dy = wheel->angleDelta().y();
        if (wheel->modifiers() & Qt::ControlModifier) {
            // A notch is 120; a touchpad sends many small steps, which add up to one.
            m_wheel += dy;
            for (; m_wheel >= 120; m_wheel -= 120)
                zoomIn();
            for (; m_wheel <= -120; m_wheel += 120)
                zoomOut();
            return true;
        }
        // Scrolling on past the end of a page turns it, as in a document reader.
        QScrollBar* v = m_scroll->verticalScrollBar();
        if (m_isPdf && dy < 0 && v->value() == v->maximum() && m_page + 1 < pageCount()) {
            showPage(m_page + 1);
            return true;
        }
        if (m_isPdf && dy > 0 && v->value() == v->minimum() && m_page > 0) {
            showPage(m_page - 1);
            v->setValue(v->maximum());
            return true;
        }
    }
    if (event->type() == QEvent::Resize && watched == m_scroll->viewport() && (fitsWidth() || !(m_isImage || m_isPdf)))
        render();
    return QWidget::eventFilter(watched, event);
}

void AttachmentViewer::keyPressEvent(QKeyEvent* event)
{
    if (!handleKey(event))
        QWidget::keyPressEvent(event);
}

} // namespace qf

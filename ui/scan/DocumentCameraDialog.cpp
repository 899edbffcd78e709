#include "ui/scan/DocumentCameraDialog.h"

#include "app/devices/camera/QtCamera.h"
#include "app/scan/PageFinder.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace qf {

DocumentCameraDialog::DocumentCameraDialog(Camera* camera, QWidget* parent)
    : QDialog(parent)
    , m_camera(camera)
{
    if (!m_camera) {
        m_own = std::make_unique<QtCamera>(QtCamera::Use::Documents);
        m_camera = m_own.get();
    }
    setWindowTitle(tr("Document camera"));
    auto* layout = new QVBoxLayout(this);
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_preview = new QLabel(this);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(640, 420);
    m_preview->setAccessibleName(tr("Camera picture"));
    m_preview->setStyleSheet(QStringLiteral("background: #303030; color: white;"));
    layout->addWidget(m_preview, 1);
    m_strip = new QListWidget(this);
    m_strip->setViewMode(QListView::IconMode);
    m_strip->setFlow(QListView::LeftToRight);
    m_strip->setWrapping(false);
    m_strip->setIconSize(QSize(72, 100));
    m_strip->setFixedHeight(140);
    m_strip->setAccessibleName(tr("Pages taken"));
    layout->addWidget(m_strip);
    auto* buttons = new QHBoxLayout;
    m_take = new QPushButton(tr("&Take the page (Space)"), this);
    auto* drop = new QPushButton(tr("&Drop the page (Delete)"), this);
    m_done = new QPushButton(tr("Do&ne"), this);
    m_done->setEnabled(false);
    auto* cancel = new QPushButton(tr("Cancel"), this);
    buttons->addWidget(m_take);
    buttons->addWidget(drop);
    buttons->addStretch(1);
    buttons->addWidget(m_done);
    buttons->addWidget(cancel);
    layout->addLayout(buttons);
    for (QPushButton* b : { m_take, drop, m_done, cancel })
        b->setAutoDefault(false);
    connect(m_take, &QPushButton::clicked, this, &DocumentCameraDialog::capture);
    connect(drop, &QPushButton::clicked, this, &DocumentCameraDialog::dropSelected);
    connect(m_done, &QPushButton::clicked, this, &QDialog::accept);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_camera, &Camera::previewFrame, this, &DocumentCameraDialog::showFrame);
    connect(m_camera, &Camera::captured, this, &DocumentCameraDialog::taken);
    connect(m_camera, &Camera::error, this, [this](const QString& message) { m_state->setText(message); });
    if (m_camera->isAvailable()) {
        m_state->setText(tr("%1: put the page under the camera; Space takes it.").arg(m_camera->description()));
        m_camera->start();
    } else {
        m_state->setText(tr("No camera found. Connect the document camera and open this window again."));
        m_preview->setText(tr("No camera"));
        m_take->setEnabled(false);
    }
    resize(900, 760);
}

DocumentCameraDialog::~DocumentCameraDialog()
{
    m_camera->stop();
}

void DocumentCameraDialog::showFrame(const QImage& frame)
{
    if (frame.isNull())
        return;
    ++m_frames;
    QImage shown = frame.scaled(m_preview->size(), Qt::KeepAspectRatio, Qt::FastTransformation)
                       .convertToFormat(QImage::Format_RGB32);
    // The page the camera would take, outlined: the clerk sees at once whether it is all in view.
    if (const auto corners = PageFinder::find(shown)) {
        QPainter p(&shown);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(0x2e, 0xcc, 0x71), 3));
        p.drawPolygon(*corners);
    }
    m_preview->setPixmap(QPixmap::fromImage(shown));
}

void DocumentCameraDialog::capture()
{
    if (m_take->isEnabled())
        m_camera->capture();
}

void DocumentCameraDialog::taken(const QImage& image)
{
    bool found = false;
    QImage page = PageFinder::cropPage(image, &found);
    // A camera knows no dots per inch. Letters are A4 nearly always: the page's longer side is
    // taken as 297 mm, which puts the text at the size the OCR expects.
    const int dpm = int(std::max(page.width(), page.height()) / 0.297);
    page.setDotsPerMeterX(dpm);
    page.setDotsPerMeterY(dpm);
    m_pages << page;
    auto* item = new QListWidgetItem(QPixmap::fromImage(page.scaled(72, 100, Qt::KeepAspectRatio, Qt::SmoothTransformation)),
                                     tr("Page %1").arg(m_pages.size()), m_strip);
    m_strip->setCurrentItem(item);
    m_state->setText(found ? tr("Page %1 taken, cut out of the picture and squared.").arg(m_pages.size())
                           : tr("Page %1 taken as the whole picture: no page stood out from the desk.").arg(m_pages.size()));
    m_done->setEnabled(true);
    Q_EMIT pageTaken(int(m_pages.size()));
}

void DocumentCameraDialog::dropSelected()
{
    const int row = m_strip->currentRow();
    if (row < 0 || row >= m_pages.size())
        return;
    m_pages.removeAt(row);
    delete m_strip->takeItem(row);
    for (int i = 0; i < m_strip->count(); ++i)
        m_strip->item(i)->setText(tr("Page %1").arg(i + 1));
    m_done->setEnabled(!m_pages.isEmpty());
}

void DocumentCameraDialog::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space) {
        capture();
        return;
    }
    if (event->key() == Qt::Key_Delete) {
        dropSelected();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace qf

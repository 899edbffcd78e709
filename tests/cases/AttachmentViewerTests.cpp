// The attachment viewer as a registry clerk uses it on a scanned letter: zoom with the keys,
// the wheel and the buttons, fit the width again, turn a page scanned on its side, and page
// through a PDF (also by scrolling past the end of a page).
#include "tests/support/TestSupport.h"
#include "ui/cases/AttachmentViewer.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

using namespace qf;

namespace {

// An A4 letter of `pages` pages, each with a black bar along its top edge (inside the
// writer's margins): after a quarter
// turn to the right the bar is along the right edge.
QString letterPdf(const QString& path, int pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    QPainter painter(&writer);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.fillRect(QRect(0, 0, writer.width(), writer.height() / 10), Qt::black);
        painter.setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 14));
        painter.drawText(QRect(0, writer.height() / 4, writer.width(), writer.height() / 4), Qt::AlignCenter,
                         QStringLiteral("举报信 第%1页").arg(i + 1));
    }
    painter.end();
    return path;
}

QSize shownSize(AttachmentViewer& viewer)
{
    auto* canvas = viewer.findChild<QLabel*>(QStringLiteral("attachmentCanvas"));
    REQUIRE(canvas);
    return canvas->pixmap().deviceIndependentSize().toSize();
}

QImage shownImage(AttachmentViewer& viewer)
{
    auto* canvas = viewer.findChild<QLabel*>(QStringLiteral("attachmentCanvas"));
    REQUIRE(canvas);
    return canvas->pixmap().toImage();
}

// Darkness of a strip of the shown page: 0 white .. 255 black.
int darkness(const QImage& page, QRect strip)
{
    strip &= page.rect();
    qint64 sum = 0, n = 0;
    for (int y = strip.top(); y <= strip.bottom(); y += 2)
        for (int x = strip.left(); x <= strip.right(); x += 2, ++n)
            sum += 255 - qGray(page.pixel(x, y));
    return n > 0 ? static_cast<int>(sum / n) : 0;
}

void wheel(AttachmentViewer& viewer, int delta, Qt::KeyboardModifiers modifiers)
{
    QWidget* port = viewer.findChild<QScrollArea*>()->viewport();
    const QPointF at(port->width() / 2.0, port->height() / 2.0);
    QWheelEvent event(at, port->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, modifiers,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(port, &event);
}

} // namespace

TEST_CASE("attachment viewer: a scanned letter zooms, fits the width again, turns and pages through",
          "[cases][attachments][gui]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdf = letterPdf(dir.filePath(QStringLiteral("举报信.pdf")), 3);

    AttachmentViewer viewer;
    viewer.resize(700, 800);
    viewer.show();
    REQUIRE(QTest::qWaitForWindowExposed(&viewer));
    REQUIRE(viewer.showFile(pdf, QStringLiteral("举报信.pdf")));
    QApplication::processEvents();
    auto* port = viewer.findChild<QScrollArea*>()->viewport();
    auto* zoomLabel = viewer.findChild<QLabel*>(QStringLiteral("attachmentZoom"));
    REQUIRE(zoomLabel);

    // It opens fitting the width: the page is as wide as the view, not a thumbnail.
    CHECK(viewer.fitsWidth());
    const QSize fitted = shownSize(viewer);
    CHECK(fitted.width() >= port->width() - 10);
    CHECK(fitted.width() <= port->width());
    CHECK(zoomLabel->text() == QStringLiteral("%1%").arg(qRound(viewer.zoom() * 100)));

    SECTION("zoom in and out with the keys, the wheel and the buttons; Ctrl+0 fits the width again")
    {
        viewer.setFocus();
        const double fit = viewer.zoom();
        QTest::keyClick(&viewer, Qt::Key_Plus, Qt::ControlModifier);
        CHECK_FALSE(viewer.fitsWidth());
        const double once = viewer.zoom();
        CHECK(once > fit);
        CHECK(shownSize(viewer).width() > fitted.width());
        CHECK(zoomLabel->text() == QStringLiteral("%1%").arg(qRound(once * 100)));
        // The page is now wider than the view: it scrolls sideways.
        CHECK(viewer.findChild<QScrollArea*>()->horizontalScrollBar()->maximum() > 0);

        QTest::keyClick(&viewer, Qt::Key_Equal, Qt::ControlModifier); // Ctrl+= is Ctrl++ without Shift
        CHECK(viewer.zoom() > once);
        QTest::keyClick(&viewer, Qt::Key_Minus, Qt::ControlModifier);
        CHECK(viewer.zoom() == Approx(once));

        // Ctrl + wheel: one notch up is one step in; half-notches from a touchpad add up.
        wheel(viewer, 120, Qt::ControlModifier);
        CHECK(viewer.zoom() > once);
        wheel(viewer, -60, Qt::ControlModifier);
        CHECK(viewer.zoom() > once);
        wheel(viewer, -60, Qt::ControlModifier);
        CHECK(viewer.zoom() == Approx(once));

        // Far out and far in stop at the limits, and the buttons say so.
        for (int i = 0; i < 20; ++i)
            viewer.findChild<QToolButton*>(QStringLiteral("attachmentZoomOut"))->click();
        CHECK(viewer.zoom() == Approx(AttachmentViewer::kMinZoom));
        CHECK_FALSE(viewer.findChild<QToolButton*>(QStringLiteral("attachmentZoomOut"))->isEnabled());
        CHECK(shownSize(viewer).width() == qRound(QPageSize(QPageSize::A4).sizePoints().width() * 96.0 / 72.0 * 0.25));
        for (int i = 0; i < 20; ++i)
            viewer.findChild<QToolButton*>(QStringLiteral("attachmentZoomIn"))->click();
        CHECK(viewer.zoom() == Approx(AttachmentViewer::kMaxZoom));
        CHECK_FALSE(viewer.findChild<QToolButton*>(QStringLiteral("attachmentZoomIn"))->isEnabled());
        CHECK(shownSize(viewer).width() > 3000); // an A4 page at 400 %, for the small print

        QTest::keyClick(&viewer, Qt::Key_0, Qt::ControlModifier);
        CHECK(viewer.fitsWidth());
        CHECK(shownSize(viewer) == fitted);
        CHECK_FALSE(viewer.findChild<QToolButton*>(QStringLiteral("attachmentFitWidth"))->isEnabled());

        // While it fits the width, a wider view shows a wider page.
        viewer.resize(900, 800);
        QApplication::processEvents();
        CHECK(shownSize(viewer).width() > fitted.width());
    }

    SECTION("a page turned a quarter to the right lies on its side, and back")
    {
        const QImage upright = shownImage(viewer);
        CHECK(darkness(upright, QRect(0, 0, upright.width(), upright.height() / 20)) > 150);
        viewer.setFocus();
        QTest::keyClick(&viewer, Qt::Key_Right, Qt::ControlModifier);
        CHECK(viewer.rotation() == 90);
        const QImage turned = shownImage(viewer);
        CHECK(turned.width() > turned.height()); // A4 on its side
        // The bar along the top now runs down the right edge, and the top is white.
        CHECK(darkness(turned, QRect(turned.width() * 19 / 20, 0, turned.width() / 20, turned.height())) > 150);
        CHECK(darkness(turned, QRect(0, 0, turned.width() / 2, turned.height() / 20)) < 30);
        // Fitting the width fits the turned page.
        CHECK(shownSize(viewer).width() <= port->width());
        CHECK(shownSize(viewer).width() >= port->width() - 10);

        viewer.findChild<QToolButton*>(QStringLiteral("attachmentRotateLeft"))->click();
        CHECK(viewer.rotation() == 0);
        QTest::keyClick(&viewer, Qt::Key_Left, Qt::ControlModifier);
        CHECK(viewer.rotation() == 270);
        // A turn holds for the next pages of the letter (it was fed in sideways).
        QTest::keyClick(&viewer, Qt::Key_PageDown);
        CHECK(viewer.currentPage() == 1);
        CHECK(viewer.rotation() == 270);
        CHECK(shownImage(viewer).width() > shownImage(viewer).height());
    }

    SECTION("page through with the keys, the buttons and by scrolling past the end of a page")
    {
        viewer.setFocus();
        QTest::keyClick(&viewer, Qt::Key_End);
        CHECK(viewer.currentPage() == 2);
        CHECK_FALSE(viewer.findChild<QPushButton*>(QStringLiteral("attachmentNext"))->isEnabled());
        QTest::keyClick(&viewer, Qt::Key_Home);
        CHECK(viewer.currentPage() == 0);
        viewer.findChild<QPushButton*>(QStringLiteral("attachmentNext"))->click();
        CHECK(viewer.currentPage() == 1);
        CHECK(viewer.findChild<QLabel*>(QStringLiteral("attachmentPage"))->text().contains(QStringLiteral("3")));

        // The page fits the width and is taller than the view: the wheel scrolls it first.
        QScrollBar* v = viewer.findChild<QScrollArea*>()->verticalScrollBar();
        REQUIRE(v->maximum() > 0);
        CHECK(v->value() == 0);
        v->setValue(v->maximum() / 2);
        wheel(viewer, -120, Qt::NoModifier);
        CHECK(viewer.currentPage() == 1); // scrolled, not turned
        v->setValue(v->maximum());
        wheel(viewer, -120, Qt::NoModifier);
        CHECK(viewer.currentPage() == 2); // past the end: the next page, from its top
        CHECK(v->value() == 0);
        wheel(viewer, 120, Qt::NoModifier);
        CHECK(viewer.currentPage() == 1); // back up past the top: the previous page, at its end
        CHECK(v->value() == v->maximum());
    }

    if (const QString shots = test::screenshotDir(QStringLiteral("cases")); !shots.isEmpty()) {
        viewer.resize(900, 1000);
        viewer.setZoom(1.5);
        viewer.rotate(90);
        QApplication::processEvents();
        viewer.grab().save(shots + QStringLiteral("/attachment-viewer-zoomed.png"));
    }
}

TEST_CASE("attachment viewer: a small photo is not blown up, and zooms from its own size",
          "[cases][attachments][gui]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QImage photo(300, 200, QImage::Format_RGB32);
    photo.fill(Qt::gray);
    const QString path = dir.filePath(QStringLiteral("信封.png"));
    REQUIRE(photo.save(path, "PNG"));

    AttachmentViewer viewer;
    viewer.resize(700, 600);
    viewer.show();
    REQUIRE(QTest::qWaitForWindowExposed(&viewer));
    REQUIRE(viewer.showFile(path, QStringLiteral("信封.png")));
    QApplication::processEvents();
    CHECK(viewer.showsImage());
    CHECK(viewer.zoom() == Approx(1.0));
    CHECK(shownSize(viewer) == QSize(300, 200));
    viewer.zoomIn();
    CHECK(shownSize(viewer) == QSize(375, 250));
    viewer.rotate(90);
    CHECK(shownSize(viewer) == QSize(250, 375));
    // Another file opens fitting the width and upright again.
    REQUIRE(viewer.showFile(path, QStringLiteral("信封.png")));
    CHECK(viewer.fitsWidth());
    CHECK(viewer.rotation() == 0);
    CHECK(shownSize(viewer) == QSize(300, 200));
}

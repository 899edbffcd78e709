// Screenshots of the desk for a person to look at (hidden: run with the tag [.shots], e.g.
// under xvfb-run with QT_QPA_PLATFORM=xcb): a card read, no camera, the camera's preview
// and the photo taken. Written to $QF_SHOTS_DIR (default /tmp/shots-desk) in zh_CN.
#include "tests/desk/DeskFixture.h"
#include "tests/desk/FakeCamera.h"

#include "ui/checkin/DeskSettingsDialog.h"
#include "ui/Language.h"

#include <QApplication>
#include <QDir>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace qf;
using namespace qf::test;

namespace {

void shoot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("QF_SHOTS_DIR", QStringLiteral("/tmp/shots-desk"));
    QDir().mkpath(dir);
    QApplication::processEvents();
    REQUIRE(w->grab().save(dir + QLatin1Char('/') + name));
}

QImage face()
{
    QImage image(480, 600, QImage::Format_RGB32);
    image.fill(QColor(70, 110, 160));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(QColor(235, 200, 170));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QPointF(240, 250), 120, 150);
    p.drawRect(180, 380, 120, 120);
    p.setBrush(QColor(40, 40, 60));
    p.drawRect(60, 480, 360, 120);
    return image;
}

} // namespace

TEST_CASE("screenshots of the check-in desk in zh_CN", "[.shots]")
{
    REQUIRE(Language::install(QStringLiteral("zh_CN")));
    SECTION("card read, no camera")
    {
        DeskFixture f;
        f.desk->resize(1600, 1000);
        f.desk->activateWindow();
        (void)QTest::qWaitForWindowActive(f.desk.get());
        f.connectReader(QStringLiteral("resident.json"));
        QSignalSpy shown(f.desk.get(), &CheckInWorkspace::cardShown);
        f.sim.setCardPresent(true);
        REQUIRE(shown.wait(15000));
        DeskFixture::typeText(f.child<QWidget>("matter"), QStringLiteral("村支书挪用扶贫资金修建自家房屋"));
        shoot(f.desk.get(), QStringLiteral("desk-card-read.png"));
        QTest::keyClick(f.child<QWidget>("matter"), Qt::Key_F6);
        shoot(f.desk.get(), QStringLiteral("desk-no-camera.png"));
        // The same visitor again: the history shows the first visit.
        QTest::keyClick(f.child<QWidget>("matter"), Qt::Key_Return, Qt::ControlModifier);
        f.sim.setCardPresent(false);
        REQUIRE(QTest::qWaitFor([&] { return f.desk->reader()->state() == IdCardReader::State::WaitingForCard; }, 15000));
        f.sim.setCardPresent(true);
        REQUIRE(shown.wait(15000));
        shoot(f.desk.get(), QStringLiteral("desk-card-read-repeat.png"));
    }
    SECTION("camera")
    {
        DeskFixture f;
        f.desk->resize(1600, 1000);
        f.desk->activateWindow();
        (void)QTest::qWaitForWindowActive(f.desk.get());
        f.desk->setCamera(std::make_unique<FakeCamera>(face()));
        f.connectReader(QStringLiteral("resident.json"));
        QSignalSpy shown(f.desk.get(), &CheckInWorkspace::cardShown);
        f.sim.setCardPresent(true);
        REQUIRE(shown.wait(15000));
        QTest::keyClick(f.child<QWidget>("matter"), Qt::Key_F6);
        shoot(f.desk.get(), QStringLiteral("desk-camera-preview.png"));
        QTest::keyClick(f.child<QWidget>("matter"), Qt::Key_F6);
        shoot(f.desk.get(), QStringLiteral("desk-camera-photo.png"));
    }
    SECTION("devices dialog")
    {
        DeskSettings d;
        d.readerPort = QStringLiteral("/dev/ttyUSB0");
        d.ticketPrefix = QStringLiteral("A");
        d.rooms = DeskSettings::defaultRooms();
        d.pdfFolder = QStringLiteral("/home/reception/Documents");
        DeskSettingsDialog dialog(d);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        shoot(&dialog, QStringLiteral("desk-devices-dialog.png"));
    }
}

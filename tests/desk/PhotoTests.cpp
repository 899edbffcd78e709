// The visitor's photo at the desk: the card's photo kept when it cannot be decoded, the
// camera (none on this machine: said plainly), a picture taken through the camera interface
// stored sealed with the person, and the card photo decoded by an installed decoder.
#include "tests/desk/DeskFixture.h"
#include "tests/desk/FakeCamera.h"

#include "ui/checkin/PhotoPanel.h"

#include <QApplication>
#include <QBuffer>
#include <QCameraDevice>
#include <QLabel>
#include <QLineEdit>
#include <QMediaDevices>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace qf;
using namespace qf::test;

namespace {

// A card whose photo bytes can be recognised (the vendor's WLT data is opaque to us).
IdCardData cardWithPhoto()
{
    IdCardData card = DeskFixture::demoCard(QStringLiteral("resident.json"));
    card.photoWlt = QByteArray(1024, '\0');
    for (int i = 0; i < card.photoWlt.size(); ++i)
        card.photoWlt[i] = char((i * 7 + 3) % 251);
    return card;
}

void putCard(DeskFixture& f)
{
    QSignalSpy shown(f.desk.get(), &CheckInWorkspace::cardShown);
    f.sim.setCardPresent(true);
    REQUIRE(shown.wait(15000));
}

RegisteredVisit registerWithKeyboard(DeskFixture& f, const QString& matter)
{
    REQUIRE(QTest::qWaitFor([&] { return f.child<QPlainTextEdit>("matter")->hasFocus(); }));
    DeskFixture::typeText(QApplication::focusWidget(), matter);
    QSignalSpy registered(f.desk.get(), &CheckInWorkspace::registered);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(registered.count() == 1);
    return registered.first().first().value<RegisteredVisit>();
}

QImage portrait()
{
    // A 640x800 picture: left half red, right half blue.
    QImage image(640, 800, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, x < 320 ? qRgb(200, 30, 30) : qRgb(30, 30, 200));
    return image;
}

} // namespace

TEST_CASE("without a photo decoder and without a camera the desk says so - keeps the card's photo bytes and "
          "registers the visitor without a photo",
          "[desk][photo]")
{
    REQUIRE(QMediaDevices::videoInputs().isEmpty()); // this machine has no camera
    DeskFixture f;
    const IdCardData card = cardWithPhoto();
    f.connectReader(card);
    CHECK(f.child<QLabel>("cameraState")->text().contains(QStringLiteral("No camera found")));
    CHECK_FALSE(f.child<QWidget>("takePhoto")->isEnabled());
    putCard(f);

    auto* panel = f.child<PhotoPanel>("photoPanel");
    CHECK(panel->source() == PhotoPanel::Source::None);
    CHECK(f.child<QLabel>("photoState")->text().contains(QStringLiteral("not decoded")));
    CHECK(f.child<QLabel>("photoState")->toolTip().contains(QStringLiteral("decoder")));
    // F6 asks for the camera: there is none, the receptionist is told and carries on.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    CHECK(f.child<QLabel>("photoState")->text().contains(QStringLiteral("Connect a camera")));
    CHECK(f.child<QLabel>("cameraState")->text().contains(QStringLiteral("No camera found")));
    CHECK(f.child<QPlainTextEdit>("matter")->hasFocus());

    const RegisteredVisit done = registerWithKeyboard(f, QStringLiteral("反映村会计账目不公开"));
    CHECK(f.scalar(QStringLiteral("SELECT photo_enc IS NULL FROM persons WHERE id = ?"), { done.personId }).toBool());
    auto identity = f.session->persons().reveal(done.personId, QStringLiteral("test: photo bytes kept"));
    QF_REQUIRE_OK(identity);
    CHECK(identity->photo.isEmpty());
    CHECK(QByteArray::fromBase64(identity->details.value(QStringLiteral("photo_wlt")).toString().toLatin1())
          == card.photoWlt);
}

TEST_CASE("a photo taken with the camera is stored sealed with the visitor", "[desk][photo]")
{
    DeskFixture f;
    auto camera = std::make_unique<FakeCamera>(portrait());
    FakeCamera* cam = camera.get();
    f.desk->setCamera(std::move(camera));
    CHECK(f.child<QLabel>("cameraState")->text().contains(QStringLiteral("Fake camera")));
    const IdCardData card = cardWithPhoto();
    f.connectReader(card);
    putCard(f);

    // F6 starts the preview, F6 again takes the picture; the cursor stays in the matter.
    REQUIRE(QTest::qWaitFor([&] { return f.child<QPlainTextEdit>("matter")->hasFocus(); }));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    CHECK(cam->isActive());
    CHECK(f.child<QPushButton>("takePhoto")->text().contains(QStringLiteral("Take the picture")));
    QSignalSpy taken(f.child<PhotoPanel>("photoPanel"), &PhotoPanel::photoTaken);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    REQUIRE(taken.count() == 1);
    CHECK(cam->captures == 1);
    CHECK_FALSE(cam->isActive());
    CHECK(f.child<QLabel>("photoState")->text().contains(QStringLiteral("camera")));
    CHECK_FALSE(f.child<QLabel>("visitorPhoto")->pixmap().isNull());

    const RegisteredVisit done = registerWithKeyboard(f, QStringLiteral("反映乡镇干部违规收受红包"));
    // Sealed at rest: the stored bytes are not a picture.
    const QByteArray sealed = f.scalar(QStringLiteral("SELECT photo_enc FROM persons WHERE id = ?"), { done.personId }).toByteArray();
    REQUIRE_FALSE(sealed.isEmpty());
    CHECK(QImage::fromData(sealed).isNull());
    CHECK_FALSE(sealed.contains(QByteArray("JFIF")));
    // Opened for an entitled user (and audited): the picture, scaled to passport size.
    const int auditBefore = f.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    auto identity = f.session->persons().reveal(done.personId, QStringLiteral("test: photo stored"));
    QF_REQUIRE_OK(identity);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == auditBefore + 1);
    const QImage stored = QImage::fromData(identity->photo);
    REQUIRE_FALSE(stored.isNull());
    CHECK(stored.size() == QSize(480, 600));
    CHECK(qRed(stored.pixel(40, 300)) > 150);
    CHECK(qBlue(stored.pixel(440, 300)) > 150);
    CHECK(identity->details.value(QStringLiteral("photo_source")).toString() == QStringLiteral("camera"));
    // The card's own bytes are kept as well.
    CHECK(QByteArray::fromBase64(identity->details.value(QStringLiteral("photo_wlt")).toString().toLatin1())
          == card.photoWlt);
}

TEST_CASE("a known visitor's new camera photo replaces the one on file", "[desk][photo]")
{
    DeskFixture f;
    f.desk->setCamera(std::make_unique<FakeCamera>(portrait()));
    f.connectReader(cardWithPhoto());
    putCard(f);
    const RegisteredVisit first = registerWithKeyboard(f, QStringLiteral("第一次来访反映问题"));
    CHECK(f.scalar(QStringLiteral("SELECT photo_enc IS NULL FROM persons WHERE id = ?"), { first.personId }).toBool());

    f.sim.setCardPresent(false);
    REQUIRE(QTest::qWaitFor([&] { return f.desk->reader()->state() == IdCardReader::State::WaitingForCard; }, 15000));
    putCard(f);
    REQUIRE(QTest::qWaitFor([&] { return f.child<QPlainTextEdit>("matter")->hasFocus(); }));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    const RegisteredVisit second = registerWithKeyboard(f, QStringLiteral("第二次来访补充情况"));
    CHECK(second.personId == first.personId);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM persons")).toInt() == 1);
    auto identity = f.session->persons().reveal(first.personId, QStringLiteral("test: photo replaced"));
    QF_REQUIRE_OK(identity);
    CHECK(QImage::fromData(identity->photo).size() == QSize(480, 600));
}

TEST_CASE("with the vendor's decoder installed the card photo is shown and stored", "[desk][photo]")
{
    DeskFixture f;
    DeskSettings d = f.desk->deskSettings();
    d.wltLibrary = QStringLiteral(QF_FAKE_WLT_PATH);
    f.desk->setDeskSettings(d);
    f.connectReader(cardWithPhoto());
    putCard(f);
    auto* panel = f.child<PhotoPanel>("photoPanel");
    CHECK(panel->source() == PhotoPanel::Source::Card);
    CHECK(panel->image().size() == QSize(102, 126));
    CHECK(f.child<QLabel>("photoState")->text().contains(QStringLiteral("ID card")));
    const RegisteredVisit done = registerWithKeyboard(f, QStringLiteral("反映低保评定不公"));
    auto identity = f.session->persons().reveal(done.personId, QStringLiteral("test: card photo"));
    QF_REQUIRE_OK(identity);
    CHECK(QImage::fromData(identity->photo).size() == QSize(102, 126));
    CHECK(identity->details.value(QStringLiteral("photo_source")).toString() == QStringLiteral("card"));
}

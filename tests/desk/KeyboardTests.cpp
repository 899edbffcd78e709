// Keyboard first: a whole registration without the mouse. Tab and Enter go the way a
// registration is typed, and the cursor waits where the receptionist needs it next.
#include "tests/desk/DeskFixture.h"

#include "models/PersonStore.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

using namespace qf;
using namespace qf::test;

namespace {

QString focused()
{
    QWidget* w = QApplication::focusWidget();
    return w ? w->objectName() : QStringLiteral("<none>");
}

void key(int k, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QWidget* w = QApplication::focusWidget();
    REQUIRE(w != nullptr);
    QTest::keyClick(w, Qt::Key(k), mods);
}

// Chinese goes through the input method, digits and letters are typed key by key.
void type(const QString& text)
{
    QWidget* w = QApplication::focusWidget();
    REQUIRE(w != nullptr);
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii)
        QTest::keyClicks(w, text);
    else
        DeskFixture::typeText(w, text);
}

} // namespace

TEST_CASE("keyboard only: card read - the record typed field after field - Ctrl+Enter - and the cursor back for "
          "the next visitor",
          "[desk][keyboard]")
{
    DeskFixture f;
    f.connectReader(QStringLiteral("resident.json"));
    QSignalSpy shown(f.desk.get(), &CheckInWorkspace::cardShown);
    f.sim.setCardPresent(true);
    REQUIRE(shown.wait(15000));

    // After the card: the identity is there, the cursor waits in the matter.
    REQUIRE(QTest::qWaitFor([] { return focused() == QStringLiteral("matter"); }));
    type(QStringLiteral("村主任侵占集体土地补偿款"));
    key(Qt::Key_Tab);
    CHECK(focused() == QStringLiteral("who"));
    type(QStringLiteral("某村村主任李某"));
    key(Qt::Key_Return); // Enter moves on like Tab
    CHECK(focused() == QStringLiteral("whenText"));
    type(QStringLiteral("2026"));
    key(Qt::Key_Return);
    CHECK(focused() == QStringLiteral("whereText"));
    type(QStringLiteral("某村"));
    key(Qt::Key_Return);
    CHECK(focused() == QStringLiteral("why"));
    key(Qt::Key_Return);
    CHECK(focused() == QStringLiteral("resultText"));
    key(Qt::Key_Tab);
    CHECK(focused() == QStringLiteral("demand"));
    type(QStringLiteral("请求调查"));

    QSignalSpy registered(f.desk.get(), &CheckInWorkspace::registered);
    key(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(registered.count() == 1);
    const auto done = registered.first().first().value<RegisteredVisit>();
    const QString report = done.reportId;
    CHECK(f.scalar(QStringLiteral("SELECT what FROM reports WHERE id = ?"), { report }).toString()
          == QStringLiteral("村主任侵占集体土地补偿款"));
    CHECK(f.scalar(QStringLiteral("SELECT who FROM reports WHERE id = ?"), { report }).toString() == QStringLiteral("某村村主任李某"));
    CHECK(f.scalar(QStringLiteral("SELECT when_text FROM reports WHERE id = ?"), { report }).toString() == QStringLiteral("2026"));
    CHECK(f.scalar(QStringLiteral("SELECT where_text FROM reports WHERE id = ?"), { report }).toString() == QStringLiteral("某村"));
    CHECK(f.scalar(QStringLiteral("SELECT demand FROM reports WHERE id = ?"), { report }).toString() == QStringLiteral("请求调查"));
    // Saved: the form is empty and the cursor is on the name for a visitor without a card.
    CHECK(f.child<QLineEdit>("visitorName")->text().isEmpty());
    CHECK(focused() == QStringLiteral("visitorName"));
}

TEST_CASE("keyboard only: identity typed by hand - ticket - call next - end and register", "[desk][keyboard]")
{
    DeskFixture f;
    // Wherever the cursor is, F3 brings it to the name.
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : f.desk.get(), Qt::Key_F3);
    REQUIRE(QTest::qWaitFor([] { return focused() == QStringLiteral("visitorName"); }));
    type(QStringLiteral("赵强"));
    key(Qt::Key_Return);
    CHECK(focused() == QStringLiteral("visitorIdNumber"));
    type(QStringLiteral("110105199003070420"));
    // The number fills the birth date and sex by itself.
    CHECK(f.child<QLineEdit>("visitorBirthDate")->text() == QStringLiteral("1990-03-07"));
    key(Qt::Key_Return);
    CHECK(focused() == QStringLiteral("visitorPhone"));
    type(QStringLiteral("13800138000"));
    key(Qt::Key_Tab);
    CHECK(focused() == QStringLiteral("visitorAddress"));
    type(QStringLiteral("城关区东大街1号"));
    key(Qt::Key_Return);
    CHECK(focused() == QStringLiteral("matter"));

    // F2: a ticket; the form is emptied and the cursor is back on the name for the next arrival.
    key(Qt::Key_F2);
    CHECK(f.child<QListWidget>("waitingList")->count() == 1);
    CHECK(f.desk->message().contains(QStringLiteral("A-001")));
    CHECK(focused() == QStringLiteral("visitorName"));

    // F5: the visitor is called in; the cursor waits in the matter.
    key(Qt::Key_F5);
    CHECK(f.child<QListWidget>("waitingList")->count() == 0);
    CHECK(focused() == QStringLiteral("matter"));
    type(QStringLiteral("反映街道办主任违规发放补贴"));
    key(Qt::Key_F8);
    CHECK_FALSE(f.scalar(QStringLiteral("SELECT ended_at FROM visits")).isNull());
    QSignalSpy registered(f.desk.get(), &CheckInWorkspace::registered);
    key(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(registered.count() == 1);
    const auto done = registered.first().first().value<RegisteredVisit>();
    CHECK(done.ticketNo == QStringLiteral("A-001"));
    CHECK(focused() == QStringLiteral("visitorName"));
    // The person typed by hand is stored, found by ID number and by phone.
    auto byId = f.session->persons().findByIdNumber(QStringLiteral("110105199003070420"));
    QF_REQUIRE_OK(byId);
    CHECK(*byId == QStringList { done.personId });
    auto byPhone = f.session->persons().findByPhone(QStringLiteral("13800138000"));
    QF_REQUIRE_OK(byPhone);
    CHECK(*byPhone == QStringList { done.personId });
    CHECK(f.scalar(QStringLiteral("SELECT outcome FROM visits WHERE id = ?"), { done.visitId }).toString()
          == QStringLiteral("accepted"));
}

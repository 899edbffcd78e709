// The sign-in screen, the lock screen and switch user, in the window; screenshots in zh_CN to
// $QF_SCREENSHOT_DIR when it is set.
#include "models/Session.h"
#include "models/Settings.h"
#include "tests/support/TestSupport.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/SignInDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTimer>

using namespace qf;
using namespace qf::test;

namespace {

template <typename T>
T* child(const QWidget& w, const char* name)
{
    auto* c = w.findChild<T*>(QLatin1String(name));
    REQUIRE(c);
    return c;
}

void shoot(QWidget& w, const QString& name)
{
    const QString dir = qEnvironmentVariable("QF_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(50);
    CHECK(w.grab().save(dir + QLatin1Char('/') + name));
}

} // namespace

TEST_CASE("the sign-in screen offers the last user - says a wrong password plainly - signs the right one in", "[ui]")
{
    Language::install(QStringLiteral("zh_CN"));
    Scratch dir;
    auto s = openSession(dir.path(QStringLiteral("s.sqlite")));
    signInAs(*s, QStringLiteral("receptionist"), QStringLiteral("wangfang"), QStringLiteral("王芳"));
    s->signOut();

    SignInDialog dialog(*s);
    dialog.show();
    CHECK(child<QLineEdit>(dialog, "signInLogin")->text() == QStringLiteral("wangfang"));
    child<QLineEdit>(dialog, "signInPassword")->setText(QStringLiteral("not-her-password"));
    QTest::mouseClick(child<QPushButton>(dialog, "signInOk"), Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(child<QLabel>(dialog, "signInError")->text() == QStringLiteral("登录名或密码错误。"));
    CHECK(child<QLineEdit>(dialog, "signInPassword")->text().isEmpty());
    CHECK_FALSE(s->signedIn());
    shoot(dialog, QStringLiteral("signin.png"));
    child<QLineEdit>(dialog, "signInPassword")->setText(QString::fromLatin1(kPassword));
    QTest::mouseClick(child<QPushButton>(dialog, "signInOk"), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(s->role() == QStringLiteral("receptionist"));
    Language::install(QStringLiteral("en"));
}

TEST_CASE("the window locks - on idle after the office's setting - and only the signed-in user's password unlocks it", "[ui]")
{
    Language::install(QStringLiteral("zh_CN"));
    Scratch dir;
    auto s = openSession(dir.path(QStringLiteral("s.sqlite")));
    QF_REQUIRE_OK(Settings(s->writer()).setValue(Settings::Key::IdleLockMinutes, 3));
    signInAs(*s, QStringLiteral("case_officer"), QStringLiteral("li"), QStringLiteral("李承办"));
    MainWindow w(*s);
    w.resize(1000, 640);
    w.show();
    // The idle timer runs with the office's setting.
    bool idleTimer = false;
    for (QTimer* t : w.findChildren<QTimer*>())
        idleTimer |= t->isSingleShot() && t->interval() == 3 * 60 * 1000 && t->isActive();
    CHECK(idleTimer);

    w.lock();
    CHECK(w.isLocked());
    CHECK_FALSE(w.menuBar()->isEnabled());
    CHECK(child<QLabel>(w, "lockUser")->text().contains(QStringLiteral("李承办")));
    CHECK_FALSE(child<QLabel>(w, "lockUser")->text().contains(QStringLiteral("case_officer")));
    shoot(w, QStringLiteral("lock.png"));
    child<QLineEdit>(w, "lockPassword")->setText(QStringLiteral("wrong-password"));
    QTest::mouseClick(child<QPushButton>(w, "unlockButton"), Qt::LeftButton);
    CHECK(w.isLocked());
    CHECK(child<QLabel>(w, "lockError")->text() == QStringLiteral("登录名或密码错误。"));
    child<QLineEdit>(w, "lockPassword")->setText(QString::fromLatin1(kPassword));
    QTest::mouseClick(child<QPushButton>(w, "unlockButton"), Qt::LeftButton);
    CHECK_FALSE(w.isLocked());
    CHECK(w.menuBar()->isEnabled());

    // Switch user from the lock screen hands the desk to someone else.
    QSignalSpy switched(&w, &MainWindow::switchUserRequested);
    w.lock();
    QTest::mouseClick(child<QPushButton>(w, "lockSwitchUser"), Qt::LeftButton);
    CHECK(switched.count() == 1);
    Language::install(QStringLiteral("en"));
}

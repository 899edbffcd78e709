// The sign-in screen, the lock screen and switch user, in the window; screenshots in zh_CN to
// $QF_SCREENSHOT_DIR when it is set.
#include "models/Session.h"
#include "models/Settings.h"
#include "tests/support/TestSupport.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/SignInDialog.h"
#include "ui/access/ReleasesDialog.h"
#include "ui/access/UsersDialog.h"
#include "models/ReportRegistrar.h"
#include "models/Role.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
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

TEST_CASE("the users screen lists the accounts for the administrator - a release request and its approval on screen", "[ui]")
{
    Language::install(QStringLiteral("zh_CN"));
    Scratch dir;
    auto s = openSession(dir.path(QStringLiteral("s.sqlite")));
    Registration r;
    r.draft.channel = QStringLiteral("letter");
    r.draft.content = QStringLiteral("反映某局长违规收受礼金");
    r.draft.reporter = PersonIdentity { QStringLiteral("欧阳明珠"), QStringLiteral("11010519491231002X"),
                                        QStringLiteral("13987654321"), QStringLiteral("城关镇幸福路88号"), {}, {} };
    r.followUpCode = false;
    auto report = s->registrar().registerReport(r);
    QF_REQUIRE_OK(report);
    signInAs(*s, QStringLiteral("supervisor"), QStringLiteral("keeper"), QStringLiteral("周保管"));
    signInAs(*s, QStringLiteral("case_officer"), QStringLiteral("officer"), QStringLiteral("李承办"));
    signInAs(*s, QStringLiteral("administrator"), QString::fromLatin1(kAdmin));
    QF_REQUIRE_OK(s->accounts().setCustodian(QStringLiteral("keeper"), true));
    {
        UsersDialog users(*s);
        users.show();
        auto* table = child<QTableWidget>(users, "usersTable");
        CHECK(table->rowCount() == 3);
        QStringList roles;
        for (int i = 0; i < table->rowCount(); ++i)
            roles << table->item(i, 2)->text();
        CHECK(roles.contains(Role::name(QStringLiteral("supervisor"))));
        CHECK(roles.contains(Role::name(QStringLiteral("case_officer"))));
        shoot(users, QStringLiteral("users.png"));
    }
    QF_REQUIRE_OK(s->signIn(QStringLiteral("officer"), QString::fromLatin1(kPassword)));
    {
        // A case officer's users screen shows nothing: the core refuses the list.
        UsersDialog users(*s);
        CHECK(child<QTableWidget>(users, "usersTable")->rowCount() == 0);
        CHECK_FALSE(child<QLabel>(users, "usersMessage")->text().isEmpty());
    }
    auto asked = s->releases().request(report->id, QStringLiteral("需当面核实举报人陈述的时间地点"));
    QF_REQUIRE_OK(asked);
    QF_REQUIRE_OK(s->signIn(QStringLiteral("keeper"), QString::fromLatin1(kPassword)));
    {
        ReleasesDialog keeper(*s);
        keeper.show();
        CHECK(child<QTableWidget>(keeper, "waitingRequests")->rowCount() == 1);
        shoot(keeper, QStringLiteral("release-request.png"));
    }
    QF_REQUIRE_OK(s->releases().approve(*asked, QStringLiteral("同意，仅限本案核实使用")));
    QF_REQUIRE_OK(s->signIn(QStringLiteral("officer"), QString::fromLatin1(kPassword)));
    ReleasesDialog mine(*s);
    mine.show();
    auto* table = child<QTableWidget>(mine, "myRequests");
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 3)->text().startsWith(QStringLiteral("已同意")));
    CHECK(mine.findChild<QTableWidget*>(QStringLiteral("waitingRequests")) == nullptr);
    table->selectRow(0);
    QTest::mouseClick(child<QPushButton>(mine, "showReleased"), Qt::LeftButton);
    CHECK(child<QLabel>(mine, "releasedIdentity")->text().contains(QStringLiteral("欧阳明珠")));
    shoot(mine, QStringLiteral("release-approved.png"));
    Language::install(QStringLiteral("en"));
}

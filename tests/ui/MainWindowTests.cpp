// The main window: title per language, workspaces by keyboard, the profile in the status
// bar, the overview's figures counted in the background.
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/OverviewWorkspace.h"
#include "models/Session.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestSupport.h"

#include <QDate>
#include <QLabel>
#include <QToolButton>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using namespace qf;

namespace {

struct LanguageGuard
{
    explicit LanguageGuard(const QString& code) { REQUIRE(Language::install(code)); }
    ~LanguageGuard() { Language::install(QStringLiteral("en")); }
};

QString labelText(const QWidget& w, const char* name)
{
    auto* label = w.findChild<QLabel*>(QLatin1String(name));
    REQUIRE(label);
    return label->text();
}

} // namespace

TEST_CASE("the window title is the product name in the chosen language", "[ui]")
{
    test::Scratch scratch;
    auto session = test::openSession(scratch.path(QStringLiteral("db.sqlite")));
    test::makeProfile(*session);
    {
        LanguageGuard zh(QStringLiteral("zh_CN"));
        MainWindow w(*session);
        CHECK(w.windowTitle() == QStringLiteral("清风信访举报工作台"));
        auto* sync = w.findChild<QToolButton*>(QStringLiteral("statusSync"));
        REQUIRE(sync);
        CHECK(sync->text() == QStringLiteral("仅本地，未接入同步服务器"));
    }
    {
        LanguageGuard tw(QStringLiteral("zh_TW"));
        MainWindow w(*session);
        CHECK(w.windowTitle() == QStringLiteral("清風信訪舉報工作台"));
    }
    Language::install(QStringLiteral("en"));
    MainWindow w(*session);
    CHECK(w.windowTitle() == QStringLiteral("Qingfeng"));
}

TEST_CASE("workspaces switch from the keyboard", "[ui]")
{
    test::Scratch scratch;
    auto session = test::openSession(scratch.path(QStringLiteral("db.sqlite")));
    test::makeProfile(*session);
    MainWindow w(*session);
    w.show();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
    auto* sideBar = w.findChild<QListWidget*>(QStringLiteral("sideBar"));
    auto* stack = w.findChild<QStackedWidget*>(QStringLiteral("workspaceStack"));
    REQUIRE(sideBar);
    REQUIRE(stack);
    REQUIRE(sideBar->count() >= 2);
    // The first screen is what needs me today.
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("todayWorkspace"));

    // Ctrl+n opens the n-th workspace: the overview, then the front desk.
    QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("overviewWorkspace"));
    QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("checkInWorkspace"));
    CHECK(sideBar->currentRow() == 2);
    // Ctrl+9 at most (there may be more screens than keys): the ninth, or the last (settings).
    const int last = std::min(9, int(sideBar->count()));
    QTest::keyClick(&w, static_cast<Qt::Key>(Qt::Key_0 + last), Qt::ControlModifier);
    CHECK(sideBar->currentRow() == last - 1);
    if (sideBar->count() <= 9)
        CHECK(stack->currentWidget()->objectName() == QStringLiteral("settingsWorkspace"));

    QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("overviewWorkspace"));

    // The side bar itself takes focus (Ctrl+0) and follows the arrow keys.
    QTest::keyClick(&w, Qt::Key_0, Qt::ControlModifier);
    REQUIRE(sideBar->hasFocus());
    QTest::keyClick(sideBar, Qt::Key_Down);
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("checkInWorkspace"));
    QTest::keyClick(sideBar, Qt::Key_Up);
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("overviewWorkspace"));
}

TEST_CASE("the status bar shows who works here - with the role translated", "[ui]")
{
    test::Scratch scratch;
    auto session = test::openSession(scratch.path(QStringLiteral("db.sqlite")));
    test::makeProfile(*session, QStringLiteral("王芳"), QStringLiteral("receptionist"));
    LanguageGuard zh(QStringLiteral("zh_CN"));
    MainWindow w(*session);
    CHECK(labelText(w, "statusUser") == QStringLiteral("王芳"));
    CHECK(labelText(w, "statusOffice") == QStringLiteral("城关区纪委监委信访室"));
    CHECK(labelText(w, "statusRole") == QStringLiteral("接访人员"));
}

TEST_CASE("the overview counts reports and visits in the background", "[ui]")
{
    test::Scratch scratch;
    auto session = test::openSession(scratch.path(QStringLiteral("db.sqlite")));
    test::makeProfile(*session);
    const QString now = QDateTime::currentDateTime().toString(Qt::ISODate);
    const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate) + QStringLiteral("T10:00:00");
    test::addReport(*session, now, QStringLiteral("registered"));
    test::addReport(*session, now, QStringLiteral("registered"));
    test::addReport(*session, now, QStringLiteral("concluded"));
    test::addReport(*session, QStringLiteral("2020-03-02T09:00:00"), QStringLiteral("registered"));
    test::addReport(*session, QStringLiteral("2020-03-03T09:00:00"), QStringLiteral("registered"));
    test::addVisit(*session, now);
    test::addVisit(*session, now);
    test::addVisit(*session, yesterday);

    MainWindow w(*session);
    auto* overview = w.findChild<OverviewWorkspace*>();
    REQUIRE(overview);
    QSignalSpy loaded(overview, &OverviewWorkspace::statsLoaded);
    // Nothing was counted while the window was built: the figures arrive later.
    CHECK(labelText(w, "countToday") == QStringLiteral("…"));
    w.show();
    w.showWorkspace(1); // the first screen is today's work; the overview counts when shown
    REQUIRE(loaded.wait(60000));
    CHECK(labelText(w, "countToday") == QStringLiteral("3"));
    CHECK(labelText(w, "countWeek") == QStringLiteral("3"));
    CHECK(labelText(w, "countOpen") == QStringLiteral("4"));
    CHECK(labelText(w, "countVisitsToday") == QStringLiteral("2"));
    CHECK(labelText(w, "overviewSchema") == QString::number(session->database().schemaVersion()));
    CHECK(labelText(w, "overviewUser") == QStringLiteral("李明"));

    // A new report shows after a refresh.
    test::addReport(*session, now, QStringLiteral("registered"));
    loaded.clear();
    overview->refresh();
    REQUIRE(loaded.wait(60000));
    CHECK(labelText(w, "countToday") == QStringLiteral("4"));
}

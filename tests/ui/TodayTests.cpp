// 今日待办: the first screen after sign-in lists the user's items by what is to be done, with
// counts (also on the side bar), today's meeting, and reminders when an item's light turns
// worse and once a day.
#include "models/ReportRegistrar.h"
#include "models/Session.h"
#include "models/Uuid7.h"
#include "models/Writer.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/TodayWorkspace.h"
#include "ui/meeting/MeetingWorkspace.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTreeWidget>

using namespace qf;

namespace {

QString registerAt(Session& s, const QDateTime& at)
{
    Registration r;
    r.draft.channel = QStringLiteral("letter");
    r.draft.receivedAt = at;
    r.draft.content = QStringLiteral("反映村干部优亲厚友，违规办理低保。");
    r.draft.subjects << SubjectDraft { QStringLiteral("李某"), QStringLiteral("石桥村委会"), {}, QStringLiteral("村主任"), false };
    r.checkRepeats = false;
    auto done = s.registrar().registerReport(r);
    QF_REQUIRE_OK(done);
    return done->id;
}

void set(Session& s, const QString& id, const QVariantMap& fields)
{
    QF_REQUIRE_OK(s.writer().apply(Change::update(QStringLiteral("reports"), id, fields)));
}

QStringList treeTexts(QTreeWidget* tree)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        out << tree->topLevelItem(i)->text(0);
        for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
            out << tree->topLevelItem(i)->child(j)->text(0);
    }
    return out;
}

} // namespace

TEST_CASE("today lists my items by what is to be done - with counts - and reminds when a light turns worse", "[ui]")
{
    test::Scratch scratch;
    auto session = test::openSession(scratch.path(QStringLiteral("today.sqlite")));
    const Profile me = test::makeProfile(*session, QStringLiteral("王芳"), QStringLiteral("registry_clerk"));
    const QDateTime now = QDateTime::currentDateTime();
    const QString fresh = registerAt(*session, now.addSecs(-600));   // to triage, green
    const QString evidence = registerAt(*session, now.addDays(-2));
    set(*session, evidence, { { QStringLiteral("status"), QStringLiteral("evidence_requested") },
                              { QStringLiteral("handler_id"), me.userId } });
    const QString decided = registerAt(*session, now.addDays(-3));
    set(*session, decided, { { QStringLiteral("status"), QStringLiteral("decided") }, { QStringLiteral("handler_id"), me.userId } });
    const QString others = registerAt(*session, now.addDays(-1));
    const QString colleague = Uuid7::generate();
    QF_REQUIRE_OK(session->writer().apply(Change::insert(QStringLiteral("users"), colleague,
        { { QStringLiteral("login"), QStringLiteral("zhao") }, { QStringLiteral("name"), QStringLiteral("赵强") },
          { QStringLiteral("role"), QStringLiteral("case_officer") }, { QStringLiteral("org_id"), me.orgId } })));
    set(*session, others, { { QStringLiteral("handler_id"), colleague } });
    QF_REQUIRE_OK(session->writer().apply(Change::insert(QStringLiteral("meetings"), Uuid7::generate(),
        { { QStringLiteral("held_on"), now.date().toString(Qt::ISODate) }, { QStringLiteral("place"), QStringLiteral("三楼会议室") },
          { QStringLiteral("chair_id"), me.userId }, { QStringLiteral("created_at"), QDateTime::currentDateTimeUtc() } })));

    TodayWorkspace today(*session);
    today.setClockTime(now);
    QSignalSpy reminders(&today, &TodayWorkspace::reminder);
    QSignalSpy counts(&today, &TodayWorkspace::countChanged);
    // The list is read off the UI thread; loaded() says it is on screen.
    QSignalSpy loaded(&today, &TodayWorkspace::loaded);
    const auto refreshed = [&] {
        const int before = int(loaded.size());
        today.refresh();
        return QTest::qWaitFor([&] { return loaded.size() > before; }, 10000);
    };
    REQUIRE(refreshed());
    const TodayList& list = today.list();
    CHECK(list.count(TodayItem::Kind::Triage) == 1);
    CHECK(list.count(TodayItem::Kind::EvidenceReply) == 1);
    CHECK(list.count(TodayItem::Kind::Dispatch) == 1);
    CHECK_FALSE(list.meetingId.isEmpty());
    for (const TodayItem& i : list.items)
        CHECK(i.row.id != others); // a colleague's
    REQUIRE(counts.size() == 1);
    CHECK(counts.last().at(0).toInt() == 4);
    auto* tree = today.findChild<QTreeWidget*>(QStringLiteral("todayTree"));
    const QStringList texts = treeTexts(tree);
    CHECK(texts.join(QLatin1Char('|')).contains(QStringLiteral("(1)")));
    CHECK(today.findChild<QLabel*>(QStringLiteral("todayCounts"))->text().contains(QStringLiteral("1")));
    // Once a day, a summary; nothing turned worse yet.
    REQUIRE(reminders.size() == 1);
    CHECK(reminders[0].at(1).toString().contains(QStringLiteral("4")));

    // Weeks later the fresh report's clocks have run out: one reminder naming it; the
    // day's summary comes with the new day.
    today.setClockTime(now.addDays(40));
    REQUIRE(refreshed());
    INFO("light of the fresh report: " << int(today.list().items.isEmpty() ? -1 : int(today.list().items.first().row.light)));
    bool named = false;
    for (const auto& r : std::as_const(reminders))
        named = named || r.at(1).toString().contains(session->reports().get(fresh)->regNo);
    CHECK(named);
    const int afterWorse = int(reminders.size());
    REQUIRE(refreshed()); // same day, same lights: quiet
    for (const auto& r : std::as_const(reminders))
        UNSCOPED_INFO(r.at(0).toString().toStdString() << ": " << r.at(1).toString().toStdString());
    CHECK(reminders.size() == afterWorse);

    // Changed on another screen: the list follows.
    set(*session, fresh, { { QStringLiteral("handler_id"), colleague } });
    REQUIRE(QTest::qWaitFor([&] { return today.list().count(TodayItem::Kind::Triage) == 0; }, 5000));
}

TEST_CASE("the first screen after sign-in is today - its count on the side bar - at 1920x1080 and 1366x768", "[ui]")
{
    REQUIRE(Language::install(QStringLiteral("zh_CN")));
    test::Scratch scratch;
    auto session = test::openSession(scratch.path(QStringLiteral("first.sqlite")));
    const Profile me = test::makeProfile(*session, QStringLiteral("王芳"), QStringLiteral("registry_clerk"));
    for (int i = 0; i < 6; ++i)
        registerAt(*session, QDateTime::currentDateTime().addDays(-i * 2));
    MainWindow w(*session);
    auto* stack = w.findChild<QStackedWidget*>(QStringLiteral("workspaceStack"));
    auto* side = w.findChild<QListWidget*>(QStringLiteral("sideBar"));
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("todayWorkspace"));
    CHECK(QTest::qWaitFor([&] { return side->item(0)->text().contains(QStringLiteral("6")); }, 10000));
    const QString shots = qf::test::screenshotDir(QStringLiteral("today"));
    for (const QSize size : { QSize(1920, 1080), QSize(1366, 768) }) {
        w.resize(size);
        w.show();
        QTest::qWait(100);
        if (!shots.isEmpty())
            CHECK(w.grab().save(shots + QStringLiteral("/today-%1x%2.png").arg(size.width()).arg(size.height())));
        w.showWorkspace(3); // the case list with its export button
        QTest::qWait(300);
        if (!shots.isEmpty())
            CHECK(w.grab().save(shots + QStringLiteral("/cases-%1x%2.png").arg(size.width()).arg(size.height())));
        w.showWorkspace(0);
    }
    Language::install(QStringLiteral("en"));
}

TEST_CASE("today's meeting opens from today - on the meeting screen - that meeting", "[ui]")
{
    test::Scratch scratch;
    auto session = test::openSession(scratch.path(QStringLiteral("meeting.sqlite")));
    const Profile me = test::makeProfile(*session, QStringLiteral("王芳"), QStringLiteral("meeting_chair"));
    const QDateTime now = QDateTime::currentDateTime();
    // An older meeting first, so that "the first in the list" is not today's by chance.
    for (const auto& [day, place] : { std::pair { now.date().addDays(-7), QStringLiteral("二楼会议室") },
                                      std::pair { now.date(), QStringLiteral("三楼会议室") } })
        QF_REQUIRE_OK(session->writer().apply(Change::insert(QStringLiteral("meetings"), Uuid7::generate(),
            { { QStringLiteral("held_on"), day.toString(Qt::ISODate) }, { QStringLiteral("place"), place },
              { QStringLiteral("chair_id"), me.userId }, { QStringLiteral("created_at"), QDateTime::currentDateTimeUtc() } })));
    MainWindow w(*session);
    w.resize(1366, 768);
    w.show();
    auto* today = w.findChild<TodayWorkspace*>();
    REQUIRE(today);
    QSignalSpy loaded(today, &TodayWorkspace::loaded);
    today->refresh();
    REQUIRE(QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 10000));
    const QString meetingId = today->list().meetingId;
    REQUIRE_FALSE(meetingId.isEmpty());
    auto* tree = today->findChild<QTreeWidget*>(QStringLiteral("todayTree"));
    QTreeWidgetItem* line = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == QLatin1String("meeting"))
            line = tree->topLevelItem(i);
    REQUIRE(line);
    emit tree->itemActivated(line, 0);
    auto* stack = w.findChild<QStackedWidget*>(QStringLiteral("workspaceStack"));
    auto* meeting = qobject_cast<MeetingWorkspace*>(stack->currentWidget());
    REQUIRE(meeting);
    CHECK(meeting->meeting().id == meetingId);
    CHECK(meeting->meeting().place == QStringLiteral("三楼会议室"));
    auto* picker = meeting->findChild<QComboBox*>(QStringLiteral("meetings"));
    REQUIRE(picker);
    CHECK(picker->currentData().toString() == meetingId);
}

// The hotline screen under the offscreen platform: the pop-up of a ringing call with the
// caller's history, answered by Ctrl+Enter while the operator types elsewhere, the call in
// progress, and the callbacks list of a missed call.
#include "app/phone/Hotline.h"
#include "models/ReportRegistrar.h"
#include "models/Session.h"
#include "tests/support/SipCaller.h"
#include "tests/support/TestSupport.h"
#include "ui/hotline/HotlineWorkspace.h"
#include "ui/hotline/IncomingCallPopup.h"
#include "ui/hotline/LineSettingsDialog.h"
#include "ui/Language.h"
#include "ui/SettingsWorkspace.h"
#include "models/Settings.h"
#include "ui/cases/SupervisorWorkspace.h"
#include "models/Callbacks.h"

#include <QSignalSpy>

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <catch2/catch.hpp>

using namespace qf;
using namespace qf::test;

namespace {

void save(QWidget* w, const QString& name)
{
    const QString dir = screenshotDir(QStringLiteral("phone"));
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + name);
}

} // namespace

TEST_CASE("phone: the pop-up shows the caller's history without taking the keyboard, and F12 answers",
          "[phone][gui]")
{
    // The screens as the office sees them: in Chinese.
    REQUIRE(Language::install(QStringLiteral("zh_CN")));
    Scratch dir;
    auto session = openSession(dir.path(QStringLiteral("q.sqlite")));
    signInAs(*session, QStringLiteral("hotline_operator"));
    Registration reg;
    reg.draft.channel = QStringLiteral("phone");
    reg.draft.orgId = session->profile().load()->orgId;
    reg.draft.what = QStringLiteral("反映镇卫生院违规收费问题");
    reg.draft.content = QStringLiteral("来电反映镇卫生院违规收取检查费。");
    reg.draft.reporter = PersonIdentity { QStringLiteral("孙七"), {}, QStringLiteral("13500135000"), {}, {}, {} };
    auto registered = session->registrar().registerReport(reg);
    QF_REQUIRE_OK(registered);

    QWidget window;
    window.resize(1200, 760);
    auto* layout = new QVBoxLayout(&window);
    auto* typing = new QLineEdit(&window);
    typing->setObjectName(QStringLiteral("operatorTyping"));
    layout->addWidget(typing);
    auto* hotline = new HotlineWorkspace(*session, &window);
    layout->addWidget(hotline);
    window.show();
    QApplication::setActiveWindow(&window);
    typing->setFocus();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == typing; }, 2000));

    LineSettings s;
    s.listenHost = QStringLiteral("127.0.0.1");
    s.listenPort = SipCaller::freePort();
    s.useFiles = true;
    s.workFolder = dir.path(QStringLiteral("phone"));
    QF_REQUIRE_OK(hotline->openLine(s));
    CHECK(window.findChild<QLabel*>(QStringLiteral("lineState"))->text() == lineStateText(LineState::Listening, {}));

    SipCaller caller;
    REQUIRE(caller.start(s.listenPort, { QStringLiteral("13500135000"), SipCaller::Mode::Talk, 4000, 0 }));
    REQUIRE(QTest::qWaitFor([&] { return hotline->popup() != nullptr; }, 20000));
    IncomingCallPopup* popup = hotline->popup();
    REQUIRE(QTest::qWaitForWindowExposed(popup));
    CHECK(popup->findChild<QLabel*>(QStringLiteral("callerNumber"))->text().contains(QStringLiteral("13500135000")));
    auto* history = popup->findChild<QTreeWidget*>(QStringLiteral("callerHistory"));
    REQUIRE(history->topLevelItemCount() == 1);
    CHECK(history->topLevelItem(0)->text(2) == registered->regNo);
    CHECK(popup->findChild<QLabel*>(QStringLiteral("callerSummary"))->text().contains(QStringLiteral("#b00020")));
    // The operator keeps typing where they were.
    INFO("platform " << QGuiApplication::platformName().toStdString() << ", active "
                     << (QApplication::activeWindow() ? QApplication::activeWindow()->objectName().toStdString() : "none"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("abc"));
    CHECK(typing->text() == QStringLiteral("abc"));
    CHECK(QApplication::focusWidget() == typing);
    save(popup, QStringLiteral("popup-ringing.png"));

    QTest::keyClick(typing, Qt::Key_F12);
    REQUIRE(QTest::qWaitFor([&] { return popup->inCall(); }, 10000));
    CHECK(popup->findChild<QPushButton*>(QStringLiteral("hangUpButton"))->isVisible());
    CHECK(popup->findChild<QPushButton*>(QStringLiteral("holdButton"))->isVisible());
    QTest::qWait(1200);
    CHECK(popup->findChild<QLabel*>(QStringLiteral("callTimer"))->text() != QStringLiteral("00:00"));
    save(popup, QStringLiteral("popup-in-call.png"));
    REQUIRE(QTest::qWaitFor([&] { return !popup->inCall(); }, 20000));
    CHECK(caller.wait());
    CHECK(popup->findChild<QLabel*>(QStringLiteral("callState"))->text().contains(callOutcomeName(CallOutcome::Answered)));
    save(popup, QStringLiteral("popup-ended.png"));
    auto* calls = window.findChild<QTableWidget*>(QStringLiteral("callsTable"));
    REQUIRE(QTest::qWaitFor([&] { return calls->rowCount() == 1; }, 5000));
    CHECK(calls->item(0, 1)->text() == QStringLiteral("13500135000"));

    // A call nobody takes becomes a callback on the list.
    hotline->closeLine();
    s.ringSeconds = 2;
    QF_REQUIRE_OK(hotline->openLine(s));
    SipCaller missed;
    REQUIRE(missed.start(s.listenPort, { QStringLiteral("13400134000"), SipCaller::Mode::Refused, 0, 0 }));
    auto* callbacks = window.findChild<QTableWidget*>(QStringLiteral("callbacksTable"));
    REQUIRE(QTest::qWaitFor([&] { return callbacks->rowCount() == 1; }, 20000));
    CHECK(callbacks->item(0, 1)->text() == QStringLiteral("13400134000"));
    CHECK(calls->rowCount() == 2);
    save(&window, QStringLiteral("hotline-callbacks.png"));
    {
        // The office records every call: the workstation cannot turn recording off.
        LineSettings mine = s;
        mine.record = false;
        LineSettingsDialog settings(mine, true, &window);
        settings.show();
        REQUIRE(QTest::qWaitForWindowExposed(&settings));
        CHECK(settings.settings().listenPort == s.listenPort);
        auto* record = settings.findChild<QCheckBox*>(QStringLiteral("lineRecordCalls"));
        REQUIRE(record);
        CHECK(record->isChecked());
        CHECK_FALSE(record->isEnabled());
        CHECK(settings.settings().record);
        save(&settings, QStringLiteral("line-settings.png"));
    }
    {
        // Without the office's rule the operator chooses.
        LineSettingsDialog settings(s, false, &window);
        auto* record = settings.findChild<QCheckBox*>(QStringLiteral("lineRecordCalls"));
        REQUIRE(record);
        CHECK(record->isEnabled());
        record->setChecked(false);
        CHECK_FALSE(settings.settings().record);
    }

    // Once its working day is over, the supervisor sees the callback late like other late work.
    hotline->closeLine();
    signInAs(*session, QStringLiteral("supervisor"));
    Callbacks list(session->writer(), session->vault());
    const QDateTime due = list.open(QDateTime::currentDateTimeUtc())->first().dueAt;
    SupervisorWorkspace supervision(*session);
    supervision.setClockTime(due.addSecs(3600));
    QSignalSpy loaded(&supervision, &SupervisorWorkspace::loaded);
    supervision.refresh();
    REQUIRE(loaded.wait(20000));
    bool told = false;
    for (QLabel* l : supervision.findChildren<QLabel*>())
        told = told || l->text().contains(QStringLiteral("回拨"));
    CHECK(told);
}

TEST_CASE("phone: the office's hotline rules are changed in Settings by the administrator only", "[phone][gui]")
{
    REQUIRE(Language::install(QStringLiteral("zh_CN")));
    Scratch dir;
    auto session = openSession(dir.path(QStringLiteral("q.sqlite")));
    signInAs(*session, QStringLiteral("administrator"));
    {
        SettingsWorkspace settings(*session);
        settings.resize(900, 900);
        settings.show();
        REQUIRE(QTest::qWaitForWindowExposed(&settings));
        auto* record = settings.findChild<QCheckBox*>(QStringLiteral("officeRecordCalls"));
        auto* workdays = settings.findChild<QSpinBox*>(QStringLiteral("officeCallbackWorkdays"));
        auto* saveRules = settings.findChild<QPushButton*>(QStringLiteral("officeHotlineSave"));
        REQUIRE(record);
        REQUIRE(workdays);
        REQUIRE(saveRules);
        CHECK(record->isChecked()); // recorded unless the administrator says otherwise
        CHECK(record->isEnabled());
        record->setChecked(false);
        workdays->setValue(1);
        saveRules->click();
        save(&settings, QStringLiteral("settings-hotline-rules.png"));
    }
    Settings stored(session->writer());
    CHECK_FALSE(stored.isOn(Settings::Key::HotlineRecordCalls));
    CHECK(stored.intValue(Settings::Key::HotlineCallbackWorkdays) == 1);

    // An operator sees the rules and cannot change them.
    signInAs(*session, QStringLiteral("hotline_operator"));
    SettingsWorkspace settings(*session);
    auto* record = settings.findChild<QCheckBox*>(QStringLiteral("officeRecordCalls"));
    REQUIRE(record);
    CHECK_FALSE(record->isChecked());
    CHECK_FALSE(record->isEnabled());
    CHECK_FALSE(settings.findChild<QPushButton*>(QStringLiteral("officeHotlineSave"))->isEnabled());
}

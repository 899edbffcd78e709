// First start: the profile dialog creates office, user and meta through the write path.
#include "ui/DemoDataJob.h"
#include "ui/FirstRunDialog.h"
#include "models/Session.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "models/Uuid7.h"

#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace qf;

namespace {

template <typename T>
T* child(const QWidget& w, const char* name)
{
    auto* c = w.findChild<T*>(QLatin1String(name));
    REQUIRE(c);
    return c;
}

// Chinese comes from an input method: the committed text arrives as one event.
void typeText(QWidget* w, const QString& text)
{
    w->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(w, &event);
}

void chooseData(QComboBox* box, const QString& data)
{
    const int index = box->findData(data);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

} // namespace

TEST_CASE("the first-run dialog creates the office - the user and the profile through the write path", "[ui]")
{
    test::Scratch scratch;
    auto session = test::openSession(scratch.path(QStringLiteral("db.sqlite")));
    REQUIRE_FALSE(session->profile().exists());

    FirstRunDialog dialog(*session);
    dialog.show();
    // No office exists yet, so the dialog offers to create one.
    CHECK(child<QRadioButton>(dialog, "useNewOffice")->isChecked());
    CHECK_FALSE(child<QRadioButton>(dialog, "useExistingOffice")->isEnabled());
    CHECK(dialog.demoRequested());
    CHECK(dialog.demoReports() == 2000);

    typeText(child<QLineEdit>(dialog, "profileName"), QStringLiteral("张伟"));
    chooseData(child<QComboBox>(dialog, "profileRole"), QStringLiteral("registry_clerk"));
    typeText(child<QLineEdit>(dialog, "newOfficeName"), QStringLiteral("城关区纪委监委信访室"));
    chooseData(child<QComboBox>(dialog, "newOfficeLevel"), QStringLiteral("county"));
    QTest::mouseClick(child<QPushButton>(dialog, "firstRunOk"), Qt::LeftButton);

    REQUIRE(dialog.result() == QDialog::Accepted);
    const QString userId = session->database().meta(QStringLiteral("profile_user_id"));
    REQUIRE_FALSE(userId.isEmpty());
    CHECK(session->userId() == userId);
    CHECK(dialog.profile().userId == userId);
    CHECK(test::scalar(*session, QStringLiteral("SELECT name FROM users WHERE id = ?"), { userId }).toString()
          == QStringLiteral("张伟"));
    CHECK(test::scalar(*session, QStringLiteral("SELECT role FROM users WHERE id = ?"), { userId }).toString()
          == QStringLiteral("registry_clerk"));
    const QString orgId =
        test::scalar(*session, QStringLiteral("SELECT org_id FROM users WHERE id = ?"), { userId }).toString();
    CHECK(test::scalar(*session, QStringLiteral("SELECT name || '/' || level FROM organisations WHERE id = ?"),
                       { orgId })
              .toString()
          == QStringLiteral("城关区纪委监委信访室/county"));

    // Both rows are queued for sync, written by the new user.
    CHECK(test::scalar(*session,
                       QStringLiteral("SELECT count(*) FROM outbox WHERE op = 'insert' AND author_id = ? AND "
                                      "((table_name = 'users' AND row_id = ?) OR "
                                      "(table_name = 'organisations' AND row_id = ?))"),
                       { userId, userId, orgId })
              .toInt()
          == 2);
    CHECK(test::scalar(*session, QStringLiteral("SELECT hlc > 0 FROM users WHERE id = ?"), { userId }).toBool());

    // The profile is found again on the next start.
    auto reopened = session->profile().load();
    QF_REQUIRE_OK(reopened);
    CHECK(reopened->orgName == QStringLiteral("城关区纪委监委信访室"));
}

TEST_CASE("the first-run dialog offers the offices already in the database", "[ui]")
{
    test::Scratch scratch;
    auto session = test::openSession(scratch.path(QStringLiteral("db.sqlite")));
    const QString orgId = Uuid7::generate();
    QF_REQUIRE_OK(session->writer().apply(Change::insert(QStringLiteral("organisations"), orgId,
                                                         { { QStringLiteral("code"), QStringLiteral("XFS-01") },
                                                           { QStringLiteral("name"), QStringLiteral("东湖街道纪工委") },
                                                           { QStringLiteral("level"), QStringLiteral("subdistrict") } })));
    FirstRunDialog dialog(*session);
    dialog.show();
    CHECK(child<QRadioButton>(dialog, "useExistingOffice")->isChecked());
    CHECK(child<QComboBox>(dialog, "existingOffice")->currentText() == QStringLiteral("东湖街道纪工委"));
    typeText(child<QLineEdit>(dialog, "profileName"), QStringLiteral("赵敏"));
    QTest::mouseClick(child<QPushButton>(dialog, "firstRunOk"), Qt::LeftButton);
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.profile().orgId == orgId);
    CHECK(test::scalar(*session, QStringLiteral("SELECT count(*) FROM organisations")).toInt() == 1);
}

TEST_CASE("the first-run dialog refuses a profile without a name", "[ui]")
{
    test::Scratch scratch;
    auto session = test::openSession(scratch.path(QStringLiteral("db.sqlite")));
    FirstRunDialog dialog(*session);
    dialog.show();
    typeText(child<QLineEdit>(dialog, "newOfficeName"), QStringLiteral("某县纪委监委"));
    QTest::mouseClick(child<QPushButton>(dialog, "firstRunOk"), Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(child<QLabel>(dialog, "firstRunError")->isVisible());
    CHECK_FALSE(session->profile().exists());
    CHECK(test::scalar(*session, QStringLiteral("SELECT count(*) FROM users")).toInt() == 0);
    CHECK(test::scalar(*session, QStringLiteral("SELECT count(*) FROM outbox")).toInt() == 0);
}

TEST_CASE("demonstration data is written on a worker thread through the write path", "[ui]")
{
    test::Scratch scratch;
    auto session = test::openSession(scratch.path(QStringLiteral("db.sqlite")));
    const Profile profile = test::makeProfile(*session);
    DemoDataJob job(session->database().path(), 25);
    QSignalSpy progress(&job, &DemoDataJob::progress);
    QSignalSpy finished(&job, &DemoDataJob::finished);
    job.start();
    REQUIRE(finished.wait(120000));
    INFO(finished.at(0).at(1).toString().toStdString());
    REQUIRE(finished.at(0).at(0).toBool());
    CHECK_FALSE(progress.isEmpty());
    CHECK(test::scalar(*session, QStringLiteral("SELECT count(*) FROM reports")).toInt() == 25);
    CHECK(test::scalar(*session, QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = 'reports'")).toInt()
          == 25);
}

// First start: the profile dialog creates office, user and meta through the write path.
#include "ui/DemoDataJob.h"
#include "ui/FirstRunDialog.h"
#include "models/DataKeyProvider.h"
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

TEST_CASE("the first-run dialog creates the administrator and the office - nobody picks a role", "[ui][access]")
{
    test::Scratch scratch;
    auto session = test::openBareSession(scratch.path(QStringLiteral("db.sqlite")));
    REQUIRE_FALSE(session->accounts().any());

    KnownKeyProvider none({});
    FirstRunDialog dialog(*session, none);
    dialog.show();
    // No office exists yet, so the dialog offers to create one; no role can be chosen.
    CHECK(child<QRadioButton>(dialog, "useNewOffice")->isChecked());
    CHECK_FALSE(child<QRadioButton>(dialog, "useExistingOffice")->isEnabled());
    CHECK(dialog.findChild<QComboBox*>(QStringLiteral("profileRole")) == nullptr);
    CHECK(dialog.demoRequested());
    CHECK(dialog.demoReports() == 2000);

    typeText(child<QLineEdit>(dialog, "profileName"), QStringLiteral("张伟"));
    child<QLineEdit>(dialog, "adminLogin")->setText(QStringLiteral("zhangwei"));
    child<QLineEdit>(dialog, "adminPassword")->setText(QStringLiteral("清风-2026-desk"));
    child<QLineEdit>(dialog, "adminPasswordAgain")->setText(QStringLiteral("清风-2026-desk"));
    typeText(child<QLineEdit>(dialog, "newOfficeName"), QStringLiteral("城关区纪委监委信访室"));
    chooseData(child<QComboBox>(dialog, "newOfficeLevel"), QStringLiteral("county"));
    QTest::mouseClick(child<QPushButton>(dialog, "firstRunOk"), Qt::LeftButton);

    REQUIRE(dialog.result() == QDialog::Accepted);
    const QString userId = session->userId();
    REQUIRE_FALSE(userId.isEmpty());
    CHECK(session->role() == QStringLiteral("administrator"));
    CHECK(dialog.profile().userId == userId);
    CHECK(test::scalar(*session, QStringLiteral("SELECT name || '/' || role FROM users WHERE id = ?"), { userId })
              .toString()
          == QStringLiteral("张伟/administrator"));
    // Only an Argon2id hash of the password is kept.
    const QString hash = test::scalar(*session, QStringLiteral("SELECT password_hash FROM accounts WHERE user_id = ?"),
                                      { userId })
                             .toString();
    CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash.contains(QStringLiteral("清风")));
    const QString orgId =
        test::scalar(*session, QStringLiteral("SELECT org_id FROM users WHERE id = ?"), { userId }).toString();
    CHECK(test::scalar(*session, QStringLiteral("SELECT name || '/' || level FROM organisations WHERE id = ?"), { orgId })
              .toString()
          == QStringLiteral("城关区纪委监委信访室/county"));
    // The rows went through the write path: they are in the outbox for the sync.
    CHECK(test::scalar(*session, QStringLiteral("SELECT count(*) FROM outbox WHERE row_id IN (?, ?)"), { userId, orgId })
              .toInt()
          == 2);
}

TEST_CASE("the first-run dialog offers the offices already in the database", "[ui]")
{
    test::Scratch scratch;
    auto session = test::openBareSession(scratch.path(QStringLiteral("db.sqlite")));
    const QString orgId = Uuid7::generate();
    QF_REQUIRE_OK(session->writer().apply(Change::insert(QStringLiteral("organisations"), orgId,
                                                         { { QStringLiteral("code"), QStringLiteral("XFS-01") },
                                                           { QStringLiteral("name"), QStringLiteral("东湖街道纪工委") },
                                                           { QStringLiteral("level"), QStringLiteral("subdistrict") } })));
    KnownKeyProvider none({});
    FirstRunDialog dialog(*session, none);
    dialog.show();
    CHECK(child<QRadioButton>(dialog, "useExistingOffice")->isChecked());
    CHECK(child<QComboBox>(dialog, "existingOffice")->currentText() == QStringLiteral("东湖街道纪工委"));
    typeText(child<QLineEdit>(dialog, "profileName"), QStringLiteral("赵敏"));
    child<QLineEdit>(dialog, "adminLogin")->setText(QStringLiteral("zhaomin"));
    child<QLineEdit>(dialog, "adminPassword")->setText(QStringLiteral("east-lake-2026"));
    child<QLineEdit>(dialog, "adminPasswordAgain")->setText(QStringLiteral("east-lake-2026"));
    QTest::mouseClick(child<QPushButton>(dialog, "firstRunOk"), Qt::LeftButton);
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.profile().orgId == orgId);
    CHECK(test::scalar(*session, QStringLiteral("SELECT count(*) FROM organisations")).toInt() == 1);
}

TEST_CASE("the first-run dialog refuses an administrator without a name or a good password - nothing is written",
          "[ui][access]")
{
    test::Scratch scratch;
    auto session = test::openBareSession(scratch.path(QStringLiteral("db.sqlite")));
    KnownKeyProvider none({});
    FirstRunDialog dialog(*session, none);
    dialog.show();
    typeText(child<QLineEdit>(dialog, "newOfficeName"), QStringLiteral("某县纪委监委"));
    child<QLineEdit>(dialog, "adminLogin")->setText(QStringLiteral("admin"));
    child<QLineEdit>(dialog, "adminPassword")->setText(QStringLiteral("long-enough-1"));
    child<QLineEdit>(dialog, "adminPasswordAgain")->setText(QStringLiteral("long-enough-1"));
    QTest::mouseClick(child<QPushButton>(dialog, "firstRunOk"), Qt::LeftButton); // no name
    CHECK(dialog.isVisible());
    CHECK(child<QLabel>(dialog, "firstRunError")->isVisible());
    typeText(child<QLineEdit>(dialog, "profileName"), QStringLiteral("赵敏"));
    child<QLineEdit>(dialog, "adminPassword")->setText(QStringLiteral("short"));
    child<QLineEdit>(dialog, "adminPasswordAgain")->setText(QStringLiteral("short"));
    QTest::mouseClick(child<QPushButton>(dialog, "firstRunOk"), Qt::LeftButton); // too short
    CHECK(dialog.isVisible());
    child<QLineEdit>(dialog, "adminPassword")->setText(QStringLiteral("long-enough-1"));
    child<QLineEdit>(dialog, "adminPasswordAgain")->setText(QStringLiteral("long-enough-2"));
    QTest::mouseClick(child<QPushButton>(dialog, "firstRunOk"), Qt::LeftButton); // differ
    CHECK(dialog.isVisible());
    CHECK_FALSE(session->accounts().any());
    CHECK_FALSE(session->signedIn());
    CHECK(test::scalar(*session, QStringLiteral("SELECT count(*) FROM users")).toInt() == 0);
    CHECK(test::scalar(*session, QStringLiteral("SELECT count(*) FROM outbox")).toInt() == 0);
}

TEST_CASE("demonstration data is written on a worker thread through the write path", "[ui]")
{
    test::Scratch scratch;
    auto session = test::openSession(scratch.path(QStringLiteral("db.sqlite")));
    const auto profile = session->profile().load(); // the administrator makes the demonstration data
    QF_REQUIRE_OK(profile);
    DemoDataJob job(*session, 25);
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

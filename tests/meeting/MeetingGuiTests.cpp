#include "models/AgendaBuilder.h"
#include "tests/meeting/MeetingFixture.h"
#include "ui/meeting/MeetingWorkspace.h"
#include "ui/meeting/MinutesPanel.h"
#include "ui/meeting/PresentationWindow.h"
#include "models/ProfileStore.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace qf;
using namespace qf::test;

namespace {

const QString kHostile
    = QStringLiteral("举报人张 三（身份证１１０１０５ １９４９１２３１ ００２Ｘ，电话138-0013-8000，"
                     "座机0931-8123456）反映王某违规发放补贴。");

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    // Qt's PDF maps some CJK glyphs back to their Kangxi radical code points (⼀ for 一), and
    // the layout wraps lines: compare in NFKC without white space.
    QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

QStringList texts(const QWidget* w)
{
    QStringList out;
    for (const QLabel* l : w->findChildren<QLabel*>())
        out << l->text();
    return out;
}

// Chinese text arrives through the input method as a commit, as from a real IME.
void commit(QWidget* w, const QString& text)
{
    QInputMethodEvent e;
    e.setCommitString(text);
    QApplication::sendEvent(w, &e);
}

void saveShot(QWidget* w, const QString& name)
{
    QDir().mkpath(QStringLiteral("/tmp/qf-shots"));
    REQUIRE(w->grab().save(QStringLiteral("/tmp/qf-shots/") + name));
}

struct ChairFixture : MeetingFixture
{
    ChairFixture()
    {
        test::signInAs(*session, QStringLiteral("meeting_chair"), {}, QStringLiteral("周主任"), office);
    }
};

} // namespace

TEST_CASE("a review meeting of 20 cases runs from agenda to confirmed minutes by keyboard")
{
    ChairFixture f;
    QStringList cases;
    for (int i = 0; i < 20; ++i)
        cases << f.awaitingReview(i == 0);
    f.setContent(cases[0], kHostile);

    MeetingWorkspace ws(*f.session);
    ws.resize(1920, 1080);
    ws.show();
    REQUIRE(QTest::qWaitForWindowExposed(&ws));
    auto meeting = ws.newMeeting(QDate(2026, 11, 20), QStringLiteral("三楼第一会议室"));
    QF_REQUIRE_OK(meeting);
    const QList<QPair<QString, QString>> people = {
        { QStringLiteral("周主任"), QStringLiteral("registry") },
        { QStringLiteral("钱案管"), QStringLiteral("case_management") },
        { QStringLiteral("孙审理"), QStringLiteral("trial") },
        { QStringLiteral("李巡察"), QStringLiteral("inspection") },
        { QStringLiteral("吴组织"), QStringLiteral("organisation") },
        { QStringLiteral("郑审计"), QStringLiteral("audit") },
    };
    for (const auto& [name, dept] : people)
        QF_REQUIRE_OK(f.meetings->addParticipant(*meeting, name, dept));
    QF_REQUIRE_OK(ws.openMeeting(*meeting));
    QF_REQUIRE_OK(ws.buildAgenda());
    REQUIRE(ws.meeting().items.size() == 20);
    REQUIRE(ws.currentIndex() == 0);

    auto* agenda = ws.findChild<QListWidget*>(QStringLiteral("agenda"));
    auto* opinions = ws.findChild<QPlainTextEdit*>(QStringLiteral("opinions"));
    auto* dissent = ws.findChild<QPlainTextEdit*>(QStringLiteral("dissent"));
    REQUIRE(agenda);
    // The chair's window shows the case masked too, until an entitled reveal.
    for (const QString& t : texts(&ws))
        CHECK_FALSE(t.contains(QStringLiteral("8000")));

    // Page Down / Page Up move between cases.
    agenda->setFocus();
    QTest::keyClick(agenda, Qt::Key_PageDown);
    CHECK(ws.currentIndex() == 1);
    QTest::keyClick(agenda, Qt::Key_PageUp);
    CHECK(ws.currentIndex() == 0);

    ws.showPresentation(0);
    REQUIRE(ws.presentation());
    ws.presentation()->resize(1920, 1080);
    REQUIRE(QTest::qWaitForWindowExposed(ws.presentation()));
    const QStringList projected = texts(ws.presentation());
    CHECK(projected.join(QStringLiteral("|")).contains(QStringLiteral("王某违规发放补贴")));
    for (const QString& t : projected) {
        CHECK_FALSE(t.contains(QStringLiteral("张")));
        CHECK_FALSE(t.contains(QStringLiteral("8000")));
        CHECK_FALSE(t.contains(QStringLiteral("１２３１")));
        CHECK_FALSE(t.contains(QStringLiteral("8123456")));
    }
    saveShot(ws.presentation(), QStringLiteral("meeting-presentation.png"));
    saveShot(&ws, QStringLiteral("meeting-operator.png"));

    auto* reasons = ws.findChild<QPlainTextEdit*>(QStringLiteral("reasons"));
    int asked = 0;
    ws.setConfirmation([&](QWidget*, const QString&) { return ++asked, true; });
    const Qt::Key keys[] = { Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4 };
    for (int i = 0; i < 20; ++i) {
        REQUIRE(ws.currentIndex() == i);
        opinions->setFocus();
        commit(opinions, QStringLiteral("审理室：同意第"));
        QTest::keyClicks(
            opinions, QString::number(i + 1)); // digits typed into a field are text, not decisions
        commit(opinions, QStringLiteral("件。"));
        if (i == 0)
            commit(dissent, QStringLiteral("巡察办认为应初核"));
        if (i % 4 == 3)
            commit(reasons, QStringLiteral("经核查反映问题不实"));
        agenda->setFocus();
        QTest::keyClick(agenda, keys[i % 4]);
    }
    CHECK(asked == 5); // 予以了结 is confirmed, the other three outcomes are not final
    const auto statusOf = [&](int i) { return f.reports->get(cases[i])->outcome; };
    CHECK(statusOf(0) == Outcome::TalkInquiry);
    CHECK(statusOf(1) == Outcome::PreliminaryVerification);
    CHECK(statusOf(2) == Outcome::StoredPending);
    CHECK(statusOf(19) == Outcome::ClosedNoAction);
    for (const QString& id : cases) {
        CHECK(f.status(id) == QStringLiteral("decided"));
        CHECK(f.eventCount(id, QStringLiteral("decide")) == 1);
    }
    QSqlQuery q(f.session->database().connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'meeting_decision' AND source = ?"));
    q.addBindValue(QString(QStringLiteral("meeting:") + *meeting));
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 20);

    MinutesPanel* minutes = ws.minutes();
    QF_REQUIRE_OK(minutes->draft());
    QF_REQUIRE_OK(minutes->confirm());
    CHECK(minutes->current().confirmed);
    const QString pdf = f.dir.path(QStringLiteral("minutes.pdf"));
    QF_REQUIRE_OK(minutes->exportPdf(pdf));
    QFile::remove(QStringLiteral("/tmp/qf-shots/meeting-minutes.pdf"));
    QFile::copy(pdf, QStringLiteral("/tmp/qf-shots/meeting-minutes.pdf"));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("集体研判纪要")));
    CHECK(text.contains(QStringLiteral("三楼第一会议室")));
    for (const auto& [name, dept] : people)
        CHECK(text.contains(name));
    for (const QString& id : cases)
        CHECK(text.contains(f.reports->get(id)->regNo));
    CHECK(text.contains(QStringLiteral("巡察办认为应初核")));
    CHECK(text.contains(QStringLiteral("同意第20件")));
    CHECK(text.contains(QStringLiteral("王某违规发放补贴")));
    CHECK_FALSE(text.contains(QStringLiteral("张三")));
    CHECK_FALSE(text.contains(QStringLiteral("8000")));

    // Editing confirmed minutes is refused with the reason; an amendment starts a new record.
    const Status edit = minutes->draft();
    REQUIRE_FALSE(edit.ok());
    CHECK(edit.error().contains(QStringLiteral("confirmed")));
    const QString confirmedId = minutes->current().id;
    QF_REQUIRE_OK(minutes->amend());
    CHECK(minutes->current().amends == confirmedId);
    CHECK(f.meetings->minutes(confirmedId)->confirmed);
}

TEST_CASE("the chair's reveal of an identity is for entitled roles only and audited")
{
    ChairFixture f;
    const QString id = f.awaitingReview(true);
    MeetingWorkspace ws(*f.session);
    ws.show();
    auto meeting = ws.newMeeting(QDate(2026, 11, 20), QStringLiteral("会议室"));
    QF_REQUIRE_OK(meeting);
    QF_REQUIRE_OK(ws.addCase(f.reports->get(id)->regNo));
    ws.goTo(0);
    QSqlQuery q(f.session->database().connection());
    const auto views = [&] {
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE detail = 'meeting chair view'")));
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    CHECK(views() == 0);
    auto* reveal = ws.findChild<QPushButton*>(QStringLiteral("revealIdentity"));
    REQUIRE(reveal);
    REQUIRE(reveal->isEnabled());
    QTest::mouseClick(reveal, Qt::LeftButton);
    CHECK(ws.findChild<QLabel*>(QStringLiteral("identity"))->text().contains(QStringLiteral("张三")));
    CHECK(views() == 1);

    // A case officer's window offers no reveal.
    test::signInAs(*f.session, QStringLiteral("case_officer"), {}, QStringLiteral("周主任"), f.office);
    ws.activated();
    CHECK_FALSE(reveal->isEnabled());
}

TEST_CASE("a stray digit records nothing - 予以了结 needs reasons and a confirmation - Ctrl+Z undoes", "[meeting][ui]")
{
    ChairFixture f;
    const QString a = f.awaitingReview();
    const QString b = f.awaitingReview();
    MeetingWorkspace ws(*f.session);
    ws.resize(1366, 768);
    ws.show();
    REQUIRE(QTest::qWaitForWindowExposed(&ws));
    auto meeting = ws.newMeeting(QDate(2026, 11, 20), QStringLiteral("三楼第一会议室"));
    QF_REQUIRE_OK(meeting);
    QF_REQUIRE_OK(ws.buildAgenda());
    REQUIRE(ws.meeting().items.size() == 2);
    const QString first = ws.meeting().items[0].reportId;
    auto* agenda = ws.findChild<QListWidget*>(QStringLiteral("agenda"));
    auto* reasons = ws.findChild<QPlainTextEdit*>(QStringLiteral("reasons"));
    auto* status = ws.findChild<QLabel*>(QStringLiteral("meetingStatus"));
    QStringList questions;
    bool answer = false;
    ws.setConfirmation([&](QWidget*, const QString& q) { questions << q; return answer; });

    // 4 with no reasons: nothing recorded, the reasons field has the focus.
    agenda->setFocus();
    QTest::keyClick(agenda, Qt::Key_4);
    CHECK(f.status(first) == QStringLiteral("awaiting_review"));
    CHECK(questions.isEmpty());
    CHECK(QApplication::focusWidget() == reasons);
    CHECK(status->text().contains(QStringLiteral("reasons")));

    // With reasons, the chair is asked; "no" records nothing.
    commit(reasons, QStringLiteral("反映问题已查清"));
    agenda->setFocus();
    QTest::keyClick(agenda, Qt::Key_4);
    REQUIRE(questions.size() == 1);
    CHECK(questions[0].contains(f.reports->get(first)->regNo));
    CHECK(f.status(first) == QStringLiteral("awaiting_review"));
    answer = true;
    QTest::keyClick(agenda, Qt::Key_4);
    CHECK(f.status(first) == QStringLiteral("decided"));
    CHECK(f.reports->get(first)->outcome == Outcome::ClosedNoAction);
    CHECK(ws.currentIndex() == 1); // on to the next case

    // 1 (谈话函询) is not final: no question.
    QTest::keyClick(agenda, Qt::Key_1);
    CHECK(questions.size() == 2);
    const QString second = ws.meeting().items[1].reportId;
    CHECK(f.reports->get(second)->outcome == Outcome::TalkInquiry);

    // Ctrl+Z takes back the current case's decision, then the one before.
    agenda->setFocus();
    QTest::keyClick(agenda, Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.status(second) == QStringLiteral("awaiting_review"));
    CHECK(ws.meeting().items[1].decision == MeetingDecision::None);
    ws.goTo(0);
    agenda->setFocus();
    QTest::keyClick(agenda, Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.status(first) == QStringLiteral("awaiting_review"));
    CHECK_FALSE(f.reports->get(first)->outcome.has_value());
    Q_UNUSED(a)
    Q_UNUSED(b)
}

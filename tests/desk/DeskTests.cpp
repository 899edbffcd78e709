#include "tests/desk/DeskFixture.h"

#include "models/FollowUpCode.h"
#include "ui/checkin/HistoryPanel.h"
#include "models/Representatives.h"
#include "models/ScopeRuleStore.h"
#include "models/VisitStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace qf;
using namespace qf::test;

namespace {

// Card on the reader; waits until the desk shows it.
void putCard(DeskFixture& f)
{
    QSignalSpy shown(f.desk.get(), &CheckInWorkspace::cardShown);
    f.sim.setCardPresent(true);
    REQUIRE(shown.wait(15000));
}

void takeCardOff(DeskFixture& f)
{
    f.sim.setCardPresent(false);
    QTRY_VERIFY_WITH_TIMEOUT(f.desk->reader()->state() == IdCardReader::State::WaitingForCard, 15000);
}

} // namespace

TEST_CASE("a visitor is registered from the ID-card reader end to end - with a printed receipt", "[desk]")
{
    DeskFixture f;
    f.connectReader(QStringLiteral("resident.json"));
    putCard(f);

    CHECK(f.child<QLineEdit>("visitorName")->text() == QStringLiteral("林晓雯"));
    CHECK(f.child<QLineEdit>("visitorIdNumber")->text() == QStringLiteral("110105199003070420"));
    CHECK(f.child<QLineEdit>("visitorEthnicity")->text() == QStringLiteral("汉族"));
    CHECK(f.child<QLineEdit>("visitorBirthDate")->text() == QStringLiteral("1990-03-07"));
    CHECK(f.child<QLabel>("readerStatus")->text().contains(QStringLiteral("●")));
    // The cursor waits in the matter field; the rest is typed without the mouse.
    QTRY_VERIFY(f.child<QPlainTextEdit>("matter")->hasFocus());
    DeskFixture::typeText(QApplication::focusWidget(), QStringLiteral("村支书张某挪用扶贫资金修建自家房屋"));
    f.typeInto("demand", QStringLiteral("请求查处"));
    QSignalSpy registered(f.desk.get(), &CheckInWorkspace::registered);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(registered.count() == 1);
    const auto done = registered.first().first().value<RegisteredVisit>();

    CHECK_FALSE(done.regNo.isEmpty());
    CHECK(f.scalar(QStringLiteral("SELECT channel FROM reports WHERE id = ?"), { done.reportId }).toString() == QStringLiteral("visit"));
    CHECK(f.scalar(QStringLiteral("SELECT status FROM reports WHERE id = ?"), { done.reportId }).toString() == QStringLiteral("accepted"));
    CHECK(f.scalar(QStringLiteral("SELECT what FROM reports WHERE id = ?"), { done.reportId }).toString()
          == QStringLiteral("村支书张某挪用扶贫资金修建自家房屋"));
    CHECK(f.scalar(QStringLiteral("SELECT outcome FROM visits WHERE id = ?"), { done.visitId }).toString() == QStringLiteral("accepted"));
    CHECK(f.scalar(QStringLiteral("SELECT report_id FROM visits WHERE id = ?"), { done.visitId }).toString() == done.reportId);
    CHECK(f.scalar(QStringLiteral("SELECT reporter_id FROM reports WHERE id = ?"), { done.reportId }).toString() == done.personId);
    // The identity is sealed: the name is nowhere in clear.
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM persons WHERE CAST(name_enc AS TEXT) LIKE '%林晓雯%'")).toInt() == 0);

    const QString pdf = DeskFixture::pdfText(f.desk->lastPrintout());
    CHECK(pdf.contains(QStringLiteral("来访登记回执")));
    CHECK(pdf.contains(done.regNo));
    CHECK(pdf.contains(QStringLiteral("城关区纪委监委信访室")));
    // The reporter's follow-up code is on the receipt (with its QR code), and it answers.
    REQUIRE(done.followUpCode.size() == 16);
    CHECK(pdf.contains(FollowUpCode::grouped(done.followUpCode)));
    CHECK(pdf.contains(QStringLiteral("查询码")));
    auto stage = f.session->followUps().status(done.followUpCode);
    REQUIRE(stage.ok());
    REQUIRE(stage->has_value());
    CHECK((*stage)->stage == FollowUpStage::Accepted);
    if (const QString dir = qEnvironmentVariable("QF_SCREENSHOT_DIR"); !dir.isEmpty())
        QFile::copy(f.desk->lastPrintout(), dir + QStringLiteral("/receipt.pdf"));
}

TEST_CASE("an out-of-scope matter prints the lawful referral notice and is registered with its outcome", "[desk]")
{
    DeskFixture f;
    f.connectReader(QStringLiteral("resident.json"));
    putCard(f);
    DeskFixture::typeText(QApplication::focusWidget(), QStringLiteral("法院判决生效两年了一直不执行"));
    CHECK(f.child<QLabel>("scopeVerdict")->text().contains(QStringLiteral("人民法院")));
    QSignalSpy registered(f.desk.get(), &CheckInWorkspace::registered);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(registered.count() == 1);
    const auto done = registered.first().first().value<RegisteredVisit>();
    CHECK(done.outOfScope);
    CHECK(f.scalar(QStringLiteral("SELECT outcome FROM visits WHERE id = ?"), { done.visitId }).toString() == QStringLiteral("out_of_scope"));
    CHECK(f.scalar(QStringLiteral("SELECT referred_to FROM visits WHERE id = ?"), { done.visitId }).toString()
          == QStringLiteral("人民法院、人民检察院"));
    CHECK(f.scalar(QStringLiteral("SELECT status FROM reports WHERE id = ?"), { done.reportId }).toString() == QStringLiteral("out_of_scope"));
    const QString pdf = DeskFixture::pdfText(f.desk->lastPrintout());
    INFO(pdf.toStdString());
    CHECK(pdf.contains(QStringLiteral("依法分类告知单")));
    CHECK(pdf.contains(QStringLiteral("人民法院")));
    CHECK(pdf.contains(QStringLiteral("林晓雯")));
    CHECK(pdf.contains(done.regNo));
    CHECK(pdf.contains(FollowUpCode::grouped(done.followUpCode)));
    auto stage = f.session->followUps().status(done.followUpCode);
    REQUIRE(stage.ok());
    REQUIRE(stage->has_value());
    CHECK((*stage)->stage == FollowUpStage::Referred);
    CHECK((*stage)->text.contains(QStringLiteral("人民法院")));
}

TEST_CASE("a repeat visitor is recognised by the card with the earlier visit in the history", "[desk]")
{
    DeskFixture f;
    f.connectReader(QStringLiteral("resident.json"));
    putCard(f);
    CHECK(f.child<QLabel>("historySummary")->text().contains(QStringLiteral("First contact")));
    DeskFixture::typeText(QApplication::focusWidget(), QStringLiteral("镇干部吃拿卡要"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    const QString regNo = f.scalar(QStringLiteral("SELECT reg_no FROM reports")).toString();
    takeCardOff(f);
    putCard(f);
    CHECK(f.child<QLabel>("historySummary")->text().contains(QStringLiteral("1 visit")));
    auto* list = f.child<QTreeWidget>("historyList");
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(2) == regNo);
    CHECK(list->topLevelItem(0)->text(4) == QStringLiteral("镇干部吃拿卡要"));
    // Registering again links the same person: no second identity.
    DeskFixture::typeText(QApplication::focusWidget(), QStringLiteral("又来反映镇干部吃拿卡要"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM persons")).toInt() == 1);
    CHECK(f.scalar(QStringLiteral("SELECT count(DISTINCT person_id) FROM visits")).toInt() == 1);
}

TEST_CASE("manual entry with an invalid ID number is refused with the reason", "[desk]")
{
    DeskFixture f;
    QTest::keyClick(f.desk.get(), Qt::Key_F3);
    QTRY_VERIFY(f.child<QLineEdit>("visitorName")->hasFocus());
    DeskFixture::typeText(QApplication::focusWidget(), QStringLiteral("赵强"));
    f.typeInto("visitorIdNumber", QStringLiteral("110105199003070421")); // wrong check character
    auto* problem = f.child<QLabel>("visitorIdProblem");
    CHECK(problem->isVisible());
    CHECK_FALSE(problem->text().isEmpty());
    f.typeInto("matter", QStringLiteral("反映某局长违规收受礼金"));
    auto result = f.desk->registerVisit();
    CHECK_FALSE(result.ok());
    CHECK(f.desk->message().contains(problem->text()));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM visits")).toInt() == 0);

    // Corrected, it goes through and the identity is kept.
    auto* id = f.child<QLineEdit>("visitorIdNumber");
    id->clear();
    f.typeInto("visitorIdNumber", QStringLiteral("110105199003070420"));
    CHECK_FALSE(problem->isVisible());
    QF_REQUIRE_OK(f.desk->registerVisit());
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM visits WHERE outcome = 'accepted'")).toInt() == 1);
}

TEST_CASE("queue: tickets without identity - waiting list - call next into a room", "[desk]")
{
    DeskFixture f;
    f.typeInto("visitorName", QStringLiteral("周敏"));
    auto first = f.desk->issueTicket();
    QF_REQUIRE_OK(first);
    CHECK(first->ticketNo == QStringLiteral("A-001"));
    const QString ticket = DeskFixture::pdfText(f.desk->lastPrintout());
    INFO(ticket.toStdString());
    CHECK(ticket.contains(QStringLiteral("A-001")));
    CHECK(ticket.contains(QStringLiteral("城关区纪委监委信访室")));
    CHECK_FALSE(ticket.contains(QStringLiteral("周敏")));

    f.typeInto("visitorName", QStringLiteral("吴刚"));
    QTest::keyClick(f.desk.get(), Qt::Key_F2);
    CHECK(f.child<QListWidget>("waitingList")->count() == 2);
    CHECK(DeskFixture::pdfText(f.desk->lastPrintout()).contains(QStringLiteral("A-002")));

    QTest::keyClick(f.desk.get(), Qt::Key_F5);
    CHECK(f.child<QListWidget>("waitingList")->count() == 1);
    CHECK(f.scalar(QStringLiteral("SELECT room FROM visits WHERE id = ?"), { first->id }).toString() == QStringLiteral("接谈室一"));
    CHECK_FALSE(f.scalar(QStringLiteral("SELECT started_at FROM visits WHERE id = ?"), { first->id }).isNull());
    CHECK(f.child<QLabel>("currentVisit")->text().contains(QStringLiteral("A-001")));

    f.typeInto("matter", QStringLiteral("反映社区主任优亲厚友"));
    QF_REQUIRE_OK(f.desk->endConversation());
    auto done = f.desk->registerVisit();
    QF_REQUIRE_OK(done);
    CHECK(done->visitId == first->id);
    CHECK(done->ticketNo == QStringLiteral("A-001"));
    CHECK_FALSE(f.scalar(QStringLiteral("SELECT ended_at FROM visits WHERE id = ?"), { first->id }).isNull());
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM visits")).toInt() == 2);
}

TEST_CASE("scope rules: defaults flag litigation - land and labour matters - and an administrator's rule is used", "[desk]")
{
    Scratch scratch;
    auto session = openSession(scratch.path(QStringLiteral("rules.sqlite")));
    ScopeRuleStore store(session->writer());
    auto rules = store.list();
    QF_REQUIRE_OK(rules);
    REQUIRE(rules->size() >= 3);
    auto check = [&](const QString& text) {
        const auto m = ScopeRuleStore::check(*rules, text);
        return m ? m->rule.category : QString();
    };
    CHECK(check(QStringLiteral("不服法院判决")) == QStringLiteral("涉法涉诉"));
    CHECK(check(QStringLiteral("征地补偿款没有发到位")) == QStringLiteral("征地拆迁"));
    CHECK(check(QStringLiteral("老板拖欠三个月工资")) == QStringLiteral("劳资纠纷"));
    CHECK(check(QStringLiteral("乡长收受工程老板红包")).isEmpty());

    ScopeRule r { {}, QStringLiteral("医疗纠纷"), { QStringLiteral("医院"), QStringLiteral("医疗事故") },
                  QStringLiteral("卫生健康部门"), {}, 9 };
    QF_REQUIRE_OK(store.save(r));
    rules = store.list();
    CHECK(check(QStringLiteral("医院手术出了医疗事故")) == QStringLiteral("医疗纠纷"));
    // Through the write path: the change is queued for sync.
    CHECK(session->writer().columnsOf(QStringLiteral("scope_rules")).contains(QStringLiteral("body")));
}

TEST_CASE("every card type from the reader fills the desk's form without an ID-number complaint", "[desk]")
{
    DeskFixture f;
    f.connectReader(QStringLiteral("resident.json"));
    for (const char* file : { "resident.json", "resident-longterm.json", "hkmotw.json", "foreigner.json",
                              "foreigner2023.json" }) {
        INFO(file);
        const IdCardData card = DeskFixture::demoCard(QLatin1String(file));
        takeCardOff(f);
        f.sim.setCard(card);
        putCard(f);
        CHECK(f.child<QComboBox>("cardType")->currentData().toString() == IdCardData::typeKey(card.cardType));
        CHECK(f.child<QLineEdit>("visitorName")->text() == (card.name.isEmpty() ? card.englishName : card.name));
        CHECK(f.child<QLineEdit>("visitorIdNumber")->text() == card.idNumber);
        CHECK_FALSE(f.child<QLabel>("visitorIdProblem")->isVisible());
        CHECK(f.child<QLabel>("historySummary")->text().contains(QStringLiteral("First contact")));
        CHECK(f.child<QPlainTextEdit>("matter")->hasFocus());
    }
}

TEST_CASE("an unreadable card is never filled into the form - the desk says why", "[desk][hostile]")
{
    DeskFixture f;
    IdCardData bad = DeskFixture::demoCard(QStringLiteral("resident.json"));
    bad.idNumber = QStringLiteral("110105199003070421"); // wrong check character
    bad.name = QStringLiteral("林晓") + QChar(0x202e) + QStringLiteral("雯");
    f.connectReader(bad);
    QSignalSpy shown(f.desk.get(), &CheckInWorkspace::cardShown);
    f.sim.setCardPresent(true);
    QTRY_VERIFY_WITH_TIMEOUT(f.desk->message().contains(QStringLiteral("could not be read as a valid card")), 15000);
    CHECK(shown.isEmpty());
    CHECK(f.child<QLineEdit>("visitorName")->text().isEmpty());
    CHECK(f.child<QLineEdit>("visitorIdNumber")->text().isEmpty());
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM persons")).toInt() == 0);
    // The message is shown as a fault, in the desk's message line.
    auto* line = f.child<QLabel>("deskMessage");
    CHECK_FALSE(line->isHidden());
    CHECK(line->text() == f.desk->message());
    CHECK(line->styleSheet().contains(QStringLiteral("#b00020")));

    // The same card, read correctly, fills the form.
    takeCardOff(f);
    f.sim.setCard(DeskFixture::demoCard(QStringLiteral("resident.json")));
    putCard(f);
    CHECK(f.child<QLineEdit>("visitorName")->text() == QStringLiteral("林晓雯"));
}

TEST_CASE("an expired ID card is shown as expired - with its validity - and the visitor is still registered", "[desk]")
{
    DeskFixture f;
    IdCardData old = DeskFixture::demoCard(QStringLiteral("resident.json"));
    old.validFrom = QDate::currentDate().addYears(-10).addDays(-3);
    old.validUntil = QDate::currentDate().addDays(-3);
    f.connectReader(old);
    putCard(f);
    auto* validity = f.child<QLabel>("visitorValidity");
    CHECK(validity->text().contains(old.validUntil.toString(Qt::ISODate)));
    CHECK(validity->text().contains(QStringLiteral("expired 3 day(s) ago")));
    CHECK(validity->styleSheet().contains(QStringLiteral("#b00020")));
    CHECK(f.desk->message().contains(QStringLiteral("expired on %1").arg(old.validUntil.toString(Qt::ISODate))));
    // Warned, not stopped: the form keeps the card and the identity counts.
    CHECK(f.child<QLineEdit>("visitorName")->text() == QStringLiteral("林晓雯"));
    CHECK(f.child<QLineEdit>("visitorIdNumber")->text() == old.idNumber);
    CHECK_FALSE(f.child<QLabel>("visitorIdProblem")->isVisible());

    // A valid card next: its validity in plain colour, no warning left on the form.
    takeCardOff(f);
    f.sim.setCard(DeskFixture::demoCard(QStringLiteral("resident-longterm.json")));
    putCard(f);
    CHECK(validity->text().contains(QStringLiteral("长期")));
    CHECK_FALSE(validity->styleSheet().contains(QStringLiteral("#b00020")));
}

TEST_CASE("the ID-card reader unplugged and plugged in again - one state on the desk - the last card leaves the form",
          "[desk]")
{
    DeskFixture f;
    f.connectReader(QStringLiteral("resident.json"));
    putCard(f);
    auto* banner = f.child<QLabel>("readerStatus");
    CHECK(banner->styleSheet().contains(QStringLiteral("#2e7d32")));
    CHECK(f.child<QLineEdit>("visitorName")->text() == QStringLiteral("林晓雯"));

    f.sim.stop(); // unplugged
    QTRY_VERIFY_WITH_TIMEOUT(f.desk->reader()->state() == IdCardReader::State::NotResponding, 15000);
    CHECK(banner->styleSheet().contains(QStringLiteral("#c62828")));
    // The previous visitor's data is gone: nobody registers the next person under it.
    CHECK(f.child<QLineEdit>("visitorName")->text().isEmpty());
    CHECK(f.child<QLineEdit>("visitorIdNumber")->text().isEmpty());
    CHECK(f.desk->message().contains(QStringLiteral("cleared")));

    // Plugged in again: back within a few seconds by itself, and the desk says one thing.
    QElapsedTimer back;
    back.start();
    f.sim.setCardPresent(false);
    QF_REQUIRE_OK(f.sim.start(f.scratch.path(QStringLiteral("reader"))));
    QTRY_VERIFY_WITH_TIMEOUT(f.desk->reader()->state() == IdCardReader::State::WaitingForCard, 10000);
    INFO("reconnected after " << back.elapsed() << " ms");
    CHECK(back.elapsed() < 5000);
    CHECK(banner->styleSheet().contains(QStringLiteral("#2e7d32")));
    CHECK_FALSE(f.desk->message().contains(QStringLiteral("reconnecting")));
    CHECK_FALSE(f.desk->message().contains(QStringLiteral("went away")));
    CHECK_FALSE(f.child<QLabel>("deskMessage")->styleSheet().contains(QStringLiteral("#b00020")));
    // And reads the next card.
    f.sim.setCard(DeskFixture::demoCard(QStringLiteral("foreigner.json")));
    putCard(f);
    CHECK_FALSE(f.child<QLineEdit>("visitorIdNumber")->text().isEmpty());
}

TEST_CASE("a group visit records up to five representatives with their ID numbers - sealed - checked as typed", "[desk]")
{
    DeskFixture f;
    f.typeInto("visitorName", QStringLiteral("王建国"));
    f.typeInto("matter", QStringLiteral("村民集体反映村干部违规发放补贴"));
    auto* kind = f.child<QComboBox>("visitKind");
    kind->setCurrentIndex(kind->findData(QStringLiteral("group")));
    f.child<QSpinBox>("headCount")->setValue(12);
    auto* table = f.child<QTableWidget>("representatives");
    CHECK(table->isVisibleTo(f.desk.get()));
    REQUIRE(table->rowCount() == 5);
    const auto put = [&](int row, const QString& name, const QString& id) {
        table->setItem(row, 0, new QTableWidgetItem(name));
        table->setItem(row, 1, new QTableWidgetItem(id));
    };
    put(0, QStringLiteral("王建国"), QStringLiteral("110105199003070420"));
    put(1, QStringLiteral("李秀英"), QStringLiteral("110105199003070421")); // wrong check character
    auto* problem = f.child<QLabel>("representativesProblem");
    CHECK(problem->isVisibleTo(f.desk.get()));
    CHECK(problem->text().contains(QStringLiteral("李秀英")));
    // Refused with the reason; nothing is registered.
    CHECK_FALSE(f.desk->registerVisit().ok());
    CHECK(f.desk->message().contains(QStringLiteral("representative 2")));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM visits")).toInt() == 0);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM persons")).toInt() == 0);

    put(1, QStringLiteral("李秀英"), QStringLiteral("44052418800101001 4")); // typed with a space
    CHECK_FALSE(problem->isVisibleTo(f.desk.get()));
    auto done = f.desk->registerVisit();
    QF_REQUIRE_OK(done);
    auto visit = f.session->visits().get(done->visitId);
    QF_REQUIRE_OK(visit);
    const QList<Representative> reps = Representatives::decode(visit->representatives);
    REQUIRE(reps.size() == 2);
    CHECK(reps[0] == Representative { QStringLiteral("王建国"), QStringLiteral("110105199003070420") });
    CHECK(reps[1] == Representative { QStringLiteral("李秀英"), QStringLiteral("440524188001010014") });
    CHECK(visit->headCount == 12);
    // Sealed: neither name nor number in clear in the file's visits.
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM visits WHERE CAST(representatives_enc AS TEXT) LIKE '%440524%' "
                                  "OR CAST(representatives_enc AS TEXT) LIKE '%李秀英%'")).toInt() == 0);
    // The form is cleared for the next visitor.
    CHECK((table->item(0, 0) == nullptr || table->item(0, 0)->text().isEmpty()));
    CHECK(f.child<QComboBox>("visitKind")->currentData().toString() == QStringLiteral("individual"));
}

TEST_CASE("group representatives: at most five - no more than the group - a line of before still reads", "[desk]")
{
    QList<Representative> six;
    for (int i = 0; i < 6; ++i)
        six << Representative { QStringLiteral("代表%1").arg(i + 1), {} };
    CHECK_FALSE(Representatives::check(six, 20).ok());
    CHECK(Representatives::check(six.mid(0, 5), 20).ok());
    CHECK_FALSE(Representatives::check(six.mid(0, 3), 2).ok());
    CHECK_FALSE(Representatives::check({ Representative { {}, QStringLiteral("110105199003070420") } }, 5).ok());
    const auto old = Representatives::decode(QStringLiteral("张三、李四，王五"));
    REQUIRE(old.size() == 3);
    CHECK(old[2].name == QStringLiteral("王五"));
    CHECK(Representatives::decode(Representatives::encode(six.mid(0, 2))) == six.mid(0, 2));
}

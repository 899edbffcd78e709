// Printed documents as the screens issue them: reprints, 文号 kept with the report or with the
// office, the dispatch deadline, the minutes' heading, the case's print menu. Read back with
// poppler like the documents of DocumentTests.cpp; QF_DOCUMENT_PDF_DIR keeps the PDFs.
#include "tests/documents/DocumentText.h"
#include "tests/support/TestSupport.h"

#include "app/print/DocumentPdf.h"
#include "app/print/PrintTemplates.h"
#include "app/print/QrCode.h"
#include "models/Database.h"
#include "models/DocumentNumbers.h"
#include "models/EvidenceRequest.h"
#include "models/Report.h"
#include "models/Meeting.h"
#include "models/Session.h"
#include "tests/cases/CaseFixture.h"
#include "models/ProfileStore.h"
#include "ui/Language.h"
#include "ui/cases/CaseWork.h"
#include "ui/cases/DispatchDialog.h"
#include "ui/checkin/CheckInWorkspace.h"
#include "ui/meeting/MinutesDocument.h"
#include "ui/meeting/MeetingWorkspace.h"
#include "ui/cases/CaseDocuments.h"
#include "ui/cases/CaseEditor.h"
#include "ui/cases/CaseDetailPane.h"
#include "ui/cases/EvidenceDialog.h"
#include "ui/cases/FeedbackDialog.h"
#include "ui/cases/QualityPanels.h"
#include "ui/checkin/HistoryPanel.h"
#include "ui/checkin/ReceiptDocument.h"
#include "models/CalendarStore.h"
#include "models/FeedbackNotices.h"
#include "models/FollowUpCode.h"
#include "models/IssuedDocuments.h"
#include "models/ReportHistory.h"
#include "models/Settings.h"
#include "models/SyncedTables.h"
#include "tests/desk/DeskFixture.h"
#include "tests/meeting/MeetingFixture.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <memory>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using namespace qf;
using namespace qf::test;

// ---- a report, the dispatch deadline and the minutes' heading.

namespace {




// The print preview (a modal dialog) closed without printing, as a person closing it does.
void closePreviewSoon()
{
    auto* timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, tries] {
        if (auto* d = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
            d->reject();
            timer->deleteLater();
        } else if (++*tries > 200) {
            timer->deleteLater();
        }
    });
    timer->start(50);
}

QVariant scalarOf(Session& s, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q(s.database().connection());
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    REQUIRE(q.exec());
    return q.next() ? q.value(0) : QVariant();
}

RegisteredVisit registerAtDesk(DeskFixture& f, const QString& matter)
{
    QTest::keyClick(f.desk.get(), Qt::Key_F3);
    auto* name = f.child<QLineEdit>("visitorName");
    for (int i = 0; i < 100 && !name->hasFocus(); ++i)
        QTest::qWait(20);
    REQUIRE(name->hasFocus());
    DeskFixture::typeText(QApplication::focusWidget(), QStringLiteral("赵强"));
    f.typeInto("visitorIdNumber", QStringLiteral("110105199003070420"));
    f.typeInto("matter", matter);
    auto done = f.desk->registerVisit();
    QF_REQUIRE_OK(done);
    return *done;
}

// The visitor's history as the desk shows it after that one visit.
VisitorHistory historyOf(const RegisteredVisit& done, const QString& matter)
{
    VisitorHistory h;
    h.personIds << done.personId;
    h.visits = 1;
    h.entries << HistoryEntry { QDateTime::currentDateTime(), QStringLiteral("visit"), done.regNo, QStringLiteral("accepted"),
                                matter, false, done.reportId };
    return h;
}

} // namespace

TEST_CASE("the receipt is printed again from the visit with its stored number, saying the code was handed out")
{
    REQUIRE(Language::install(QStringLiteral("zh_CN")));
    DeskFixture f;
    const RegisteredVisit done = registerAtDesk(f, QStringLiteral("反映某局长违规收受礼金"));
    const QString first = f.desk->lastPrintout();
    const QString firstText = pdfFileText(first);
    REQUIRE(firstText.contains(done.regNo));
    REQUIRE(firstText.contains(squeezed(FollowUpCode::grouped(done.followUpCode))));
    CHECK_FALSE(firstText.contains(QStringLiteral("补打")));

    // From the visitor's history: the visit's line offers the reprint.
    HistoryPanel panel;
    panel.showHistory(historyOf(done, QStringLiteral("反映某局长违规收受礼金")));
    auto* button = panel.findChild<QPushButton*>(QStringLiteral("reprintReceipt"));
    REQUIRE(button);
    CHECK_FALSE(button->isEnabled()); // nothing chosen yet
    auto* list = panel.findChild<QTreeWidget*>(QStringLiteral("historyList"));
    list->setCurrentItem(list->topLevelItem(0));
    REQUIRE(button->isEnabled());
    QSignalSpy asked(&panel, &HistoryPanel::reprintReceiptRequested);
    button->click();
    REQUIRE(asked.count() == 1);
    CHECK(asked.first().first().toString() == done.reportId);

    QF_REQUIRE_OK(f.desk->reprintReceipt(done.reportId));
    const QString again = f.desk->lastPrintout();
    REQUIRE(again != first);
    keep(again, QStringLiteral("receipt-reprint"));
    const QString t = pdfFileText(again);
    CHECK(t.count(done.regNo) >= 2); // both parts, the number it was registered with
    CHECK(pageCount(again) == 1); // still one sheet: stub and the visitor's part
    CHECK(t.contains(QStringLiteral("来访登记回执（补打件）")));
    CHECK(t.contains(QStringLiteral("补打日期：") + DocumentPdf::documentDate(QDate::currentDate())));
    CHECK(t.contains(QStringLiteral("查询码已于登记时交您本人")));
    // The code is kept only as a hash: a reprint never shows one, nor makes one up.
    CHECK_FALSE(t.contains(squeezed(FollowUpCode::grouped(done.followUpCode))));
    CHECK_FALSE(t.contains(QStringLiteral("查询码（请勿告知他人）")));
    CHECK(f.desk->message().contains(done.regNo));
    // No new registration number, no second report.
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM reports")).toInt() == 1);
}

TEST_CASE("the desk says only what happened: a reprint whose preview is closed was not printed")
{
    DeskFixture f;
    const RegisteredVisit done = registerAtDesk(f, QStringLiteral("反映某站长违规发放补贴"));
    const QString before = f.desk->lastPrintout();
    DeskSettings d;
    d.printTarget = DeskSettings::PrintTarget::Preview;
    d.rooms = { QStringLiteral("接谈室一") };
    f.desk->setDeskSettings(d);
    closePreviewSoon();
    QF_REQUIRE_OK(f.desk->reprintReceipt(done.reportId));
    CHECK(f.desk->lastPrintout() == before);
    const QString said = f.desk->message();
    INFO(said.toStdString());
    CHECK(said.contains(done.regNo));
    CHECK(said == CheckInWorkspace::tr("The preview was closed without printing: the receipt of %1 was not printed.").arg(done.regNo));
}

TEST_CASE("the receipt, the case file cover and the letter card are printed from the report")
{
    DeskFixture f;
    const RegisteredVisit done = registerAtDesk(f, QStringLiteral("反映某村支书挪用扶贫资金"));
    auto report = f.session->reports().get(done.reportId);
    QF_REQUIRE_OK(report);
    Scratch scratch;
    const QString receipt = scratch.path(QStringLiteral("receipt.pdf"));
    auto printed = CaseDocuments::print(*f.session, *report, CaseDocuments::Form::Receipt, receipt, nullptr);
    QF_REQUIRE_OK(printed);
    CHECK(printed->printed);
    CHECK(printed->message.contains(receipt));
    QString t = pdfFileText(receipt);
    CHECK(pageCount(receipt) == 1);
    CHECK(t.contains(report->regNo));
    CHECK(t.contains(QStringLiteral("（补打件）")));
    CHECK_FALSE(t.contains(squeezed(FollowUpCode::grouped(done.followUpCode))));

    const QString cover = scratch.path(QStringLiteral("cover.pdf"));
    QF_REQUIRE_OK(CaseDocuments::print(*f.session, *report, CaseDocuments::Form::Cover, cover, nullptr));
    keep(cover, QStringLiteral("cover-from-report"));
    t = pdfFileText(cover);
    CHECK(pageCount(cover) == 1);
    CHECK(t.contains(QStringLiteral("信访举报卷宗")));
    CHECK(t.contains(QStringLiteral("城关区纪委监委信访室")));
    CHECK(t.contains(report->regNo));
    CHECK(t.contains(QStringLiteral("反映某村支书挪用扶贫资金")));
    CHECK(t.contains(QStringLiteral("立卷日期") + DocumentPdf::documentDate(report->receivedAt.toLocalTime().date())));
    CHECK_FALSE(t.contains(QStringLiteral("结案日期")));

    const QString card = scratch.path(QStringLiteral("card.pdf"));
    QF_REQUIRE_OK(CaseDocuments::print(*f.session, *report, CaseDocuments::Form::LetterCard, card, nullptr));
    keep(card, QStringLiteral("letter-card-from-report"));
    t = pdfFileText(card);
    CHECK(pageCount(card) == 1);
    CHECK(t.contains(QStringLiteral("来信登记卡")));
    CHECK(t.contains(report->regNo));
    // The card says whether the writer gave a name; the identity stays sealed.
    CHECK(t.contains(report->anonymous ? QStringLiteral("来信人匿名") : QStringLiteral("来信人实名（身份信息另行密封保管）")));
    CHECK_FALSE(t.contains(QStringLiteral("赵强")));
    CHECK_FALSE(t.contains(QStringLiteral("110105199003070420")));
}

TEST_CASE("a report that did not come through the desk has no receipt, and the editor offers the forms")
{
    test::CaseFixture f;
    const QString id = f.addReport();
    auto report = f.reports->get(id);
    QF_REQUIRE_OK(report);
    Scratch scratch;
    auto refused = CaseDocuments::print(*f.session, *report, CaseDocuments::Form::Receipt,
                                        scratch.path(QStringLiteral("r.pdf")), nullptr);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(report->regNo));
    CHECK_FALSE(QFile::exists(scratch.path(QStringLiteral("r.pdf"))));

    auto editor = CaseEditor::openReport(*f.session, id, nullptr);
    QF_REQUIRE_OK(editor);
    auto* print = (*editor)->findChild<QPushButton*>(QStringLiteral("caseAction_print"));
    REQUIRE(print);
    REQUIRE(print->menu());
    QStringList actions;
    for (QAction* a : print->menu()->actions())
        if (!a->objectName().isEmpty())
            actions << a->objectName();
    CHECK(actions.size() == 6); // three forms, each to preview or to save as PDF
    CHECK(actions.contains(QStringLiteral("printPreview_1")));
    CHECK(actions.contains(QStringLiteral("printPdf_2")));
    (*editor)->close();
    // The case detail beside the list has the same menu once a report is shown.
    CaseDetailPane pane(*f.session);
    auto* detailPrint = pane.findChild<QPushButton*>(QStringLiteral("caseDetailPrint"));
    REQUIRE(detailPrint);
    pane.show();
    CHECK_FALSE(detailPrint->isVisible());
    pane.showReport(id);
    CHECK(detailPrint->isVisible());
    REQUIRE(detailPrint->menu());
    CHECK(detailPrint->menu()->actions().size() >= 6);
}

TEST_CASE("a feedback letter carries a 文号 kept with the report, and saving it again gives the same 文号")
{
    test::CaseFixture f;
    Settings settings(f.session->writer());
    QF_REQUIRE_OK(settings.setValue(Settings::Key::DocumentNumberPrefix, QStringLiteral("清纪信告")));
    QF_REQUIRE_OK(settings.setValue(Settings::Key::OfficeName, QStringLiteral("清风市纪委监委信访室")));
    const QString id = f.addReport({}, QStringLiteral("城关镇政府"), true);
    f.move(id, Transition::Accept);
    CaseWork work(*f.session);
    FeedbackDialog dialog(work, *f.reports->get(id));
    dialog.setMilestone(Milestone::Accepted);
    const int year = QDate::currentDate().year();
    auto next = DocumentNumbers(f.session->database()).peek(QStringLiteral("清纪信告"), year);
    QF_REQUIRE_OK(next);

    Scratch scratch;
    const QString one = scratch.path(QStringLiteral("one.pdf"));
    auto saved = dialog.saveLetterPdf(one);
    QF_REQUIRE_OK(saved);
    CHECK(saved->docNo == *next);
    CHECK_FALSE(saved->reprint);
    keep(one, QStringLiteral("feedback-numbered"));
    QString t = pdfFileText(one);
    CHECK(t.contains(QStringLiteral("受理告知书")));
    CHECK(t.contains(squeezed(*next)));
    CHECK(t.indexOf(QStringLiteral("受理告知书")) < t.indexOf(squeezed(*next)));

    // Kept: the row, its PDF with the report, the line in the report's history.
    CHECK(scalarOf(*f.session, QStringLiteral("SELECT count(*) FROM issued_documents WHERE report_id = ?"), { id }).toInt() == 1);
    CHECK(scalarOf(*f.session, QStringLiteral("SELECT doc_no FROM issued_documents WHERE report_id = ?"), { id }).toString() == *next);
    QFile file(one);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    CHECK(scalarOf(*f.session, QStringLiteral("SELECT pdf_sha256 FROM issued_documents WHERE report_id = ?"), { id }).toString() == sha);
    CHECK(scalarOf(*f.session, QStringLiteral("SELECT count(*) FROM report_attachments WHERE report_id = ? AND kind = 'issued_document' AND sha256 = ?"),
                   { id, sha }).toInt() == 1);
    CHECK(f.eventCount(id, QStringLiteral("document_issued")) == 1);
    auto events = f.session->history().events(id);
    QF_REQUIRE_OK(events);
    bool listed = false;
    for (const ReportEvent& e : *events)
        if (e.kind == QLatin1String("document_issued"))
            listed = e.payload.value(QStringLiteral("doc_no")).toString() == *next;
    CHECK(listed);
    // It travels with the report to the other workstations.
    CHECK(syncedTables().contains(QStringLiteral("issued_documents")));
    CHECK(scalarOf(*f.session, QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = 'issued_documents'")).toInt() >= 1);

    // A reprint: the same 文号, no number taken, no second row.
    const QString two = scratch.path(QStringLiteral("two.pdf"));
    auto again = dialog.saveLetterPdf(two);
    QF_REQUIRE_OK(again);
    CHECK(again->docNo == *next);
    CHECK(again->reprint);
    CHECK(pdfFileText(two).contains(squeezed(*next)));
    CHECK(scalarOf(*f.session, QStringLiteral("SELECT count(*) FROM issued_documents WHERE report_id = ?"), { id }).toInt() == 1);
    CHECK(f.eventCount(id, QStringLiteral("document_reprinted")) == 1);

    // A new document of the same kind (the form of a new dispatch) is never a reprint.
    auto fresh = IssuedDocuments(f.session->writer(), f.session->attachments())
                     .number(QStringLiteral("feedback_accepted"), id, {}, false);
    QF_REQUIRE_OK(fresh);
    CHECK_FALSE(fresh->reprint);
    CHECK(fresh->docNo != *next);
    // Another document takes the next number of the series.
    dialog.setMilestone(Milestone::Dispatched);
    auto after = DocumentNumbers(f.session->database()).peek(QStringLiteral("清纪信告"), year);
    QF_REQUIRE_OK(after);
    CHECK(*after != *next);
}

TEST_CASE("a 文号 is taken only when the document is issued: a preview closed takes none")
{
    test::CaseFixture f;
    Settings settings(f.session->writer());
    QF_REQUIRE_OK(settings.setValue(Settings::Key::DocumentNumberPrefix, QStringLiteral("清纪信告")));
    const QString id = f.addReport({}, QStringLiteral("城关镇政府"), true);
    const int year = QDate::currentDate().year();
    auto before = DocumentNumbers(f.session->database()).peek(QStringLiteral("清纪信告"), year);
    QF_REQUIRE_OK(before);
    DocumentPrinter::Issue doc;
    doc.kind = QStringLiteral("feedback_accepted");
    doc.reportId = id;
    doc.title = QStringLiteral("受理告知书");
    QString shown;
    doc.html = [&shown](const QString& docNo) -> Result<QString> {
        shown = docNo;
        return QStringLiteral("<html><body><p class=\"title\">受理告知书</p><p class=\"docno\">%1</p></body></html>").arg(docNo);
    };
    closePreviewSoon();
    auto done = DocumentPrinter::issue(*f.session, doc, DeskSettings::PrintTarget::Preview, {}, nullptr);
    QF_REQUIRE_OK(done);
    CHECK_FALSE(done->printed);
    CHECK(shown == *before); // the preview showed the next number ...
    auto still = DocumentNumbers(f.session->database()).peek(QStringLiteral("清纪信告"), year);
    QF_REQUIRE_OK(still);
    CHECK(*still == *before); // ... and did not take it
    CHECK(scalarOf(*f.session, QStringLiteral("SELECT count(*) FROM issued_documents")).toInt() == 0);
    CHECK(f.eventCount(id, QStringLiteral("document_issued")) == 0);
}

TEST_CASE("the dispatch form prints the handling deadline of the working-day calendar and the 督办 request")
{
    test::CaseFixture f;
    Settings settings(f.session->writer());
    QF_REQUIRE_OK(settings.setValue(Settings::Key::DispatchHandlingWorkdays, 20)); // the administrator's
    test::signInAs(*f.session, QStringLiteral("case_officer"), {}, QStringLiteral("李明"), f.office);
    const QString id = f.addReport();
    f.toDecided(id);
    CaseWork work(*f.session);
    DispatchDialog dialog(work, *f.reports->get(id));
    auto calendar = CalendarStore::load(f.session->database().connection());
    QF_REQUIRE_OK(calendar);
    const QDate due = calendar->addWorkingDays(QDate::currentDate(), 20).date;
    CHECK(dialog.deadline() == due);
    dialog.setWay(Transition::AssignDown);
    dialog.findChild<QCheckBox*>(QStringLiteral("dispatchSupervised"))->setChecked(true);
    auto* request = dialog.findChild<QLineEdit*>(QStringLiteral("dispatchSupervision"));
    REQUIRE(request);
    CHECK(request->isEnabled());
    request->setText(QStringLiteral("请于每月5日前报告办理进展。"));
    auto html = dialog.formHtml(QStringLiteral("清纪信交〔2026〕K7Q-4号"));
    QF_REQUIRE_OK(html);
    Scratch scratch;
    const Rendered r = render(scratch, QStringLiteral("assignment-deadline"), *html);
    const QString t = squeezed(r.text);
    CHECK(t.contains(QStringLiteral("交办函")));
    CHECK(t.contains(QStringLiteral("请于") + DocumentPdf::documentDate(due) + QStringLiteral("前")));
    CHECK(t.contains(QStringLiteral("督办要求：请于每月5日前报告办理进展。")));
    // Without 督办, no request line.
    dialog.findChild<QCheckBox*>(QStringLiteral("dispatchSupervised"))->setChecked(false);
    auto plain = dialog.formHtml(QStringLiteral("清纪信交〔2026〕K7Q-5号"));
    QF_REQUIRE_OK(plain);
    CHECK_FALSE(plain->contains(QStringLiteral("督办要求")));
    CHECK(plain->contains(DocumentPdf::documentDate(due)));
    // The deadline is kept with the dispatch itself (its event), as printed.
    dialog.findChild<QCheckBox*>(QStringLiteral("dispatchSupervised"))->setChecked(true);
    dialog.setOverrideReason(QStringLiteral("测试用：不按建议"));
    QF_REQUIRE_OK(dialog.apply());
    auto events = f.session->history().events(id);
    QF_REQUIRE_OK(events);
    REQUIRE_FALSE(events->isEmpty());
    const ReportEvent& dispatched = events->last();
    CHECK(dispatched.kind == transitionName(Transition::AssignDown));
    CHECK(dispatched.payload.value(QStringLiteral("deadline")).toString() == due.toString(Qt::ISODate));
    CHECK(dispatched.payload.value(QStringLiteral("supervision")).toString() == QStringLiteral("请于每月5日前报告办理进展。"));
}

TEST_CASE("the minutes' heading: the meeting's number in its year, place, chair, recorder, attendees and those sitting in")
{
    REQUIRE(Language::install(QStringLiteral("zh_CN")));
    MeetingFixture f;
    auto first = f.meetings->create(QDate(2026, 3, 2), QStringLiteral("第一会议室"), {});
    auto second = f.meetings->create(QDate(2026, 11, 20), QStringLiteral("第三会议室"), {});
    auto nextYear = f.meetings->create(QDate(2027, 1, 8), QStringLiteral("第三会议室"), {});
    QF_REQUIRE_OK(first);
    QF_REQUIRE_OK(second);
    QF_REQUIRE_OK(nextYear);
    CHECK(f.meetings->load(*first)->number == 1);
    CHECK(f.meetings->load(*second)->number == 2);
    CHECK(f.meetings->load(*nextYear)->number == 1); // a sequence per year

    // Entered on the meeting screen.
    MeetingWorkspace ws(*f.session);
    ws.activated();
    QF_REQUIRE_OK(ws.openMeeting(*second));
    ws.findChild<QSpinBox*>(QStringLiteral("meetingNumber"))->setValue(5);
    ws.findChild<QLineEdit*>(QStringLiteral("meetingChair"))->setText(QStringLiteral("赵书记"));
    ws.findChild<QLineEdit*>(QStringLiteral("meetingRecorder"))->setText(QStringLiteral("孙干事"));
    ws.findChild<QLineEdit*>(QStringLiteral("participantName"))->setText(QStringLiteral("钱科长"));
    ws.findChild<QLineEdit*>(QStringLiteral("participantName"))->returnPressed(); // attends
    ws.findChild<QLineEdit*>(QStringLiteral("participantName"))->setText(QStringLiteral("李主任"));
    ws.findChild<QCheckBox*>(QStringLiteral("participantSittingIn"))->setChecked(true);
    ws.findChild<QLineEdit*>(QStringLiteral("participantName"))->returnPressed(); // sits in
    auto* save = ws.findChild<QPushButton*>(QStringLiteral("saveHeading"));
    REQUIRE(save);
    save->click();
    auto m = f.meetings->load(*second);
    QF_REQUIRE_OK(m);
    CHECK(m->number == 5);
    CHECK(m->chairName == QStringLiteral("赵书记"));
    CHECK(m->recorder == QStringLiteral("孙干事"));
    REQUIRE(m->participants.size() == 2);
    CHECK_FALSE(m->participants[0].sittingIn);
    CHECK(m->participants[1].sittingIn);

    Scratch scratch;
    const Rendered r = render(scratch, QStringLiteral("minutes-heading"), MinutesDocument::html(*m, {}, {}));
    const QString t = squeezed(r.text);
    INFO(t.toStdString());
    CHECK(t.contains(QStringLiteral("2026年第5次")));
    CHECK(t.contains(QStringLiteral("第三会议室")));
    CHECK(t.contains(QStringLiteral("主持人：赵书记")));
    CHECK(t.contains(QStringLiteral("记录人：孙干事")));
    CHECK(t.contains(QStringLiteral("钱科长")));
    CHECK(t.contains(QStringLiteral("列席人员：李主任")));
    CHECK(t.indexOf(QStringLiteral("主持人：赵书记")) < t.indexOf(QStringLiteral("列席人员：李主任")));
}

// Screenshots for people to look at (not run by ctest): QF_SHOTS_DIR=/work/shots/docs with
// LANG=zh_CN.UTF-8; QF_DOCUMENT_PDF_DIR keeps the PDFs of the tests above.
TEST_CASE("documents: screenshots of the screens that print and number them", "[.shots]")
{
    const QString dir = qEnvironmentVariable("QF_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    REQUIRE(Language::install(QStringLiteral("zh_CN")));
    auto shot = [&dir](QWidget* w, const QString& name) {
        w->show();
        QTest::qWait(50);
        CHECK(w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    };
    {
        DeskFixture f;
        const RegisteredVisit done = registerAtDesk(f, QStringLiteral("反映某局长违规收受礼金"));
        HistoryPanel panel;
        panel.showHistory(historyOf(done, QStringLiteral("反映某局长违规收受礼金")));
        auto* list = panel.findChild<QTreeWidget*>(QStringLiteral("historyList"));
        list->setCurrentItem(list->topLevelItem(0));
        panel.resize(640, 260);
        shot(&panel, QStringLiteral("history-reprint"));
        QF_REQUIRE_OK(f.desk->reprintReceipt(done.reportId));
        shot(f.desk.get(), QStringLiteral("desk-after-reprint"));
        auto editor = CaseEditor::openReport(*f.session, done.reportId, nullptr);
        QF_REQUIRE_OK(editor);
        auto* print = (*editor)->findChild<QPushButton*>(QStringLiteral("caseAction_print"));
        shot(*editor, QStringLiteral("editor-print-button"));
        print->menu()->popup(QPoint(0, 0));
        QTest::qWait(50);
        CHECK(print->menu()->grab().save(QDir(dir).filePath(QStringLiteral("editor-print-menu.png"))));
        print->menu()->hide();
        (*editor)->close();
        CaseDetailPane pane(*f.session);
        pane.resize(700, 500);
        pane.showReport(done.reportId);
        shot(&pane, QStringLiteral("case-detail-print"));
    }
    {
        test::CaseFixture f;
        test::signInAs(*f.session, QStringLiteral("case_officer"), {}, QStringLiteral("李明"), f.office);
        const QString id = f.addReport();
        f.toDecided(id);
        CaseWork work(*f.session);
        DispatchDialog dialog(work, *f.reports->get(id));
        dialog.setWay(Transition::AssignDown);
        dialog.findChild<QCheckBox*>(QStringLiteral("dispatchSupervised"))->setChecked(true);
        shot(&dialog, QStringLiteral("dispatch-deadline"));
    }
    {
        test::CaseFixture f;
        Settings settings(f.session->writer());
        QF_REQUIRE_OK(settings.setValue(Settings::Key::DocumentNumberPrefix, QStringLiteral("清纪信告")));
        const QString id = f.addReport({}, QStringLiteral("城关镇政府"), true);
        f.move(id, Transition::Accept);
        CaseWork work(*f.session);
        FeedbackDialog dialog(work, *f.reports->get(id));
        dialog.setMilestone(Milestone::Accepted);
        Scratch scratch;
        QF_REQUIRE_OK(dialog.saveLetterPdf(scratch.path(QStringLiteral("a.pdf"))));
        shot(&dialog, QStringLiteral("feedback-numbered"));
        auto editor = CaseEditor::openReport(*f.session, id, nullptr);
        QF_REQUIRE_OK(editor);
        if (auto* tabs = (*editor)->findChild<QTabWidget*>(QStringLiteral("caseEditorTabs")))
            tabs->setCurrentIndex(1);
        shot(*editor, QStringLiteral("editor-history-issued"));
        (*editor)->close();
    }
    {
        MeetingFixture f;
        test::signInAs(*f.session, QStringLiteral("meeting_chair"), {}, QStringLiteral("周主任"), f.office);
        MeetingWorkspace ws(*f.session);
        auto meeting = ws.newMeeting(QDate(2026, 12, 2), QStringLiteral("三楼第一会议室"));
        QF_REQUIRE_OK(meeting);
        ws.findChild<QLineEdit*>(QStringLiteral("meetingRecorder"))->setText(QStringLiteral("孙干事"));
        ws.findChild<QLineEdit*>(QStringLiteral("participantName"))->setText(QStringLiteral("钱科长"));
        ws.findChild<QLineEdit*>(QStringLiteral("participantName"))->returnPressed();
        ws.findChild<QLineEdit*>(QStringLiteral("participantName"))->setText(QStringLiteral("李主任"));
        ws.findChild<QCheckBox*>(QStringLiteral("participantSittingIn"))->setChecked(true);
        ws.findChild<QLineEdit*>(QStringLiteral("participantName"))->returnPressed();
        ws.findChild<QPushButton*>(QStringLiteral("saveHeading"))->click();
        ws.resize(1400, 900);
        shot(&ws, QStringLiteral("meeting-heading"));
        auto m = f.meetings->load(*meeting);
        QF_REQUIRE_OK(m);
        Scratch scratch;
        const QString pdf = QDir(dir).filePath(QStringLiteral("minutes-heading.pdf"));
        QF_REQUIRE_OK(DocumentPdf::toPdf(MinutesDocument::html(*m, {}, {}), pdf));
    }
}

TEST_CASE("an evidence request carries a 文号 kept with the report: the same notice keeps it, a later notice takes the next")
{
    test::CaseFixture f;
    Settings settings(f.session->writer());
    QF_REQUIRE_OK(settings.setValue(Settings::Key::DocumentNumberPrefix, QStringLiteral("清纪信告")));
    const QString id = f.addReport();
    f.move(id, Transition::Accept);
    f.move(id, Transition::Triage, { { QStringLiteral("verifiability"), 5 }, { QStringLiteral("typicality"), 3 },
                                     { QStringLiteral("timeliness"), 4 } });
    CaseWork work(*f.session);
    const int year = QDate::currentDate().year();
    auto first = DocumentNumbers(f.session->database()).peek(QStringLiteral("清纪信告"), year);
    QF_REQUIRE_OK(first);
    Scratch scratch;
    QString kept;
    {
        EvidenceDialog dialog(work, *f.reports->get(id));
        dialog.setItems({ QStringLiteral("发放时间") }, { QStringLiteral("发放名单") }, {});
        auto one = dialog.savePdf(scratch.path(QStringLiteral("one.pdf")));
        QF_REQUIRE_OK(one);
        CHECK(one->docNo == *first);
        keep(scratch.path(QStringLiteral("one.pdf")), QStringLiteral("evidence-numbered"));
        const QString t = pdfFileText(scratch.path(QStringLiteral("one.pdf")));
        CHECK(t.indexOf(QStringLiteral("补充材料告知书")) < t.indexOf(squeezed(*first)));
        CHECK(t.indexOf(squeezed(*first)) >= 0);
        auto again = dialog.savePdf(scratch.path(QStringLiteral("again.pdf")));
        QF_REQUIRE_OK(again);
        CHECK(again->docNo == *first);
        CHECK(again->reprint);
        kept = one->docNo;
    }
    CHECK(scalarOf(*f.session, QStringLiteral("SELECT count(*) FROM issued_documents WHERE report_id = ? AND kind = 'evidence_request'"), { id })
              .toInt() == 1);
    {
        EvidenceDialog later(work, *f.reports->get(id));
        later.setItems({ QStringLiteral("发放标准") }, {}, {});
        auto second = later.savePdf(scratch.path(QStringLiteral("second.pdf")));
        QF_REQUIRE_OK(second);
        CHECK_FALSE(second->reprint);
        CHECK(second->docNo != kept);
        CHECK_FALSE(second->docNo.isEmpty());
    }
}

TEST_CASE("the quarterly repeat notice carries a 文号 kept by the office: printed again it keeps it, another quarter's takes the next")
{
    test::CaseFixture f;
    Settings settings(f.session->writer());
    QF_REQUIRE_OK(settings.setValue(Settings::Key::DocumentNumberPrefix, QStringLiteral("清纪信告")));
    CaseWork work(*f.session);
    RepeatNoticePanel panel(work);
    panel.setQuarter(QStringLiteral("2026Q4"), QStringLiteral("2026年第四季度"));
    auto next = DocumentNumbers(f.session->database()).peek(QStringLiteral("清纪信告"), QDate::currentDate().year());
    QF_REQUIRE_OK(next);
    Scratch scratch;
    auto one = panel.savePdf(scratch.path(QStringLiteral("q4.pdf")));
    QF_REQUIRE_OK(one);
    CHECK(one->docNo == *next);
    CHECK_FALSE(one->reprint);
    keep(scratch.path(QStringLiteral("q4.pdf")), QStringLiteral("repeat-numbered"));
    const QString t = squeezed(pdfFileText(scratch.path(QStringLiteral("q4.pdf"))));
    CHECK(t.indexOf(QStringLiteral("重复举报情况通报")) < t.indexOf(squeezed(*next)));
    CHECK(t.indexOf(squeezed(*next)) >= 0);
    auto again = panel.savePdf(scratch.path(QStringLiteral("q4-again.pdf")));
    QF_REQUIRE_OK(again);
    CHECK(again->docNo == *next);
    CHECK(again->reprint);
    CHECK(scalarOf(*f.session, QStringLiteral("SELECT count(*) FROM issued_documents WHERE report_id IS NULL AND kind = ?"),
                   { QStringLiteral("repeat_notice:2026Q4") })
              .toInt() == 1);
    panel.setQuarter(QStringLiteral("2026Q3"), QStringLiteral("2026年第三季度"));
    auto other = panel.savePdf(scratch.path(QStringLiteral("q3.pdf")));
    QF_REQUIRE_OK(other);
    CHECK_FALSE(other->reprint);
    CHECK(other->docNo != *next);
}

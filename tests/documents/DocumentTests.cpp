// The printed documents as an office hands them out and files them: rendered to PDF in the
// common layout (DocumentPdf), then read back with poppler (pdftotext, pdffonts, pdfinfo)
// the way a person reads the sheet. Set QF_DOCUMENT_PDF_DIR to keep the PDFs (for pdftoppm).
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

namespace {





QHash<QString, QString> office()
{
    return { { QStringLiteral("office_name"), QStringLiteral("清风市纪委监委信访室") },
             { QStringLiteral("office_phone"), QStringLiteral("12388") },
             { QStringLiteral("date"), DocumentPdf::documentDate(QDate(2026, 12, 2)) },
             { QStringLiteral("doc_no"), DocumentNumbers::format(QStringLiteral("清纪信告"), 2026, QStringLiteral("K7Q"), 15) },
             { QStringLiteral("reg_no"), QStringLiteral("2026-K7Q-000123") } };
}

Rendered renderTemplate(const Scratch& scratch, const QString& name, QHash<QString, QString> values,
                        DocumentPdf::Paper paper = DocumentPdf::Paper::A4, const QString& fileName = {})
{
    const QHash<QString, QString> common = office();
    for (auto it = common.begin(); it != common.end(); ++it)
        if (!values.contains(it.key()))
            values.insert(it.key(), it.value());
    auto html = PrintTemplates().render(name, values);
    QF_REQUIRE_OK(html);
    return render(scratch, fileName.isEmpty() ? name : fileName, *html, paper);
}


void requireLetterParts(const Rendered& r, const QString& title, const QString& addressee)
{
    const QString t = squeezed(r.text);
    CHECK(t.contains(title));
    CHECK(t.contains(QStringLiteral("清风市纪委监委信访室")));
    CHECK(t.contains(QStringLiteral("清纪信告〔2026〕K7Q-15号")));
    CHECK(t.contains(QStringLiteral("2026年12月2日")));
    CHECK(t.contains(QStringLiteral("（盖章）")));
    if (!addressee.isEmpty())
        CHECK(t.contains(addressee));
    // No office address is set: no label with nothing after it.
    CHECK_FALSE(t.contains(QStringLiteral("地址：")));
    // One page: no page number.
    CHECK(r.pages == 1);
    CHECK_FALSE(t.contains(QStringLiteral("—1—")));
}

} // namespace

TEST_CASE("the document date follows GB/T 9704-2012: Arabic digits, no leading zeros")
{
    CHECK(DocumentPdf::documentDate(QDate(2026, 12, 2)) == QStringLiteral("2026年12月2日"));
    CHECK(DocumentPdf::documentDate(QDate(2027, 1, 9)) == QStringLiteral("2027年1月9日"));
    CHECK(DocumentPdf::addressee(QStringLiteral("张三"), true) == QStringLiteral("张三同志："));
    CHECK(DocumentPdf::addressee(QStringLiteral("张三"), false) == QStringLiteral("您好："));
    CHECK(DocumentPdf::addressee(QString(), true) == QStringLiteral("您好："));
}

TEST_CASE("the receipt has the office's stub and the visitor's part on one sheet")
{
    Scratch scratch;
    const Rendered r = renderTemplate(scratch, QStringLiteral("receipt"),
                                      { { QStringLiteral("doc_no"), QString() },
                                        { QStringLiteral("received"), QStringLiteral("来访反映材料") },
                                        { QStringLiteral("followup_code"), QStringLiteral("ABCD EFGH JKMN") },
                                        { QStringLiteral("followup_qr"), QrCode::dataUrl(QStringLiteral("ABCDEFGHJKMN"), 4) } });
    const QString t = squeezed(r.text);
    CHECK(r.pages == 1);
    CHECK(t.contains(QStringLiteral("来访登记回执（存根）")));
    CHECK(t.count(QStringLiteral("2026-K7Q-000123")) >= 2); // on both parts
    CHECK(t.contains(QStringLiteral("沿此线剪开")));
    CHECK(t.indexOf(QStringLiteral("存根")) < t.indexOf(QStringLiteral("沿此线剪开")));
    CHECK(t.indexOf(QStringLiteral("沿此线剪开")) < t.indexOf(QStringLiteral("请妥善保管本回执")));
    CHECK(t.count(QStringLiteral("收到材料")) == 2); // on both parts
    CHECK(t.contains(QStringLiteral("ABCDEFGHJKMN")));
    CHECK(t.contains(QStringLiteral("电话：12388")));
    CHECK(t.contains(QStringLiteral("（盖章）")));
    CHECK_FALSE(t.contains(QStringLiteral("地址：")));
}

TEST_CASE("the receipt prints the office's address when it has one, and no query code before there is one")
{
    Scratch scratch;
    auto html = PrintTemplates().render(QStringLiteral("receipt"),
                                        { { QStringLiteral("office_address"), QStringLiteral("清风市人民路1号") } });
    QF_REQUIRE_OK(html);
    CHECK(html->contains(QStringLiteral("地址：清风市人民路1号")));
    CHECK_FALSE(html->contains(QStringLiteral("查询码")));
}

TEST_CASE("the notice of lawful referral is addressed, numbered, signed and dated")
{
    Scratch scratch;
    const Rendered r = renderTemplate(scratch, QStringLiteral("referral"),
                                      { { QStringLiteral("addressee"), DocumentPdf::addressee(QStringLiteral("张三"), true) },
                                        { QStringLiteral("category"), QStringLiteral("劳动争议") },
                                        { QStringLiteral("matter"), QStringLiteral("拖欠工资") },
                                        { QStringLiteral("body"), QStringLiteral("劳动人事争议仲裁委员会") } });
    requireLetterParts(r, QStringLiteral("依法分类告知单"), QStringLiteral("张三同志："));
}

TEST_CASE("an office that prefers it opens its letters with 您好")
{
    Scratch scratch;
    auto html = PrintTemplates().render(QStringLiteral("referral"),
        { { QStringLiteral("addressee"), DocumentPdf::addressee(QStringLiteral("张三"), false) } });
    QF_REQUIRE_OK(html);
    CHECK(html->contains(QStringLiteral("您好：")));
    CHECK_FALSE(html->contains(QStringLiteral("张三")));
}

TEST_CASE("the feedback letters say what they are: 受理告知书 and 办理结果反馈书")
{
    Scratch scratch;
    const QString addressee = DocumentPdf::addressee(QStringLiteral("李四"), true);
    requireLetterParts(renderTemplate(scratch, QStringLiteral("letter"),
                                      { { QStringLiteral("title"), QStringLiteral("受理告知书") },
                                        { QStringLiteral("addressee"), addressee },
                                        { QStringLiteral("text"), QStringLiteral("您反映的问题本机关已受理。") } },
                                      DocumentPdf::Paper::A4, QStringLiteral("acceptance")),
                       QStringLiteral("受理告知书"), QStringLiteral("李四同志："));
    requireLetterParts(renderTemplate(scratch, QStringLiteral("letter"),
                                      { { QStringLiteral("title"), QStringLiteral("办理结果反馈书") },
                                        { QStringLiteral("addressee"), addressee },
                                        { QStringLiteral("text"), QStringLiteral("您反映的问题已办结。") } },
                                      DocumentPdf::Paper::A4, QStringLiteral("result")),
                       QStringLiteral("办理结果反馈书"), QStringLiteral("李四同志："));
}

TEST_CASE("the evidence request lists what to supply and leaves out a deadline it does not have")
{
    Scratch scratch;
    const Rendered r = renderTemplate(scratch, QStringLiteral("evidence"),
                                      { { QStringLiteral("addressee"), DocumentPdf::addressee(QStringLiteral("王五"), true) },
                                        { QStringLiteral("items"), QStringLiteral("1. 转账记录\n2. 证人联系方式") } });
    requireLetterParts(r, QStringLiteral("补充材料告知书"), QStringLiteral("王五同志："));
    const QString t = squeezed(r.text);
    CHECK(t.contains(QStringLiteral("转账记录")));
    CHECK_FALSE(t.contains(QStringLiteral("前送交")));
}

TEST_CASE("the repeat notice is a document: its text first, then the table")
{
    Scratch scratch;
    const QString table = QStringLiteral("<table border=\"1\" cellpadding=\"4\" width=\"100%\"><tr><th>登记编号</th>"
                                         "<th>重复次数</th></tr><tr><td>2026-K7Q-000123</td><td>3</td></tr></table>");
    const Rendered r = renderTemplate(scratch, QStringLiteral("repeat"),
                                      {
                                        { QStringLiteral("quarter"), QStringLiteral("2026年第四季度") },
                                        { QStringLiteral("summary"), QStringLiteral("本季度共有重复举报3件。") },
                                        { QStringLiteral("table_html"), table } });
    requireLetterParts(r, QStringLiteral("重复举报情况通报"), QStringLiteral("各有关单位："));
    const QString t = squeezed(r.text);
    REQUIRE(t.contains(QStringLiteral("重复次数")));
    CHECK(t.indexOf(QStringLiteral("本季度共有重复举报3件")) < t.indexOf(QStringLiteral("重复次数")));
    CHECK(t.indexOf(QStringLiteral("（盖章）")) < t.indexOf(QStringLiteral("重复次数")));
}

TEST_CASE("the transfer form names the receiving office, the items, the deadline and the 督办 request")
{
    Scratch scratch;
    const Rendered r = renderTemplate(scratch, QStringLiteral("transfer"),
                                      { { QStringLiteral("title"), QStringLiteral("转办单") },
                                        { QStringLiteral("receiver"), QStringLiteral("清风区纪委监委") },
                                        { QStringLiteral("items"), QStringLiteral("2026-K7Q-000123 反映某局长收受礼金") },
                                        { QStringLiteral("deadline"), DocumentPdf::documentDate(QDate(2026, 12, 30)) },
                                        { QStringLiteral("supervise"), QStringLiteral("请按期报送办理结果，本室将跟踪督办。") } });
    requireLetterParts(r, QStringLiteral("转办单"), QStringLiteral("清风区纪委监委："));
    const QString t = squeezed(r.text);
    CHECK(t.contains(QStringLiteral("2026年12月30日前")));
    CHECK(t.contains(QStringLiteral("督办要求")));
}

TEST_CASE("the queue ticket is an 80 mm slip without the device code")
{
    Scratch scratch;
    const Rendered r = renderTemplate(scratch, QStringLiteral("ticket"),
                                      { { QStringLiteral("ticket_no"), QStringLiteral("007") },
                                        { QStringLiteral("arrived_at"), QStringLiteral("2026-12-02 09:15") },
                                        { QStringLiteral("waiting_before"), QStringLiteral("2") } },
                                      DocumentPdf::Paper::Receipt80mm);
    const QString info = run(QStringLiteral("pdfinfo"), { r.path });
    const auto m = QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts")).match(info);
    REQUIRE(m.hasMatch());
    CHECK(std::abs(m.captured(1).toDouble() - 80 / 25.4 * 72) < 2); // 80 mm wide
    CHECK(r.pages == 1);
    const QString t = squeezed(r.text);
    CHECK(t.contains(QStringLiteral("007")));
    CHECK_FALSE(t.contains(QStringLiteral("K7Q")));
    CHECK_FALSE(t.contains(QStringLiteral("地址：")));
}

TEST_CASE("the body is set in an embedded CJK serif, digits included, with no Latin fallback face")
{
    Scratch scratch;
    const Rendered r = renderTemplate(scratch, QStringLiteral("letter"),
                                      { { QStringLiteral("title"), QStringLiteral("受理告知书") },
                                        { QStringLiteral("addressee"), QStringLiteral("张三同志：") },
                                        { QStringLiteral("text"), QStringLiteral("您于2026年12月1日反映的问题0123456789。") } },
                                      DocumentPdf::Paper::A4, QStringLiteral("fonts"));
    const QStringList lines = r.fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(lines.isEmpty());
    bool serif = false;
    for (const QString& line : lines) {
        INFO(line.toStdString());
        const QStringList cols = line.simplified().split(QLatin1Char(' '));
        // name type encoding emb sub uni object ID: every face is embedded ...
        CHECK(line.contains(QStringLiteral(" yes ")));
        // ... and every face is a CJK one: no DejaVu / Liberation picked for the digits.
        CHECK((line.contains(QStringLiteral("CJK")) || line.contains(QStringLiteral("FangSong"))
               || line.contains(QStringLiteral("FZ")) || line.contains(QStringLiteral("SimSun"))));
        if (line.contains(QStringLiteral("Serif")) || line.contains(QStringLiteral("FangSong")))
            serif = true;
    }
    CHECK(serif);
    CHECK(squeezed(r.text).contains(QStringLiteral("2026年12月1日")));
}

TEST_CASE("page numbers appear only on documents of more than one page, '— 1 —' at the foot")
{
    Scratch scratch;
    const Rendered one = render(scratch, QStringLiteral("one-page"),
                                QStringLiteral("<html><body><p class=\"title\">通知</p><p>　　一页。</p></body></html>"));
    CHECK(one.pages == 1);
    CHECK_FALSE(squeezed(one.text).contains(QStringLiteral("—1—")));

    QString body;
    for (int i = 1; i <= 60; ++i)
        body += QStringLiteral("<p>　　第%1段：本段用于检验多页文件的页码。</p>").arg(i);
    const Rendered many = render(scratch, QStringLiteral("multi-page"),
                                 QStringLiteral("<html><body><p class=\"title\">通知</p>%1</body></html>").arg(body));
    REQUIRE(many.pages >= 2);
    const QString t = squeezed(many.text);
    CHECK(t.contains(QStringLiteral("—1—")));
    CHECK(t.contains(QStringLiteral("—%1—").arg(many.pages)));
    CHECK(t.contains(QStringLiteral("第60段")));
}

TEST_CASE("the minutes list only the decided items, the undecided in one line, and no timings")
{
    REQUIRE(Language::install(QStringLiteral("zh_CN")));
    Scratch scratch;
    Meeting m;
    m.id = QStringLiteral("m1");
    m.heldOn = QDate(2026, 12, 2);
    m.place = QStringLiteral("第三会议室");
    m.chairId = QStringLiteral("p1");
    m.participants = { { QStringLiteral("p1"), QStringLiteral("赵主任"), QStringLiteral("registry") },
                       { QStringLiteral("p2"), QStringLiteral("钱科长"), QStringLiteral("trial") } };
    QHash<QString, CaseSlide> slides;
    for (int i = 0; i < 40; ++i) {
        AgendaItem item;
        item.reportId = QStringLiteral("r%1").arg(i);
        item.seconds = 0;
        if (i < 2) {
            item.decision = i == 0 ? MeetingDecision::PreliminaryVerification : MeetingDecision::ClosedNoAction;
            item.reasons = QStringLiteral("理由%1").arg(i);
            item.opinions = QStringLiteral("意见%1").arg(i);
        }
        m.items << item;
        CaseSlide s;
        s.regNo = QStringLiteral("2026-K7Q-%1").arg(100 + i, 6, 10, QLatin1Char('0'));
        slides.insert(item.reportId, s);
    }
    const Rendered r = render(scratch, QStringLiteral("minutes"), MinutesDocument::html(m, slides, {}));
    const QString t = squeezed(r.text);
    CHECK(r.pages <= 2);
    CHECK(t.contains(QStringLiteral("2026-K7Q-000100")));
    CHECK(t.contains(QStringLiteral("2026-K7Q-000101")));
    CHECK_FALSE(t.contains(QStringLiteral("2026-K7Q-000102")));
    CHECK(t.contains(QStringLiteral("理由0")));
    CHECK(t.contains(QStringLiteral("赵主任")));
    CHECK(t.contains(QStringLiteral("第三会议室")));
    CHECK(t.contains(QStringLiteral("2026年12月2日")));
    CHECK(t.contains(QStringLiteral("另有38件未研判，顺延下次")));
    CHECK_FALSE(t.contains(QStringLiteral("0:00")));
    CHECK_FALSE(t.contains(QStringLiteral("用时")));
}

TEST_CASE("文号 are taken in sequence and never repeat across two workstations")
{
    Scratch scratch;
    auto a = openSession(scratch.path(QStringLiteral("a.db")));
    auto b = openSession(scratch.path(QStringLiteral("b.db")));
    REQUIRE(a);
    REQUIRE(b);
    DocumentNumbers na(a->database());
    DocumentNumbers nb(b->database());
    QSet<QString> seen;
    for (int i = 0; i < 5; ++i) {
        auto x = na.next(QStringLiteral("清纪信告"), 2026);
        auto y = nb.next(QStringLiteral("清纪信告"), 2026);
        QF_REQUIRE_OK(x);
        QF_REQUIRE_OK(y);
        CHECK(x->startsWith(QStringLiteral("清纪信告〔2026〕")));
        CHECK(x->endsWith(QStringLiteral("-%1号").arg(i + 1)));
        seen << *x << *y;
    }
    CHECK(seen.size() == 10);
    // An office that does not number its documents gets no 文号.
    auto none = na.next(QString(), 2026);
    QF_REQUIRE_OK(none);
    CHECK(none->isEmpty());
}

TEST_CASE("the printed ticket number leaves out the device tag unless the desk chose a prefix")
{
    CHECK(CheckInWorkspace::printedTicketNo(QStringLiteral("K7Q-001"), QString()) == QStringLiteral("001"));
    CHECK(CheckInWorkspace::printedTicketNo(QStringLiteral("A-012"), QStringLiteral("A")) == QStringLiteral("A-012"));
}

TEST_CASE("the evidence request of the case editor is a signed and dated document")
{
    Scratch scratch;
    Report report;
    report.regNo = QStringLiteral("2026-K7Q-000123");
    EvidenceNotice notice;
    notice.evidenceItems << QStringLiteral("银行流水或发放名单");
    notice.replyBy = QDate(2026, 12, 20);
    const Rendered r = render(scratch, QStringLiteral("evidence-request"),
                              EvidenceRequest::html(report, notice, QDate(2026, 12, 2), QStringLiteral("清风市纪委监委信访室")));
    const QString t = squeezed(r.text);
    CHECK(r.pages == 1);
    CHECK(t.contains(QStringLiteral("补充材料告知书")));
    CHECK(t.contains(QStringLiteral("您好：")));
    CHECK(t.contains(QStringLiteral("银行流水或发放名单")));
    CHECK(t.contains(QStringLiteral("请于2026年12月20日前提交")));
    CHECK(t.contains(QStringLiteral("清风市纪委监委信访室")));
    CHECK(t.contains(QStringLiteral("（盖章）")));
    CHECK(t.indexOf(QStringLiteral("（盖章）")) < t.lastIndexOf(QStringLiteral("2026年12月2日")));
    CHECK_FALSE(t.contains(QStringLiteral("—1—")));
}

TEST_CASE("the case file cover and the letter registration card leave out the rows they have no value for")
{
    Scratch scratch;
    const Rendered cover = renderTemplate(scratch, QStringLiteral("cover"),
                                          { { QStringLiteral("subject"), QStringLiteral("反映某局长收受礼金") },
                                            { QStringLiteral("opened"), DocumentPdf::documentDate(QDate(2026, 12, 2)) },
                                            { QStringLiteral("retention"), QStringLiteral("长期") } });
    QString t = squeezed(cover.text);
    CHECK(cover.pages == 1);
    CHECK(t.contains(QStringLiteral("信访举报卷宗")));
    CHECK(t.contains(QStringLiteral("清风市纪委监委信访室")));
    CHECK(t.contains(QStringLiteral("2026-K7Q-000123")));
    CHECK(t.contains(QStringLiteral("反映某局长收受礼金")));
    CHECK_FALSE(t.contains(QStringLiteral("结案日期")));

    const Rendered card = renderTemplate(scratch, QStringLiteral("letter_card"),
                                         { { QStringLiteral("received"), DocumentPdf::documentDate(QDate(2026, 12, 1)) },
                                           { QStringLiteral("writer"), QStringLiteral("匿名") },
                                           { QStringLiteral("summary"), QStringLiteral("反映某村支书挪用扶贫资金") } });
    t = squeezed(card.text);
    CHECK(card.pages == 1);
    CHECK(t.contains(QStringLiteral("来信登记卡")));
    CHECK(t.contains(QStringLiteral("2026年12月1日")));
    CHECK(t.contains(QStringLiteral("匿名")));
    CHECK_FALSE(t.contains(QStringLiteral("地址")));
    CHECK_FALSE(t.contains(QStringLiteral("电话")));
}

TEST_CASE("a dispatch prints its form: 交办函 to the receiving office with the 督办 request")
{
    test::CaseFixture f;
    test::signInAs(*f.session, QStringLiteral("case_officer"), {}, QStringLiteral("李明"), f.office);
    const QString id = f.addReport();
    f.toDecided(id);
    CaseWork work(*f.session);
    DispatchDialog dialog(work, *f.reports->get(id));
    REQUIRE(dialog.offeredWays().contains(Transition::AssignDown));
    dialog.setWay(Transition::AssignDown);
    auto* supervised = dialog.findChild<QCheckBox*>(QStringLiteral("dispatchSupervised"));
    REQUIRE(supervised);
    supervised->setChecked(true);
    auto* office = dialog.findChild<QComboBox*>(QStringLiteral("dispatchOffice"));
    REQUIRE(office);
    REQUIRE(office->count() > 0);
    auto html = dialog.formHtml(QStringLiteral("清纪信交〔2026〕K7Q-3号"));
    QF_REQUIRE_OK(html);
    Scratch scratch;
    const Rendered r = render(scratch, QStringLiteral("assignment"), *html);
    const QString t = squeezed(r.text);
    CHECK(t.contains(QStringLiteral("交办函")));
    CHECK(t.contains(QStringLiteral("清纪信交〔2026〕K7Q-3号")));
    CHECK(t.contains(squeezed(office->currentText()) + QStringLiteral("：")));
    CHECK(t.contains(f.reports->get(id)->regNo));
    CHECK(t.contains(QStringLiteral("督办要求")));
    CHECK(t.contains(QStringLiteral("（盖章）")));
    CHECK(DispatchDialog::formTitle(Transition::Transfer) == QStringLiteral("转办单"));
    CHECK(DispatchDialog::formTitle(Transition::Forward) == QStringLiteral("移送函"));
}

// ---- Documents issued from the screens: reprints, 文号 kept with the report, the forms of

// The printed documents as an office hands them out and files them: rendered to PDF in the
// common layout (DocumentPdf), then read back with poppler (pdftotext, pdffonts, pdfinfo)
// the way a person reads the sheet. Set QF_DOCUMENT_PDF_DIR to keep the PDFs (for pdftoppm).
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

QString keepFolder()
{
    return qEnvironmentVariable("QF_DOCUMENT_PDF_DIR");
}

QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(30000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

struct Rendered
{
    QString path;
    QString text;  // pdftotext -layout
    QString fonts; // pdffonts
    int pages = 0;
};

Rendered render(const Scratch& scratch, const QString& name, const QString& html,
                DocumentPdf::Paper paper = DocumentPdf::Paper::A4)
{
    Rendered r;
    r.path = keepFolder().isEmpty() ? scratch.path(name + QStringLiteral(".pdf"))
                                    : QDir(keepFolder()).filePath(name + QStringLiteral(".pdf"));
    QF_REQUIRE_OK(DocumentPdf::toPdf(html, r.path, paper));
    r.text = run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), r.path, QStringLiteral("-") });
    r.fonts = run(QStringLiteral("pdffonts"), { r.path });
    const QString info = run(QStringLiteral("pdfinfo"), { r.path });
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    r.pages = m.captured(1).toInt();
    return r;
}

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

// pdftotext -layout pads with spaces; compare without them. Qt's PDF writer maps a glyph
// shared by an ideograph and a radical (日 and ⽇ U+2F47, 风 and ⻛ U+2EDB) to the lower code
// point, the radical, in the text layer (QFontSubset's reverse map; the printed glyph is
// right): read those back as the ideographs they stand for.
QString squeezed(const QString& s)
{
    QString out = s;
    for (QChar& c : out)
        if (c.unicode() >= 0x2F00 && c.unicode() <= 0x2FDF) // Kangxi radicals
            c = QString(c).normalized(QString::NormalizationForm_KC).at(0);
    static const QHash<QChar, QChar> supplement {
        { QChar(0x2EDB), QChar(0x98CE) }, // 风
        { QChar(0x2EC5), QChar(0x89C1) }, // 见
        { QChar(0x2ED4), QChar(0x95E8) }, // 门
        { QChar(0x2EE2), QChar(0x9A6C) }, // 马
        { QChar(0x2EA0), QChar(0x6C11) }, // 民
        { QChar(0x2ECB), QChar(0x8F66) }, // 车
        { QChar(0x2EC9), QChar(0x8D1D) }, // 贝
        { QChar(0x2EDA), QChar(0x9875) }, // 页
        { QChar(0x2ED3), QChar(0x957F) }, // 长
        { QChar(0x2EE5), QChar(0x9C7C) }, // 鱼
        { QChar(0x2EE6), QChar(0x9E1F) }, // 鸟
        { QChar(0x2EC8), QChar(0x8BA0) }, // 讠
    };
    for (QChar& c : out)
        c = supplement.value(c, c);
    out.remove(QRegularExpression(QStringLiteral("[ \\t]")));
    return out;
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
// ---- a report, the dispatch deadline and the minutes' heading.

namespace {

int pageCount(const QString& path)
{
    const QString info = run(QStringLiteral("pdfinfo"), { path });
    return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
}

QString pdfFileText(const QString& path)
{
    return squeezed(run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") }));
}

// Keeps a rendered PDF (and its first page as PNG) where a person looks at them, when asked.
void keep(const QString& pdf, const QString& name)
{
    if (keepFolder().isEmpty())
        return;
    const QString target = QDir(keepFolder()).filePath(name + QStringLiteral(".pdf"));
    QFile::remove(target);
    QFile::copy(pdf, target);
}

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
    VisitorHistory h;
    h.personIds << done.personId;
    h.visits = 1;
    h.entries << HistoryEntry { QDateTime::currentDateTime(), QStringLiteral("visit"), done.regNo, QStringLiteral("accepted"),
                                QStringLiteral("反映某局长违规收受礼金"), false, done.reportId };
    panel.showHistory(h);
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
        VisitorHistory h;
        h.personIds << done.personId;
        h.visits = 1;
        h.entries << HistoryEntry { QDateTime::currentDateTime(), QStringLiteral("visit"), done.regNo, QStringLiteral("accepted"),
                                    QStringLiteral("反映某局长违规收受礼金"), false, done.reportId };
        panel.showHistory(h);
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

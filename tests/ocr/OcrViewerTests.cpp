// The recognised text beside a scanned letter in the case editor (issue 14): shown with the
// pages, unsure characters marked, the page's confidence and the angle corrected; a
// correction becomes the content that search reads, the original recognition stays.
#include "app/ocr/OcrEngine.h"
#include "app/scan/ScannedLetter.h"
#include "models/AttachmentStore.h"
#include "models/ReportSearch.h"
#include "models/ReportStore.h"
#include "models/Session.h"
#include "tests/support/LetterPages.h"
#include "tests/support/TestSupport.h"
#include "ui/Language.h"
#include "ui/cases/AttachmentViewer.h"
#include "ui/cases/CaseEditor.h"
#include "ui/cases/IntakeDialog.h"
#include "ui/cases/OcrTextPanel.h"
#include "ui/scan/DocumentCameraDialog.h"
#include "app/scan/PageFinder.h"
#include "tests/desk/FakeCamera.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace qf;

namespace {

QByteArray ocrFileOf(Session& session, const QString& reportId)
{
    auto files = session.attachments().list(reportId);
    REQUIRE(files.ok());
    for (const auto& f : *files)
        if (f.kind == QLatin1String("ocr")) {
            QFile stored(session.attachments().pathOf(f.sha256));
            REQUIRE(stored.open(QIODevice::ReadOnly));
            return stored.readAll();
        }
    return {};
}

// A visit registered with its typed content: the report the tests attach pages to.
QString registerVisit(Session& session, const QString& content)
{
    Registration r;
    r.draft.channel = QStringLiteral("visit");
    r.draft.content = content;
    auto registered = session.registrar().registerReport(r);
    REQUIRE(registered.ok());
    return registered->id;
}

int rowOf(QListWidget* list, const QString& prefix)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().startsWith(prefix))
            return i;
    return -1;
}

} // namespace

TEST_CASE("The case editor shows a scanned letter's recognised text beside its pages, unsure characters marked",
          "[ocr][gui]")
{
    Language::install(QStringLiteral("zh_CN"));
    test::Scratch dir;
    auto session = test::openSession(dir.path(QStringLiteral("viewer.sqlite")));
    // Two pages: a clean Ming page and a Kai page turned and worn as a scanner gives it.
    const QString first = dir.path(QStringLiteral("p1.png"));
    const QString second = dir.path(QStringLiteral("p2.png"));
    REQUIRE(test::renderLetter(test::letterLines(20, 4), QStringLiteral("AR PL UMing CN")).save(first));
    REQUIRE(test::degrade(test::renderLetter(test::letterLines(24, 4), QStringLiteral("AR PL UKai CN")), 2.0, 18, true, 70, 7)
                .save(second));
    OcrEngine engine;
    auto read = ScannedLetter::read(engine, { first, second }, 200);
    QF_REQUIRE_OK(read);
    auto registered = session->registrar().registerReport(ScannedLetter::registration(*read));
    QF_REQUIRE_OK(registered);
    const QByteArray original = ocrFileOf(*session, registered->id);
    REQUIRE(!original.isEmpty());

    auto editor = std::make_unique<CaseEditor>(*session);
    QF_REQUIRE_OK(editor->load(registered->id));
    editor->resize(1400, 860);
    editor->show();
    auto* list = editor->findChild<QListWidget*>(QStringLiteral("caseEditorAttachments"));
    REQUIRE(list);
    // The recognition is not a file of its own in the list: it is shown with the letter.
    CHECK(list->count() == 1);
    REQUIRE(rowOf(list, QStringLiteral("letter.pdf")) == 0);
    editor->showAttachment(0);
    OcrTextPanel* panel = editor->ocrPanel();
    REQUIRE(panel);
    CHECK(!panel->isHidden());
    CHECK(panel->text() == read->text);
    CHECK(!panel->isCorrected());
    // The worn page gives unsure characters, each one marked for the clerk to check.
    int unsure = 0;
    for (const OcrPage& p : read->pages)
        for (const OcrLine& l : p.lines)
            for (int i = 0; i < l.text.size(); ++i)
                unsure += l.confidence.value(i) < OcrTextPanel::kLowConfidence && !l.text.at(i).isSpace();
    CHECK(panel->markedCount() == unsure);
    // The page turned in the viewer is the page the text shows, with what was done to it.
    QTest::keyClick(editor->viewer(), Qt::Key_PageDown);
    REQUIRE(editor->viewer()->currentPage() == 1);
    auto* text = panel->findChild<QPlainTextEdit*>(QStringLiteral("ocrText"));
    REQUIRE(text);
    CHECK(text->textCursor().position() == read->pages.at(0).text().size() + 1);
    QStringList labels;
    for (const QLabel* l : panel->findChildren<QLabel*>())
        labels << l->text();
    CHECK(labels.join(QLatin1Char('\n')).contains(OcrTextPanel::tr("Page %1: confidence %2 %").arg(2).arg(
        std::lround(read->pages.at(1).meanConfidence))));
    if (std::abs(read->pages.at(1).skewDegrees) >= 0.05)
        CHECK(labels.join(QLatin1Char('\n')).contains(QStringLiteral("°")));
    if (const QString shots = test::screenshotDir(QStringLiteral("scan")); !shots.isEmpty()) {
        editor->findChild<QTabWidget*>()->setCurrentIndex(2);
        QApplication::processEvents();
        editor->grab().save(shots + QStringLiteral("/viewer-recognised-text.png"));
    }

    // The clerk corrects a word and uses the correction: it is the content search reads.
    QString corrected = panel->text();
    const QString wrong = corrected.mid(corrected.indexOf(QLatin1Char('\n')) + 3, 4);
    corrected.replace(wrong, QStringLiteral("清风核对"));
    text->setPlainText(corrected);
    QPushButton* use = nullptr;
    for (QPushButton* b : panel->findChildren<QPushButton*>())
        use = b;
    REQUIRE(use);
    CHECK(use->isEnabled());
    use->click();
    auto after = session->reports().get(registered->id);
    QF_REQUIRE_OK(after);
    CHECK(after->content == corrected);
    CHECK(test::searchIds(*session, QStringLiteral("清风核对")) == QStringList{ registered->id });
    // The recognition as it came out is kept, byte for byte.
    CHECK(ocrFileOf(*session, registered->id) == original);
    // Opened again, the text is the correction, said so, with no marks left on it.
    editor = std::make_unique<CaseEditor>(*session);
    QF_REQUIRE_OK(editor->load(registered->id));
    editor->showAttachment(0);
    CHECK(editor->ocrPanel()->text() == corrected);
    CHECK(editor->ocrPanel()->isCorrected());
    CHECK(editor->ocrPanel()->markedCount() == 0);
}

TEST_CASE("A file attached by hand shows no recognised-text panel", "[ocr][gui]")
{
    test::Scratch dir;
    auto session = test::openSession(dir.path(QStringLiteral("plain.sqlite")));
    Registration r;
    r.draft.channel = QStringLiteral("visit");
    r.draft.content = QStringLiteral("来访反映村务公开问题");
    const QString photo = dir.path(QStringLiteral("photo.png"));
    REQUIRE(test::renderLetter(test::letterLines(0, 2), QStringLiteral("AR PL UMing CN")).save(photo));
    r.files << RegistrationFile{ photo, {}, {}, QStringLiteral("scan") };
    auto registered = session->registrar().registerReport(r);
    QF_REQUIRE_OK(registered);
    CaseEditor editor(*session);
    QF_REQUIRE_OK(editor.load(registered->id));
    editor.show();
    editor.showAttachment(0);
    CHECK(editor.viewer()->showsImage());
    CHECK(editor.ocrPanel()->isHidden());
}

namespace {

// No camera on this desk: the dialog must say so.
class NoCamera : public Camera
{
public:
    bool isAvailable() const override { return false; }
    QString description() const override { return QString(); }
    void start() override { }
    void stop() override { }
    bool isActive() const override { return false; }
    void capture() override { Q_EMIT error(QStringLiteral("none")); }
};

// A letter lying on a dark desk under an 8-megapixel document camera, seen a little from the side.
QImage deskFrame(const QImage& page, QPolygonF* where)
{
    QImage frame(3264, 2448, QImage::Format_RGB32);
    frame.fill(QColor(0x3a, 0x33, 0x2c));
    const QPolygonF corners({ QPointF(900, 160), QPointF(2400, 200), QPointF(2440, 2300), QPointF(860, 2270) });
    const QPolygonF flat({ QPointF(0, 0), QPointF(page.width(), 0), QPointF(page.width(), page.height()),
                           QPointF(0, page.height()) });
    QTransform map;
    REQUIRE(QTransform::quadToQuad(flat, corners, map));
    QPainter p(&frame);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.setTransform(map);
    p.drawImage(0, 0, page);
    p.end();
    *where = corners;
    return frame;
}

// The letter's lines at the top of a whole A4 sheet (200 dpi).
QImage a4Letter(const QStringList& lines)
{
    QImage sheet(1654, 2339, QImage::Format_RGB32);
    sheet.fill(Qt::white);
    QPainter p(&sheet);
    p.drawImage(0, 120, test::renderLetter(lines, QStringLiteral("AR PL UMing CN"), 200, 14));
    p.end();
    return sheet;
}

} // namespace

TEST_CASE("The document camera cuts the page out of the desk, squares it and attaches it read", "[ocr][gui]")
{
    Language::install(QStringLiteral("zh_CN"));
    test::Scratch dir;
    auto session = test::openSession(dir.path(QStringLiteral("camera.sqlite")));
    const QString typed = QStringLiteral("来访人反映问题，并带来书面材料一份。");
    const QString reportId = registerVisit(*session, typed);
    const QStringList lines = test::letterLines(30, 6);
    const QImage page = a4Letter(lines);
    QPolygonF where;
    test::FakeCamera camera(deskFrame(page, &where));
    DocumentCameraDialog dialog(&camera);
    dialog.show();
    CHECK(camera.isActive());
    if (const QString shots = test::screenshotDir(QStringLiteral("scan")); !shots.isEmpty())
        dialog.grab().save(shots + QStringLiteral("/document-camera.png"));
    QTest::keyClick(&dialog, Qt::Key_Space);
    REQUIRE(dialog.pages().size() == 1);
    CHECK(camera.captures == 1);
    // The page found where it lies, cut out and squared: the desk is gone, the shape is the page's.
    const auto corners = PageFinder::find(deskFrame(page, &where));
    REQUIRE(corners.has_value());
    for (int i = 0; i < 4; ++i)
        CHECK(QLineF(corners->at(i), where.at(i)).length() < 25);
    const QImage taken = dialog.pages().first();
    CHECK(std::abs(double(taken.width()) / taken.height() - double(page.width()) / page.height()) < 0.05);
    // Taken as an A4 sheet: its resolution follows from its size, for the OCR.
    CHECK(std::abs(taken.dotsPerMeterY() * 0.297 - taken.height()) < taken.height() * 0.02);
    CHECK(QColor(taken.pixel(3, 3)).lightness() > 200);
    CHECK(QColor(taken.pixel(taken.width() - 4, taken.height() - 4)).lightness() > 200);

    CaseEditor editor(*session);
    QF_REQUIRE_OK(editor.load(reportId));
    editor.resize(1400, 860);
    editor.show();
    QSignalSpy attached(&editor, &CaseEditor::attachmentsChanged);
    editor.attachPages(dialog.pages());
    REQUIRE(attached.wait(120000));
    auto* list = editor.findChild<QListWidget*>(QStringLiteral("caseEditorAttachments"));
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().startsWith(QStringLiteral("camera-")));
    OcrTextPanel* panel = editor.ocrPanel();
    CHECK(!panel->isHidden());
    // The pages' own text, read after straightening; the typed content stays as it was.
    CHECK(test::charAccuracy(lines.join(QString()), QString(panel->text()).remove(QLatin1Char('\n'))) > 0.9);
    auto before = session->reports().get(reportId);
    CHECK(before->content == typed);
    // Added to the content, the pages' text is what search finds.
    QPushButton* add = nullptr;
    for (QPushButton* b : panel->findChildren<QPushButton*>())
        add = b;
    REQUIRE(add);
    REQUIRE(add->isEnabled());
    const QString recognised = panel->text();
    add->click();
    auto after = session->reports().get(reportId);
    QF_REQUIRE_OK(after);
    CHECK(after->content.startsWith(typed));
    CHECK(after->content.contains(recognised));
    const QString word = recognised.mid(recognised.size() / 2, 4);
    CHECK(test::searchIds(*session, word).contains(reportId));
}

TEST_CASE("Without a camera the document camera window says so plainly and takes nothing", "[ocr][gui]")
{
    Language::install(QStringLiteral("zh_CN"));
    NoCamera none;
    DocumentCameraDialog dialog(&none);
    QStringList labels;
    for (const QLabel* l : dialog.findChildren<QLabel*>())
        labels << l->text();
    CHECK(labels.contains(DocumentCameraDialog::tr("No camera found. Connect the document camera and open this window again.")));
    QTest::keyClick(&dialog, Qt::Key_Space);
    CHECK(dialog.pages().isEmpty());
}

TEST_CASE("Pages taken with the document camera at intake are registered read, with their text as the content",
          "[ocr][gui]")
{
    Language::install(QStringLiteral("zh_CN"));
    test::Scratch dir;
    auto session = test::openSession(dir.path(QStringLiteral("intake.sqlite")));
    const QStringList lines = test::letterLines(40, 6);
    QPolygonF where;
    test::FakeCamera camera(deskFrame(a4Letter(lines), &where));
    DocumentCameraDialog shoot(&camera);
    shoot.capture();
    REQUIRE(shoot.pages().size() == 1);
    IntakeDialog intake(*session);
    intake.setChannel(QStringLiteral("letter"));
    QSignalSpy added(&intake, &IntakeDialog::cameraPagesAdded);
    intake.addCameraPages(shoot.pages());
    REQUIRE(added.wait(120000));
    REQUIRE(intake.files().size() == 1);
    CHECK(intake.files().first().endsWith(QStringLiteral(".pdf")));
    // Nothing typed yet: the recognised text is there to check, and it is the letter's.
    CHECK(test::charAccuracy(lines.join(QString()), intake.draft().content.remove(QLatin1Char('\n'))) > 0.9);
    auto registered = intake.registerReport();
    QF_REQUIRE_OK(registered);
    auto files = session->attachments().list(registered->id);
    QF_REQUIRE_OK(files);
    QStringList kinds;
    for (const auto& f : *files)
        kinds << f.kind;
    kinds.sort();
    CHECK(kinds == (QStringList{ QStringLiteral("ocr"), QStringLiteral("scan") }));
    CHECK(test::searchIds(*session, test::wordOf(lines.at(2))).contains(registered->id));
}

TEST_CASE("A scan attached by hand in the case editor is read in the background, its text beside it", "[ocr][gui]")
{
    Language::install(QStringLiteral("zh_CN"));
    test::Scratch dir;
    auto session = test::openSession(dir.path(QStringLiteral("byhand.sqlite")));
    const QString typed = QStringLiteral("来访反映问题，随后补交书面材料。");
    const QString reportId = registerVisit(*session, typed);
    const QStringList lines = test::letterLines(50, 5);
    const QString scan = dir.path(QStringLiteral("补交材料.png"));
    REQUIRE(test::renderLetter(lines, QStringLiteral("AR PL UKai CN")).save(scan));
    CaseEditor editor(*session);
    QF_REQUIRE_OK(editor.load(reportId));
    editor.show();
    QSignalSpy read(&editor, &CaseEditor::attachmentsChanged);
    QF_REQUIRE_OK(editor.attachFiles({ scan }));
    REQUIRE(read.wait(120000));
    auto* list = editor.findChild<QListWidget*>(QStringLiteral("caseEditorAttachments"));
    REQUIRE(list->count() == 1); // the recognition goes with the file, not beside it in the list
    editor.showAttachment(0);
    CHECK(!editor.ocrPanel()->isHidden());
    CHECK(!editor.ocrPanel()->isCorrected());
    CHECK(test::charAccuracy(lines.join(QString()), QString(editor.ocrPanel()->text()).remove(QLatin1Char('\n'))) > 0.9);
    // The typed content is not touched until the clerk adds the text.
    CHECK(session->reports().get(reportId)->content == typed);
}

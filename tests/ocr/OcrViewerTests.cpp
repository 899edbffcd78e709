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
#include "ui/cases/OcrTextPanel.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace qf;

namespace {

QStringList search(Session& session, const QString& text)
{
    auto hits = ReportSearch(session.database().connection()).search(text, 100);
    REQUIRE(hits.ok());
    QStringList ids;
    for (const auto& h : *hits)
        ids << h.id;
    return ids;
}

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
    CHECK(search(*session, QStringLiteral("清风核对")) == QStringList{ registered->id });
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

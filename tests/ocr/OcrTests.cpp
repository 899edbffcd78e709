// OCR of scanned letters (issue 14). The pages are rendered here with known text in two
// Chinese faces and degraded as a scanner would; the engine is the real Tesseract.
#include "app/ocr/OcrEngine.h"
#include "app/scan/ScanPdf.h"
#include "app/scan/ScannedLetter.h"
#include "models/AttachmentStore.h"
#include "models/ReportSearch.h"
#include "models/ReportStore.h"
#include "models/Session.h"
#include "tests/support/LetterPages.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>

using namespace qf;

namespace {

const QString kMing = QStringLiteral("AR PL UMing CN");
const QString kKai = QStringLiteral("AR PL UKai CN");

QString pageFile(test::Scratch& dir, const QString& name, const QImage& image)
{
    const QString file = dir.path(name);
    REQUIRE(image.save(file));
    return file;
}

} // namespace

TEST_CASE("A rendered Ming page is read with its text and a confidence per character")
{
    const QStringList lines = test::letterLines(0, 4);
    OcrEngine engine;
    auto page = engine.read(test::renderLetter(lines, kMing));
    QF_REQUIRE_OK(page);
    INFO(page->text().toStdString());
    CHECK(test::charAccuracy(lines.join(QString()), page->text()) >= 0.95);
    REQUIRE(page->lines.size() == 4);
    for (const OcrLine& l : page->lines)
        CHECK(l.confidence.size() == l.text.size());
    CHECK(page->meanConfidence > 80);
    CHECK(!page->text().contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}] [\\x{4e00}-\\x{9fff}]"))));
}

TEST_CASE("A Kai page turned 2 degrees is deskewed before it is read")
{
    const QStringList lines = test::letterLines(8, 4);
    const QImage scanned = test::degrade(test::renderLetter(lines, kKai), 2.0, 12, true, 80, 7);
    OcrEngine engine;
    auto straight = engine.read(scanned);
    QF_REQUIRE_OK(straight);
    INFO(straight->text().toStdString());
    CHECK(std::abs(std::abs(straight->skewDegrees) - 2.0) < 0.5);
    CHECK(test::charAccuracy(lines.join(QString()), straight->text()) >= 0.9);
}

TEST_CASE("A worn page turned 2.5 degrees reads better deskewed, and a straight page is left as it is")
{
    // A few lines on a noisy page give Leptonica's skew search a weak peak: the page must be
    // turned all the same (its own deskew left such pages as they were).
    const QStringList lines = test::letterLines(20, 6);
    const QImage worn = test::degrade(test::renderLetter(lines, kMing, 300, 12), -2.5, 16, true, 75, 11);
    OcrEngine engine;
    auto deskewed = engine.read(worn);
    QF_REQUIRE_OK(deskewed);
    OcrEngine::Options asScanned;
    asScanned.deskew = false;
    auto raw = engine.read(worn, asScanned);
    QF_REQUIRE_OK(raw);
    CHECK(std::abs(std::abs(deskewed->skewDegrees) - 2.5) < 0.4);
    CHECK(test::charAccuracy(lines.join(QString()), deskewed->text()) > test::charAccuracy(lines.join(QString()), raw->text()));
    CHECK(test::charAccuracy(lines.join(QString()), deskewed->text()) >= 0.93);
    auto straight = engine.read(test::renderLetter(lines, kMing, 300, 12));
    QF_REQUIRE_OK(straight);
    CHECK(straight->skewDegrees == 0);
}

TEST_CASE("An upside-down page is turned upright before it is read")
{
    const QStringList lines = test::letterLines(13, 5);
    const QImage page = test::renderLetter(lines, kMing).transformed(QTransform().rotate(180));
    OcrEngine engine;
    auto read = engine.read(page);
    QF_REQUIRE_OK(read);
    INFO(read->text().toStdString());
    CHECK(read->rotated == 180);
    CHECK(test::charAccuracy(lines.join(QString()), read->text()) >= 0.9);
}

TEST_CASE("The searchable PDF's text copied out with pdftotext has no spaces between Chinese characters")
{
    test::Scratch dir;
    const QStringList lines = test::letterLines(2, 3);
    OcrEngine engine;
    auto page = engine.read(test::renderLetter(lines, kMing));
    QF_REQUIRE_OK(page);
    const QString pdf = dir.path(QStringLiteral("letter.pdf"));
    QF_REQUIRE_OK(ScanPdf::write(pdf, { { page->image, 200, page->textLines() } }));
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    REQUIRE(p.waitForFinished(30000));
    const QString copied = QString::fromUtf8(p.readAllStandardOutput());
    INFO(copied.toStdString());
    CHECK(!copied.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}] +[\\x{4e00}-\\x{9fff}]"))));
    // The characters are the ideographs themselves (not look-alike Kangxi radicals).
    CHECK(!copied.contains(QRegularExpression(QStringLiteral("[\\x{2f00}-\\x{2fdf}]"))));
    QStringList got = copied.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString& g : got)
        g = g.trimmed();
    got.removeAll(QString());
    got.removeAll(QStringLiteral("\f"));
    CHECK(got == page->text().split(QLatin1Char('\n')));
}

TEST_CASE("Search finds a word that only the scanned letter contains, registered with its PDF and its OCR")
{
    test::Scratch dir;
    auto session = test::openSession(dir.path(QStringLiteral("ocr.sqlite")));
    const QString file = pageFile(dir, QStringLiteral("p1.png"), test::renderLetter(test::letterLines(0, 3), kMing));
    OcrEngine engine;
    auto read = ScannedLetter::read(engine, { file }, 200);
    QF_REQUIRE_OK(read);
    auto registered = session->registrar().registerReport(ScannedLetter::registration(*read));
    QF_REQUIRE_OK(registered);
    CHECK(test::searchIds(*session, QStringLiteral("耕地")) == QStringList{ registered->id });
    CHECK(test::searchIds(*session, QStringLiteral("村民代表大会")) == QStringList{ registered->id });
    auto files = session->attachments().list(registered->id);
    QF_REQUIRE_OK(files);
    QStringList kinds;
    for (const auto& f : *files)
        kinds << f.kind;
    kinds.sort();
    CHECK(kinds == QStringList{ QStringLiteral("ocr"), QStringLiteral("scan") });
}

TEST_CASE("A scanned letter repeating a typed report is proposed as a repeat")
{
    test::Scratch dir;
    auto session = test::openSession(dir.path(QStringLiteral("repeat.sqlite")));
    const QStringList lines = test::letterLines(8, 5);
    Registration typed;
    typed.draft.channel = QStringLiteral("visit");
    typed.draft.content = lines.join(QString());
    auto first = session->registrar().registerReport(typed);
    QF_REQUIRE_OK(first);
    const QString file = pageFile(dir, QStringLiteral("p1.png"),
                                  test::degrade(test::renderLetter(lines, kKai), 1.5, 8, true, 85, 3));
    OcrEngine engine;
    auto read = ScannedLetter::read(engine, { file }, 200);
    QF_REQUIRE_OK(read);
    auto scanned = session->registrar().registerReport(ScannedLetter::registration(*read));
    QF_REQUIRE_OK(scanned);
    QStringList proposed;
    for (const auto& p : scanned->proposals)
        proposed << p.reportId;
    CHECK(proposed.contains(first->id));
}

TEST_CASE("A correction of the recognised text is what search uses, the original OCR is kept")
{
    test::Scratch dir;
    auto session = test::openSession(dir.path(QStringLiteral("correct.sqlite")));
    const QString file = pageFile(dir, QStringLiteral("p1.png"), test::renderLetter(test::letterLines(13, 2), kMing));
    OcrEngine engine;
    auto read = ScannedLetter::read(engine, { file }, 200);
    QF_REQUIRE_OK(read);
    REQUIRE(read->text.contains(QStringLiteral("补课")));
    auto registered = session->registrar().registerReport(ScannedLetter::registration(*read));
    QF_REQUIRE_OK(registered);
    QString corrected = read->text;
    corrected.replace(QStringLiteral("第三中学"), QStringLiteral("第五中学"));
    QF_REQUIRE_OK(session->reports().setField(registered->id, QStringLiteral("content"), corrected));
    CHECK(test::searchIds(*session, QStringLiteral("第五中学")) == QStringList{ registered->id });
    CHECK(test::searchIds(*session, QStringLiteral("第三中学")).isEmpty());
    auto files = session->attachments().list(registered->id);
    QF_REQUIRE_OK(files);
    QString ocrSha;
    for (const auto& f : *files)
        if (f.kind == QLatin1String("ocr"))
            ocrSha = f.sha256;
    REQUIRE(!ocrSha.isEmpty());
    QFile stored(session->attachments().pathOf(ocrSha));
    REQUIRE(stored.open(QIODevice::ReadOnly));
    const QJsonObject original = ScannedLetter::original(stored.readAll());
    CHECK(original.value(QStringLiteral("source")).toString() == QStringLiteral("scan"));
    CHECK(original.value(QStringLiteral("pages")).toArray().at(0).toObject().value(QStringLiteral("text")).toString().contains(
        QStringLiteral("第三中学")));
}

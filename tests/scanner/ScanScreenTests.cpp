// The registry clerk's scan screen (issue 14) against SANE's real `test` backend: a stack
// scanned with the letter-intake profile, each page shown as it arrives, a jam with its
// message and Continue, Stop; the batch screen's corrections and the registration of each
// letter as its own report; the scanner settings with their Test button.
#include "app/devices/scanner/SaneDevice.h"
#include "app/scan/ScanBatch.h"
#include "app/scan/ScannerConfig.h"
#include "app/scan/SeparatorSheet.h"
#include "models/AttachmentStore.h"
#include "models/ReportStore.h"
#include "models/Session.h"
#include "tests/support/LetterPages.h"
#include "tests/support/TestSupport.h"
#include "ui/Language.h"
#include "ui/scan/ScanBatchView.h"
#include "ui/scan/ScanWorkspace.h"
#include "ui/scan/ScannerSettingsDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <functional>

using namespace qf;

namespace {

const ScanSettings::Option kGrid{ 1, QStringLiteral("test-picture"), QStringLiteral("Grid") };

bool waitUntil(const std::function<bool()>& done, int ms = 60000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QTest::qWait(20);
    }
    return true;
}

// This workstation's scanner: SANE's test device, with small pages to keep the runs quick.
void chooseTestScanner(int resolution = 50)
{
    ScannerConfig::Saved saved;
    saved.settings.device = QStringLiteral("test:0");
    saved.settings.source = ScanSource::Feeder;
    saved.settings.resolution = resolution;
    saved.letterSource = ScanSource::Feeder; // the test device has no duplex feeder
    ScannerConfig::save(saved);
}

QStringList labels(const QWidget& w)
{
    QStringList out;
    for (const QLabel* l : w.findChildren<QLabel*>())
        out << l->text();
    return out;
}

QPushButton* button(const QWidget& w, const QString& text)
{
    for (QPushButton* b : w.findChildren<QPushButton*>())
        if (b->text() == text)
            return b;
    return nullptr;
}

} // namespace

TEST_CASE("The scan screen shows each page as it arrives and splits the run into letters", "[scanner][gui]")
{
    Language::install(QStringLiteral("zh_CN")); // what the clerk sees, also in the screenshots
    test::Scratch dir;
    auto session = test::openSession(dir.path(QStringLiteral("scan.sqlite")));
    chooseTestScanner();
    ScanWorkspace screen(*session);
    screen.setDeviceOptions({ kGrid });
    screen.resize(1280, 800);
    screen.show();
    auto* pages = screen.findChild<QListWidget*>();
    REQUIRE(pages);
    QStringList counts; // what the clerk reads beside the progress bar while the run goes
    const QString shots = test::screenshotDir(QStringLiteral("scan"));
    QObject::connect(pages->model(), &QAbstractItemModel::rowsInserted, &screen, [&] {
        for (const QString& l : labels(screen))
            if (l.startsWith(ScanWorkspace::tr("Page %1").arg(pages->count())))
                counts << l;
        if (pages->count() == 3 && !shots.isEmpty())
            screen.grab().save(shots + QStringLiteral("/scan-run.png"));
    });
    QSignalSpy stopped(&screen, &ScanWorkspace::runStopped);
    screen.startScan();
    CHECK(screen.isScanning()); // the UI goes on: the device works on its own thread
    REQUIRE(stopped.wait(60000));
    CHECK(stopped.first().first().value<ScanFault>() == ScanFault::None);
    CHECK(pages->count() == 10);
    CHECK(counts.contains(ScanWorkspace::tr("Page %1").arg(3)));
    CHECK(labels(screen).contains(ScanWorkspace::tr("Done: %n page(s) scanned.", nullptr, 10)));
    // Without separator sheets the whole run is one letter.
    REQUIRE(waitUntil([&] { return screen.batchView()->batch().letters().size() == 1; }));
    CHECK(screen.batchView()->batch().letters().first().pages.size() == 10);
    CHECK(screen.batchView()->unregistered() == 1);
    // Every page stays in a private folder beside the database until its letter is registered.
    const QFileInfo page(screen.batchView()->batch().letters().first().pages.first());
    CHECK(page.absolutePath().startsWith(QFileInfo(dir.path(QStringLiteral("scan-runs"))).absoluteFilePath()));
    CHECK((QFile::permissions(page.absolutePath()) & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
    // Registered, the letter is in the attachments; the run's copies of its pages go.
    QSignalSpy registered(screen.batchView(), &ScanBatchView::registrationFinished);
    screen.batchView()->registerAll();
    REQUIRE(registered.wait(120000));
    CHECK(registered.first().at(0).toInt() == 1);
    CHECK(!QFileInfo::exists(page.absolutePath()));
    CHECK(pages->count() == 0);
}

TEST_CASE("A jam on the scan screen is said plainly, the pages are kept and Continue finishes the stack",
          "[scanner][gui]")
{
    Language::install(QStringLiteral("zh_CN")); // what the clerk sees, also in the screenshots
    test::Scratch dir;
    auto session = test::openSession(dir.path(QStringLiteral("jam.sqlite")));
    chooseTestScanner();
    ScanWorkspace screen(*session);
    screen.setDeviceOptions({ kGrid, { 4, QStringLiteral("read-return-value"), QStringLiteral("SANE_STATUS_JAMMED") } });
    screen.show();
    QSignalSpy stopped(&screen, &ScanWorkspace::runStopped);
    screen.startScan();
    REQUIRE(stopped.wait(60000));
    CHECK(stopped.takeFirst().first().value<ScanFault>() == ScanFault::Jammed);
    CHECK(screen.pagesScanned() == 3);
    const QString jam = SaneDevice::faultMessage(ScanFault::Jammed);
    CHECK(labels(screen).contains(
        ScanWorkspace::tr("%1 The %n page(s) before it are kept; clear it, then Continue.", nullptr, 3).arg(jam)));
    QPushButton* go = button(screen, ScanWorkspace::tr("Co&ntinue"));
    REQUIRE(go);
    CHECK(go->isVisible());
    // The three pages are already on the batch screen: nothing waits for the jam to be cleared.
    REQUIRE(waitUntil([&] { return screen.batchView()->batch().letters().size() == 1; }));
    CHECK(screen.batchView()->batch().letters().first().pages.size() == 3);
    screen.continueScan({ { 1, QStringLiteral("read-return-value"), QStringLiteral("Default") } });
    REQUIRE(stopped.wait(60000));
    CHECK(stopped.takeFirst().first().value<ScanFault>() == ScanFault::None);
    CHECK(screen.pagesScanned() > 3);
    CHECK(!go->isVisible());
    REQUIRE(waitUntil([&] { return screen.batchView()->batch().letters().first().pages.size() == screen.pagesScanned(); }));
}

TEST_CASE("Stop on the scan screen keeps the pages scanned so far", "[scanner][gui]")
{
    Language::install(QStringLiteral("zh_CN")); // what the clerk sees, also in the screenshots
    test::Scratch dir;
    auto session = test::openSession(dir.path(QStringLiteral("stop.sqlite")));
    chooseTestScanner(150);
    ScanWorkspace screen(*session);
    screen.setDeviceOptions({ kGrid });
    screen.show();
    auto* pages = screen.findChild<QListWidget*>();
    QSignalSpy stopped(&screen, &ScanWorkspace::runStopped);
    QObject::connect(pages->model(), &QAbstractItemModel::rowsInserted, &screen, [&] {
        if (pages->count() == 2)
            screen.stopScan();
    });
    screen.startScan();
    REQUIRE(stopped.wait(60000));
    CHECK(stopped.first().first().value<ScanFault>() == ScanFault::Cancelled);
    CHECK(screen.pagesScanned() >= 2);
    CHECK(screen.pagesScanned() < 10);
    REQUIRE(waitUntil([&] { return screen.batchView()->batch().letters().size() == 1; }));
    CHECK(screen.batchView()->batch().letters().first().pages.size() == screen.pagesScanned());
}

TEST_CASE("The batch screen splits at separator sheets, takes the clerk's fixes and registers each letter",
          "[scanner][ocr][gui]")
{
    Language::install(QStringLiteral("zh_CN")); // what the clerk sees, also in the screenshots
    test::Scratch dir;
    auto session = test::openSession(dir.path(QStringLiteral("batch.sqlite")));
    // A stack as the feeder gives it: letter A (two pages), a separator, letter B (one page and
    // its blank back), a separator, letter C (one page).
    const QString batchId = SeparatorSheet::newBatchId();
    QStringList files;
    QHash<QString, QImage> previews;
    const auto add = [&](const QImage& page) {
        const QString file = dir.path(QStringLiteral("page-%1.png").arg(files.size() + 1));
        REQUIRE(page.save(file));
        files << file;
        previews.insert(file, page.scaled(200, 280, Qt::KeepAspectRatio));
    };
    const QString ming = QStringLiteral("AR PL UMing CN");
    add(test::renderLetter(test::letterLines(0, 4), ming));
    add(test::renderLetter(test::letterLines(4, 4), ming));
    add(SeparatorSheet::render(batchId, 1, 150));
    add(test::renderLetter(test::letterLines(8, 4), ming));
    QImage blank(1654, 2339, QImage::Format_Grayscale8);
    blank.fill(Qt::white);
    add(blank);
    add(SeparatorSheet::render(batchId, 2, 150));
    add(test::renderLetter(test::letterLines(12, 4), ming));
    ScanBatchView view(*session);
    view.resize(1000, 700);
    view.show();
    view.setBatch(ScanBatch::fromPages(files), 200, previews);
    auto* tree = view.findChild<QTreeWidget*>();
    REQUIRE(tree);
    REQUIRE(tree->topLevelItemCount() == 3);
    CHECK(tree->topLevelItem(0)->childCount() == 2);
    CHECK(tree->topLevelItem(1)->childCount() == 1); // its blank back dropped
    CHECK(tree->topLevelItem(2)->childCount() == 1);
    // The clerk sees A's second page belongs to B after all, and that B and C are one letter.
    view.select(0, 1);
    view.splitAtSelected();
    REQUIRE(view.batch().letters().size() == 4);
    view.select(1, -1);
    view.mergeSelected();
    view.select(1, -1);
    view.mergeSelected();
    REQUIRE(view.batch().letters().size() == 2);
    CHECK(view.batch().letters()[0].pages == QStringList{ files[0] });
    CHECK(view.batch().letters()[1].pages == (QStringList{ files[1], files[3], files[6] }));
    // A page dropped goes from the letter, not from the run's folder.
    view.select(1, 2);
    view.dropSelected();
    CHECK(view.batch().letters()[1].pages == (QStringList{ files[1], files[3] }));
    CHECK(QFile::exists(files[6]));
    if (const QString shots = test::screenshotDir(QStringLiteral("scan")); !shots.isEmpty())
        view.grab().save(shots + QStringLiteral("/scan-batch.png"));

    QSignalSpy finished(&view, &ScanBatchView::registrationFinished);
    view.registerAll();
    CHECK(view.isRegistering()); // read in the background, the window goes on
    REQUIRE(finished.wait(180000));
    CHECK(finished.first().at(0).toInt() == 2);
    CHECK(finished.first().at(1).toInt() == 0);
    const QStringList ids = view.registeredIds();
    REQUIRE(ids.size() == 2);
    for (const QString& id : ids) {
        auto report = session->reports().get(id);
        QF_REQUIRE_OK(report);
        CHECK(report->channel == QStringLiteral("letter"));
        auto attached = session->attachments().list(id);
        QF_REQUIRE_OK(attached);
        QStringList kinds;
        for (const auto& a : *attached)
            kinds << a.kind;
        kinds.sort();
        CHECK(kinds == (QStringList{ QStringLiteral("ocr"), QStringLiteral("scan") }));
    }
    // Each letter's own text, read from its pages: B holds the lines of pages 2 and 4 only.
    auto a = session->reports().get(ids[0]);
    auto b = session->reports().get(ids[1]);
    CHECK(a->content.contains(test::wordOf(test::letterLines(0, 1).first())));
    CHECK(b->content.contains(test::wordOf(test::letterLines(8, 1).first())));
    CHECK(!b->content.contains(test::wordOf(test::letterLines(12, 1).first())));
    CHECK(view.unregistered() == 0);
    if (const QString shots = test::screenshotDir(QStringLiteral("scan")); !shots.isEmpty())
        view.grab().save(shots + QStringLiteral("/scan-batch-registered.png"));
}

TEST_CASE("The scanner settings list the devices, offer what the chosen one can do and scan a test page",
          "[scanner][gui]")
{
    Language::install(QStringLiteral("zh_CN")); // what the clerk sees, also in the screenshots
    QSettings().remove(QStringLiteral("scanner"));
    ScannerConfig::Saved start;
    start.settings.options = { kGrid };
    ScannerSettingsDialog dialog(start);
    dialog.show();
    QSignalSpy settled(&dialog, &ScannerSettingsDialog::settled);
    REQUIRE(waitUntil([&] { return dialog.isSettled() && settled.count() > 0; }));
    auto boxes = dialog.findChildren<QComboBox*>();
    REQUIRE(boxes.size() == 4);
    QComboBox* device = boxes[0];
    QComboBox* source = boxes[1];
    CHECK(device->findData(QStringLiteral("test:0")) >= 0);
    device->setCurrentIndex(device->findData(QStringLiteral("test:0")));
    REQUIRE(waitUntil([&] { return dialog.isSettled() && source->count() > 0; }));
    // What the device offers, in the clerk's words; letter intake on a device without duplex.
    QStringList sources;
    for (int i = 0; i < source->count(); ++i)
        sources << source->itemText(i);
    CHECK(sources.contains(ScannerConfig::sourceName(ScanSource::Feeder)));
    CHECK(sources.contains(ScannerConfig::sourceName(ScanSource::Flatbed)));
    CHECK(labels(dialog).join(QLatin1Char('\n')).contains(ScannerConfig::letterNote(ScanSource::Feeder)));
    CHECK(dialog.saved().letterSource == ScanSource::Feeder);
    // A new device starts from the letter profile: feeder, grey, 300 dpi.
    CHECK(dialog.saved().settings.source == ScanSource::Feeder);
    CHECK(dialog.saved().settings.mode == ScanMode::Gray);
    CHECK(dialog.saved().settings.resolution == 300);
    QSignalSpy tested(&dialog, &ScannerSettingsDialog::testFinished);
    dialog.testScan();
    REQUIRE(tested.wait(60000));
    CHECK(tested.first().first().toBool());
    CHECK(labels(dialog).join(QLatin1Char('\n')).contains(
        ScannerSettingsDialog::tr("The scanner works: one page of %1 × %2 pixels.").section(QStringLiteral("%1"), 0, 0)));
    if (const QString shots = test::screenshotDir(QStringLiteral("scan")); !shots.isEmpty())
        dialog.grab().save(shots + QStringLiteral("/scanner-settings.png"));
    // Kept for this workstation.
    ScannerConfig::save(dialog.saved());
    CHECK(ScannerConfig::load().settings.device == QStringLiteral("test:0"));
    CHECK(ScannerConfig::load().letterSource == ScanSource::Feeder);
}

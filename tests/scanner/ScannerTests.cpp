// The scanner layer (issue 14) against SANE's real `test` backend, driven through libsane
// as a real scanner would be. Faults are injected by the backend itself: its
// read-return-value option, set through sane_control_option from a given page on.
#include "app/devices/scanner/SaneDevice.h"
#include "app/devices/scanner/ScanJob.h"
#include "app/scan/PageTools.h"
#include "app/scan/ScanBatch.h"
#include "app/scan/SeparatorSheet.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <unistd.h>

using namespace qf;

namespace {

// Small pages keep the tests quick: 50 dpi of the backend's 80 x 100 mm default page.
ScanSettings feeder(QList<ScanSettings::Option> options = {})
{
    ScanSettings s;
    s.device = QStringLiteral("test:0");
    s.source = ScanSource::Feeder;
    s.mode = ScanMode::Gray;
    s.resolution = 50;
    s.options = { { 1, QStringLiteral("test-picture"), QStringLiteral("Grid") } };
    s.options += options;
    return s;
}

ScanSettings::Option fault(int page, const char* status)
{
    return { page, QStringLiteral("read-return-value"), QString::fromLatin1(status) };
}

const ScanSettings::Option kClear{ 1, QStringLiteral("read-return-value"), QStringLiteral("Default") };

QByteArray contents(const QString& file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_CASE("The test backend's scanners are listed, with what each can do read from the device")
{
    auto devices = SaneDevice::list();
    REQUIRE(devices.ok());
    QStringList names;
    for (const auto& d : *devices)
        names << d.name;
    CHECK(names.contains(QStringLiteral("test:0")));
    SaneDevice device;
    REQUIRE(device.open(QStringLiteral("test:0")).ok());
    const ScannerCapabilities caps = device.capabilities();
    CHECK(caps.sources.contains(ScanSource::Flatbed));
    CHECK(caps.sources.contains(ScanSource::Feeder));
    CHECK(caps.sourceNames.contains(QStringLiteral("Automatic Document Feeder")));
    CHECK(caps.modes.contains(ScanMode::Gray));
    CHECK(caps.modes.contains(ScanMode::Color));
    CHECK(caps.resolutionRange);
    CHECK(caps.resolutions == QList<int>{ 1, 1200 });
    // The settings chosen by what the device calls them.
    REQUIRE(device.apply(feeder()).ok());
    CHECK(device.optionValue(QStringLiteral("source")) == QStringLiteral("Automatic Document Feeder"));
    CHECK(device.optionValue(QStringLiteral("mode")) == QStringLiteral("Gray"));
    CHECK(device.optionValue(QStringLiteral("resolution")) == QStringLiteral("50"));
    ScanSettings colour = feeder();
    colour.mode = ScanMode::Color;
    colour.resolution = 5000; // more than the device takes: its maximum
    REQUIRE(device.apply(colour).ok());
    CHECK(device.optionValue(QStringLiteral("mode")) == QStringLiteral("Color"));
    CHECK(device.optionValue(QStringLiteral("resolution")) == QStringLiteral("1200"));
}

TEST_CASE("Feeders are recognised by what their source is called on real devices")
{
    CHECK(SaneDevice::sourceOf(QStringLiteral("ADF")) == ScanSource::Feeder);
    CHECK(SaneDevice::sourceOf(QStringLiteral("ADF Duplex")) == ScanSource::DuplexFeeder);
    CHECK(SaneDevice::sourceOf(QStringLiteral("Automatic Document Feeder(left aligned,Duplex)")) == ScanSource::DuplexFeeder);
    CHECK(SaneDevice::sourceOf(QStringLiteral("ADF Front")) == ScanSource::Feeder);
    CHECK(SaneDevice::sourceOf(QStringLiteral("Flatbed")) == ScanSource::Flatbed);
    CHECK(!SaneDevice::sourceOf(QStringLiteral("Film")).has_value());
}

TEST_CASE("A duplex run on a device without a duplex feeder says so instead of scanning one side")
{
    QTemporaryDir dir;
    ScanSettings s = feeder();
    s.source = ScanSource::DuplexFeeder;
    ScanJob job(s, dir.path());
    CHECK(job.runToEnd() == ScanFault::Other);
    CHECK(job.lastMessage() == SaneDevice::tr("This scanner has no duplex feeder."));
    CHECK(job.pages().isEmpty());
}

TEST_CASE("A feeder run delivers its ten pages one by one, each kept as it arrives, on the scanner's own thread")
{
    QTemporaryDir dir;
    ScanJob job(feeder(), dir.path());
    QSignalSpy pages(&job, &ScanJob::pageScanned);
    CHECK(job.runToEnd() == ScanFault::None);
    REQUIRE(pages.size() == 10);
    CHECK(job.pages().size() == 10);
    for (int i = 0; i < 10; ++i) {
        CHECK(pages[i][0].toInt() == i + 1);
        const QImage page(job.pages()[i]);
        CHECK(page.width() == 157); // 80 mm at 50 dpi
        CHECK(page.isGrayscale());
        CHECK(!PageTools::isBlank(page));
        CHECK(!pages[i][2].value<QImage>().isNull());
    }
    // The test backend refills its feeder once it has said "out of documents": a second
    // stack continues the run, numbered on.
    CHECK(job.runToEnd(true) == ScanFault::None);
    REQUIRE(job.pages().size() == 20);
    CHECK(QFileInfo(job.pages()[10]).fileName() == QStringLiteral("page-0011.png"));
}

TEST_CASE("A paper jam stops the run with the pages before it kept, after clearing it the run goes on")
{
    QTemporaryDir dir;
    ScanJob job(feeder({ fault(4, "SANE_STATUS_JAMMED") }), dir.path());
    CHECK(job.runToEnd() == ScanFault::Jammed);
    CHECK(job.lastMessage() == SaneDevice::faultMessage(ScanFault::Jammed));
    REQUIRE(job.pages().size() == 3);
    const QByteArray first = contents(job.pages()[0]);
    CHECK(!first.isEmpty());
    CHECK(job.runToEnd(true, { kClear }) == ScanFault::None);
    CHECK(job.pages().size() > 3);
    CHECK(contents(job.pages()[0]) == first);
    CHECK(QFileInfo(job.pages()[3]).fileName() == QStringLiteral("page-0004.png"));
}

TEST_CASE("An open cover stops the run with a message saying so, the pages before it are kept")
{
    QTemporaryDir dir;
    ScanJob job(feeder({ fault(3, "SANE_STATUS_COVER_OPEN") }), dir.path());
    CHECK(job.runToEnd() == ScanFault::CoverOpen);
    CHECK(job.lastMessage().contains(SaneDevice::tr("cover")));
    CHECK(job.pages().size() == 2);
    CHECK(job.runToEnd(true, { kClear }) == ScanFault::None);
    CHECK(job.pages().size() > 2);
}

TEST_CASE("An empty feeder at the start is said plainly and nothing is scanned")
{
    QTemporaryDir dir;
    ScanJob job(feeder({ fault(1, "SANE_STATUS_NO_DOCS") }), dir.path());
    CHECK(job.runToEnd() == ScanFault::FeederEmpty);
    CHECK(job.pages().isEmpty());
    CHECK(!job.lastMessage().isEmpty());
}

TEST_CASE("A device that goes away mid-run keeps the pages before, continuing opens it again")
{
    QTemporaryDir dir;
    ScanJob job(feeder({ fault(3, "SANE_STATUS_IO_ERROR") }), dir.path());
    CHECK(job.runToEnd() == ScanFault::DeviceGone);
    CHECK(job.lastMessage() == SaneDevice::faultMessage(ScanFault::DeviceGone));
    CHECK(job.pages().size() == 2);
    // Opened again with the run's settings (the test backend remembers its fault setting: cleared); the pages go on from 3.
    CHECK(job.runToEnd(true, { kClear }) == ScanFault::None);
    REQUIRE(job.pages().size() > 2);
    CHECK(QFileInfo(job.pages()[2]).fileName() == QStringLiteral("page-0003.png"));
}

TEST_CASE("Cancel stops the run and keeps what was scanned")
{
    QTemporaryDir dir;
    // A slow device: each read waits, so there is time to press Cancel.
    ScanJob job(feeder({ { 1, QStringLiteral("read-delay"), QStringLiteral("yes") },
                         { 1, QStringLiteral("read-delay-duration"), QStringLiteral("20000") },
                         { 1, QStringLiteral("read-limit"), QStringLiteral("yes") },
                         { 1, QStringLiteral("read-limit-size"), QStringLiteral("4096") } }),
                dir.path());
    QObject::connect(&job, &ScanJob::pageScanned, &job, [&job](int number) {
        if (number == 2)
            job.cancel();
    });
    CHECK(job.runToEnd() == ScanFault::Cancelled);
    CHECK(job.lastMessage() == SaneDevice::faultMessage(ScanFault::Cancelled));
    CHECK(job.pages().size() >= 2);
    CHECK(job.pages().size() < 10);
    for (const QString& page : job.pages())
        CHECK(!QImage(page).isNull());
}

TEST_CASE("A full disk stops the run with the pages before kept, after freeing space the unsaved page is kept too")
{
    if (::geteuid() != 0) {
        WARN("not run: mounting a small disk needs root");
        return;
    }
    QTemporaryDir dir;
    const auto mount = [&dir](const QString& options) {
        QProcess m;
        m.start(QStringLiteral("mount"), { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), options,
                                           QStringLiteral("tmpfs"), dir.path() });
        return m.waitForFinished(30000) && m.exitCode() == 0;
    };
    REQUIRE(mount(QStringLiteral("size=8k,mode=0700")));
    struct Unmount
    {
        QString path;
        ~Unmount() { QProcess::execute(QStringLiteral("umount"), { path }); }
    } unmount{ dir.path() };
    ScanSettings s = feeder();
    s.resolution = 150;
    s.options = { { 1, QStringLiteral("test-picture"), QStringLiteral("Color pattern") } };
    ScanJob job(s, dir.path());
    CHECK(job.runToEnd() == ScanFault::DiskFull);
    CHECK(job.lastMessage() == SaneDevice::faultMessage(ScanFault::DiskFull));
    const int kept = int(job.pages().size());
    CHECK(kept < 10);
    for (const QString& page : job.pages())
        CHECK(!QImage(page).isNull());
    REQUIRE(mount(QStringLiteral("remount,size=4m")));
    CHECK(job.runToEnd(true) == ScanFault::None);
    CHECK(job.pages().size() == 10);
    CHECK(QFileInfo::exists(QDir(dir.path()).filePath(QStringLiteral("page-%1.png").arg(kept + 1, 4, 10, QLatin1Char('0')))));
}

TEST_CASE("Blank back pages are dropped from the letter")
{
    QTemporaryDir dir;
    // Pages 2 and 4 come out white, as the backs of one-sided letters do.
    ScanJob job(feeder({ { 2, QStringLiteral("test-picture"), QStringLiteral("Solid white") },
                         { 3, QStringLiteral("test-picture"), QStringLiteral("Grid") },
                         { 4, QStringLiteral("test-picture"), QStringLiteral("Solid white") },
                         { 5, QStringLiteral("test-picture"), QStringLiteral("Grid") } }),
                dir.path());
    REQUIRE(job.runToEnd() == ScanFault::None);
    REQUIRE(job.pages().size() == 10);
    const ScanBatch batch = ScanBatch::fromPages(job.pages());
    REQUIRE(batch.letters().size() == 1);
    CHECK(batch.letters()[0].pages.size() == 8);
    CHECK(batch.blankDropped() == QStringList{ job.pages()[1], job.pages()[3] });
    CHECK(!batch.letters()[0].pages.contains(job.pages()[1]));
}

TEST_CASE("A stack is split into letters at the separator sheets, the clerk can merge, split and drop")
{
    QTemporaryDir dir;
    ScanJob job(feeder(), dir.path());
    REQUIRE(job.runToEnd() == ScanFault::None);
    QStringList pages = job.pages();
    REQUIRE(pages.size() == 10);
    // The test backend cannot print a QR code on its paper: separator sheets as a scanner
    // would see them (150 dpi, slightly turned) go between its pages 3|4 and 7|8.
    const QString batchId = SeparatorSheet::newBatchId();
    for (int n : { 2, 1 }) {
        QImage sheet = SeparatorSheet::render(batchId, n, 150);
        sheet = sheet.transformed(QTransform().rotate(1.5), Qt::SmoothTransformation);
        const QString file = dir.filePath(QStringLiteral("sep-%1.png").arg(n));
        REQUIRE(sheet.save(file));
        REQUIRE(SeparatorSheet::detect(QImage(file)).has_value());
        CHECK(SeparatorSheet::detect(QImage(file))->batchId == batchId);
        pages.insert(n == 1 ? 3 : 7, file);
    }
    ScanBatch batch = ScanBatch::fromPages(pages);
    CHECK(batch.separatorsFound() == 2);
    REQUIRE(batch.letters().size() == 3);
    CHECK(batch.letters()[0].pages.size() == 3);
    CHECK(batch.letters()[1].pages.size() == 4);
    CHECK(batch.letters()[2].pages.size() == 3);
    CHECK(batch.letters()[1].firstPage == 5); // the fifth sheet through the feeder
    CHECK(batch.merge(0));
    CHECK(batch.letters().size() == 2);
    CHECK(batch.letters()[0].pages.size() == 7);
    CHECK(batch.splitBefore(0, 2));
    CHECK(batch.letters().size() == 3);
    CHECK(batch.letters()[0].pages.size() == 2);
    CHECK(batch.dropPage(2, 0));
    CHECK(batch.letters()[2].pages.size() == 2);
    // Without separators the whole run is one letter.
    CHECK(ScanBatch::fromPages(job.pages()).letters().size() == 1);
    // A page of the stack is not taken for a separator.
    CHECK(!SeparatorSheet::detect(QImage(job.pages()[0])).has_value());
}

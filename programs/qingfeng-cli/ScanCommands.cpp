// scan, separator: the registry's scanner from the command line (libsane), and the separator
// sheets a stack of letters is split at. Neither needs the database or the keychain.
#include "programs/qingfeng-cli/CliApp.h"

#include "app/devices/scanner/SaneDevice.h"
#include "app/devices/scanner/ScanJob.h"
#include "app/ocr/OcrEngine.h"
#include "app/scan/ScanBatch.h"
#include "app/scan/ScanPdf.h"
#include "app/scan/SeparatorSheet.h"

#include <QDir>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cmath>

namespace qf {

namespace {

QList<ScanPdf::Page> pdfPages(const QStringList& files, int dpi)
{
    QList<ScanPdf::Page> pages;
    for (const QString& f : files) // the spooled PNGs go into the PDF as they are
        pages.append({ {}, dpi, {}, f });
    return pages;
}

int scan(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("Print the scanners SANE finds."));
    const QCommandLineOption device(QStringLiteral("device"), QStringLiteral("The scanner (a name from --list)."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption source(QStringLiteral("source"), QStringLiteral("flatbed, adf or duplex (default adf)."),
                                    QStringLiteral("SOURCE"), QStringLiteral("adf"));
    const QCommandLineOption resolution(QStringLiteral("resolution"), QStringLiteral("Dots per inch (default 300)."),
                                        QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption mode(QStringLiteral("mode"), QStringLiteral("gray, color or lineart (default gray)."),
                                  QStringLiteral("MODE"), QStringLiteral("gray"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The PDF to write."), QStringLiteral("FILE.pdf"));
    const QCommandLineOption batch(QStringLiteral("batch"),
                                   QStringLiteral("Split at separator sheets, drop blank pages: one PDF per letter "
                                                  "(FILE-1.pdf, FILE-2.pdf, ...), one line per letter."));
    const QCommandLineOption option(QStringLiteral("option"),
                                    QStringLiteral("Set a device option by name before the first page (repeatable)."),
                                    QStringLiteral("NAME=VALUE"));
    parser.addOptions({ list, device, source, resolution, mode, out, batch, option });
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("scan"), &status))
        return status;
    if (parser.isSet(list)) {
        auto devices = SaneDevice::list();
        if (!devices)
            return ctx.fail(devices.error(), 1);
        if (devices->isEmpty())
            ctx.err << "No scanner found." << Qt::endl;
        for (const ScannerInfo& d : *devices)
            ctx.out << d.name << '\t' << QStringList{ d.vendor, d.model }.join(QLatin1Char(' ')) << '\t' << d.type << '\n';
        return 0;
    }
    if (parser.value(device).isEmpty() || parser.value(out).isEmpty())
        return ctx.fail(QStringLiteral("scan needs --device NAME and --out FILE.pdf (or --list)."));
    ScanSettings settings;
    settings.device = parser.value(device);
    const QString src = parser.value(source);
    if (src == QLatin1String("flatbed"))
        settings.source = ScanSource::Flatbed;
    else if (src == QLatin1String("adf"))
        settings.source = ScanSource::Feeder;
    else if (src == QLatin1String("duplex"))
        settings.source = ScanSource::DuplexFeeder;
    else
        return ctx.fail(QStringLiteral("--source is flatbed, adf or duplex."));
    const QString m = parser.value(mode);
    if (m == QLatin1String("gray") || m == QLatin1String("grey"))
        settings.mode = ScanMode::Gray;
    else if (m == QLatin1String("color") || m == QLatin1String("colour"))
        settings.mode = ScanMode::Color;
    else if (m == QLatin1String("lineart"))
        settings.mode = ScanMode::Lineart;
    else
        return ctx.fail(QStringLiteral("--mode is gray, color or lineart."));
    bool ok = false;
    settings.resolution = parser.value(resolution).toInt(&ok);
    if (!ok || settings.resolution <= 0)
        return ctx.fail(QStringLiteral("--resolution needs a positive number."));
    for (const QString& o : parser.values(option)) {
        const qsizetype eq = o.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return ctx.fail(QStringLiteral("--option needs NAME=VALUE."));
        settings.options.append({ 1, o.left(eq), o.mid(eq + 1) });
    }
    QTemporaryDir spool;
    if (!spool.isValid())
        return ctx.fail(QStringLiteral("No room for the scanned pages: %1").arg(spool.errorString()), 1);
    ScanJob job(settings, spool.path());
    job.setPreviews(false);
    const ScanFault fault = job.runToEnd();
    const QStringList pages = job.pages();
    if (fault != ScanFault::None)
        ctx.err << job.lastMessage() << Qt::endl;
    if (pages.isEmpty())
        return 1;
    // The resolution the device really scanned at (it takes the nearest it offers).
    QImageReader first(pages.first());
    const QImage head = first.read();
    const int dpi = head.dotsPerMeterX() > 0 && head.dotsPerMeterX() != 2835 ? int(head.dotsPerMeterX() * 0.0254 + 0.5)
                                                                             : settings.resolution;
    const QString target = parser.value(out);
    if (!parser.isSet(batch)) {
        if (auto r = ScanPdf::write(target, pdfPages(pages, dpi)); !r)
            return ctx.fail(r.error(), 1);
        ctx.out << pages.size() << " pages\t" << target << Qt::endl;
        return fault == ScanFault::None ? 0 : 1;
    }
    const ScanBatch letters = ScanBatch::fromPages(pages);
    const QFileInfo info(target);
    const QString stem = info.path() + QLatin1Char('/') + info.completeBaseName();
    int n = 0;
    for (const ScanBatch::Letter& letter : letters.letters()) {
        const QString file = QStringLiteral("%1-%2.pdf").arg(stem).arg(++n);
        if (auto r = ScanPdf::write(file, pdfPages(letter.pages, dpi)); !r)
            return ctx.fail(r.error(), 1);
        ctx.out << letter.firstPage << '\t' << letter.pages.size() << '\t' << file << '\n';
    }
    ctx.out.flush();
    return fault == ScanFault::None ? 0 : 1;
}

int separator(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The PDF to write."), QStringLiteral("FILE.pdf"));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("How many sheets (default 10)."),
                                   QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption batchId(QStringLiteral("batch-id"), QStringLiteral("The batch id (default: a new one)."),
                                     QStringLiteral("ID"));
    parser.addOptions({ out, count, batchId });
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("separator"), &status))
        return status;
    if (parser.value(out).isEmpty())
        return ctx.fail(QStringLiteral("separator needs --out FILE.pdf."));
    bool ok = false;
    const int n = parser.value(count).toInt(&ok);
    if (!ok || n <= 0 || n > 500)
        return ctx.fail(QStringLiteral("--count needs a number from 1 to 500."));
    const QString id = parser.value(batchId).isEmpty() ? SeparatorSheet::newBatchId() : parser.value(batchId);
    if (auto r = SeparatorSheet::writePdf(parser.value(out), id, n); !r)
        return ctx.fail(r.error(), 1);
    ctx.out << id << '\t' << n << '\t' << parser.value(out) << Qt::endl;
    return 0;
}

// The pages of an image file, or of a PDF (rendered at 300 dpi by pdftoppm, poppler-utils).
Result<QList<QImage>> loadPages(const QString& file)
{
    QList<QImage> pages;
    if (file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        QTemporaryDir dir;
        QProcess render;
        render.start(QStringLiteral("pdftoppm"), { QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-gray"),
                                                   QStringLiteral("-png"), file, dir.filePath(QStringLiteral("p")) });
        if (!render.waitForFinished(300000) || render.exitCode() != 0)
            return Error{ QStringLiteral("Cannot read the PDF %1 (pdftoppm).").arg(file), ErrorCode::Invalid };
        QStringList names = QDir(dir.path()).entryList({ QStringLiteral("p-*.png") }, QDir::Files, QDir::Name);
        for (const QString& n : names) {
            QImage page(dir.filePath(n));
            page.setDotsPerMeterX(11811);
            page.setDotsPerMeterY(11811);
            pages.append(page);
        }
    } else {
        QImage page(file);
        if (!page.isNull())
            pages.append(page);
    }
    if (pages.isEmpty())
        return Error{ QStringLiteral("Cannot read %1 as an image or PDF.").arg(file), ErrorCode::Invalid };
    return pages;
}

int ocr(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print JSON: per page the text, mean confidence and the angle corrected."));
    const QCommandLineOption noDeskew(QStringLiteral("no-deskew"), QStringLiteral("Read the pages as they are."));
    const QCommandLineOption pdf(QStringLiteral("pdf"), QStringLiteral("Also write a searchable PDF."),
                                 QStringLiteral("FILE.pdf"));
    parser.addOptions({ json, noDeskew, pdf });
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("An image (PNG, JPEG, TIFF) or a PDF."));
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("ocr"), &status))
        return status;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(QStringLiteral("ocr needs one FILE."));
    auto pages = loadPages(parser.positionalArguments().first());
    if (!pages)
        return ctx.fail(pages.error(), 1);
    OcrEngine engine;
    OcrEngine::Options options;
    options.deskew = !parser.isSet(noDeskew);
    QJsonArray out;
    QList<ScanPdf::Page> pdfPages;
    for (int i = 0; i < pages->size(); ++i) {
        auto page = engine.read(pages->at(i), options);
        if (!page)
            return ctx.fail(page.error(), 1);
        if (parser.isSet(json)) {
            out.append(QJsonObject{ { QStringLiteral("page"), i + 1 },
                                    { QStringLiteral("text"), page->text() },
                                    { QStringLiteral("confidence"), std::round(page->meanConfidence * 10) / 10 },
                                    { QStringLiteral("skew_degrees"), std::round(page->skewDegrees * 100) / 100 },
                                    { QStringLiteral("rotated"), page->rotated } });
        } else {
            if (i > 0)
                ctx.out << "\f\n";
            ctx.out << page->text() << '\n';
        }
        const int dpi = page->image.dotsPerMeterX() > 0 ? int(page->image.dotsPerMeterX() * 0.0254 + 0.5) : 300;
        pdfPages.append({ page->image, dpi, page->textLines() });
    }
    if (parser.isSet(json))
        ctx.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)) << '\n';
    ctx.out.flush();
    if (parser.isSet(pdf))
        if (auto r = ScanPdf::write(parser.value(pdf), pdfPages); !r)
            return ctx.fail(r.error(), 1);
    return 0;
}

} // namespace

void registerScanCommands()
{
    CliApp::registerCommand({ QStringLiteral("scan"), QStringLiteral("Scan from a SANE scanner to a PDF (--list, --batch)."), scan });
    CliApp::registerCommand({ QStringLiteral("separator"), QStringLiteral("Print separator sheets for a stack of letters."),
                              separator });
    CliApp::registerCommand({ QStringLiteral("ocr"), QStringLiteral("Print the text of an image or PDF (--json)."), ocr });
}

} // namespace qf

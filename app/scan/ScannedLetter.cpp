#include "app/scan/ScannedLetter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QFile>

namespace qf {

Result<ScannedLetter::Read> ScannedLetter::read(OcrEngine& engine, const QStringList& pageFiles, int dpi,
                                                const Progress& progress)
{
    Read out;
    QList<ScanPdf::Page> pdfPages;
    QJsonArray pages;
    double confSum = 0;
    QStringList texts;
    for (const QString& file : pageFiles) {
        if (progress.cancel && progress.cancel->load())
            return Error{ tr("Reading the letter was stopped."), ErrorCode::Failed };
        QImage image(file);
        if (image.isNull())
            return Error{ tr("The scanned page %1 cannot be read.").arg(file), ErrorCode::Io };
        if (image.dotsPerMeterX() <= 0 || image.dotsPerMeterX() == 2835) { // Qt's 72 dpi default
            image.setDotsPerMeterX(int(dpi / 0.0254 + 0.5));
            image.setDotsPerMeterY(int(dpi / 0.0254 + 0.5));
        }
        auto page = engine.read(image);
        if (!page)
            return page.failure();
        QJsonArray lines;
        for (const OcrLine& l : page->lines) {
            QJsonArray conf;
            for (float c : l.confidence)
                conf.append(int(c + 0.5f));
            lines.append(QJsonObject{ { QStringLiteral("text"), l.text },
                                      { QStringLiteral("box"), QJsonArray{ l.box.x(), l.box.y(), l.box.width(), l.box.height() } },
                                      { QStringLiteral("confidence"), conf } });
        }
        pages.append(QJsonObject{ { QStringLiteral("text"), page->text() },
                                  { QStringLiteral("confidence"), page->meanConfidence },
                                  { QStringLiteral("skew_degrees"), page->skewDegrees },
                                  { QStringLiteral("rotated"), page->rotated },
                                  { QStringLiteral("lines"), lines } });
        confSum += page->meanConfidence;
        texts << page->text();
        const int pageDpi = page->image.dotsPerMeterX() > 0 ? int(page->image.dotsPerMeterX() * 0.0254 + 0.5) : dpi;
        pdfPages.append({ page->image, pageDpi, page->textLines() });
        out.pages.append(*page);
        if (progress.pageDone)
            progress.pageDone(int(out.pages.size()));
    }
    out.text = texts.join(QLatin1Char('\n'));
    out.meanConfidence = pageFiles.isEmpty() ? 0 : confSum / pageFiles.size();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("letter.pdf"));
    if (auto r = ScanPdf::write(pdf, pdfPages, tr("Letter")); !r)
        return r.failure();
    QFile f(pdf);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ tr("The letter's PDF cannot be read back."), ErrorCode::Io };
    out.pdf = f.readAll();
    out.ocr = QJsonDocument(QJsonObject{ { QStringLiteral("source"), QStringLiteral("scan") },
                                         { QStringLiteral("engine"), QStringLiteral("tesseract chi_sim") },
                                         { QStringLiteral("pages"), pages } })
                  .toJson(QJsonDocument::Compact);
    return out;
}

Registration ScannedLetter::registration(const Read& read, const QDateTime& receivedAt)
{
    Registration r;
    r.draft.channel = QStringLiteral("letter");
    if (receivedAt.isValid())
        r.draft.receivedAt = receivedAt;
    r.draft.content = read.text;
    // A handwritten letter or a photograph gives no text, and is still a letter received.
    if (read.text.trimmed().isEmpty())
        r.draft.what = tr("Scanned letter of %n page(s) in which no text was recognised: read the attached pages.",
                          nullptr, int(read.pages.size()));
    r.files.append({ {}, read.pdf, QStringLiteral("letter.pdf"), QStringLiteral("scan") });
    // Marked as the report's content: the case editor then shows a correction of it as the content.
    QJsonObject ocr = original(read.ocr);
    ocr.insert(QStringLiteral("is_content"), true);
    r.files.append({ {}, QJsonDocument(ocr).toJson(QJsonDocument::Compact), QStringLiteral("letter.ocr.json"),
                     QStringLiteral("ocr") });
    return r;
}

QJsonObject ScannedLetter::original(const QByteArray& ocrJson) { return QJsonDocument::fromJson(ocrJson).object(); }

} // namespace qf

#pragma once

#include "app/ocr/OcrEngine.h"
#include "models/ReportRegistrar.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <atomic>
#include <functional>

namespace qf {

// A letter of a scan run made ready to register: each page read (deskew, upright, OCR),
// the pages as ONE searchable PDF attachment (kind "scan"), the recognition as it came out
// of Tesseract kept beside it (kind "ocr": per page text, confidence per character, the
// angle corrected, "source": "scan"), and the recognised text as the report's content, so
// the report's full-text search and the near-duplicate check read it through the one way
// reports are registered (ReportRegistrar). A clerk's correction is an edit of the content
// (ReportStore::setField): search then uses the correction; the "ocr" attachment keeps the
// original.
class ScannedLetter
{
    Q_DECLARE_TR_FUNCTIONS(qf::ScannedLetter)

public:
    struct Read
    {
        QList<OcrPage> pages;
        QByteArray pdf;  // the searchable PDF
        QByteArray ocr;  // the original recognition, JSON
        QString text;    // all pages' text
        double meanConfidence = 0;
    };
    // Reads the page files (one engine: this thread's). `pageDone` is told after each page
    // (1-based); a `cancel` that turns true stops before the next page (an error).
    struct Progress
    {
        std::function<void(int page)> pageDone;
        const std::atomic_bool* cancel = nullptr;
    };
    static Result<Read> read(OcrEngine& engine, const QStringList& pageFiles, int dpi, const Progress& progress);
    static Result<Read> read(OcrEngine& engine, const QStringList& pageFiles, int dpi = 300)
    {
        return read(engine, pageFiles, dpi, Progress{});
    }
    // The registration of a letter that was read.
    static Registration registration(const Read& read, const QDateTime& receivedAt = {});
    // The original recognition back from its JSON.
    static QJsonObject original(const QByteArray& ocrJson);
};

} // namespace qf

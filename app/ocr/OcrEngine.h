#pragma once

#include "app/scan/ScanPdf.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

#include <memory>

namespace qf {

// One recognised line: its text (no spaces between Chinese characters), its box in the
// prepared page's pixels, and the confidence (0..100) of each of its characters.
struct OcrLine
{
    QRect box;
    QString text;
    QList<float> confidence; // one per QChar of text
};

struct OcrPage
{
    QImage image;          // the page as it was read: turned upright and deskewed
    QList<OcrLine> lines;
    double meanConfidence = 0; // 0..100, over the characters
    double skewDegrees = 0;    // the skew corrected
    int rotated = 0;           // degrees turned to make the page upright (0, 90, 180, 270)
    QString text() const;
    QList<TextLine> textLines() const;
};

// Tesseract (simplified Chinese; its model reads digits and Latin letters too) through
// libtesseract, after Leptonica's deskew and Tesseract's orientation detection. One engine
// per thread: it is not thread-safe. The process must have started with OMP_THREAD_LIMIT=1.
class OcrEngine
{
    Q_DECLARE_TR_FUNCTIONS(qf::OcrEngine)

public:
    OcrEngine();
    ~OcrEngine();
    OcrEngine(const OcrEngine&) = delete;
    OcrEngine& operator=(const OcrEngine&) = delete;

    struct Options
    {
        bool deskew = true;
        bool upright = true;
    };
    Result<OcrPage> read(const QImage& page, Options options);
    Result<OcrPage> read(const QImage& page) { return read(page, Options{}); }

    // Removes the spaces Tesseract puts between Chinese characters (and keeps those between
    // Latin words).
    static QString joinCjk(const QString& text);

private:
    struct Engines;
    std::unique_ptr<Engines> m_engines;
};

} // namespace qf

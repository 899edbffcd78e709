#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QRect>
#include <QString>

namespace qf {

// A page's recognised text, one entry per line, in the page image's pixels.
struct TextLine
{
    QRect box;
    QString text;
};

// Scanned pages as one PDF: each page the untouched image at its resolution, losslessly
// (Flate; a grey page stays grey), with, where given, an invisible text layer over it so the
// PDF can be searched and its text copied. The layer is written one run per line with no
// breaks between Chinese characters (the known defect of Tesseract's own PDFs: "反 映 某 镇"),
// in a glyph-less font whose every code maps back to exactly its character (Qt's PDF writer
// gave Kangxi radicals for some ideographs when text was copied out). Written here rather
// than through QPdfWriter, which re-encoded every page (as JPEG, lossy, and slowly).
class ScanPdf
{
    Q_DECLARE_TR_FUNCTIONS(qf::ScanPdf)

public:
    struct Page
    {
        QImage image;
        int dpi = 300;
        QList<TextLine> lines;
        // Instead of `image`: a PNG file (8-bit grey or RGB) whose compressed data goes into
        // the PDF as it is, with PNG's own row filters - a scan run's pages need no decoding.
        QString pngFile;
    };
    static Result<bool> write(const QString& file, const QList<Page>& pages, const QString& title = {});
};

} // namespace qf

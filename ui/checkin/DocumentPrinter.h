#pragma once

#include "ui/checkin/DeskSettings.h"
#include "app/print/DocumentPdf.h"
#include "models/Result.h"

#include <QCoreApplication>

class QWidget;

namespace qf {

// Prints an HTML document through Qt PrintSupport in the common layout (DocumentPdf): a
// preview dialog, straight to the printer, or a PDF file in a folder.
class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(qf::DocumentPrinter)

public:
    // What happened: printed is false when the person closed the preview or the print
    // dialog without printing, so the caller never says "printed" when it was not.
    struct Printout
    {
        bool printed = false;
        QString pdfPath; // for PdfFolder
    };

    // What a document is called for people (the print queue, the preview's title): the
    // template's name ("receipt") is a code.
    static QString title(const QString& documentName);
    static Status toPdf(const QString& html, const QString& path, DocumentPdf::Paper paper = DocumentPdf::Paper::A4);
    static Result<Printout> print(const QString& html, const QString& documentName, DeskSettings::PrintTarget target,
                                  const QString& pdfFolder, QWidget* parent,
                                  DocumentPdf::Paper paper = DocumentPdf::Paper::A4);
};

} // namespace qf

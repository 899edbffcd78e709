#pragma once

#include "ui/checkin/DeskSettings.h"
#include "models/Result.h"

#include <QCoreApplication>

class QWidget;

namespace qf {

// Prints an HTML form through Qt PrintSupport: a preview dialog, straight to the printer,
// or a PDF file in a folder.
class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(qf::DocumentPrinter)

public:
    static Status toPdf(const QString& html, const QString& path);
    // Returns the PDF's path for PdfFolder, else an empty string.
    static Result<QString> print(const QString& html, const QString& documentName, DeskSettings::PrintTarget target,
                                 const QString& pdfFolder, QWidget* parent);
};

} // namespace qf

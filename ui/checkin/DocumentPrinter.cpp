#include "ui/checkin/DocumentPrinter.h"

#include "models/PrivateFiles.h"

#include <QDateTime>
#include <QDir>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace qf {

Status DocumentPrinter::toPdf(const QString& html, const QString& path, DocumentPdf::Paper paper)
{
    return DocumentPdf::toPdf(html, path, paper);
}

Result<DocumentPrinter::Printout> DocumentPrinter::print(const QString& html, const QString& documentName,
                                                         DeskSettings::PrintTarget target, const QString& pdfFolder,
                                                         QWidget* parent, DocumentPdf::Paper paper)
{
    Printout out;
    if (target == DeskSettings::PrintTarget::PdfFolder) {
        if (!PrivateFiles::makeFolder(pdfFolder))
            return Error { tr("The folder %1 could not be created.").arg(pdfFolder) };
        const QString path = QDir(pdfFolder).filePath(
            documentName + QLatin1Char('-') + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"))
            + QStringLiteral(".pdf"));
        if (Status s = toPdf(html, path, paper); !s)
            return Error { s.error() };
        out.printed = true;
        out.pdfPath = path;
        return out;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(documentName);
    if (target == DeskSettings::PrintTarget::Preview) {
        QPrintPreviewDialog dialog(&printer, parent);
        QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                         [&html, paper](QPrinter* p) { DocumentPdf::paint(html, p, paper); });
        // The preview's print button accepts the dialog; closing it prints nothing.
        out.printed = dialog.exec() == QDialog::Accepted;
        return out;
    }
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() == QDialog::Accepted) {
        DocumentPdf::paint(html, &printer, paper);
        out.printed = true;
    }
    return out;
}

} // namespace qf

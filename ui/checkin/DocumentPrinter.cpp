#include "ui/checkin/DocumentPrinter.h"

#include "models/PrivateFiles.h"

#include <QDateTime>
#include <QDir>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace qf {

QString DocumentPrinter::title(const QString& name)
{
    if (name == QLatin1String("ticket"))
        return tr("Queue ticket");
    if (name == QLatin1String("receipt"))
        return tr("Receipt");
    if (name == QLatin1String("referral"))
        return tr("Notice of referral");
    if (name == QLatin1String("evidence"))
        return tr("Request for evidence");
    if (name == QLatin1String("transfer"))
        return tr("Transfer letter");
    if (name == QLatin1String("letter") || name == QLatin1String("letter_card"))
        return tr("Letter");
    if (name == QLatin1String("repeat"))
        return tr("Notice of repeat reports");
    if (name == QLatin1String("cover"))
        return tr("Cover sheet");
    return tr("Document");
}

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
    printer.setDocName(title(documentName));
    if (target == DeskSettings::PrintTarget::Preview) {
        QPrintPreviewDialog dialog(&printer, parent);
        dialog.setWindowTitle(tr("Print preview: %1").arg(title(documentName)));
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

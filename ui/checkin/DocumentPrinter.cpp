#include "ui/checkin/DocumentPrinter.h"

#include "models/PrivateFiles.h"

#include <QDateTime>
#include <QDir>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace qf {

namespace {

void setUp(QPrinter& printer)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
}

} // namespace

Status DocumentPrinter::toPdf(const QString& html, const QString& path)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    // Tickets, notices and receipts name the visitor: the file is this account's only.
    if (Status s = PrivateFiles::prepareFile(path); !s)
        return Error { tr("The PDF file %1 could not be written.").arg(path) };
    QTextDocument doc;
    doc.setHtml(html);
    doc.print(&printer);
    if (!QFileInfo::exists(path))
        return Error { tr("The PDF file %1 could not be written.").arg(path) };
    return {};
}

Result<QString> DocumentPrinter::print(const QString& html, const QString& documentName,
                                       DeskSettings::PrintTarget target, const QString& pdfFolder, QWidget* parent)
{
    if (target == DeskSettings::PrintTarget::PdfFolder) {
        if (!PrivateFiles::makeFolder(pdfFolder))
            return Error { tr("The folder %1 could not be created.").arg(pdfFolder) };
        const QString path = QDir(pdfFolder).filePath(
            documentName + QLatin1Char('-') + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"))
            + QStringLiteral(".pdf"));
        if (Status s = toPdf(html, path); !s)
            return Error { s.error() };
        return path;
    }
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer);
    printer.setDocName(documentName);
    QTextDocument doc;
    doc.setHtml(html);
    if (target == DeskSettings::PrintTarget::Preview) {
        QPrintPreviewDialog dialog(&printer, parent);
        QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                         [&doc](QPrinter* p) { doc.print(p); });
        dialog.exec();
        return QString();
    }
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() == QDialog::Accepted)
        doc.print(&printer);
    return QString();
}

} // namespace qf

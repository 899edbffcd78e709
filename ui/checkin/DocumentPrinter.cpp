#include "ui/checkin/DocumentPrinter.h"

#include "models/AttachmentStore.h"
#include "models/IssuedDocuments.h"
#include "models/PrivateFiles.h"
#include "models/Session.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
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
    if (name == QLatin1String("list"))
        return tr("List");
    if (name == QLatin1String("urging_letter"))
        return tr("Letter urging the handling (督办函)");
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

namespace {

Result<IssuedDocuments::Number> numberOf(Session& session, const DocumentPrinter::Issue& doc)
{
    if (!doc.numbered)
        return IssuedDocuments::Number {};
    return IssuedDocuments(session.writer(), session.attachments()).number(doc.kind, doc.reportId, {}, !doc.newEachTime);
}

} // namespace

Result<DocumentPrinter::Issued> DocumentPrinter::issue(Session& session, const Issue& doc,
                                                       DeskSettings::PrintTarget target, const QString& pdfFolder,
                                                       QWidget* parent)
{
    auto number = numberOf(session, doc);
    if (!number)
        return number.failure();
    auto html = doc.html(number->docNo);
    if (!html)
        return html.failure();
    auto out = print(*html, doc.title, target, pdfFolder, parent, doc.paper);
    if (!out)
        return out.failure();
    Issued done;
    done.printed = out->printed;
    done.docNo = number->docNo;
    done.reprint = number->reprint;
    done.pdfPath = out->pdfPath;
    if (!done.printed)
        return done;
    return record(session, doc, *html, done);
}

Result<DocumentPrinter::Issued> DocumentPrinter::issueToPdf(Session& session, const Issue& doc, const QString& path)
{
    auto number = numberOf(session, doc);
    if (!number)
        return number.failure();
    auto html = doc.html(number->docNo);
    if (!html)
        return html.failure();
    if (Status s = toPdf(*html, path, doc.paper); !s)
        return s.failure();
    Issued done;
    done.printed = true;
    done.docNo = number->docNo;
    done.reprint = number->reprint;
    done.pdfPath = path;
    return record(session, doc, *html, done);
}

Result<DocumentPrinter::Issued> DocumentPrinter::record(Session& session, const Issue& doc, const QString& html,
                                                        Issued done)
{
    if (done.docNo.isEmpty())
        return done; // not a numbered document: nothing to keep
    // The PDF kept with the report is the document as issued: the file saved, or the same
    // HTML laid out as PDF when it went to a printer.
    QByteArray pdf;
    QTemporaryDir scratch;
    QString path = done.pdfPath;
    if (path.isEmpty() && scratch.isValid()) {
        path = scratch.filePath(QStringLiteral("issued.pdf"));
        if (!toPdf(html, path, doc.paper))
            path.clear();
    }
    if (!path.isEmpty()) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            pdf = f.readAll();
    }
    auto kept = IssuedDocuments(session.writer(), session.attachments())
                    .issue(doc.kind, doc.reportId, { done.docNo, done.reprint }, pdf, doc.title);
    if (!kept)
        done.warning = tr("The document was printed, but its number %1 was not recorded: %2").arg(done.docNo, kept.error());
    return done;
}

} // namespace qf

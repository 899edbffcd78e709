#pragma once

#include "ui/checkin/DeskSettings.h"
#include "app/print/DocumentPdf.h"
#include "models/Result.h"

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace qf {

class Session;

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

    // A document the office issues (IssuedDocuments): numbered ones carry the 文号 they were
    // first issued with, or the next of the series; once printed or saved it is recorded with
    // the report (row, PDF, history), and a reprint carries the same 文号 again.
    struct Issue
    {
        QString kind;     // issued_documents.kind: receipt, acceptance_notice, transfer ...
        QString reportId; // the report it belongs to
        QString title;    // what it is (受理告知书 ...): the history line and the file name
        bool numbered = true;
        bool newEachTime = false; // a new document each time (a new dispatch's form): never a reprint
        std::function<Result<QString>(const QString& docNo)> html;
        DocumentPdf::Paper paper = DocumentPdf::Paper::A4;
    };
    struct Issued
    {
        bool printed = false; // false: the preview or print dialog was closed without printing
        QString docNo;        // the 文号 it carries (empty: not numbered)
        bool reprint = false; // it was issued before with this 文号
        QString pdfPath;
        QString warning;      // printed, but something after it failed (said to the person)
    };
    static Result<Issued> issue(Session& session, const Issue& doc, DeskSettings::PrintTarget target,
                                const QString& pdfFolder, QWidget* parent);
    // Saved as a PDF file at `path` (a save dialog's answer): issued like a printout.
    static Result<Issued> issueToPdf(Session& session, const Issue& doc, const QString& path);

private:
    static Result<Issued> record(Session& session, const Issue& doc, const QString& html, Issued done);
};

} // namespace qf

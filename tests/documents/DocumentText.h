#pragma once

#include "app/print/DocumentPdf.h"
#include "tests/support/TestSupport.h"

#include <QString>
#include <QStringList>

// Reading printed documents back (poppler's pdftotext, pdffonts, pdfinfo), shared by the
// documents tests.
namespace qf::test {

// QF_DOCUMENT_PDF_DIR: where the rendered PDFs are kept for a person to look at (empty: nowhere).
QString keepFolder();
// Runs a program and gives its output; fails the test when it fails.
QString run(const QString& program, const QStringList& args);

struct Rendered
{
    QString path;
    QString text;  // pdftotext -layout
    QString fonts; // pdffonts
    int pages = 0;
};
// The HTML laid out as PDF (kept when asked) and read back.
Rendered render(const Scratch& scratch, const QString& name, const QString& html,
                DocumentPdf::Paper paper = DocumentPdf::Paper::A4);

// pdftotext's text without its padding, Kangxi radicals read as the ideographs they stand for.
QString squeezed(const QString& s);
int pageCount(const QString& path);
QString pdfFileText(const QString& path);
// Keeps a rendered PDF under `name` in keepFolder(), when asked.
void keep(const QString& pdf, const QString& name);

} // namespace qf::test

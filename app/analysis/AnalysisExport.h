#pragma once

#include "models/AnalysisReport.h"

#include <QCoreApplication>

#include <optional>

namespace qf {

// Writes an analysis document (models/AnalysisReport) as a Word document laid out as a 公文
// (built from the template in resources/analysis/docx with Qt's XML classes and zipped with
// minizip), as an .xlsx workbook (libxlsxwriter: one sheet per table, numbers as numbers, days as
// dates, a sheet saying how it was made) or as PDF (app/print/DocumentPdf; needs a
// QGuiApplication). The files carry the provenance and the content hash; the .docx and .xlsx
// of the same content are the same bytes.
class AnalysisExport
{
    Q_DECLARE_TR_FUNCTIONS(qf::AnalysisExport)

public:
    enum class Format { Docx, Xlsx, Pdf };
    static std::optional<Format> formatFor(const QString& path);

    static Status write(const AnalysisReport& report, const QString& path);
    static Status writeDocx(const AnalysisReport& report, const QString& path);
    static Status writeXlsx(const AnalysisReport& report, const QString& path);
    static Status writePdf(const AnalysisReport& report, const QString& path);
    // The HTML the PDF is painted from (also the print preview's).
    static QString html(const AnalysisReport& report);
};

} // namespace qf

#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace qf {

// A list as it is exported: its title, what it was filtered by, its columns and rows. Cells
// keep their type: numbers (int, double) are written as numbers, QDate and QDateTime as
// dates an office program can sort and compute with, everything else as text.
struct ExportTable
{
    QString title;
    QStringList filterLines; // written above the table ("状态：已分送")
    QStringList headers;
    QList<QVariantList> rows;
};

class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(qf::TableExport)

public:
    // An .xlsx workbook (libxlsxwriter) with one sheet: the title, the filter, the header row
    // (frozen) and the rows.
    static Status writeXlsx(const ExportTable& table, const QString& path);
    // Rows as text with tabs between the cells and a line feed after each row (the clipboard:
    // pastes into a spreadsheet cell by cell). Tabs and line breaks inside a cell become spaces.
    static QString toTsv(const QStringList& headers, const QList<QVariantList>& rows);
    static QString cellText(const QVariant& value);
    // The list as an HTML table for printing (DocumentPdf::Paper::A4Landscape): the title, the
    // filter and the time written above, the column titles repeated on every page.
    static QString toHtml(const ExportTable& table);
};

} // namespace qf

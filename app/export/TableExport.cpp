#include "app/export/TableExport.h"

#include <QDateTime>
#include <QFile>

#include <xlsxwriter.h>

namespace qf {

namespace {

QByteArray utf8(const QString& s)
{
    return s.toUtf8();
}

bool isNumber(const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

} // namespace

QString TableExport::cellText(const QVariant& v)
{
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (v.typeId() == QMetaType::QDate)
        return v.toDate().toString(QStringLiteral("yyyy-MM-dd"));
    QString t = v.toString();
    t.replace(QLatin1Char('\t'), QLatin1Char(' '));
    t.replace(QLatin1Char('\n'), QLatin1Char(' '));
    t.remove(QLatin1Char('\r'));
    return t;
}

QString TableExport::toTsv(const QStringList& headers, const QList<QVariantList>& rows)
{
    QString out;
    if (!headers.isEmpty())
        out += headers.join(QLatin1Char('\t')) + QLatin1Char('\n');
    for (const QVariantList& r : rows) {
        QStringList cells;
        cells.reserve(r.size());
        for (const QVariant& v : r)
            cells << cellText(v);
        out += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return out;
}

QString TableExport::toHtml(const ExportTable& table)
{
    QString h = QStringLiteral("<html><body><p class=\"title\">%1</p>").arg(table.title.toHtmlEscaped());
    for (const QString& line : table.filterLines)
        h += QStringLiteral("<p style=\"font-size: 10pt;\">%1</p>").arg(line.toHtmlEscaped());
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                        "style=\"font-size: 9pt; border-collapse: collapse; margin-top: 6pt;\"><thead><tr>");
    for (const QString& header : table.headers)
        h += QStringLiteral("<th bgcolor=\"#eeeeee\">%1</th>").arg(header.toHtmlEscaped());
    h += QStringLiteral("</tr></thead><tbody>");
    for (const QVariantList& row : table.rows) {
        h += QStringLiteral("<tr>");
        for (const QVariant& cell : row) {
            const bool number = cell.typeId() == QMetaType::Int || cell.typeId() == QMetaType::LongLong
                || cell.typeId() == QMetaType::Double;
            const QString text = cellText(cell);
            // Numbers, dates and registration numbers are not broken over two lines.
            const bool keep = text.size() <= 24 && !text.contains(QLatin1Char(' '));
            h += QStringLiteral("<td%1%2>%3</td>")
                     .arg(number ? QStringLiteral(" align=\"right\"") : QString(),
                          keep ? QStringLiteral(" style=\"white-space: nowrap;\"") : QString(), text.toHtmlEscaped());
        }
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</tbody></table></body></html>");
    return h;
}

Status TableExport::writeXlsx(const ExportTable& table, const QString& path)
{
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook* book = workbook_new(file.constData());
    if (!book)
        return Error { tr("Cannot write %1.").arg(path), ErrorCode::Io };
    QString sheetTitle = table.title.left(31);
    for (QChar bad : { u'[', u']', u':', u'*', u'?', u'/', u'\\' })
        sheetTitle.replace(bad, QLatin1Char(' '));
    lxw_worksheet* sheet = workbook_add_worksheet(book, utf8(sheetTitle.isEmpty() ? tr("List") : sheetTitle).constData());
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format* titleFormat = workbook_add_format(book);
    format_set_bold(titleFormat);
    format_set_font_size(titleFormat, 14);
    lxw_format* dateTime = workbook_add_format(book);
    format_set_num_format(dateTime, "yyyy-mm-dd hh:mm");
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");

    lxw_row_t row = 0;
    worksheet_write_string(sheet, row++, 0, utf8(table.title).constData(), titleFormat);
    for (const QString& line : table.filterLines)
        worksheet_write_string(sheet, row++, 0, utf8(line).constData(), nullptr);
    const lxw_row_t headerRow = row;
    for (int c = 0; c < table.headers.size(); ++c) {
        worksheet_write_string(sheet, row, lxw_col_t(c), utf8(table.headers.at(c)).constData(), bold);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), c == 0 ? 18 : 16, nullptr);
    }
    ++row;
    for (const QVariantList& r : table.rows) {
        for (int c = 0; c < r.size(); ++c) {
            const QVariant& v = r.at(c);
            if (v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty()))
                continue;
            if (isNumber(v)) {
                worksheet_write_number(sheet, row, lxw_col_t(c), v.toDouble(), nullptr);
            } else if (v.typeId() == QMetaType::QDateTime && v.toDateTime().isValid()) {
                const QDateTime local = v.toDateTime().toLocalTime();
                lxw_datetime dt { local.date().year(), local.date().month(), local.date().day(), local.time().hour(),
                                  local.time().minute(), double(local.time().second()) };
                worksheet_write_datetime(sheet, row, lxw_col_t(c), &dt, dateTime);
            } else if (v.typeId() == QMetaType::QDate && v.toDate().isValid()) {
                const QDate d = v.toDate();
                lxw_datetime dt { d.year(), d.month(), d.day(), 0, 0, 0 };
                worksheet_write_datetime(sheet, row, lxw_col_t(c), &dt, date);
            } else {
                worksheet_write_string(sheet, row, lxw_col_t(c), utf8(cellText(v)).constData(), nullptr);
            }
        }
        ++row;
    }
    worksheet_freeze_panes(sheet, headerRow + 1, 0);
    if (const lxw_error e = workbook_close(book); e != LXW_NO_ERROR)
        return Error { tr("Cannot write %1: the folder may be read-only, the disk full or the file open in another "
                          "program.").arg(path), ErrorCode::Io };
    return {};
}

} // namespace qf

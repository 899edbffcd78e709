#include "app/audit/AuditExport.h"

#include "models/AuditLog.h"
#include "models/Session.h"

#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTimeZone>

#include <xlsxwriter.h>

namespace qf {

namespace {

QByteArray utf8(const QString& s)
{
    return s.toUtf8();
}

} // namespace

std::optional<AuditExport::Format> AuditExport::formatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("xlsx"))
        return Format::Xlsx;
    return std::nullopt;
}

QString AuditExport::userText(const AuditEntry& e)
{
    if (e.userName.isEmpty())
        return e.userId;
    return e.userLogin.isEmpty() ? e.userName : QStringLiteral("%1 (%2)").arg(e.userName, e.userLogin);
}

QString AuditExport::filterText(const AuditFilter& f)
{
    QStringList parts;
    if (!f.user.isEmpty())
        parts << tr("user %1").arg(f.user);
    if (!f.report.isEmpty())
        parts << tr("report %1").arg(f.report);
    if (!f.action.isEmpty())
        parts << tr("kind %1").arg(AuditQuery::actionName(f.action));
    if (f.from.isValid())
        parts << tr("from %1").arg(f.from.toString(Qt::ISODate));
    if (f.to.isValid())
        parts << tr("to %1").arg(f.to.toString(Qt::ISODate));
    return parts.isEmpty() ? tr("all entries") : parts.join(tr(", "));
}

QString AuditExport::chainText(Session& session)
{
    auto altered = session.audit().firstAltered();
    if (!altered)
        return altered.error();
    if (*altered > 0)
        return tr("The chain is broken: entry %1 was altered.").arg(*altered);
    return tr("The chain verifies: %1 entries intact.").arg(session.audit().count());
}

Result<qsizetype> AuditExport::write(Session& session, const AuditFilter& filter, const QString& path)
{
    const auto format = formatFor(path);
    if (!format)
        return Error { tr("'%1' is neither a .pdf nor an .xlsx file.").arg(path), ErrorCode::Invalid };
    AuditQuery query(session);
    auto entries = query.list(filter);
    if (!entries)
        return entries.failure();
    const Status written = *format == Format::Xlsx
        ? writeXlsx(path, *entries)
        : writePdf(path, *entries, filterText(filter), chainText(session));
    if (!written)
        return written.failure();
    if (Status s = query.recordExport(filter, path, entries->size()); !s)
        return s.failure();
    return entries->size();
}

Status AuditExport::writeXlsx(const QString& path, const QList<AuditEntry>& entries)
{
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook* book = workbook_new(file.constData());
    if (!book)
        return Error { tr("Cannot write %1.").arg(path), ErrorCode::Io };
    const QByteArray sheetName = utf8(tr("Audit log"));
    lxw_worksheet* sheet = workbook_add_worksheet(book, sheetName.constData());
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format* when = workbook_add_format(book);
    format_set_num_format(when, "yyyy-mm-dd hh:mm:ss");
    const QStringList headers { tr("No."), tr("Time"), tr("User"), tr("Kind"), tr("Table"), tr("Record"), tr("Detail") };
    const double widths[] = { 8, 20, 22, 22, 16, 40, 50 };
    for (int c = 0; c < headers.size(); ++c) {
        worksheet_write_string(sheet, 0, lxw_col_t(c), utf8(headers.at(c)).constData(), bold);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
    }
    lxw_row_t row = 1;
    for (const AuditEntry& e : entries) {
        worksheet_write_number(sheet, row, 0, double(e.seq), nullptr);
        // Office time, as the viewer shows it.
        const QDateTime local = e.at.toLocalTime();
        lxw_datetime dt { local.date().year(), local.date().month(), local.date().day(), local.time().hour(),
                          local.time().minute(), local.time().second() + local.time().msec() / 1000.0 };
        worksheet_write_datetime(sheet, row, 1, &dt, when);
        const QString texts[] = { userText(e), AuditQuery::actionName(e.action), AuditQuery::tableName(e.targetTable),
                                  e.targetRegNo.isEmpty() ? e.targetId : e.targetRegNo, e.detailText() };
        for (int c = 0; c < 5; ++c)
            worksheet_write_string(sheet, row, lxw_col_t(c + 2), utf8(texts[c]).constData(), nullptr);
        ++row;
    }
    worksheet_freeze_panes(sheet, 1, 0);
    if (const lxw_error e = workbook_close(book); e != LXW_NO_ERROR)
        return Error { tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(e))), ErrorCode::Io };
    return {};
}

Status AuditExport::writePdf(const QString& path, const QList<AuditEntry>& entries, const QString& filterText,
                             const QString& chainText)
{
    QPdfWriter pdf(path);
    pdf.setTitle(tr("Audit log"));
    pdf.setCreator(QStringLiteral("Qingfeng"));
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                  QPageLayout::Millimeter));
    QString html = QStringLiteral("<h2>%1</h2><p>%2<br/>%3<br/>%4</p>")
                       .arg(tr("Audit log").toHtmlEscaped(), tr("Filter: %1").arg(filterText).toHtmlEscaped(),
                            chainText.toHtmlEscaped(),
                            tr("Exported %1, %2 entries")
                                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                .arg(entries.size())
                                .toHtmlEscaped());
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>");
    for (const QString& h : { tr("No."), tr("Time"), tr("User"), tr("Kind"), tr("Record"), tr("Detail") })
        html += QStringLiteral("<th bgcolor='#e8e8e8'>%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const AuditEntry& e : entries) {
        const QString record = e.targetText();
        html += QStringLiteral("<tr><td align='right'>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(e.seq)
                    .arg(e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                         userText(e).toHtmlEscaped(), AuditQuery::actionName(e.action).toHtmlEscaped(),
                         record.toHtmlEscaped(), e.detailText().toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    QTextDocument doc;
    QFont font;
    font.setFamilies({ QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC") });
    font.setPointSizeF(8);
    doc.setDefaultFont(font);
    doc.setHtml(html);
    doc.print(&pdf);
    if (!QFileInfo::exists(path) || QFileInfo(path).size() == 0)
        return Error { tr("Cannot write %1.").arg(path), ErrorCode::Io };
    return {};
}

} // namespace qf

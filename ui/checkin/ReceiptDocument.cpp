#include "ui/checkin/ReceiptDocument.h"

#include "app/print/DocumentPdf.h"
#include "app/print/PrintTemplates.h"
#include "app/print/QrCode.h"
#include "models/Database.h"
#include "models/FollowUpCode.h"
#include "models/Report.h"
#include "models/Session.h"
#include "models/Settings.h"
#include "models/SqlError.h"
#include "models/Writer.h"

#include <QSqlError>
#include <QSqlQuery>

namespace qf {

Result<ReceiptDocument::Facts> ReceiptDocument::facts(Session& session, const QString& reportId)
{
    QSqlQuery q(session.database().connection());
    q.prepare(QStringLiteral(
        "SELECT r.reg_no, r.received_at, v.ticket_no, "
        " (SELECT count(*) FROM report_attachments a WHERE a.report_id = r.id AND a.kind = 'recording' AND a.deleted = 0), "
        " (SELECT count(*) FROM followup_codes f WHERE f.report_id = r.id), v.id, r.status "
        "FROM reports r LEFT JOIN visits v ON v.report_id = r.id AND v.deleted = 0 "
        "WHERE r.id = ? AND r.deleted = 0 ORDER BY v.arrived_at LIMIT 1"));
    q.addBindValue(reportId);
    if (!q.exec())
        return Error { tr("Cannot read the report: %1").arg(SqlError::text(q.lastError())) };
    if (!q.next())
        return Error { tr("There is no such report."), ErrorCode::NotFound };
    if (q.value(5).isNull())
        return Error { tr("Report %1 was not registered at the check-in desk: it has no receipt.").arg(q.value(0).toString()),
                       ErrorCode::Invalid };
    if (q.value(6).toString() == QLatin1String("out_of_scope"))
        return Error { tr("Report %1 was referred elsewhere at the desk: it was given the notice of lawful referral, not a "
                          "receipt.")
                           .arg(q.value(0).toString()),
                       ErrorCode::Invalid };
    Facts f;
    f.reportId = reportId;
    f.regNo = q.value(0).toString();
    f.registeredOn = storedTime(q.value(1)).toLocalTime().date();
    f.ticketNo = q.value(2).toString();
    f.recording = q.value(3).toInt() > 0;
    f.followUpGiven = q.value(4).toInt() > 0;
    return f;
}

Result<QString> ReceiptDocument::html(Session& session, const PrintTemplates& templates, const Facts& facts,
                                      const QString& freshCode, bool reprint)
{
    const Settings office(session.writer());
    const QString statusPage = office.text(Settings::Key::StatusPageUrl);
    QHash<QString, QString> v {
        { QStringLiteral("office_name"), office.text(Settings::Key::OfficeName) },
        { QStringLiteral("office_address"), office.text(Settings::Key::OfficeAddress) },
        { QStringLiteral("office_phone"), office.text(Settings::Key::OfficePhone) },
        { QStringLiteral("reg_no"), facts.regNo },
        { QStringLiteral("date"), DocumentPdf::documentDate(facts.registeredOn) },
        { QStringLiteral("ticket_no"), facts.ticketNo },
        { QStringLiteral("received"),
          facts.recording ? tr("the matter reported in person, with a recording of the conversation")
                          : tr("the matter reported in person") },
    };
    if (!reprint && !freshCode.isEmpty()) {
        v.insert(QStringLiteral("followup_code"), FollowUpCode::grouped(freshCode));
        v.insert(QStringLiteral("followup_qr"), QrCode::dataUrl(FollowUpCode::scanText(statusPage, freshCode), 4));
        v.insert(QStringLiteral("followup_hint"), FollowUpCode::hint(statusPage, office.text(Settings::Key::OfficePhone)));
    } else if (reprint) {
        v.insert(QStringLiteral("reprint_date"), DocumentPdf::documentDate(QDate::currentDate()));
        if (facts.followUpGiven)
            v.insert(QStringLiteral("followup_given"), QStringLiteral("1"));
    }
    return templates.render(QStringLiteral("receipt"), v);
}

Result<DocumentPrinter::Issued> ReceiptDocument::reprint(Session& session, const QString& reportId,
                                                         DeskSettings::PrintTarget target, const QString& pdfFolder,
                                                         QWidget* parent)
{
    auto f = facts(session, reportId);
    if (!f)
        return f.failure();
    const PrintTemplates templates(PrintTemplates::defaultFolder(session.database().path()));
    DocumentPrinter::Issue doc;
    doc.kind = QStringLiteral("receipt");
    doc.reportId = reportId;
    doc.title = tr("receipt-%1").arg(f->regNo);
    doc.numbered = false; // a receipt carries the registration number, not a 文号
    const Facts facts = *f;
    doc.html = [&session, &templates, facts](const QString&) { return html(session, templates, facts, {}, true); };
    return DocumentPrinter::issue(session, doc, target, pdfFolder, parent);
}

} // namespace qf

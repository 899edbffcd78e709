#include "ui/checkin/ReceiptDocument.h"

#include "app/print/DocumentPdf.h"
#include "app/print/PrintTemplates.h"
#include "app/print/QrCode.h"
#include "models/Database.h"
#include "models/FollowUpCode.h"
#include "models/Report.h"
#include "models/Session.h"
#include "models/Settings.h"
#include "models/VisitReceipts.h"
#include "models/Writer.h"


namespace qf {

Result<ReceiptDocument::Facts> ReceiptDocument::facts(Session& session, const QString& reportId)
{
    return VisitReceipts::of(session.database(), reportId);
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

#pragma once

#include "ui/checkin/DocumentPrinter.h"
#include "models/Result.h"
#include "models/VisitReceipts.h"

#include <QCoreApplication>
#include <QDate>

namespace qf {

class PrintTemplates;
class Session;

// 来访登记回执: the receipt of a report registered at the check-in desk, the same document at
// registration and whenever it is printed again (from the visitor's history at the desk, or
// from the report). It carries the stored registration number and date. The follow-up code
// is printed only at registration - it is kept only as a hash - so a reprint says that the
// code was handed out at registration and never shows (or makes up) one.
class ReceiptDocument
{
    Q_DECLARE_TR_FUNCTIONS(qf::ReceiptDocument)

public:
    using Facts = VisitReceipt;
    // What the receipt of a report says; refused for a report not registered at the desk.
    static Result<Facts> facts(Session& session, const QString& reportId);

    // At registration: freshCode is the follow-up code just handed out (if any). A reprint
    // (reprint true) is marked 补打件 with its date and says the code was handed out before.
    static Result<QString> html(Session& session, const PrintTemplates& templates, const Facts& facts,
                                const QString& freshCode, bool reprint);

    // Prints the receipt again; printed is false when the preview was closed.
    static Result<DocumentPrinter::Issued> reprint(Session& session, const QString& reportId,
                                                   DeskSettings::PrintTarget target, const QString& pdfFolder,
                                                   QWidget* parent);
};

} // namespace qf

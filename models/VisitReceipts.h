#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace qf {

class Database;

// What the receipt (来访登记回执) of a report registered at the check-in desk says, read back
// at any time for a reprint: the stored registration number and date, the ticket, whether the
// conversation was recorded and whether a follow-up code was handed out (the code itself is
// kept only as a hash and is never read back).
struct VisitReceipt
{
    QString reportId;
    QString regNo;
    QDate registeredOn;
    QString ticketNo;
    bool recording = false;
    bool followUpGiven = false;
};

class VisitReceipts
{
    Q_DECLARE_TR_FUNCTIONS(qf::VisitReceipts)

public:
    // Refused for a report not registered at the desk, and for a matter referred elsewhere
    // there (it was given the notice of lawful referral, not a receipt).
    static Result<VisitReceipt> of(Database& db, const QString& reportId);
};

} // namespace qf

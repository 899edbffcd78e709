#pragma once

#include "models/FollowUpCode.h"
#include "models/Result.h"
#include "models/Writer.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace qf {

class AuditLog;

// The follow-up codes of the reports (table followup_codes). A code is handed out once -
// on the receipt, read out on the phone - and kept nowhere but as its hash. Owned by the
// Session (session.followUps()); the registrar issues the first code of every report.
class FollowUpCodes
{
    Q_DECLARE_TR_FUNCTIONS(qf::FollowUpCodes)

public:
    FollowUpCodes(Writer& writer, AuditLog& audit);

    // A new code and its hash, computed before any transaction is opened (Argon2id takes
    // some milliseconds); the caller stages the row with the report's.
    struct Prepared
    {
        QString code;
        QString hash;
        Change rowFor(const QString& reportId, const QDateTime& at = {}) const;
    };
    static Result<Prepared> prepare();

    // A reporter who lost the code gets a new one; the old one stops working. Audited.
    Result<QString> reissue(const QString& reportId);

    // The stage of the report a typed code belongs to; nothing (no error) for a code no
    // report has; ErrorCode::Invalid when the code is mistyped (length, check digit).
    Result<std::optional<FollowUpStatus>> status(const QString& typedCode) const;

private:
    Writer& m_writer;
    AuditLog& m_audit;
};

} // namespace qf

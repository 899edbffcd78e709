#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace qf {

class Session;

// Which audit entries to show or export; an empty field does not filter.
struct AuditFilter
{
    QString user;   // a user's login or id
    QString report; // a report's id or registration number: its entries and the identity views of its reporter
    QString action; // the kind of entry (its action code)
    QDate from;     // first day (office's local time), inclusive
    QDate to;       // last day, inclusive

    // For the export's header and its own audit entry: "user=… report=…" (codes, not translated).
    QString describe() const;
};

struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at; // UTC
    QString userId;
    QString userLogin; // empty when the user is not in the directory
    QString userName;
    QString action;
    QString targetTable;
    QString targetId;
    QString targetRegNo; // a report's registration number (target_table reports)
    QString targetName;  // a user's name (target_table accounts, users)
    QString detail;

    // The target for people: its table's name and the registration number or the id.
    QString targetText() const;
    // The detail for people: role codes and states in the detail of account entries named.
    QString detailText() const;
};

// The audit log as administrators and supervisors read it (the audit viewer, qingfeng-cli audit
// list|export): the entries a filter matches, in the chain's order. Every call checks that the
// session's role may read the audit (Capability::ReadAudit); others are refused.
class AuditQuery
{
    Q_DECLARE_TR_FUNCTIONS(qf::AuditQuery)

public:
    explicit AuditQuery(Session& session);

    Status mayRead() const;
    Result<QList<AuditEntry>> list(const AuditFilter& filter) const;
    // The kinds of entry present in the log, sorted.
    Result<QStringList> actions() const;
    // An export of `entries` entries matching `filter` to `file`, kept in the audit log itself.
    Status recordExport(const AuditFilter& filter, const QString& file, qsizetype entries);
    // A reading of the log (the viewer opened, `audit list`), kept in the log as well; where:
    // what read it, for the entry's detail (may be empty).
    Status recordView(const AuditFilter& filter, const QString& where);

    // A kind of entry for people (translated); an unknown code is returned as it is.
    static QString actionName(const QString& action);
    // A table's name for people (translated); an unknown one is returned as it is.
    static QString tableName(const QString& table);
    static inline const QString ExportAction = QStringLiteral("audit.export");
    static inline const QString ViewAction = QStringLiteral("audit.view");

private:
    Session& m_session;
};

} // namespace qf

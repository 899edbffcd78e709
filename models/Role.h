#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QFlags>
#include <QStringList>

#include <span>

namespace qf {

// What a role is entitled to. Every check of a role in the program (screens, stores, the
// sync service, the central store's row-level security) asks for one of these.
enum class Capability : quint32 {
    // Records and receives reporters' and visitors' identities: the sealed identity fields
    // and the office key reach the role's devices (the server's identity policies).
    Identities = 1 << 0,
    // Sees the reporter of a report (case screens, naming the reporter in feedback).
    RevealReporter = 1 << 1,
    // Changes the reporter of a report.
    ChangeReporter = 1 << 2,
    // Sees reports restricted to leaders (about the office's own principal leader) and may
    // clear the principal-leader flag.
    SeeRestricted = 1 << 3,
    // Records the review decision, approves or rejects pending requests (state machine).
    Approve = 1 << 4,
    // Confirms the minutes of a review meeting.
    ConfirmMinutes = 1 << 5,
    // Shows the reporter's identity on the review-meeting screen.
    RevealInMeeting = 1 << 6,
    // Draws the quarter's re-check sample and records its findings.
    Recheck = 1 << 7,
    // Changes the reference tables: categories and the dispatch tables.
    EditReferenceTables = 1 << 8,
    // Changes the check-in desk's scope pre-check rules.
    EditScopeRules = 1 << 9,
    // Reads and exports the audit log (the audit viewer, qingfeng-cli audit list|export).
    ReadAudit = 1 << 10,
    // Imports reports from another system's export.
    Import = 1 << 11,
    // Adds users, gives roles, resets passwords, disables accounts, names custodians.
    Administer = 1 << 12,
    // Urges the handling office of a late report (催办) and prints the 督办函.
    Urge = 1 << 13,
};
Q_DECLARE_FLAGS(Capabilities, Capability)
Q_DECLARE_OPERATORS_FOR_FLAGS(Capabilities)

// One role: the code stored in users.role, its name for people (untranslated source text;
// Role::name translates it) and what it may do.
struct RoleInfo
{
    const char* code;
    const char* name;
    Capabilities may;
};

// The one table of roles. The SQLite CHECK constraint on users.role (revision 1, frozen) and
// the central store's policies (generated from this table) are checked against it by the
// `store` and `sync` tests.
class Role
{
    Q_DECLARE_TR_FUNCTIONS(qf::Role)

public:
    static std::span<const RoleInfo> all();
    static QStringList codes();
    static bool isKnown(const QString& code);
    // The translated name; an unknown code is returned as it is.
    static QString name(const QString& code);
    static bool may(const QString& code, Capability what);
    // The codes entitled to `what`, in the table's order.
    static QStringList codesThatMay(Capability what);
    // Holds the office's identity key: opens identities (the desk's visitors, the case
    // screens' reporters, the meeting's reveal). The roles entitled to none of those never
    // receive it, whatever the screens show.
    static bool holdsIdentityKey(const QString& code);
    // A refusal naming what the role may not do, for the core's checks.
    static Error refusal(const QString& code, const QString& what);
};

} // namespace qf

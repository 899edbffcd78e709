#include "models/Role.h"

namespace qf {

namespace {

using C = Capability;

// Supervisors and administrators may do everything.
constexpr Capabilities kEverything = C::Identities | C::RevealReporter | C::ChangeReporter | C::SeeRestricted
    | C::Approve | C::ConfirmMinutes | C::RevealInMeeting | C::Recheck | C::EditReferenceTables | C::EditScopeRules
    | C::Import | C::ReadAudit | C::Urge;

const RoleInfo kRoles[] = {
    { "receptionist", QT_TRANSLATE_NOOP("qf::Role", "Receptionist"), C::Identities },
    { "hotline_operator", QT_TRANSLATE_NOOP("qf::Role", "Hotline operator"), C::Identities },
    { "registry_clerk", QT_TRANSLATE_NOOP("qf::Role", "Registry clerk"),
      C::Identities | C::RevealReporter | C::ChangeReporter | C::Import },
    { "case_officer", QT_TRANSLATE_NOOP("qf::Role", "Case officer"), {} },
    { "meeting_chair", QT_TRANSLATE_NOOP("qf::Role", "Review meeting chair"),
      C::SeeRestricted | C::Approve | C::ConfirmMinutes | C::RevealInMeeting | C::Recheck | C::Urge },
    { "supervisor", QT_TRANSLATE_NOOP("qf::Role", "Supervisor"), kEverything },
    { "administrator", QT_TRANSLATE_NOOP("qf::Role", "Administrator"), kEverything | C::Administer },
};

const RoleInfo* find(const QString& code)
{
    for (const RoleInfo& r : kRoles)
        if (code == QLatin1String(r.code))
            return &r;
    return nullptr;
}

} // namespace

std::span<const RoleInfo> Role::all()
{
    return kRoles;
}

QStringList Role::codes()
{
    QStringList list;
    for (const RoleInfo& r : kRoles)
        list << QString::fromLatin1(r.code);
    return list;
}

bool Role::isKnown(const QString& code)
{
    return find(code) != nullptr;
}

QString Role::name(const QString& code)
{
    const RoleInfo* r = find(code);
    return r ? QCoreApplication::translate("qf::Role", r->name) : code;
}

bool Role::may(const QString& code, Capability what)
{
    const RoleInfo* r = find(code);
    return r && r->may.testFlag(what);
}

QStringList Role::codesThatMay(Capability what)
{
    QStringList list;
    for (const RoleInfo& r : kRoles)
        if (r.may.testFlag(what))
            list << QString::fromLatin1(r.code);
    return list;
}

bool Role::holdsIdentityKey(const QString& code)
{
    const RoleInfo* r = find(code);
    return r && (r->may & (C::Identities | C::RevealReporter | C::RevealInMeeting));
}

Error Role::refusal(const QString& code, const QString& what)
{
    return Error { code.isEmpty() ? QCoreApplication::translate("qf::Role", "Sign in first: %1 needs a signed-in user.").arg(what)
                                  : QCoreApplication::translate("qf::Role", "The role %1 may not %2.").arg(name(code), what),
                   ErrorCode::Refused };
}

} // namespace qf

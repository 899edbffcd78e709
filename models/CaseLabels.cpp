#include "models/CaseLabels.h"

namespace qf {

QString CaseLabels::status(const QString& code)
{
    const auto s = stateFromName(code);
    if (!s)
        return code;
    switch (*s) {
    case CaseState::AwaitingSignature: return tr("Awaiting signature");
    case CaseState::Registered: return tr("Registered");
    case CaseState::OutOfScope: return tr("Out of scope");
    case CaseState::Filed: return tr("Filed");
    case CaseState::Accepted: return tr("Accepted");
    case CaseState::Triaged: return tr("Triaged");
    case CaseState::KeyAttention: return tr("Key attention");
    case CaseState::ReminderSent: return tr("Reminder sent");
    case CaseState::EvidenceRequested: return tr("Evidence requested");
    case CaseState::EvidenceReceived: return tr("Evidence received");
    case CaseState::AwaitingReview: return tr("Awaiting review");
    case CaseState::Decided: return tr("Decided");
    case CaseState::Dispatched: return tr("Dispatched");
    case CaseState::Handling: return tr("Handling");
    case CaseState::SendBackPending: return tr("Send-back pending");
    case CaseState::RemovalPending: return tr("Removal pending");
    case CaseState::Removed: return tr("Removed");
    case CaseState::Concluded: return tr("Concluded");
    case CaseState::Reviewed: return tr("Reviewed");
    }
    return code;
}

QString CaseLabels::channel(const QString& code)
{
    if (code == QLatin1String("letter"))
        return tr("Letter");
    if (code == QLatin1String("visit"))
        return tr("Visit");
    if (code == QLatin1String("phone"))
        return tr("Phone");
    if (code == QLatin1String("online"))
        return tr("Online");
    if (code == QLatin1String("forwarded"))
        return tr("Forwarded");
    if (code == QLatin1String("handed_over"))
        return tr("Handed over");
    return code;
}

QString CaseLabels::light(Light light)
{
    switch (light) {
    case Light::None: return tr("None");
    case Light::Green: return tr("Green");
    case Light::Yellow: return tr("Yellow");
    case Light::Orange: return tr("Orange");
    case Light::Red: return tr("Red");
    case Light::Overdue: return tr("Overdue");
    }
    return {};
}

QString CaseLabels::triageClass(const QString& code)
{
    return code.isEmpty() ? QString() : tr("Class %1").arg(code);
}

QStringList CaseLabels::channelCodes()
{
    return { QStringLiteral("letter"), QStringLiteral("visit"),     QStringLiteral("phone"),
             QStringLiteral("online"), QStringLiteral("forwarded"), QStringLiteral("handed_over") };
}

QList<Light> CaseLabels::lights()
{
    return { Light::Green, Light::Yellow, Light::Orange, Light::Red, Light::Overdue, Light::None };
}

} // namespace qf

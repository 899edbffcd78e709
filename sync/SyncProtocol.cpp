#include "sync/SyncProtocol.h"

#include "models/CaseStateMachine.h"
#include "models/Role.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace qf::sync {

Scope scopeOf(const QString& table)
{
    static const QHash<QString, Scope> scopes = {
        { QStringLiteral("organisations"), Scope::Global },
        { QStringLiteral("users"), Scope::Global },
        { QStringLiteral("categories"), Scope::Global },
        { QStringLiteral("reports"), Scope::OwnOrg },
        { QStringLiteral("visits"), Scope::OwnOrg },
        { QStringLiteral("subjects"), Scope::Report },
        { QStringLiteral("events"), Scope::Report },
        { QStringLiteral("report_attachments"), Scope::Report },
        { QStringLiteral("meeting_items"), Scope::Report },
        { QStringLiteral("review_proposals"), Scope::Report },
        { QStringLiteral("followup_codes"), Scope::Report },
        { QStringLiteral("identity_releases"), Scope::Report },
        { QStringLiteral("issued_documents"), Scope::Report },
        { QStringLiteral("sync_conflicts"), Scope::Server },
    };
    return scopes.value(table, Scope::Author);
}

QLatin1String blobField(const QString& table)
{
    if (table == QLatin1String("report_attachments"))
        return QLatin1String("sha256");
    if (table == QLatin1String("call_records"))
        return QLatin1String("recording_sha256");
    return {};
}

bool isIdentityField(const QString& table, const QString& field)
{
    // The hotline's caller numbers (call_records, callbacks) are identities like the persons'.
    if (table == QLatin1String("call_records") || table == QLatin1String("callbacks"))
        return field == QLatin1String("number_enc") || field == QLatin1String("number_bidx");
    if (table != QLatin1String("persons"))
        return false;
    return field.endsWith(QLatin1String("_enc")) || field.endsWith(QLatin1String("_bidx"));
}

namespace {

// Every (from, to) pair some transition of the state machine produces, found by asking the
// machine itself with the contexts a command can carry.
QSet<QPair<QString, QString>> buildEdges()
{
    QSet<QPair<QString, QString>> edges;
    QList<QVariantMap> paramSets;
    const QVariantMap common { { QStringLiteral("referred_to"), QStringLiteral("x") },
                               { QStringLiteral("repeat_of"), QStringLiteral("x") },
                               { QStringLiteral("target_org"), QStringLiteral("x") },
                               { QStringLiteral("approved"), true },
                               { QStringLiteral("reason"), QStringLiteral("x") },
                               { QStringLiteral("approver"), QStringLiteral("x") } };
    for (int score : { 1, 3, 5 }) {
        QVariantMap p = common;
        p.insert(QStringLiteral("verifiability"), score);
        p.insert(QStringLiteral("typicality"), score);
        p.insert(QStringLiteral("timeliness"), score);
        paramSets << p;
    }
    for (const char* outcome : { "talk_inquiry", "preliminary_verification", "stored_pending", "closed_no_action" }) {
        QVariantMap p = common;
        p.insert(QStringLiteral("outcome"), QString::fromLatin1(outcome));
        paramSets << p;
    }
    // A role that may approve, so that the transitions needing an approver are found too.
    const QString approver = Role::codesThatMay(Capability::Approve).constFirst();
    const QList<std::optional<Outcome>> outcomes = { std::nullopt, Outcome::TalkInquiry, Outcome::PreliminaryVerification,
                                                     Outcome::StoredPending, Outcome::ClosedNoAction };
    for (CaseState from : allStates()) {
        for (Transition t : allTransitions()) {
            for (const QVariantMap& params : paramSets) {
                for (const auto& outcome : outcomes) {
                    for (bool principal : { false, true }) {
                        TransitionContext ctx;
                        ctx.role = approver;
                        ctx.principalLeader = principal;
                        ctx.outcome = outcome;
                        ctx.params = params;
                        for (CaseState pending : allStates()) {
                            ctx.pendingFrom = pending;
                            if (auto to = CaseStateMachine::next(from, t, ctx))
                                edges.insert({ stateName(from), stateName(*to) });
                        }
                    }
                }
            }
        }
    }
    return edges;
}

} // namespace

bool isAllowedStatusChange(const QString& from, const QString& to)
{
    if (from == to)
        return true;
    static const QSet<QPair<QString, QString>> edges = buildEdges();
    return edges.contains({ from, to });
}

QVariant fromJson(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? 1 : 0;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)))
            return static_cast<qint64>(d);
        return d;
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        if (o.contains(QLatin1String("$b64")))
            return QByteArray::fromBase64(o.value(QLatin1String("$b64")).toString().toLatin1());
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QJsonValue toJson(const QVariant& value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return QJsonObject { { QStringLiteral("$b64"), QString::fromLatin1(value.toByteArray().toBase64()) } };
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return value.toLongLong();
    case QMetaType::Bool:
        return value.toBool() ? 1 : 0;
    case QMetaType::Double:
        return value.toDouble();
    default:
        return value.toString();
    }
}

} // namespace qf::sync

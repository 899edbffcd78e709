#include "models/CaseStateMachine.h"
#include "models/CaseLabels.h"

#include "models/Log.h"
#include "models/Database.h"
#include "models/Report.h"
#include "models/ReportStore.h"
#include "models/Triage.h"
#include "models/Writer.h"
#include "models/Role.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace qf {

namespace {

using S = CaseState;
using T = Transition;

QString param(const TransitionContext& c, const char* key)
{
    return c.params.value(QString::fromLatin1(key)).toString().trimmed();
}

bool in(S s, std::initializer_list<S> list)
{
    return std::find(list.begin(), list.end(), s) != list.end();
}

bool needsApprover(T t)
{
    return t == T::Decide || t == T::ApproveSendBack || t == T::RejectSendBack || t == T::ApproveRemoval
        || t == T::RejectRemoval;
}

TriageScores scoresOf(const TransitionContext& c)
{
    return { c.params.value(QStringLiteral("verifiability")).toInt(), c.params.value(QStringLiteral("typicality")).toInt(),
             c.params.value(QStringLiteral("timeliness")).toInt() };
}

} // namespace

CaseStateMachine::CaseStateMachine(ReportStore& reports)
    : m_reports(reports)
{
}

TransitionContext CaseStateMachine::contextFor(const Report& r, const QString& role, const QVariantMap& params)
{
    return { role, r.principalLeader, r.pendingFrom, r.outcome, params };
}

Result<CaseState> CaseStateMachine::next(CaseState from, Transition t, const TransitionContext& c)
{
    // What people call them, never the codes.
    const QString name = CaseLabels::transition(t);
    const QString state = CaseLabels::status(stateName(from));
    if (isTerminal(from))
        return Error { tr("The report is closed (%1); it cannot be moved any more.").arg(state) };
    if (needsApprover(t) && !Role::may(c.role, Capability::Approve))
        return Error { tr("Only a supervisor, a review-meeting chair or an administrator may %1.")
                           .arg(t == T::Decide ? tr("record the review decision") : tr("approve or reject this request")) };
    auto illegal = [&] {
        return Error { tr("A report that is “%1” cannot be moved by “%2”.").arg(state, name) };
    };

    if (isDispatch(t)) {
        if (c.principalLeader && t != T::ReportUp)
            return Error { tr("A report about the office's own principal leader goes to the higher office (report up).") };
        const bool early = in(from, { S::Registered, S::Accepted, S::Triaged });
        if (t == T::ReportUp && c.principalLeader && early) {
            // routed straight up
        } else if (in(from, { S::AwaitingSignature, S::Registered, S::Accepted, S::KeyAttention, S::ReminderSent })) {
            return Error { tr("A report that has not been triaged cannot be dispatched.") };
        } else if (in(from, { S::Triaged, S::EvidenceRequested, S::EvidenceReceived, S::AwaitingReview })) {
            return Error { tr("A report must be decided by the collective review before it is dispatched.") };
        } else if (from != S::Decided) {
            return illegal();
        } else if (c.outcome != Outcome::TalkInquiry && c.outcome != Outcome::PreliminaryVerification) {
            return Error { tr("Only a talk-and-inquiry or preliminary-verification decision is dispatched; "
                              "this one is concluded instead.") };
        }
        if (param(c, "target_org").isEmpty())
            return Error { tr("Name the office the report goes to.") };
        return S::Dispatched;
    }

    switch (t) {
    case T::SignFor:
        if (from != S::AwaitingSignature)
            return Error { tr("Only a forwarded or handed-over item waiting for signature can be signed for.") };
        return S::Registered;
    case T::Accept:
        if (from != S::Registered)
            return illegal();
        return S::Accepted;
    case T::RejectOutOfScope:
        if (from != S::Registered)
            return illegal();
        if (param(c, "referred_to").isEmpty())
            return Error { tr("Name the body the matter is referred to.") };
        return S::OutOfScope;
    case T::FileAsRepeat:
        if (!in(from, { S::Registered, S::Accepted }))
            return illegal();
        if (param(c, "repeat_of").isEmpty())
            return Error { tr("Name the earlier report this one repeats.") };
        return S::Filed;
    case T::Triage: {
        if (!in(from, { S::Accepted, S::KeyAttention }))
            return from == S::Registered ? Error { tr("A report must pass the pre-check (accept) before triage.") }
                                         : illegal();
        auto cls = Triage::assess(scoresOf(c));
        if (!cls)
            return Error { cls.error() };
        return *cls == TriageClass::A ? S::Triaged : *cls == TriageClass::B ? S::KeyAttention : S::ReminderSent;
    }
    case T::RequestEvidence:
        if (!in(from, { S::Triaged, S::EvidenceReceived }))
            return from == S::Accepted || from == S::Registered
                ? Error { tr("Evidence is requested only for a report triaged as class A.") }
                : illegal();
        return S::EvidenceRequested;
    case T::ReceiveEvidence:
        if (from != S::EvidenceRequested)
            return from == S::EvidenceReceived
                ? Error { tr("The requested evidence has already been received.") }
                : Error { tr("No evidence was requested for this report.") };
        return S::EvidenceReceived;
    case T::SubmitForReview:
        if (!in(from, { S::Triaged, S::EvidenceReceived, S::KeyAttention }))
            return from == S::EvidenceRequested ? Error { tr("The requested evidence has not arrived yet.") } : illegal();
        return S::AwaitingReview;
    case T::Decide:
        if (from != S::AwaitingReview)
            return Error { tr("Only a report submitted to the collective review can be decided.") };
        if (!outcomeFromName(param(c, "outcome")))
            return Error { tr("The decision needs an outcome: talk_inquiry, preliminary_verification, stored_pending "
                              "or closed_no_action.") };
        return S::Decided;
    case T::BeginHandling:
        if (from != S::Dispatched)
            return illegal();
        return S::Handling;
    case T::RequestSendBack:
        if (!in(from, { S::Dispatched, S::Handling }))
            return Error { tr("Only a dispatched report can be sent back.") };
        if (param(c, "reason").isEmpty())
            return Error { tr("Say why the report is sent back (reason).") };
        return S::SendBackPending;
    case T::ApproveSendBack:
    case T::RejectSendBack:
        if (from != S::SendBackPending)
            return Error { tr("There is no send-back request waiting for approval.") };
        if (t == T::ApproveSendBack)
            return S::AwaitingReview;
        return c.pendingFrom.value_or(S::Handling);
    case T::RequestRemoval:
        if (!in(from, { S::Accepted, S::Triaged, S::KeyAttention, S::AwaitingReview }))
            return illegal();
        if (param(c, "reason").isEmpty())
            return Error { tr("Say why the item has no substance (reason).") };
        return S::RemovalPending;
    case T::ApproveRemoval:
    case T::RejectRemoval:
        if (from != S::RemovalPending)
            return Error { tr("There is no removal request waiting for approval.") };
        if (t == T::ApproveRemoval)
            return S::Removed;
        return c.pendingFrom.value_or(S::Accepted);
    case T::Conclude:
        if (from == S::Decided
            && (c.outcome == Outcome::StoredPending || c.outcome == Outcome::ClosedNoAction))
            return S::Concluded;
        if (!in(from, { S::Handling, S::ReminderSent }))
            return Error { tr("Only a report being handled (or closed by the review decision) can be concluded.") };
        return S::Concluded;
    case T::Review:
        if (from != S::Concluded)
            return Error { tr("Only a concluded report can be reviewed.") };
        return S::Reviewed;
    default:
        return illegal();
    }
}

Status CaseStateMachine::apply(const QString& reportId, Transition t, const QVariantMap& params, const Actor& actor)
{
    auto report = m_reports.get(reportId);
    if (!report)
        return Error { report.error() };
    const TransitionContext context = contextFor(*report, actor.role, params);
    auto to = next(report->state, t, context);
    if (!to)
        return Error { to.error() };

    QDateTime at = QDateTime::currentDateTimeUtc();
    if (params.contains(QStringLiteral("at"))) {
        const QVariant v = params.value(QStringLiteral("at"));
        at = v.typeId() == QMetaType::QDateTime ? v.toDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate);
        if (!at.isValid())
            return Error { tr("'%1' is not a date and time (at).").arg(v.toString()) };
    }
    auto p = [&](const char* key) { return param(context, key); };

    QVariantMap f { { QStringLiteral("status"), stateName(*to) }, { QStringLiteral("status_at"), at } };
    QJsonObject payload { { QStringLiteral("from"), stateName(report->state) }, { QStringLiteral("to"), stateName(*to) } };
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        if (it.key() != QLatin1String("at"))
            payload.insert(it.key(), QJsonValue::fromVariant(it.value()));
    QList<Change> extra;

    switch (t) {
    case T::SignFor:
        f.insert(QStringLiteral("signed_at"), at);
        break;
    case T::Accept:
        f.insert(QStringLiteral("accepted_at"), at);
        break;
    case T::RejectOutOfScope:
        f.insert(QStringLiteral("referred_to"), p("referred_to"));
        break;
    case T::FileAsRepeat: {
        auto earlier = m_reports.resolve(p("repeat_of"));
        if (!earlier)
            return Error { earlier.error() };
        f.insert(QStringLiteral("repeat_of"), *earlier);
        break;
    }
    case T::Triage: {
        const TriageScores s = scoresOf(context);
        const QString cls = triageClassName(Triage::classify(s));
        f.insert(QStringLiteral("verifiability"), s.verifiability);
        f.insert(QStringLiteral("typicality"), s.typicality);
        f.insert(QStringLiteral("timeliness"), s.timeliness);
        f.insert(QStringLiteral("triage_class"), cls);
        f.insert(QStringLiteral("triaged_at"), at);
        payload.insert(QStringLiteral("class"), cls);
        break;
    }
    case T::RequestEvidence:
        f.insert(QStringLiteral("evidence_requested_at"), at);
        break;
    case T::ReceiveEvidence:
        f.insert(QStringLiteral("evidence_received_at"), at);
        break;
    case T::SubmitForReview:
        break;
    case T::Decide:
        f.insert(QStringLiteral("outcome"), p("outcome"));
        break;
    case T::Transfer:
    case T::Forward:
    case T::AssignDown:
    case T::ReportUp:
        f.insert(QStringLiteral("handling_org_id"), p("target_org"));
        f.insert(QStringLiteral("handler_id"), p("handler").isEmpty() ? QVariant() : QVariant(p("handler")));
        f.insert(QStringLiteral("dispatch_kind"), transitionName(t));
        f.insert(QStringLiteral("dispatched_at"), at);
        f.insert(QStringLiteral("supervised"), t == T::AssignDown && params.value(QStringLiteral("supervised")).toBool() ? 1 : 0);
        if (t == T::ReportUp && report->principalLeader)
            f.insert(QStringLiteral("restricted"), 1);
        if (t == T::Transfer)
            extra << ReportStore::eventChange(report->id, QStringLiteral("case_management_notified"),
                                              { { QStringLiteral("target_org"), p("target_org") } }, at, actor.userId);
        break;
    case T::BeginHandling:
        if (!p("handler").isEmpty())
            f.insert(QStringLiteral("handler_id"), p("handler"));
        break;
    case T::RequestSendBack:
    case T::RequestRemoval:
        f.insert(QStringLiteral("pending_from"), stateName(report->state));
        break;
    case T::ApproveSendBack:
        f.insert(QStringLiteral("handling_org_id"), QVariant());
        f.insert(QStringLiteral("handler_id"), QVariant());
        f.insert(QStringLiteral("outcome"), QVariant());
        f.insert(QStringLiteral("pending_from"), QVariant());
        break;
    case T::RejectSendBack:
    case T::ApproveRemoval:
    case T::RejectRemoval:
        f.insert(QStringLiteral("pending_from"), QVariant());
        break;
    case T::Conclude:
        f.insert(QStringLiteral("concluded_at"), at);
        if (params.contains(QStringLiteral("substantiated"))) {
            const QString v = p("substantiated");
            f.insert(QStringLiteral("substantiated"),
                     v == QLatin1String("yes") || v == QLatin1String("1") || v == QLatin1String("true") ? 1 : 0);
        }
        break;
    case T::Review:
        f.insert(QStringLiteral("reviewed_at"), at);
        break;
    }

    QList<Change> changes { Change::update(QStringLiteral("reports"), report->id, f),
                            ReportStore::eventChange(report->id, transitionName(t), payload, at, actor.userId) };
    changes << extra;
    if (Status s = m_reports.writer().apply(changes); !s)
        return s;
    qCDebug(lcCases) << "report moved" << stateName(report->state) << "->" << stateName(*to);
    return {};
}

} // namespace qf

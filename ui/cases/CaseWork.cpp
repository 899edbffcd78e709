#include "ui/cases/CaseWork.h"

#include "models/CaseLabels.h"

#include "ui/cases/CaseDetailPane.h"
#include "models/CategoryStore.h"
#include "models/ProfileStore.h"
#include "models/Session.h"


namespace qf {

CaseWork::CaseWork(Session& session)
    : m_session(session)
    , m_reports(&session.reports())
    , m_machine(std::make_unique<CaseStateMachine>(*m_reports))
{
    auto profile = session.profile().load();
    if (profile)
        m_role = profile->role;
}

CaseWork::~CaseWork() = default;

Actor CaseWork::actor() const
{
    return Actor { m_session.userId(), m_role };
}

Status CaseWork::check(const Report& report, Transition t) const
{
    // Placeholders for what the dialog asks the user for: only the state and role decide.
    const QVariantMap given { { QStringLiteral("target_org"), QStringLiteral("-") },
                              { QStringLiteral("referred_to"), QStringLiteral("-") },
                              { QStringLiteral("repeat_of"), QStringLiteral("-") },
                              { QStringLiteral("reason"), QStringLiteral("-") },
                              { QStringLiteral("outcome"), QStringLiteral("talk_inquiry") },
                              { QStringLiteral("verifiability"), 3 },
                              { QStringLiteral("typicality"), 3 },
                              { QStringLiteral("timeliness"), 3 } };
    auto next = CaseStateMachine::next(report.state, t, CaseStateMachine::contextFor(report, m_role, given));
    if (!next)
        return Error { next.error() };
    return {};
}

QList<Transition> CaseWork::legalMoves(const Report& report) const
{
    QList<Transition> out;
    for (Transition t : allTransitions())
        if (check(report, t))
            out << t;
    return out;
}

QList<std::pair<QString, QString>> CaseWork::categories() const
{
    QList<std::pair<QString, QString>> out { { QString(), tr("(none)") } };
    auto list = CategoryStore(m_session.writer()).list();
    if (!list)
        return out;
    for (const Category& c : *list)
        out.append({ c.id, QString(c.depth * 4, QLatin1Char(' ')) + c.name });
    return out;
}

QString CaseWork::transitionLabel(Transition t)
{
    return CaseLabels::transition(t);
}

QString CaseWork::outcomeLabel(Outcome o)
{
    switch (o) {
    case Outcome::TalkInquiry: return tr("Talk and inquiry (谈话函询)");
    case Outcome::PreliminaryVerification: return tr("Preliminary verification (初步核实)");
    case Outcome::StoredPending: return tr("Stored pending (暂存待查)");
    case Outcome::ClosedNoAction: return tr("Closed (予以了结)");
    }
    return outcomeName(o);
}

QString CaseWork::fieldLabel(const QString& field)
{
    static const QHash<QString, const char*> labels {
        { QStringLiteral("content"), QT_TR_NOOP("Content") },
        { QStringLiteral("category"), QT_TR_NOOP("Category") },
        { QStringLiteral("region"), QT_TR_NOOP("Region") },
        { QStringLiteral("who"), QT_TR_NOOP("Who (何人)") },
        { QStringLiteral("what"), QT_TR_NOOP("What (何事)") },
        { QStringLiteral("when_text"), QT_TR_NOOP("When (何时)") },
        { QStringLiteral("where_text"), QT_TR_NOOP("Where (何地)") },
        { QStringLiteral("why"), QT_TR_NOOP("Why (何因)") },
        { QStringLiteral("result"), QT_TR_NOOP("Result (何果)") },
        { QStringLiteral("demand"), QT_TR_NOOP("Demand (何求)") },
        { QStringLiteral("disposition"), QT_TR_NOOP("Disposition (何处理)") },
        { QStringLiteral("subject_name"), QT_TR_NOOP("Reported person: name") },
        { QStringLiteral("subject_unit"), QT_TR_NOOP("Reported person: unit") },
        { QStringLiteral("subject_rank"), QT_TR_NOOP("Reported person: rank") },
        { QStringLiteral("subject_position"), QT_TR_NOOP("Reported person: position") },
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? field : tr(it.value());
}

QString CaseWork::eventLabel(const QString& kind)
{
    if (auto t = transitionFromName(kind))
        return transitionLabel(*t);
    static const QHash<QString, const char*> labels {
        { QStringLiteral("registered"), QT_TR_NOOP("Registered") },
        { QStringLiteral("field_changed"), QT_TR_NOOP("Field changed") },
        { QStringLiteral("repeat_proposed"), QT_TR_NOOP("Possible repeat proposed") },
        { QStringLiteral("repeat_confirmed"), QT_TR_NOOP("Repeat confirmed") },
        { QStringLiteral("repeat_rejected"), QT_TR_NOOP("Repeat rejected") },
        { QStringLiteral("feedback_notice"), QT_TR_NOOP("Feedback notice sent") },
        { QStringLiteral("document_issued"), QT_TR_NOOP("Document issued") },
        { QStringLiteral("document_reprinted"), QT_TR_NOOP("Document reprinted") },
        { QStringLiteral("objection"), QT_TR_NOOP("Objection recorded") },
        { QStringLiteral("case_management_notified"), QT_TR_NOOP("Case management notified") },
        { QStringLiteral("needs_correction"), QT_TR_NOOP("Marked for correction") },
        { QStringLiteral("satisfaction"), QT_TR_NOOP("Satisfaction recorded") },
        { QStringLiteral("subjects_changed"), QT_TR_NOOP("Reported persons changed") },
        { QStringLiteral("anonymity_changed"), QT_TR_NOOP("Anonymous / real name changed") },
        { QStringLiteral("reporter_changed"), QT_TR_NOOP("Reporter changed") },
        { QStringLiteral("principal_leader_changed"), QT_TR_NOOP("Principal-leader flag changed") },
        { QStringLiteral("recheck_sampled"), QT_TR_NOOP("Drawn for the re-check") },
        { QStringLiteral("recheck_done"), QT_TR_NOOP("Re-check finding recorded") },
        { QStringLiteral("release_requested"), QT_TR_NOOP("Reporter's identity requested from the custodian") },
        { QStringLiteral("release_approved"), QT_TR_NOOP("Identity release approved by the custodian") },
        { QStringLiteral("release_refused"), QT_TR_NOOP("Identity release refused by the custodian") },
        { QStringLiteral("release_viewed"), QT_TR_NOOP("Released identity viewed by the requester") },
        { QStringLiteral("meeting_decision"), QT_TR_NOOP("Review meeting decision") },
        { QStringLiteral("meeting_decision_undone"), QT_TR_NOOP("Review meeting decision undone") },
        { QStringLiteral("urged"), QT_TR_NOOP("Urged by the supervisor") },
    };
    const auto it = labels.constFind(kind);
    // A kind this version does not know (written by a newer one): never its code.
    return it == labels.constEnd() ? tr("Other change") : tr(it.value());
}

QString CaseWork::identityFieldLabel(const QString& field)
{
    if (field == QLatin1String("name"))
        return tr("name");
    if (field == QLatin1String("id_number"))
        return tr("ID number");
    if (field == QLatin1String("phone"))
        return tr("phone");
    return field;
}

QString CaseWork::timeLabel(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace qf

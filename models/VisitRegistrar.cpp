#include "models/VisitRegistrar.h"

#include "models/Database.h"
#include "models/SqlTransaction.h"
#include "models/Writer.h"

#include "models/AttachmentStore.h"
#include "models/ReportStore.h"
#include "models/VisitStore.h"

#include <QDateTime>

namespace qf {

VisitRegistrar::VisitRegistrar(PersonStore& persons, ReportStore& reports, VisitStore& visits,
                               AttachmentStore* attachments)
    : m_persons(persons)
    , m_reports(reports)
    , m_visits(visits)
    , m_attachments(attachments)
{
}

Result<RegisteredVisit> VisitRegistrar::registerVisit(const VisitRegistration& in, const Actor& actor)
{
    if (in.what.trimmed().isEmpty())
        return Error { tr("Write down what the matter is (何事) before registering.") };
    if (in.kind == QLatin1String("group") && in.headCount < 2)
        return Error { tr("A group visit needs the number of people (at least two).") };
    RegisteredVisit out;

    // The person, the visit, the report, its acceptance or referral and the visit's outcome
    // are one unit: if any step fails, nothing of the registration is kept.
    SqlTransaction tx(m_reports.writer().database().connection());
    if (!tx.active())
        return Error { tr("The database is busy; the visit was not registered: %1").arg(tx.beginError()) };

    out.personId = in.personId;
    if (out.personId.isEmpty() && in.visitor) {
        auto added = m_persons.add(*in.visitor, PersonRoles { .reporter = true, .visitor = true });
        if (!added)
            return Error { added.error() };
        out.personId = *added;
    }

    if (in.visitId.isEmpty()) {
        Visit v;
        v.personId = out.personId;
        v.kind = in.kind;
        v.headCount = in.headCount;
        v.representatives = in.representatives;
        v.companions = in.companions;
        v.startedAt = QDateTime::currentDateTimeUtc();
        v.room = in.room;
        auto arrived = m_visits.arrive(v);
        if (!arrived)
            return Error { arrived.error() };
        out.visitId = arrived->id;
        out.ticketNo = arrived->ticketNo;
    } else {
        auto existing = m_visits.get(in.visitId);
        if (!existing)
            return Error { existing.error() };
        out.visitId = existing->id;
        out.ticketNo = existing->ticketNo;
        QVariantMap f { { QStringLiteral("kind"), in.kind },
                        { QStringLiteral("head_count"), in.headCount },
                        { QStringLiteral("representatives"), in.representatives },
                        { QStringLiteral("companions"), in.companions } };
        if (!out.personId.isEmpty())
            f.insert(QStringLiteral("person_id"), out.personId);
        if (!existing->startedAt.isValid())
            f.insert(QStringLiteral("started_at"), QDateTime::currentDateTimeUtc());
        if (existing->room.isEmpty() && !in.room.isEmpty())
            f.insert(QStringLiteral("room"), in.room);
        if (Status s = m_visits.update(out.visitId, f); !s)
            return Error { s.error() };
    }

    ReportDraft d;
    d.channel = QStringLiteral("visit");
    d.orgId = in.orgId;
    d.reporterId = out.personId;
    d.who = in.who;
    d.what = in.what;
    d.whenText = in.whenText;
    d.whereText = in.whereText;
    d.why = in.why;
    d.result = in.result;
    d.demand = in.demand;
    d.content = in.demand.isEmpty() ? in.what : in.what + QLatin1Char('\n') + in.demand;
    auto report = m_reports.add(d);
    if (!report)
        return Error { report.error() };
    out.reportId = report->id;
    out.regNo = report->regNo;

    CaseStateMachine machine(m_reports);
    if (in.outOfScope) {
        out.outOfScope = true;
        out.referredTo = in.outOfScope->rule.body;
        if (Status s = machine.apply(out.reportId, Transition::RejectOutOfScope,
                                     { { QStringLiteral("referred_to"), out.referredTo },
                                       { QStringLiteral("category"), in.outOfScope->rule.category } },
                                     actor);
            !s)
            return Error { s.error() };
    } else if (Status s = machine.apply(out.reportId, Transition::Accept, {}, actor); !s) {
        return Error { s.error() };
    }

    if (!in.recordingPath.isEmpty() && m_attachments) {
        auto stored = m_attachments->attachFile(out.reportId, in.recordingPath, QStringLiteral("recording"));
        if (!stored)
            return Error { tr("The recording could not be stored, so the visit was not registered: %1")
                               .arg(stored.error()) };
        out.recordingSha256 = stored->sha256;
    }

    QVariantMap f { { QStringLiteral("report_id"), out.reportId },
                    { QStringLiteral("outcome"), out.outOfScope ? QStringLiteral("out_of_scope")
                                                                : QStringLiteral("accepted") },
                    { QStringLiteral("ended_at"), QDateTime::currentDateTimeUtc() } };
    if (out.outOfScope)
        f.insert(QStringLiteral("referred_to"), out.referredTo);
    if (!out.recordingSha256.isEmpty())
        f.insert(QStringLiteral("recording_sha256"), out.recordingSha256);
    if (Status s = m_visits.update(out.visitId, f); !s)
        return Error { s.error() };
    if (Status s = tx.commit(); !s)
        return Error { s.error() };
    return out;
}

} // namespace qf

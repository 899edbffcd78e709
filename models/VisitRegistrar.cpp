#include "models/VisitRegistrar.h"

#include "models/Representatives.h"

#include "models/Database.h"
#include "models/ReportRegistrar.h"
#include "models/ReportStore.h"
#include "models/SqlTransaction.h"
#include "models/VisitStore.h"
#include "models/Writer.h"

#include <QDateTime>

namespace qf {

VisitRegistrar::VisitRegistrar(PersonStore& persons, ReportRegistrar& registrar, ReportStore& reports, VisitStore& visits)
    : m_persons(persons)
    , m_registrar(registrar)
    , m_reports(reports)
    , m_visits(visits)
{
}

Status VisitRegistrar::visitorAndVisit(const VisitRegistration& in, RegisteredVisit& out)
{
    out.personId = in.personId;
    if (out.personId.isEmpty() && in.visitor) {
        auto added = m_persons.add(*in.visitor, PersonRoles { .reporter = true, .visitor = true });
        if (!added)
            return added.failure();
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
            return arrived.failure();
        out.visitId = arrived->id;
        out.ticketNo = arrived->ticketNo;
        return {};
    }
    auto existing = m_visits.get(in.visitId);
    if (!existing)
        return existing.failure();
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
    return m_visits.update(out.visitId, f);
}

Status VisitRegistrar::outcome(const VisitRegistration& in, const Actor& actor, RegisteredVisit& out)
{
    CaseStateMachine machine(m_reports);
    if (in.outOfScope) {
        out.outOfScope = true;
        out.referredTo = in.outOfScope->rule.body;
        if (Status s = machine.apply(out.reportId, Transition::RejectOutOfScope,
                                     { { QStringLiteral("referred_to"), out.referredTo },
                                       { QStringLiteral("category"), in.outOfScope->rule.category } },
                                     actor);
            !s)
            return s;
    } else if (Status s = machine.apply(out.reportId, Transition::Accept, {}, actor); !s) {
        return s;
    }

    QVariantMap f { { QStringLiteral("report_id"), out.reportId },
                    { QStringLiteral("outcome"), out.outOfScope ? QStringLiteral("out_of_scope")
                                                                : QStringLiteral("accepted") },
                    { QStringLiteral("ended_at"), QDateTime::currentDateTimeUtc() } };
    if (out.outOfScope)
        f.insert(QStringLiteral("referred_to"), out.referredTo);
    if (!out.recordingSha256.isEmpty())
        f.insert(QStringLiteral("recording_sha256"), out.recordingSha256);
    return m_visits.update(out.visitId, f);
}

Result<RegisteredVisit> VisitRegistrar::registerVisit(const VisitRegistration& in, const Actor& actor)
{
    if (in.what.trimmed().isEmpty())
        return Error { tr("Write down what the matter is (何事) before registering."), ErrorCode::Invalid };
    if (in.kind == QLatin1String("group") && in.headCount < 2)
        return Error { tr("A group visit needs the number of people (at least two)."), ErrorCode::Invalid };
    if (in.kind == QLatin1String("group"))
        if (Status s = Representatives::check(Representatives::decode(in.representatives), in.headCount); !s)
            return s.failure();
    RegisteredVisit out;

    // The person, the visit, the report with its recording, its acceptance or referral and
    // the visit's outcome are one unit: if any step fails, nothing of the registration is kept.
    SqlTransaction tx(m_reports.writer().database().connection());
    if (!tx.active())
        return Error { tr("The database is busy; the visit was not registered: %1").arg(tx.beginError()) };
    if (Status s = visitorAndVisit(in, out); !s)
        return s.failure();

    Registration r;
    ReportDraft& d = r.draft;
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
    if (!in.recordingPath.isEmpty())
        r.files << RegistrationFile { in.recordingPath, {}, {}, QStringLiteral("recording") };
    r.checkRepeats = false;
    auto report = m_registrar.registerReport(r);
    if (!report)
        return report.failure();
    out.reportId = report->id;
    out.regNo = report->regNo;
    out.followUpCode = report->followUpCode;
    if (!report->files.isEmpty())
        out.recordingSha256 = report->files.first().sha256;

    Status done = outcome(in, actor, out);
    if (done)
        done = tx.commit();
    if (!done) {
        tx.rollback();
        m_registrar.discard(*report); // the recording it stored
        return done.failure();
    }
    return out;
}

} // namespace qf

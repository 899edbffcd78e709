// The analysis' figures of the case work (AnalysisIndicators): on time per deadline clock,
// the second-request rate of evidence requests, the satisfaction of real-name feedback, the
// "two low, one high" cases and offices, and the key petitioners. The grouped figures are in
// Analysis.cpp, warnings and flags in AnalysisWarnings.cpp.
#include "models/Analysis.h"
#include "models/AnalysisSql.h"

#include "models/CalendarStore.h"
#include "models/CaseListQuery.h"
#include "models/Report.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace qf {

using namespace analysis_sql;

namespace {

const QTimeZone kChina(8 * 3600);

QDateTime at(const QVariant& v) { return storedTime(v); }

QString keyOrNoneText(const QString& s) { return s.isEmpty() ? QStringLiteral("none") : s; }

} // namespace

CaseListFilter Analysis::idsFilter(const AnalysisQuery& query, const QStringList& reportIds) const
{
    CaseListFilter f = baseFilter(query, query.period);
    f.reportIds = reportIds;
    return f;
}

CaseListFilter Analysis::reporterFilter(const AnalysisQuery& query, const QString& personId) const
{
    CaseListFilter f = baseFilter(query, query.period);
    f.reporterId = personId;
    return f;
}

Result<AnalysisIndicators> Analysis::indicators(const AnalysisQuery& query, const AnalysisPeriod& period) const
{
    if (!period.isValid())
        return Error { tr("The period is not valid: give a first day that is not after the last.") };
    auto calendar = CalendarStore::load(m_db);
    if (!calendar)
        return Error { calendar.error() };
    const DeadlinePolicy policy = deadlinePolicy();
    // A clock still running counts as late once it ran out by the end of the period (or now,
    // for a period not over yet): the figures of a past period do not change with the day.
    const QDateTime periodEnd(period.to.addDays(1), QTime(0, 0), kChina);
    const QDateTime asOf = std::min(periodEnd, QDateTime::currentDateTimeUtc());
    // End of the Nth working day after the day (China time) of a moment.
    auto workdays = [&](const QDateTime& from, int n) {
        const WorkdayDate d = calendar->addWorkingDays(from.toTimeZone(kChina).date(), n);
        return QDateTime(d.date.addDays(1), QTime(0, 0), kChina).addMSecs(-1);
    };

    const auto cond = where(query, period);
    if (!cond)
        return Error { cond.error() };
    const CaseListQuery::Condition& c = *cond;
    QSqlQuery q(m_db);
    if (auto st = bindAndRun(
            q,
            QStringLiteral(
                "SELECT r.id, r.channel, r.anonymous, r.status, r.triage_class, r.received_at, r.signed_at, "
                "r.triaged_at, r.evidence_requested_at, r.dispatched_at, r.acceptance_notice_at, r.concluded_at, "
                "r.result_feedback_at, r.substantiated, r.satisfied, r.handling_org_id, "
                "(SELECT count(*) FROM events e WHERE e.report_id = r.id AND e.kind = 'request_evidence'), "
                "CASE WHEN r.concluded_at IS NULL THEN 0 ELSE EXISTS (SELECT 1 FROM reports x WHERE x.repeat_of = r.id "
                "AND x.deleted = 0 AND x.received_at > r.concluded_at) END FROM reports r WHERE %1")
                .arg(c.sql),
            c.binds);
        !st)
        return Error { st.error() };

    AnalysisIndicators out;
    const QStringList clocks { QStringLiteral("sign_for"), QStringLiteral("triage"), QStringLiteral("evidence"),
                               QStringLiteral("dispatch"), QStringLiteral("acceptance_notice"),
                               QStringLiteral("result_feedback") };
    for (const QString& clock : clocks)
        out.clocks << ClockShare { clock, clockLabel(clock), 0, 0, {}, {} };
    auto judge = [&](int clock, const QString& id, const QDateTime& due, const QDateTime& stopped, bool applies) {
        ClockShare& s = out.clocks[clock];
        if (stopped.isValid()) {
            if (stopped <= due) {
                ++s.onTime;
                s.onTimeIds << id;
            } else {
                ++s.late;
                s.lateIds << id;
            }
        } else if (applies && due < asOf) {
            ++s.late;
            s.lateIds << id;
        }
    };
    const QStringList beforeDispatch { QStringLiteral("registered"),        QStringLiteral("accepted"),
                                       QStringLiteral("triaged"),           QStringLiteral("evidence_requested"),
                                       QStringLiteral("evidence_received"), QStringLiteral("awaiting_review") };
    const QStringList offPath { QStringLiteral("out_of_scope"), QStringLiteral("filed"), QStringLiteral("removed") };
    QHash<QString, OfficeCaseWork> offices;
    while (q.next()) {
        const QString id = q.value(0).toString();
        const QString channel = q.value(1).toString();
        const bool realName = q.value(2).toInt() == 0;
        const QString status = q.value(3).toString();
        const QDateTime received = at(q.value(5)), signedAt = at(q.value(6)), triaged = at(q.value(7)),
                        requested = at(q.value(8)), dispatched = at(q.value(9)), notice = at(q.value(10)),
                        concluded = at(q.value(11)), feedback = at(q.value(12));
        const bool left = offPath.contains(status);
        const QDateTime intake = signedAt.isValid() ? signedAt : received;
        if (channel == QLatin1String("forwarded") || channel == QLatin1String("handed_over"))
            judge(0, id, workdays(received, policy.forwardedSignWorkdays), signedAt, true);
        judge(1, id, intake.addSecs(qint64(policy.triageYellowHours) * 3600), triaged,
              status == QLatin1String("registered") || status == QLatin1String("accepted"));
        if (q.value(4).toString() == QLatin1String("A") && triaged.isValid())
            judge(2, id, workdays(triaged, policy.evidenceOrangeWorkdays), requested.isValid() ? requested : dispatched,
                  !left && !dispatched.isValid());
        if (status != QLatin1String("out_of_scope"))
            judge(3, id, workdays(intake, policy.dispatchRedWorkdays), dispatched, beforeDispatch.contains(status));
        if (realName) {
            judge(4, id, workdays(received, policy.acceptanceNoticeWorkdays), notice, !left);
            if (concluded.isValid())
                judge(5, id, workdays(concluded, policy.resultFeedbackWorkdays), feedback, true);
        }
        const qint64 requests = q.value(16).toLongLong();
        if (requests > 0)
            ++out.evidenceRequested;
        if (requests > 1) {
            ++out.secondRequests;
            out.secondRequestIds << id;
        }
        if (!concluded.isValid())
            continue;
        const QString org = keyOrNoneText(q.value(15).toString());
        OfficeCaseWork& o = offices[org];
        o.orgId = org;
        ++out.concluded;
        ++o.concluded;
        const bool substantiated = q.value(13).toInt() != 0;
        const bool repeated = q.value(17).toInt() != 0;
        if (substantiated) {
            ++out.substantiated;
            ++o.substantiated;
        }
        if (repeated) {
            ++out.repeatedAfter;
            ++o.repeatedAfter;
        }
        const bool asked = realName && !q.value(14).isNull();
        const bool satisfied = asked && q.value(14).toInt() != 0;
        if (asked) {
            ++out.feedbackAsked;
            ++o.asked;
            if (satisfied) {
                ++out.satisfied;
                ++o.satisfied;
            } else {
                out.dissatisfiedIds << id;
            }
        }
        if (!substantiated && asked && !satisfied && repeated)
            out.twoLowOneHighIds << id;
    }
    for (OfficeCaseWork o : std::as_const(offices)) {
        o.orgName = label(Dimension::Office, o.orgId);
        o.twoLowOneHigh = o.concluded > 0 && o.asked > 0 && o.substantiation() < out.substantiation()
            && o.satisfaction() < out.satisfaction() && o.repeatRate() > out.repeatRate();
        out.offices << o;
    }
    std::sort(out.offices.begin(), out.offices.end(), [](const OfficeCaseWork& a, const OfficeCaseWork& b) {
        if (a.concluded != b.concluded)
            return a.concluded > b.concluded;
        return a.orgName < b.orgName;
    });

    // The key petitioners among the period's reporters: their file (never a name) and counts.
    if (auto st = bindAndRun(
            q,
            QStringLiteral("SELECT r.reporter_id, count(*), sum(r.repeat_of IS NOT NULL), max(r.received_at), "
                           "(SELECT count(*) FROM reports a WHERE a.reporter_id = r.reporter_id AND a.deleted = 0), "
                           "(SELECT a.reg_no FROM reports a WHERE a.reporter_id = r.reporter_id AND a.deleted = 0 "
                           "ORDER BY a.received_at LIMIT 1) FROM reports r JOIN persons p ON p.id = r.reporter_id "
                           "AND p.key_petitioner <> 0 WHERE %1 GROUP BY r.reporter_id")
                .arg(c.sql),
            c.binds);
        !st)
        return Error { st.error() };
    while (q.next())
        out.keyPetitioners << KeyPetitionerRow { q.value(0).toString(), q.value(5).toString(), q.value(1).toLongLong(),
                                                 q.value(4).toLongLong(), q.value(2).toLongLong(),
                                                 at(q.value(3)).toTimeZone(kChina).date() };
    std::sort(out.keyPetitioners.begin(), out.keyPetitioners.end(), [](const KeyPetitionerRow& a, const KeyPetitionerRow& b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.firstRegNo < b.firstRegNo;
    });
    return out;
}

} // namespace qf

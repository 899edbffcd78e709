#include "models/DeadlineClock.h"

#include "models/Settings.h"

namespace qf {

DeadlinePolicy DeadlinePolicy::fromSettings(const Settings& s)
{
    DeadlinePolicy p;
    p.triageYellowHours = s.intValue(Settings::Key::TriageYellowHours);
    p.evidenceOrangeWorkdays = s.intValue(Settings::Key::EvidenceOrangeWorkdays);
    p.dispatchRedWorkdays = s.intValue(Settings::Key::DispatchRedWorkdays);
    p.acceptanceNoticeWorkdays = s.intValue(Settings::Key::AcceptanceNoticeWorkdays);
    p.resultFeedbackWorkdays = s.intValue(Settings::Key::ResultFeedbackWorkdays);
    p.forwardedSignWorkdays = s.intValue(Settings::Key::ForwardedSignWorkdays);
    return p;
}

QString lightName(Light light)
{
    switch (light) {
    case Light::None:
        return QStringLiteral("none");
    case Light::Green:
        return QStringLiteral("green");
    case Light::Yellow:
        return QStringLiteral("yellow");
    case Light::Orange:
        return QStringLiteral("orange");
    case Light::Red:
        return QStringLiteral("red");
    case Light::Overdue:
        return QStringLiteral("overdue");
    }
    return {};
}

DeadlineClock::DeadlineClock(const WorkCalendar& calendar, DeadlinePolicy policy)
    : m_calendar(calendar)
    , m_policy(policy)
{
}

DeadlineStatus DeadlineClock::evaluate(const Report& r, const QDateTime& now) const
{
    using S = CaseState;
    DeadlineStatus best;
    bool fallback = false;
    bool running = false;
    QDateTime nearest;

    // Offer one clock; the worst run-out light wins, ties go to the earlier due time.
    auto offer = [&](const QString& clock, const QDateTime& due, Light whenLate, const QString& reason) {
        running = true;
        if (now <= due) {
            if (!nearest.isValid() || due < nearest) {
                nearest = due;
                if (best.light <= Light::Green) {
                    best.clock = clock;
                    best.due = due;
                }
            }
            return;
        }
        if (whenLate > best.light || (whenLate == best.light && due < best.due)) {
            best.light = whenLate;
            best.clock = clock;
            best.due = due;
            best.reason = reason;
        }
    };
    // End of the Nth working day after the start day, in the start's time zone.
    auto workdays = [&](const QDateTime& from, int n) {
        const WorkdayDate d = m_calendar.addWorkingDays(from.toLocalTime().date(), n);
        fallback = fallback || d.fallback;
        return QDateTime(d.date, QTime(23, 59, 59, 999));
    };

    if (r.state == S::Filed || r.state == S::OutOfScope || r.state == S::Removed || r.state == S::Reviewed)
        return best;

    const QDateTime intake = r.intakeAt();
    if (r.state == S::AwaitingSignature)
        offer(QStringLiteral("sign_for"), workdays(r.receivedAt, m_policy.forwardedSignWorkdays), Light::Overdue,
              tr("The forwarded item has not been signed for within %n working day(s).", nullptr,
                 m_policy.forwardedSignWorkdays));
    if (r.state == S::Registered || r.state == S::Accepted)
        offer(QStringLiteral("triage"), intake.addSecs(qint64(m_policy.triageYellowHours) * 3600), Light::Yellow,
              tr("Not triaged within %n hour(s).", nullptr, m_policy.triageYellowHours));
    if (r.state == S::Triaged && r.triagedAt.isValid())
        offer(QStringLiteral("evidence"), workdays(r.triagedAt, m_policy.evidenceOrangeWorkdays), Light::Orange,
              tr("No evidence supplement requested within %n working day(s) of triage.", nullptr,
                 m_policy.evidenceOrangeWorkdays));
    if (r.state == S::EvidenceRequested && r.evidenceRequestedAt.isValid())
        offer(QStringLiteral("evidence"), workdays(r.evidenceRequestedAt, m_policy.evidenceOrangeWorkdays),
              Light::Orange,
              tr("The evidence supplement has not arrived within %n working day(s).", nullptr,
                 m_policy.evidenceOrangeWorkdays));
    const bool beforeDispatch = !r.dispatchedAt.isValid()
        && (r.state == S::AwaitingSignature || r.state == S::Registered || r.state == S::Accepted
            || r.state == S::Triaged || r.state == S::EvidenceRequested || r.state == S::EvidenceReceived
            || r.state == S::AwaitingReview || r.state == S::Decided || r.state == S::KeyAttention);
    if (beforeDispatch && !(r.state == S::Decided
                            && (r.outcome == Outcome::StoredPending || r.outcome == Outcome::ClosedNoAction))
        && r.state != S::KeyAttention)
        offer(QStringLiteral("dispatch"), workdays(intake, m_policy.dispatchRedWorkdays), Light::Red,
              tr("Not dispatched within %n working day(s).", nullptr, m_policy.dispatchRedWorkdays));
    if (r.realName() && !r.acceptanceNoticeAt.isValid())
        offer(QStringLiteral("acceptance_notice"), workdays(r.receivedAt, m_policy.acceptanceNoticeWorkdays),
              Light::Overdue,
              tr("The real-name reporter has not been told within %n working day(s) whether the report is accepted.",
                 nullptr, m_policy.acceptanceNoticeWorkdays));
    if (r.realName() && (r.state == S::Concluded) && r.concludedAt.isValid() && !r.resultFeedbackAt.isValid())
        offer(QStringLiteral("result_feedback"), workdays(r.concludedAt, m_policy.resultFeedbackWorkdays),
              Light::Overdue,
              tr("The result has not been fed back to the real-name reporter within %n working day(s) of conclusion.",
                 nullptr, m_policy.resultFeedbackWorkdays));

    if (best.light == Light::None && running) {
        best.light = Light::Green;
        best.due = nearest;
    }
    best.fallback = fallback;
    best.flagSupervisor = best.light == Light::Overdue;
    return best;
}

} // namespace qf

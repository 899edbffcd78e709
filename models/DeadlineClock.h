#pragma once

#include "models/Report.h"
#include "models/WorkCalendar.h"

#include <QCoreApplication>
#include <QDateTime>

namespace qf {

class Settings;

// The durations of the clocks; every one comes from the office settings.
struct DeadlinePolicy
{
    int triageYellowHours = 24;
    int evidenceOrangeWorkdays = 3;
    int dispatchRedWorkdays = 7;
    int acceptanceNoticeWorkdays = 15;
    int resultFeedbackWorkdays = 15;
    int forwardedSignWorkdays = 5;

    static DeadlinePolicy fromSettings(const Settings& settings);
};

enum class Light { None, Green, Yellow, Orange, Red, Overdue };
QString lightName(Light light);

struct DeadlineStatus
{
    Light light = Light::None;
    QString clock;          // the clock that set the light: sign_for, triage, evidence, dispatch,
                            // acceptance_notice, result_feedback
    QDateTime due;          // when that clock runs out (working-day clocks: end of the due day)
    QString reason;         // human readable
    bool fallback = false;  // a due date was computed on Monday-Friday for want of a calendar
    bool flagSupervisor = false; // overdue: pushed to the supervising leader
};

// The traffic lights of a report. Pure and fast: no database, a few calendar look-ups.
//
// | clock             | runs while                                  | from                   | light when run out |
// |-------------------|---------------------------------------------|------------------------|--------------------|
// | sign_for          | awaiting_signature                          | received               | overdue            |
// | triage            | registered, accepted (not triaged)          | intake (signed/recvd)  | yellow (hours)     |
// | evidence          | triaged (A, nothing requested yet), evidence_requested (nothing received) | triage / request | orange |
// | dispatch          | any state before dispatched                 | intake                 | red                |
// | acceptance_notice | real-name, no acceptance notice sent yet     | received               | overdue            |
// | result_feedback   | real-name, concluded, no result feedback yet | concluded              | overdue            |
//
// A working-day clock of N days runs out at the end of the Nth working day after its start
// (the start day not counted). The light is the worst of the running clocks; with none run
// out it is green, and the due date shown is the nearest one. Terminal or parked states
// (filed, out_of_scope, removed, reviewed) and a dispatched report without a running clock
// show none.
class DeadlineClock
{
    Q_DECLARE_TR_FUNCTIONS(qf::DeadlineClock)

public:
    DeadlineClock(const WorkCalendar& calendar, DeadlinePolicy policy);

    DeadlineStatus evaluate(const Report& report, const QDateTime& now) const;

private:
    const WorkCalendar& m_calendar;
    DeadlinePolicy m_policy;
};

} // namespace qf

// The analysis' rules as printed (counting rules, the warning rule, the flag formula, the
// deadline clocks' names) and their numbers from the settings table.
#include "models/Analysis.h"

#include <QSqlQuery>

namespace qf {

// ---- the rules --------------------------------------------------------------------------

QStringList Analysis::countingRules()
{
    return {
        tr("Received: every registered report that is not deleted, whatever its channel; an item forwarded "
           "from a higher office or handed over by another body counts once it has been signed for (reports "
           "still awaiting signature do not count)."),
        tr("Date: a report counts under the day of its receipt as registered (received_at), in China Standard "
           "Time (UTC+8); a period includes its first and its last day."),
        tr("Repeats: a report counts as a repeat when it has been linked to an earlier report of the same "
           "matter (repeat_of), with or without new facts; every arrival counts as received in its own period, "
           "the repeat share is repeats divided by received."),
        tr("Referral: a report lawfully referred to the body that can handle it (out of scope, 依法分类告知) "
           "counts as referred; every other report counts as in scope."),
        tr("Reported units and ranks: a report naming persons of several units (or ranks) counts once under "
           "each of them, so these groups may add up to more than the received total; a report naming none "
           "counts under \"not recorded\"."),
        tr("Categories: at a level of the taxonomy, a report counts under the category of that level above its "
           "own (a report recorded at a higher level counts under its own category)."),
        tr("Reports about the office's principal leader are counted only for users entitled to see them."),
        tr("On time: for each deadline clock, a report of the period counts as on time when the clock stopped "
           "before it ran out, and as late when it stopped after or ran out unstopped by the end of the period "
           "(working days by the official calendar, days in China time); a clock that never started, still runs "
           "in time, or ended because the report left its path (referred, filed, removed) does not count."),
        tr("Second requests: of the period's reports with an evidence request, the share with two or more "
           "requests (二次补证率)."),
        tr("Satisfaction: of the period's real-name reports that are concluded and whose reporter's satisfaction "
           "is recorded, the share satisfied."),
        tr("Two low, one high (两低一高): a concluded report of the period that was not substantiated, whose "
           "real-name reporter was not satisfied and that was reported again after its conclusion; a handling "
           "office is marked when its substantiation and satisfaction rates are below the office-wide rates and "
           "its rate of reports made again is above."),
        tr("Key petitioners: the reporters of the period's reports whose person is kept as a key petitioner "
           "(重点信访人), listed by the registration number of their first report, never by name."),
        tr("Scope: an office below counts the reports it handles (with the offices under it); a region the "
           "reports recorded for the region; a unit the reports naming a person of the unit."),
    };
}

QString Analysis::warningRuleText(const WarningRule& r)
{
    return tr("Warning when this month's count is above the mean of the previous %1 months plus %2 standard "
              "deviations (of those months) and at least %3.")
        .arg(r.months)
        .arg(r.deviations, 0, 'g', 3)
        .arg(r.minimum);
}

QString Analysis::flagFormula(const FlagRule& r)
{
    return tr("Score = (%1 × acceptance + %2 × handling + %3 × cooperation) / %4, where acceptance = reports taken "
              "up by the quarter's end / workload, handling = reports concluded by the quarter's end / workload, "
              "cooperation = reports concluded in the quarter and reviewed within %5 days / reports concluded in "
              "the quarter (1 when none was concluded); workload = reports dispatched to the office (or, with no "
              "time of dispatch recorded, received) before the quarter's end and not concluded before it began; "
              "taken up = handling begun or concluded. Green from %6, yellow from %7, red below. Two yellow flags "
              "in a row: interview (约谈); a red flag: accountability (问责).")
        .arg(r.weightAcceptance, 0, 'g', 3)
        .arg(r.weightHandling, 0, 'g', 3)
        .arg(r.weightCooperation, 0, 'g', 3)
        .arg(r.weightAcceptance + r.weightHandling + r.weightCooperation, 0, 'g', 3)
        .arg(r.reviewDays)
        .arg(r.greenAt, 0, 'g', 3)
        .arg(r.yellowAt, 0, 'g', 3);
}

double Analysis::settingNumber(const char* name, double fallback) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE id = ? AND deleted = 0"));
    q.addBindValue(QString::fromLatin1(name));
    if (q.exec() && q.next() && !q.value(0).isNull()) {
        bool ok = false;
        const double d = q.value(0).toString().toDouble(&ok);
        if (ok)
            return d;
        const QString t = q.value(0).toString();
        if (t == QLatin1String("true"))
            return 1;
        if (t == QLatin1String("false"))
            return 0;
    }
    return fallback;
}

WarningRule Analysis::warningRule() const
{
    WarningRule r;
    r.months = std::max(1, int(settingNumber("analysis.warning_months", r.months)));
    r.deviations = settingNumber("analysis.warning_deviations", r.deviations);
    r.minimum = int(settingNumber("analysis.warning_minimum", r.minimum));
    return r;
}

FlagRule Analysis::flagRule() const
{
    FlagRule r;
    r.weightAcceptance = settingNumber("flags.weight_acceptance", r.weightAcceptance);
    r.weightHandling = settingNumber("flags.weight_handling", r.weightHandling);
    r.weightCooperation = settingNumber("flags.weight_cooperation", r.weightCooperation);
    r.greenAt = settingNumber("flags.green_at", r.greenAt);
    r.yellowAt = settingNumber("flags.yellow_at", r.yellowAt);
    r.reviewDays = int(settingNumber("review.after_closing_days", r.reviewDays));
    return r;
}

bool Analysis::suppressSmallCells() const { return settingNumber("analysis.suppress_small_cells", 1) != 0; }

QString Analysis::clockLabel(const QString& clock)
{
    if (clock == QLatin1String("sign_for"))
        return tr("Forwarded items signed for in time");
    if (clock == QLatin1String("triage"))
        return tr("Triaged in time");
    if (clock == QLatin1String("evidence"))
        return tr("Evidence requested in time after triage (class A)");
    if (clock == QLatin1String("dispatch"))
        return tr("Dispatched in time");
    if (clock == QLatin1String("acceptance_notice"))
        return tr("Real-name reporters told of acceptance in time");
    if (clock == QLatin1String("result_feedback"))
        return tr("Results fed back to real-name reporters in time");
    return clock;
}

DeadlinePolicy Analysis::deadlinePolicy() const
{
    DeadlinePolicy p;
    p.triageYellowHours = int(settingNumber("deadline.triage_yellow_hours", p.triageYellowHours));
    p.evidenceOrangeWorkdays = int(settingNumber("deadline.evidence_orange_workdays", p.evidenceOrangeWorkdays));
    p.dispatchRedWorkdays = int(settingNumber("deadline.dispatch_red_workdays", p.dispatchRedWorkdays));
    p.acceptanceNoticeWorkdays = int(settingNumber("deadline.acceptance_notice_workdays", p.acceptanceNoticeWorkdays));
    p.resultFeedbackWorkdays = int(settingNumber("deadline.result_feedback_workdays", p.resultFeedbackWorkdays));
    p.forwardedSignWorkdays = int(settingNumber("deadline.forwarded_sign_workdays", p.forwardedSignWorkdays));
    return p;
}

} // namespace qf

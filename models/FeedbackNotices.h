#pragma once

#include "models/CaseStateMachine.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace qf {

class ReportStore;
struct Report;

enum class Milestone { Accepted, Dispatched, Concluded };
QString milestoneName(Milestone m);

struct FeedbackText
{
    QString letter; // a plain-language letter, ready to print
    QString sms;    // at most SmsLimit characters, ready for an SMS gateway
};

// Feedback to real-name reporters (seven-step method, step 6): at acceptance, dispatch and
// conclusion, an SMS and a letter from plain-language Chinese templates. Each notice sent is
// an event 'feedback_notice' with its date; the acceptance and result notices also stamp the
// report (they stop the statutory clocks). Objections and satisfaction are recorded too.
class FeedbackNotices
{
    Q_DECLARE_TR_FUNCTIONS(qf::FeedbackNotices)

public:
    static constexpr int SmsLimit = 70;

    explicit FeedbackNotices(ReportStore& reports);

    // reporterName: for the letter's salutation (the caller reveals it, which is audited);
    // empty gives a neutral salutation. The SMS never carries a name.
    static FeedbackText compose(Milestone m, const Report& report, const QString& officeName,
                                const QString& officePhone, const QString& reporterName = {});
    static bool reached(Milestone m, const Report& report);

    Status recordSent(const QString& reportId, Milestone m, const Actor& actor, const QDateTime& at = {});
    // Milestones reached for which no notice has been sent yet.
    Result<QList<Milestone>> pending(const QString& reportId) const;
    Status recordObjection(const QString& reportId, const QString& text, const Actor& actor, const QDateTime& at = {});
    Status recordSatisfaction(const QString& reportId, bool satisfied, const Actor& actor);

private:
    Result<QStringList> sentMilestones(const QString& reportId) const;

    ReportStore& m_reports;
};

} // namespace qf

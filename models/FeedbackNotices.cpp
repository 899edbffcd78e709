#include "models/FeedbackNotices.h"
#include "models/SqlError.h"

#include "models/Database.h"
#include "models/Report.h"
#include "models/ReportStore.h"
#include "models/Writer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace qf {

namespace {

QString stage(Milestone m)
{
    switch (m) {
    case Milestone::Accepted:
        return QStringLiteral("已受理，我们将依规依纪办理");
    case Milestone::Dispatched:
        return QStringLiteral("已转交承办部门办理");
    case Milestone::Concluded:
        return QStringLiteral("已办结，办理结果详见书面回复");
    }
    return {};
}

QString letterBody(Milestone m)
{
    switch (m) {
    case Milestone::Accepted:
        return QStringLiteral("您反映的问题我们已经收到，经审查，属于本机关受理范围，现已正式受理。"
                              "我们将依规依纪依法认真办理，并为您的个人信息严格保密。");
    case Milestone::Dispatched:
        return QStringLiteral("您反映的问题已按照分级负责、归口办理的原则，转交有关承办部门办理。"
                              "承办部门将在规定期限内办理，办理结果将及时告知您。");
    case Milestone::Concluded:
        return QStringLiteral("您反映的问题已经办结。如您对办理结果有不同意见，可以在收到本告知后"
                              "向我们提出，我们将认真听取并作出说明。");
    }
    return {};
}

} // namespace

QString milestoneName(Milestone m)
{
    switch (m) {
    case Milestone::Accepted:
        return QStringLiteral("accepted");
    case Milestone::Dispatched:
        return QStringLiteral("dispatched");
    case Milestone::Concluded:
        return QStringLiteral("concluded");
    }
    return {};
}

FeedbackNotices::FeedbackNotices(ReportStore& reports)
    : m_reports(reports)
{
}

FeedbackText FeedbackNotices::compose(Milestone m, const Report& r, const QString& officeName,
                                      const QString& officePhone, const QString& reporterName)
{
    FeedbackText t;
    const QString salutation = reporterName.isEmpty() ? QStringLiteral("您好：") : reporterName + QStringLiteral("同志：");
    t.letter = QStringLiteral("%1\n\n    %2（编号：%3）\n\n    如有疑问，请拨打%4咨询。\n\n%5\n%6\n")
                   .arg(salutation, letterBody(m), r.regNo, officePhone.isEmpty() ? QStringLiteral("12388") : officePhone,
                        officeName, QDate::currentDate().toString(QStringLiteral("yyyy年M月d日")));
    const QString core = QStringLiteral("您反映的问题（编号%1）%2。").arg(r.regNo, stage(m));
    const QStringList candidates = {
        QStringLiteral("【%1】%2咨询%3。").arg(officeName, core, officePhone),
        QStringLiteral("%1咨询%2。").arg(core, officePhone),
        core,
    };
    for (const QString& c : candidates) {
        if (c.size() <= SmsLimit && !(c.contains(QStringLiteral("【】")) || c.contains(QStringLiteral("咨询。")))) {
            t.sms = c;
            break;
        }
    }
    if (t.sms.isEmpty())
        t.sms = core.left(SmsLimit);
    return t;
}

bool FeedbackNotices::reached(Milestone m, const Report& r)
{
    switch (m) {
    case Milestone::Accepted:
        return r.acceptedAt.isValid();
    case Milestone::Dispatched:
        return r.dispatchedAt.isValid();
    case Milestone::Concluded:
        return r.concludedAt.isValid();
    }
    return false;
}

Result<QStringList> FeedbackNotices::sentMilestones(const QString& reportId) const
{
    QSqlQuery q(m_reports.writer().database().connection());
    q.prepare(QStringLiteral("SELECT payload FROM events WHERE report_id = ? AND kind = 'feedback_notice'"));
    q.addBindValue(reportId);
    if (!q.exec())
        return Error { tr("Cannot read the report's history: %1").arg(SqlError::text(q.lastError())) };
    QStringList sent;
    while (q.next())
        sent << QJsonDocument::fromJson(q.value(0).toByteArray()).object().value(QStringLiteral("milestone")).toString();
    return sent;
}

Result<QList<Milestone>> FeedbackNotices::pending(const QString& reportId) const
{
    auto report = m_reports.get(reportId);
    if (!report)
        return Error { report.error() };
    QList<Milestone> list;
    if (report->anonymous)
        return list;
    auto sent = sentMilestones(report->id);
    if (!sent)
        return Error { sent.error() };
    for (Milestone m : { Milestone::Accepted, Milestone::Dispatched, Milestone::Concluded })
        if (reached(m, *report) && !sent->contains(milestoneName(m)))
            list << m;
    return list;
}

Status FeedbackNotices::recordSent(const QString& reportId, Milestone m, const Actor& actor, const QDateTime& atIn)
{
    auto report = m_reports.get(reportId);
    if (!report)
        return Error { report.error() };
    if (report->anonymous)
        return Error { tr("The report is anonymous: there is nobody to send feedback to.") };
    if (!reached(m, *report))
        return Error { tr("The report has not reached the %1 stage yet.").arg(milestoneName(m)) };
    auto sent = sentMilestones(report->id);
    if (!sent)
        return Error { sent.error() };
    if (sent->contains(milestoneName(m)))
        return Error { tr("The %1 notice has already been sent.").arg(milestoneName(m)) };
    const QDateTime at = atIn.isValid() ? atIn : QDateTime::currentDateTimeUtc();
    QList<Change> changes;
    if (m == Milestone::Accepted)
        changes << Change::update(QStringLiteral("reports"), report->id, { { QStringLiteral("acceptance_notice_at"), at } });
    if (m == Milestone::Concluded)
        changes << Change::update(QStringLiteral("reports"), report->id, { { QStringLiteral("result_feedback_at"), at } });
    changes << ReportStore::eventChange(report->id, QStringLiteral("feedback_notice"),
                                        { { QStringLiteral("milestone"), milestoneName(m) },
                                          { QStringLiteral("channels"), QStringLiteral("sms,letter") } },
                                        at, actor.userId);
    return m_reports.writer().apply(changes);
}

Status FeedbackNotices::recordObjection(const QString& reportId, const QString& text, const Actor& actor,
                                        const QDateTime& at)
{
    if (text.trimmed().isEmpty())
        return Error { tr("Write down what the reporter objects to.") };
    auto id = m_reports.resolve(reportId);
    if (!id)
        return Error { id.error() };
    return m_reports.writer().apply(ReportStore::eventChange(*id, QStringLiteral("objection"),
                                                             { { QStringLiteral("text"), text.trimmed() } },
                                                             at.isValid() ? at : QDateTime::currentDateTimeUtc(),
                                                             actor.userId));
}

Status FeedbackNotices::recordSatisfaction(const QString& reportId, bool satisfied, const Actor& actor)
{
    auto id = m_reports.resolve(reportId);
    if (!id)
        return Error { id.error() };
    return m_reports.writer().apply(
        { Change::update(QStringLiteral("reports"), *id, { { QStringLiteral("satisfied"), satisfied ? 1 : 0 } }),
          ReportStore::eventChange(*id, QStringLiteral("satisfaction"), { { QStringLiteral("satisfied"), satisfied } },
                                   QDateTime::currentDateTimeUtc(), actor.userId) });
}

} // namespace qf

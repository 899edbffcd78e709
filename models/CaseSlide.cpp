#include "models/CaseSlide.h"

#include "models/Directory.h"
#include "models/DispatchAdvisor.h"
#include "models/IdentityMasker.h"
#include "models/ReportStore.h"

#include <QLocale>

namespace qf {

CaseSlideLoader::CaseSlideLoader(ReportStore& reports, const Directory& directory, DispatchAdvisor& advisor,
                                 const DeadlineClock& clock)
    : m_reports(reports)
    , m_directory(directory)
    , m_advisor(advisor)
    , m_clock(clock)
{ }

QString CaseSlideLoader::lightText(Light light)
{
    switch (light) {
    case Light::Green:
        return tr("Green: on time");
    case Light::Yellow:
        return tr("Yellow: not triaged within 24 hours");
    case Light::Orange:
        return tr("Orange: evidence supplement late");
    case Light::Red:
        return tr("Red: not dispatched within 7 working days");
    case Light::Overdue:
        return tr("Overdue");
    case Light::None:
        break;
    }
    return tr("No deadline running");
}

QString CaseSlideLoader::outcomeText(const QString& decisionName)
{
    if (decisionName == QLatin1String("talk_inquiry"))
        return tr("Talk and inquiry (谈话函询)");
    if (decisionName == QLatin1String("preliminary_verification"))
        return tr("Preliminary verification (初步核实)");
    if (decisionName == QLatin1String("stored_pending"))
        return tr("Stored pending (暂存待查)");
    if (decisionName == QLatin1String("closed_no_action"))
        return tr("Closed, no action (予以了结)");
    if (decisionName == QLatin1String("dispatch"))
        return tr("Dispatched (分送)");
    if (decisionName == QLatin1String("send_back"))
        return tr("Sent back (退回)");
    if (decisionName == QLatin1String("deferred"))
        return tr("Deferred (暂缓)");
    return tr("Not decided");
}

QString CaseSlideLoader::reasonText(const QString& reason)
{
    if (reason == QLatin1String("class_a"))
        return tr("class A");
    if (reason == QLatin1String("must_review"))
        return tr("must review (十必研)");
    if (reason == QLatin1String("put_forward"))
        return tr("put forward");
    return tr("added by the chair");
}

Result<CaseSlide> CaseSlideLoader::load(
    const QString& reportId, const IdentityMasker& masker, const QDateTime& now) const
{
    auto report = m_reports.get(reportId);
    if (!report)
        return Error { report.error() };
    CaseSlide s;
    s.reportId = report->id;
    s.regNo = report->regNo;
    QString summary = report->what.trimmed();
    const QString content = report->content.trimmed();
    if (!content.isEmpty() && content != summary)
        summary += summary.isEmpty() ? content : QStringLiteral("\n") + content;
    if (summary.size() > 600)
        summary = summary.left(600) + QStringLiteral("…");
    s.summary = masker.mask(summary);
    if (!report->subjects.isEmpty()) {
        QStringList units, ranks;
        for (const Subject& sub : report->subjects) {
            units << masker.mask(sub.unit);
            ranks << masker.mask(
                sub.position.isEmpty() ? sub.rank : sub.rank + QStringLiteral(" · ") + sub.position);
        }
        units.removeDuplicates();
        s.unit = units.join(QStringLiteral("；"));
        s.rank = ranks.join(QStringLiteral("；"));
    }
    s.category = m_directory.categoryName(report->categoryId);
    s.triageClass = report->triageClass ? triageClassName(*report->triageClass) : QString();
    s.verifiability = report->verifiability;
    s.typicality = report->typicality;
    s.timeliness = report->timeliness;
    s.status = stateName(report->state);
    if (auto proposals = m_advisor.propose(report->id); proposals && !proposals->isEmpty()) {
        const DispatchProposal& p = proposals->first();
        s.proposedOrgId = p.orgId;
        s.proposedDispatch = m_directory.organisationName(p.orgId);
    }
    const DeadlineStatus d = m_clock.evaluate(*report, now);
    s.light = d.light;
    s.lightText = lightText(d.light);
    if (d.due.isValid())
        s.deadlineText
            = tr("due %1").arg(QLocale().toString(d.due.toLocalTime().date(), QLocale::ShortFormat));
    return s;
}

} // namespace qf

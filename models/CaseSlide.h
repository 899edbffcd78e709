#pragma once

#include "models/DeadlineClock.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QString>

namespace qf {

class Directory;
class DispatchAdvisor;
class IdentityMasker;
class ReportStore;

// What the projector shows of one case (built here in the core; the projector window in
// ui/meeting only displays it): never a reporter's or visitor's identity, and the summary,
// units and ranks are passed through the IdentityMasker.
struct CaseSlide
{
    QString reportId;
    QString regNo;
    QString summary; // masked
    QString unit; // reported person's unit
    QString rank; // and rank
    QString category;
    QString triageClass;
    int verifiability = 0, typicality = 0, timeliness = 0;
    QString proposedOrgId;
    QString proposedDispatch; // the office's name and the reasons
    Light light = Light::None;
    QString lightText;
    QString deadlineText;
    QString status;
};

class CaseSlideLoader
{
    Q_DECLARE_TR_FUNCTIONS(qf::CaseSlideLoader)

public:
    CaseSlideLoader(ReportStore& reports, const Directory& directory, DispatchAdvisor& advisor,
                    const DeadlineClock& clock);

    Result<CaseSlide> load(const QString& reportId, const IdentityMasker& masker, const QDateTime& now) const;
    static QString lightText(Light light);
    static QString outcomeText(const QString& decisionName);
    static QString reasonText(const QString& agendaReason); // why the case is on the agenda

private:
    ReportStore& m_reports;
    const Directory& m_directory;
    DispatchAdvisor& m_advisor;
    const DeadlineClock& m_clock;
};

} // namespace qf

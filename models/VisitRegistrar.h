#pragma once

#include "models/CaseStateMachine.h"
#include "models/PersonStore.h"
#include "models/Result.h"
#include "models/ScopeRuleStore.h"

#include <QCoreApplication>
#include <QMetaType>

#include <optional>

namespace qf {

class ReportRegistrar;
class ReportStore;
class VisitStore;

// What the desk hands over at the end of a conversation.
struct VisitRegistration
{
    QString visitId;  // the visit from the queue, or empty: arrived and received now
    QString personId; // a recognised person, or:
    std::optional<PersonIdentity> visitor;
    QString kind = QStringLiteral("individual");
    int headCount = 1;
    QString representatives; // a group's representatives, Representatives::encode
    QString companions;
    QString room;
    QString orgId;
    // 八何
    QString who, what, whenText, whereText, why, result, demand;
    // Set when the receptionist confirmed the pre-check: the matter is referred to this body.
    std::optional<ScopeMatch> outOfScope;
    QString recordingPath; // a recording of the conversation to attach
};

struct RegisteredVisit
{
    QString visitId;
    QString personId;
    QString reportId;
    QString regNo;
    QString ticketNo;
    QString followUpCode; // in clear this once, for the printed form
    bool outOfScope = false;
    QString referredTo;
    QString recordingSha256;
};

// Registers a visit with its outcome: the visitor (new or known), the report (channel
// 'visit') with a registration number and the recording attached (through the session's
// ReportRegistrar, inside the visit's transaction), accepted or referred out of scope with
// the body named, and the visit row closed. Nothing is lost: an out-of-scope matter is
// registered too. The desk does not run the repeat check (the intake and the import do).
class VisitRegistrar
{
    Q_DECLARE_TR_FUNCTIONS(qf::VisitRegistrar)

public:
    VisitRegistrar(PersonStore& persons, ReportRegistrar& registrar, ReportStore& reports, VisitStore& visits);

    Result<RegisteredVisit> registerVisit(const VisitRegistration& registration, const Actor& actor);

private:
    // The steps, all inside the visit's transaction.
    Status visitorAndVisit(const VisitRegistration& in, RegisteredVisit& out);
    Status outcome(const VisitRegistration& in, const Actor& actor, RegisteredVisit& out);

    PersonStore& m_persons;
    ReportRegistrar& m_registrar;
    ReportStore& m_reports;
    VisitStore& m_visits;
};

} // namespace qf

Q_DECLARE_METATYPE(qf::RegisteredVisit)

#pragma once

#include "models/CaseStateMachine.h"
#include "models/DuplicateIndex.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace qf {

class ReportStore;
struct Change;

// "This may repeat report X", and why.
struct RepeatProposal
{
    QString reportId; // the other report
    QString regNo;
    QDateTime receivedAt;
    bool sameReporter = false; // by blind index of ID number or phone, or the same person
    bool sameSubject = false;  // a reported person with the same name and unit
    double similarity = 0;     // near-duplicate content (0 when below the threshold)

    int reasonCount() const { return int(sameReporter) + int(sameSubject) + int(similarity > 0); }
    QStringList reasons() const; // for people (translated)
};

// One item of the quarterly notice of repeats to the department concerned.
struct QuarterlyRepeat
{
    QString departmentId; // the office that handled the original, else the repeat's own office
    QString department;   // its name ("" when unknown)
    QString reportId;
    QString regNo;
    QDateTime receivedAt;
    QString status;
    QString repeatOfId;
    QString repeatOfRegNo;
    bool newFacts = false;
};

// Repeat detection at intake (重复举报): proposes earlier reports a new one may repeat, by the
// same reporter (blind indexes, nothing decrypted), the same reported person and similar
// content; records the clerk's decision. Confirming without new facts files the report as a
// repeat through the state machine (event file_as_repeat); with new facts it is marked and
// goes on to review. Every decision is an event (repeat_confirmed / repeat_rejected).
class RepeatDetector
{
    Q_DECLARE_TR_FUNCTIONS(qf::RepeatDetector)

public:
    explicit RepeatDetector(ReportStore& reports);

    // The content similarity from which a report counts as a near-duplicate (0..1):
    // the office setting repeats.similarity_percent unless set here.
    double threshold() const;
    void setThreshold(double threshold) { m_threshold = threshold; }

    // Proposals for a registered report, most reasons first; rejected ones are left out.
    Result<QList<RepeatProposal>> check(const QString& reportId, int limit = 10);
    // Keeps the proposals in the report's history (event repeat_proposed) for the clerk.
    Status recordProposals(const QString& reportId, const QList<RepeatProposal>& proposals, const QString& authorId);
    // That event, to write in the caller's transaction.
    static Change proposalEvent(const QString& reportId, const QList<RepeatProposal>& proposals, const QString& authorId);

    Status confirm(const QString& reportId, const QString& repeatOf, bool newFacts, const Actor& actor);
    Status reject(const QString& reportId, const QString& candidate, const QString& note, const Actor& actor);

    // The repeats received in a quarter ("2026Q3"), by department then date.
    Result<QList<QuarterlyRepeat>> quarterly(const QString& quarter);
    // [start, end) of a quarter in China time, as UTC; invalid times for a bad name.
    static std::pair<QDateTime, QDateTime> quarterBounds(const QString& quarter);

    DuplicateIndex& index() { return m_index; }

private:
    Result<QStringList> sameReporter(const QString& reportId, const QString& reporterId);
    Result<QStringList> sameSubject(const QString& reportId);
    Result<QStringList> rejected(const QString& reportId);

    ReportStore& m_reports;
    DuplicateIndex& m_index; // the session's, through the report store
    double m_threshold = -1;
};

} // namespace qf

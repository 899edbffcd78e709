#pragma once

#include "models/CaseStateMachine.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace qf {

class ReportStore;

// The handling office's quality review after closing (复盘).
struct ReviewAnswers
{
    bool factsEstablished = false;
    bool handledProperly = false;
    bool reporterUnderstood = false;
    QString notes;
};

// One handling office's figures over a period, and whether it is "two low, one high".
struct OfficeQuality
{
    QString orgId;
    int concluded = 0;
    double substantiationRate = 0; // concluded with substantiated = yes
    double satisfactionRate = 0;   // of those with a satisfaction answer
    double repeatRate = 0;         // concluded reports that were reported again later
    bool twoLowOneHigh = false;
};

// A concluded report still waiting for its review.
struct ReviewItem
{
    QString reportId;
    QString regNo;
    QString office;  // handling office's name
    QString handler; // handler's name
    QDateTime concludedAt;
    QDateTime dueAt; // concluded + the review period
    bool late = false;
};

// One report of a period's re-check sample (回头看) and where its re-check stands.
struct RecheckItem
{
    QString reportId;
    QString regNo;
    QString office;
    QDateTime concludedAt;
    bool rechecked = false;
    bool problemFound = false;
    QString notes;
};

// The reports waiting for their review: the oldest ones (up to a limit) and the counts.
struct ReviewQueue
{
    QList<ReviewItem> items;
    int total = 0;
    int late = 0;
};

// A period's sample: drawn once, recorded on each report (event recheck_sampled), and
// read back the same afterwards: it cannot be drawn again until it suits somebody.
struct RecheckSample
{
    int percent = 0;
    quint64 seed = 0;
    int concluded = 0; // reports concluded in the period when it was drawn
    bool drawnNow = false;
    QList<RecheckItem> items;
};

struct QualityThresholds
{
    double lowSubstantiation = 0.3;
    double lowSatisfaction = 0.6;
    double highRepeat = 0.2;
};

// Step 7 of the method: the review within N days of conclusion (an event 'review' with the
// answers, through the state machine), the reproducible random sample of concluded cases
// for the re-check (回头看), and the "two low, one high" offices.
class ClosingReview
{
    Q_DECLARE_TR_FUNCTIONS(qf::ClosingReview)

public:
    ClosingReview(ReportStore& reports, CaseStateMachine& machine);

    // Records the answers; a review later than reviewDays after conclusion is still
    // recorded and marked late.
    Status record(const QString& reportId, const ReviewAnswers& answers, int reviewDays, const Actor& actor,
                  const QDateTime& at = {});

    // A share of the ids (rounded up), drawn with the seed: the same ids and seed always give
    // the same sample, whatever order the ids come in.
    static QStringList drawSample(QStringList ids, int percent, quint64 seed);
    // The sample over reports concluded in [from, to].
    Result<QStringList> sample(const QDate& from, const QDate& to, int percent, quint64 seed) const;

    Result<QList<OfficeQuality>> officeQuality(const QDate& from, const QDate& to,
                                               const QualityThresholds& thresholds = {}) const;

    // Concluded reports not yet reviewed, oldest first (at most limit of them, with the
    // counts of all); due reviewDays after conclusion. Restricted reports only when
    // includeRestricted.
    Result<ReviewQueue> awaitingReview(const QDateTime& now, int reviewDays, bool includeRestricted,
                                       int limit = 1000) const;

    // The re-check sample of reports concluded in [from, to]: the one recorded for the
    // period, else drawn now (seeded by the period, so the same data give the same sample)
    // and recorded on each report by the actor.
    Result<RecheckSample> recheckSample(const QDate& from, const QDate& to, int percent, const Actor& actor);
    // Only reads: the recorded sample of the period (empty when none was drawn).
    Result<RecheckSample> recordedSample(const QDate& from, const QDate& to) const;
    // The re-check's finding on a sampled report (event recheck_done).
    Status recordRecheck(const QString& reportId, const QDate& from, const QDate& to, bool problemFound,
                         const QString& notes, const Actor& actor);

    // The first and last day of a quarter ("2026Q3", China time); invalid dates for a bad name.
    static std::pair<QDate, QDate> quarterDates(const QString& quarter);
    static QString periodKey(const QDate& from, const QDate& to);
    static quint64 periodSeed(const QDate& from, const QDate& to);

private:
    ReportStore& m_reports;
    CaseStateMachine& m_machine;
};

} // namespace qf

#pragma once

#include "models/CaseListFilter.h"
#include "models/CaseListQuery.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace qf {

// A period of the analysis: a month, a quarter, a year or any from–to (days in China
// Standard Time, both included).
struct AnalysisPeriod
{
    enum class Kind { Month, Quarter, Year, Range };
    Kind kind = Kind::Range;
    QDate from, to;

    static AnalysisPeriod month(int year, int month);
    static AnalysisPeriod quarter(int year, int quarter);
    static AnalysisPeriod year(int year);
    static AnalysisPeriod range(QDate from, QDate to);
    // The days as a month, quarter or year when they are exactly one, else a range.
    static AnalysisPeriod of(QDate from, QDate to);
    // "2026-11", "2026Q4", "2026", or an invalid period.
    static AnalysisPeriod parse(const QString& text);

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    // The period just before: the previous month / quarter / year, or a range as long ending
    // the day before.
    AnalysisPeriod previous() const;
    // The same period a year earlier.
    AnalysisPeriod yearEarlier() const;
    // "2026年11月", "2026年第4季度", "2026年", "2026-10-01至2026-11-15".
    QString label() const;
    bool operator==(const AnalysisPeriod&) const = default;
};

// Whose reports: the whole office, a handling office below it (with the offices under it),
// a region, or a reported unit.
struct AnalysisScope
{
    enum class Kind { Office, HandlingOffice, Region, Unit };
    Kind kind = Kind::Office;
    QString value; // organisations.id, region text or unit text
    QString label; // for people

    bool operator==(const AnalysisScope&) const = default;
};

// What the figures are grouped by.
enum class Dimension {
    Channel,
    Category,
    Region,
    Unit,      // reported person's unit (a report with two units counts under each)
    Rank,      // reported person's rank (cadre-management level), likewise
    RealName,  // "real" / "anonymous"
    Repeat,    // "repeat" / "first"
    Referral,  // "referred" / "in_scope"
    TriageClass,
    Outcome,
    Status,
    Office,    // the handling office
};

QString dimensionName(Dimension d);           // "channel", "category", ...
std::optional<Dimension> dimensionFromName(const QString& name);
QList<Dimension> allDimensions();

// One number: a group of a dimension and how many reports are counted in it.
struct AnalysisCell
{
    QString key;   // code (channel, status ...), id (category, office), text (region, unit, rank); "none" = not recorded
    QString label; // translated, for people
    qint64 count = 0;
};

struct AnalysisQuery
{
    AnalysisPeriod period;
    AnalysisScope scope;
    int categoryLevel = 1;          // 1 = top of the taxonomy tree; 0 = the categories as recorded
    QStringList categoryIds;        // only these categories and those below them (a topic); empty: all
    // A topic's other restrictions (models/AnalysisTopics): words the reports' text contains
    // (the case list's full-text search), any of these regions, a reported person of any of
    // these units. topicName only names it in documents.
    QString keywords;
    QStringList regions, units;
    QString topicName;
    bool includeRestricted = false; // the user may see reports about the principal leader
};

// The figures of one period for one scope.
struct AnalysisFigures
{
    AnalysisPeriod period;
    qint64 received = 0;
    qint64 repeats = 0;
    qint64 referred = 0;
    qint64 realName = 0;
    QHash<Dimension, QList<AnalysisCell>> groups; // cells by count, largest first
    QList<AnalysisCell> months;                   // key "YYYY-MM", in order (every month of the period)
    QHash<QString, QHash<QString, qint64>> riskMap; // region key -> category key -> count
    QByteArray dataHash;                          // SHA-256 of the counted reports (id and clock), hex
    qint64 keyPetitioners = 0;                    // distinct key petitioners among the reporters (a count only)

    double repeatShare() const { return received ? double(repeats) / received : 0.0; }
    double referredShare() const { return received ? double(referred) / received : 0.0; }
    const QList<AnalysisCell>& cells(Dimension d) const;
    qint64 count(Dimension d, const QString& key) const;
};

struct AnalysisComparison
{
    AnalysisFigures current, previous, yearEarlier;
};

// On time against one deadline clock (models/DeadlineClock): of the period's reports, those
// whose clock stopped in time, and those whose clock stopped late or ran out unstopped by the
// end of the period. A clock that never started or is still running in time is not counted.
struct ClockShare
{
    QString clock;   // sign_for, triage, evidence, dispatch, acceptance_notice, result_feedback
    QString label;   // translated
    qint64 onTime = 0, late = 0;
    QStringList lateIds, onTimeIds; // reports.id, for the drill-down
    qint64 counted() const { return onTime + late; }
    double share() const { return counted() ? double(onTime) / double(counted()) : 0.0; }
};

// A key petitioner (重点信访人) of the period: never a name, only the file and the counts.
struct KeyPetitionerRow
{
    QString personId;    // persons.id (the drill-down opens the reports)
    QString firstRegNo;  // registration number of the person's first report on file
    qint64 count = 0;    // reports received in the period
    qint64 total = 0;    // every report on file
    qint64 repeats = 0;  // of the period's, linked to an earlier report of the same matter
    QDate lastReceived;  // China time
};

// 两低一高 by handling office: substantiation, feedback satisfaction, repeat after conclusion.
struct OfficeCaseWork
{
    QString orgId, orgName;
    qint64 concluded = 0, substantiated = 0, asked = 0, satisfied = 0, repeatedAfter = 0;
    double substantiation() const { return concluded ? double(substantiated) / double(concluded) : 0.0; }
    double satisfaction() const { return asked ? double(satisfied) / double(asked) : 0.0; }
    double repeatRate() const { return concluded ? double(repeatedAfter) / double(concluded) : 0.0; }
    bool twoLowOneHigh = false; // below the office-wide rates on both, above it on repeats
};

// The figures of the case work for the period's reports (received in it): on time per clock,
// the second-request rate of evidence requests (二次补证率), the satisfaction of real-name
// feedback, the "two low, one high" (两低一高) cases and offices, the key petitioners.
struct AnalysisIndicators
{
    QList<ClockShare> clocks;
    qint64 evidenceRequested = 0, secondRequests = 0; // reports with an evidence request / with two or more
    QStringList secondRequestIds;
    qint64 feedbackAsked = 0, satisfied = 0;          // real-name, concluded, satisfaction recorded
    QStringList dissatisfiedIds;
    qint64 concluded = 0, substantiated = 0, repeatedAfter = 0;
    QStringList twoLowOneHighIds;                     // not substantiated, not satisfied, reported again
    QList<OfficeCaseWork> offices;                     // by handling office, concluded ones first
    QList<KeyPetitionerRow> keyPetitioners;           // most reports first
    double secondRequestRate() const { return evidenceRequested ? double(secondRequests) / double(evidenceRequested) : 0.0; }
    double satisfaction() const { return feedbackAsked ? double(satisfied) / double(feedbackAsked) : 0.0; }
    double substantiation() const { return concluded ? double(substantiated) / double(concluded) : 0.0; }
    double repeatRate() const { return concluded ? double(repeatedAfter) / double(concluded) : 0.0; }
};

// The rule of the early warnings, from the settings.
struct WarningRule
{
    int months = 6;
    double deviations = 2.0;
    int minimum = 5;
};

struct AnalysisWarning
{
    Dimension dimension = Dimension::Category;
    QString key, label;
    QString month;     // "YYYY-MM"
    qint64 count = 0;  // this month
    QList<qint64> history; // the months before, oldest first
    double mean = 0, deviation = 0, threshold = 0;
    QString ruleText;  // the rule with its numbers, for printing with the warning
};

// The formula of the quarterly flags, from the settings.
struct FlagRule
{
    double weightAcceptance = 0.3, weightHandling = 0.4, weightCooperation = 0.3;
    double greenAt = 0.85, yellowAt = 0.6;
    int reviewDays = 5;
};

struct OfficeFlag
{
    enum class Colour { Green, Yellow, Red };
    QString orgId, orgName;
    QString quarter;       // "2026Q4"
    qint64 workload = 0;   // dispatched to the office and still open at some time in the quarter
    qint64 accepted = 0;   // of those, taken up (handling begun or concluded) by the quarter's end
    qint64 concluded = 0;  // of those, concluded by the quarter's end
    qint64 concludedInQuarter = 0;
    qint64 reviewedInTime = 0; // concluded in the quarter and reviewed within the review days
    double acceptance = 0, handling = 0, cooperation = 0, score = 0;
    Colour colour = Colour::Green;
    bool interview = false;      // two yellow flags in a row (this quarter and the one before)
    bool accountability = false; // a red flag
    QList<Colour> history;       // the quarters before, oldest first (the ones with a workload)
    QStringList historyQuarters;
};

QString colourName(OfficeFlag::Colour c); // "green", "yellow", "red"

// A line of an inspection tour's list: what the report is about, never who reported it.
struct AnalysisListRow
{
    QString regNo;
    QDate received; // China time
    QString category, units, ranks, status, outcome;
};

// The analysis of the registry: ONE place for the counting rules and every figure. It runs
// on a reader connection (off the UI thread) and never reads a reporter identity.
class Analysis
{
    Q_DECLARE_TR_FUNCTIONS(qf::Analysis)

public:
    // The version of the counting rules, recorded in every export.
    static constexpr const char* kRulesVersion = "qf-counting-rules/2";
    // The rules as written in a report's appendix.
    static QStringList countingRules();
    static QString flagFormula(const FlagRule& rule);
    static QString warningRuleText(const WarningRule& rule);
    // "Triaged in time" ... for a deadline clock's code (sign_for, triage, ...).
    static QString clockLabel(const QString& clock);

    explicit Analysis(QSqlDatabase db);

    // Reads the categories and offices (call once after construction).
    Status load();
    // Lets go of the connection (before it closes); the filters and labels still work.
    void detach() { m_db = QSqlDatabase(); }
    // The top-level categories (id, name) and the regions recorded, for the pickers.
    QList<QPair<QString, QString>> topCategories() const;
    QList<QPair<QString, QString>> offices() const;

    // The rules' numbers from the settings table (defaults when unset).
    WarningRule warningRule() const;
    FlagRule flagRule() const;
    bool suppressSmallCells() const;
    // The deadline clocks' durations from the settings (as models/DeadlineClock reads them).
    DeadlinePolicy deadlinePolicy() const;

    // The list behind the figures of the period and scope (what counts as received).
    CaseListFilter baseFilter(const AnalysisQuery& query, const AnalysisPeriod& period) const;
    // The SQL condition on `reports r` of the reports counted: the base filter, and a topic's
    // words through the full-text index (Status failed when the index cannot be read).
    Result<CaseListQuery::Condition> where(const AnalysisQuery& query, const AnalysisPeriod& period) const;
    // The list behind one number: the base filter and the cell's group.
    CaseListFilter cellFilter(const AnalysisQuery& query, const AnalysisPeriod& period, Dimension d,
                              const QString& key) const;
    // The list behind a cell of the risk map (region × category).
    CaseListFilter riskCellFilter(const AnalysisQuery& query, const QString& region, const QString& category) const;

    // withHash: also the hash of the counted data (the comparison periods leave it empty).
    Result<AnalysisFigures> figures(const AnalysisQuery& query, const AnalysisPeriod& period, bool withHash = true) const;
    Result<AnalysisFigures> figures(const AnalysisQuery& query) const { return figures(query, query.period); }
    Result<AnalysisComparison> compare(const AnalysisQuery& query) const;
    // Received by month of the period (China time), every month included.
    Result<QList<AnalysisCell>> monthsOf(const AnalysisQuery& query, const AnalysisPeriod& period) const;
    // The reports counted for the query, oldest first (registration number, day, category,
    // reported units and ranks, status, outcome).
    Result<QList<AnalysisListRow>> list(const AnalysisQuery& query) const;

    // The case-work figures of the period's reports (AnalysisIndicators; AnalysisIndicators.cpp).
    Result<AnalysisIndicators> indicators(const AnalysisQuery& query, const AnalysisPeriod& period) const;
    Result<AnalysisIndicators> indicators(const AnalysisQuery& query) const { return indicators(query, query.period); }
    // The list behind a set of reports counted by indicators() (exactly those ids).
    CaseListFilter idsFilter(const AnalysisQuery& query, const QStringList& reportIds) const;
    // The list of a key petitioner's reports of the period.
    CaseListFilter reporterFilter(const AnalysisQuery& query, const QString& personId) const;

    // Categories, regions and reported units whose count in the month is above the rule.
    Result<QList<AnalysisWarning>> warnings(int year, int month, const WarningRule& rule,
                                            bool includeRestricted = false) const;
    // Every handling office with a workload in the quarter, best score first, with its history.
    Result<QList<OfficeFlag>> flags(int year, int quarter, const FlagRule& rule, int historyQuarters = 4) const;

    // The labels of keys (translated); never an identity.
    QString label(Dimension d, const QString& key) const;
    // The category (id) at the level, for a recorded category id ("none" for none).
    QString categoryAt(const QString& categoryId, int level) const;
    QStringList categorySubtree(const QString& categoryId) const;
    QStringList officeSubtree(const QString& orgId) const;
    // An organisation id for its code, or empty.
    QString officeByCode(const QString& code) const;
    QString categoryByCode(const QString& code) const { return m_categoryByCode.value(code); }
    QString officeName(const QString& orgId) const;

private:
    // The figures of a period but its reported persons' (AnalysisPass.cpp), and the hash of
    // the counted reports when asked.
    Status periodPass(const CaseListQuery::Condition& c, const AnalysisQuery& query, const AnalysisPeriod& period,
                      bool withHash, AnalysisFigures& fig) const;
    // The persons marked as key petitioners (persons.id), read once.
    const QSet<QByteArray>& keyPetitionerIds() const;
    // The groupings by the reported persons' unit and rank, into fig.
    Status subjectCells(const QString& where, const QVariantList& binds, AnalysisFigures& fig) const;
    // The flags of each quarter (in the order given), from one pass over the reports.
    Result<QList<QHash<QString, OfficeFlag>>> quarterFlags(const QList<QPair<int, int>>& quarters,
                                                           const FlagRule& rule) const;
    int categoryDepth(const QString& categoryId) const;
    double settingNumber(const char* name, double fallback) const;

    QSqlDatabase m_db;
    mutable QHash<QString, QString> m_keywordRows;
    mutable std::optional<QSet<QByteArray>> m_keyPetitioners; // a topic's words -> the rowids matching them (JSON array)
    QHash<QString, QString> m_categoryParent, m_categoryName, m_categoryByCode;
    QHash<QString, QStringList> m_categoryChildren;
    QHash<QString, QString> m_orgParent, m_orgName, m_orgByCode;
    QHash<QString, QStringList> m_orgChildren;
};

} // namespace qf

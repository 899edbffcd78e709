#pragma once

#include "models/Analysis.h"
#include "models/Session.h"
#include "tests/support/TestSupport.h"

#include <QDateTime>
#include <QSet>

#include <functional>
#include <memory>

namespace qf::test {

// One report the test planted, as the test knows it (the expected counts are computed from
// these, not from the store).
struct Planted
{
    QString id, regNo;
    QString channel = QStringLiteral("letter");
    QDateTime receivedUtc;
    QString status = QStringLiteral("registered");
    bool anonymous = true;
    QString categoryId; // empty: none
    QString region;     // empty: none
    QStringList units, ranks;
    bool repeat = false;
    QString triageClass, outcome, office;
    bool restricted = false;
    bool deleted = false;
    // For the flags.
    QString dispatchedAt, concludedAt, reviewedAt, beganHandlingAt;
    // For the case-work figures: more report columns (triaged_at, satisfied ...) and how many
    // evidence requests were made (events request_evidence).
    QVariantMap extra;
    int evidenceRequests = 0;
    QString repeatOf; // an earlier planted report this one repeats (reports.id)
    QString content = QStringLiteral("反映有关问题。");
};

// A store with a small taxonomy (two top categories, three below, one below those) and offices
// (the county office, two townships, a village under the first), and the means to plant reports.
struct AnalysisFixture
{
    AnalysisFixture();
    ~AnalysisFixture();

    QString addCategory(const QString& code, const QString& name, const QString& parent = {});
    QString addOrg(const QString& code, const QString& name, const QString& level, const QString& parent = {});
    // Writes the report (and its reported persons, and the handling events) through the Writer.
    QString add(Planted p);
    // About n reports with varied fields, received between the days (China time), reproducible.
    void plantRandom(int n, quint32 seed, const QDate& from, const QDate& to);
    std::unique_ptr<Analysis> analysis();
    void setSetting(const QString& name, const QString& value);

    // What the test expects: the reports counted for the query and the period.
    QList<Planted> counted(const AnalysisQuery& q, const AnalysisPeriod& p) const;
    // The group keys of a planted report for a dimension (at the category level).
    QStringList keysOf(const Planted& p, Dimension d, int categoryLevel) const;
    QStringList subtree(const QString& orgId) const;

    Scratch dir;
    QString dbPath;
    std::unique_ptr<Session> session;
    QString catA, catB, catA1, catA2, catB1, catA1x; // A: top; A1, A2 below A; A1x below A1
    QString county, townA, townB, villageA1;
    QList<Planted> planted;
    QHash<QString, QString> categoryParent, orgParent;
    int serial = 0;
};

QDate chinaDay(const QDateTime& utc);
// The ids of the reports the case list shows for `filter` (each once).
QSet<QString> listedIds(AnalysisFixture& fx, const CaseListFilter& filter);

} // namespace qf::test

#pragma once

#include "models/Analysis.h"

#include <QCoreApplication>
#include <QVariant>

#include <functional>

namespace qf {

// One table of an analysis document: a heading, the column names and the rows. A cell is a
// number (qint64 or double), a day (QDate) or text; a small count suppressed for an extract
// leaving the office is the text "<3".
struct ReportTable
{
    QString name;     // sheet name and heading
    QStringList headers;
    QList<QVariantList> rows;
};

// A chart of a document: the trend by month (a line) or bars by group for the periods, drawn
// by the export (app/analysis) after the table it illustrates.
struct ReportChart
{
    QString title;
    bool line = false;
    QStringList labels;              // along the bottom
    QStringList seriesNames;         // this period, previous, a year earlier
    QList<QList<double>> series;     // per series, one value per label
    int afterTable = -1;             // index in AnalysisReport::tables
};

// What an exported analysis contains, the same for .docx, .xlsx and PDF, and how it was made
// (period, scope, filters, counting rules, program version, hash of the counted data). The
// content hash covers all of it but the day of issue, so issuing it again gives the same hash.
struct AnalysisReport
{
    Q_DECLARE_TR_FUNCTIONS(qf::AnalysisReport)

public:
    enum class Kind { Monthly, Quarterly, Topic, Tour };
    Kind kind = Kind::Monthly;
    QString title;
    QString office;       // the issuing office
    QString documentNo;   // 文号 line, may be empty
    QDate issuedOn;
    QString periodText, scopeText, filterText;
    QString rulesVersion, programVersion;
    QByteArray dataHash, contentHash;
    bool leavesOffice = false; // small cells suppressed
    QStringList paragraphs;    // the text before the tables
    QList<ReportTable> tables;
    QList<ReportChart> charts; // none in an extract leaving the office (the bars would show small counts)
    QStringList appendix;      // counting rules, the warning rule, the flag formula

    static std::optional<Kind> kindFromName(const QString& name);
    static QString kindName(Kind k);

    // Builds the document. For a tour extract the query's scope is the region, office or unit
    // toured; `leavesOffice` suppresses counts of 1 and 2 as "<3".
    // Told before each part is counted (the part's number from 0, how many there are, what it
    // is, for people); false stops the build (ErrorCode::Refused: cancelled).
    using Progress = std::function<bool(int part, int parts, const QString& what)>;
    static Result<AnalysisReport> build(const Analysis& analysis, Kind kind, const AnalysisQuery& query,
                                        bool leavesOffice, const QString& office, const QString& programVersion,
                                        const QDate& issuedOn, const Progress& progress = {});
    // The hash of the content (everything but the day of issue).
    QByteArray computeContentHash() const;
    // The provenance lines printed in the document.
    QStringList provenance() const;
};

} // namespace qf

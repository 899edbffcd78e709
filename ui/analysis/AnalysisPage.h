#pragma once

#include "models/Analysis.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class QBrush;

class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace qf {

// Everything the workspace shows, computed together off the UI thread.
struct AnalysisPage
{
    AnalysisQuery query;
    AnalysisComparison comparison;
    QList<AnalysisCell> trend; // the twelve months up to the period's end
    QList<AnalysisWarning> warnings;
    WarningRule warningRule;
    AnalysisIndicators indicators;
    QList<OfficeFlag> flags;
    FlagRule flagRule;
    QString flagQuarter;
    QList<QPair<QString, QString>> offices; // id, name (the scope picker)
    QStringList regions;
    QHash<QString, QString> categoryNames; // top-level categories of the risk map: id -> name
    CaseListFilter baseFilter;
    // The filters behind the numbers (so a click needs no database).
    std::shared_ptr<Analysis> analysis;
};

// Everything the page shows for the query, on a reader connection of its own (any thread):
// the comparison, the trend, the warnings, the flags, the pickers' lists.
Result<AnalysisPage> computeAnalysisPage(const QString& databasePath, AnalysisQuery query);

// The tables of the analysis screens: read-only items, numbers right-aligned, and the
// filter a click on an item opens (analysis_ui::kFilterRole).
namespace analysis_ui {
inline constexpr int kFilterRole = 0x0100 + 1; // Qt::UserRole + 1
QString change(qint64 now, qint64 before);
QTableWidgetItem* numberItem(qint64 n);
QTableWidgetItem* textItem(const QString& s);
QTableWidgetItem* linkItem(const QString& text, const CaseListFilter& filter, const QString& caption, const QBrush& link);
QTableWidget* makeTable(const QStringList& headers, QWidget* parent);
QString percent(double share);
} // namespace analysis_ui

} // namespace qf

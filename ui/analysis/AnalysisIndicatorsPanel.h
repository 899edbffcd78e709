#pragma once

#include "ui/analysis/AnalysisPage.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace qf {

// The case work of the analysed period (AnalysisIndicators): on time per deadline clock, the
// second-request rate, feedback satisfaction, 两低一高 (by case and by handling office) and the
// key petitioners. Every number opens the case list of its reports.
class AnalysisIndicatorsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AnalysisIndicatorsPanel(QWidget* parent = nullptr);

    void showPage(const AnalysisPage& page);

    // For the tests.
    QTableWidget* clocksTable() const { return m_clocks; }
    QTableWidget* officesTable() const { return m_offices; }
    QTableWidget* petitionersTable() const { return m_petitioners; }
    QLabel* summary() const { return m_summary; }

signals:
    void drillDown(const qf::CaseListFilter& filter, const QString& caption);

private:
    const AnalysisPage* m_page = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_clocks = nullptr;
    QTableWidget* m_offices = nullptr;
    QTableWidget* m_petitioners = nullptr;
};

} // namespace qf

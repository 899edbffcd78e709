#pragma once

#include "ui/Workspace.h"
#include "ui/analysis/AnalysisPage.h"

#include <QFutureWatcher>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTableWidgetItem;

class QChartView;

namespace qf {
class AnalysisExportRun;
class AnalysisIndicatorsPanel;
class AnalysisTopicBar;
}

namespace qf {

class Session;

// 统计分析: the figures of a period and scope beside the previous period and the same period
// a year earlier, the trend by month, bars by category, the region × category risk map, the
// early warnings and the quarterly flags. Every number opens the case list of the reports
// behind it. Computed in the background (models/Analysis on a reader connection).
class AnalysisWorkspace : public Workspace
{
    Q_OBJECT

public:
    explicit AnalysisWorkspace(Session& session, QWidget* parent = nullptr);
    ~AnalysisWorkspace() override;

    QString title() const override { return tr("Analysis"); }
    QIcon icon() const override;
    void activated() override;

    // Computes the page in the background: an ISO period text (2026-11, 2026Q4, 2026) or a range.
    void setPeriod(const AnalysisPeriod& period);
    const AnalysisPage* page() const { return m_page.get(); }
    bool busy() const { return m_watcher.isRunning(); }
    // Writes the page's analysis to a .docx, .xlsx or PDF in the background (exportRun() shows
    // the step and can cancel); false when nothing is shown yet or an export is running.
    bool exportTo(const QString& path);
    AnalysisExportRun* exportRun() const { return m_exportRun; }

    // For the tests: the cell of the figures table (row, column 1 = this period) clicked.
    QTableWidget* figuresTable() const { return m_figures; }
    QTableWidget* riskMap() const { return m_risk; }
    QTableWidget* flagsTable() const { return m_flags; }
    QTableWidget* warningsTable() const { return m_warnings; }
    AnalysisIndicatorsPanel* indicatorsPanel() const { return m_indicators; }
    AnalysisTopicBar* topicBar() const { return m_topicBar; }

public slots:
    void refresh();

signals:
    // The user clicked a number: the case list should show these reports.
    void drillDown(const qf::CaseListFilter& filter, const QString& caption);
    void pageLoaded();

private:
    AnalysisQuery currentQuery() const;
    void showPage();
    void showFigures();
    void showCharts();
    void showRiskMap();
    void showWarnings();
    void showFlags();
    void periodKindChanged();
    void exportDocument();
    // The chosen early warning as the draft of a new topic analysis.
    void warningToTopic();

    Session& m_session;
    QFutureWatcher<Result<AnalysisPage>> m_watcher;
    std::unique_ptr<AnalysisPage> m_page;
    bool m_pending = false;
    bool m_started = false;
    QComboBox* m_kind = nullptr;
    QSpinBox* m_year = nullptr;
    QComboBox* m_part = nullptr; // month or quarter
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_scope = nullptr;
    QComboBox* m_dimension = nullptr;
    QSpinBox* m_level = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_state = nullptr;
    AnalysisExportRun* m_exportRun = nullptr;
    QLabel* m_totals = nullptr;
    QTableWidget* m_figures = nullptr;
    QChartView* m_trend = nullptr;
    QChartView* m_bars = nullptr;
    QTableWidget* m_risk = nullptr;
    QTableWidget* m_warnings = nullptr;
    QTableWidget* m_flags = nullptr;
    QLabel* m_flagFormula = nullptr;
    AnalysisIndicatorsPanel* m_indicators = nullptr;
    AnalysisTopicBar* m_topicBar = nullptr;
    QPushButton* m_warningToTopic = nullptr;
};

} // namespace qf

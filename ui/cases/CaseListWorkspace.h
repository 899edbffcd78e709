#pragma once

#include "models/CaseListFilter.h"
#include "models/CategoryStore.h"
#include "app/export/TableExport.h"
#include "models/Result.h"
#include "ui/Workspace.h"

#include <QSet>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace qf {

class CaseDetailPane;
class CaseListModel;
class Session;

// 案件办理: the list of every report, smooth on a million (CaseListModel), with the filter
// bar (search, dates with quick ranges, status, class, light, channel, category, office,
// handler), the number of
// matches and a read-only detail pane. Enter or a double click opens the report.
class CaseListWorkspace : public Workspace
{
    Q_OBJECT

public:
    explicit CaseListWorkspace(Session& session, QWidget* parent = nullptr);
    ~CaseListWorkspace() override;

    QString title() const override { return tr("Cases"); }
    QIcon icon() const override;
    void activated() override;

    CaseListModel* model() const { return m_model; }
    CaseDetailPane* detailPane() const { return m_detail; }
    // Reports changed (ids; empty: any may have - the sync): the rows and the detail pane
    // change in place, at once when on show, else when the list is shown next.
    void reportsChanged(const QStringList& reportIds = {});
    // Every report the list shows (all of them, not only the lines read so far), in its
    // order, to an .xlsx file with the filter written above.
    Status exportTo(const QString& path);
    // The same list printed (a table on A4 landscape, the filter at the top): the preview,
    // or a PDF file.
    void printList();
    Status printTo(const QString& pdfPath);
    // Ctrl+C: the selected rows as text with tabs, with the column titles.
    void copySelection();
    // What the filter bar asks for, in words ("状态：已分送").
    QStringList filterDescription() const;
    // The intake dialog for letters, calls, forwarded and handed-over items (Ctrl+N).
    void registerReport();
    // The reports behind a number of the analysis (its filter as it is), with what they are;
    // touching a filter of the bar goes back to the list's own filters.
    void showFiltered(const CaseListFilter& filter, const QString& caption);

signals:
    // The user opened a report (the editor listens to this).
    void caseOpened(const QString& reportId);

private:
    Result<ExportTable> table() const;
    void applyFilter();
    void updateCount();
    void openCurrent();
    void fillCombos();
    void fillCategories();
    QStringList chosenCategories() const; // the chosen category with its sub-items
    void applyPeriod();                   // 今天 / 本周 / 本月 / 本季度 / 本年
    void openEditor(const QString& reportId);
    void followCurrent();
    void chooseExport();
    void refreshNow();

    Session& m_session;
    CaseListModel* m_model = nullptr;
    bool m_started = false;
    bool m_stale = false;           // changed while hidden
    QSet<QString> m_changed;        // since the last refresh; "*" = anything
    QTimer* m_refreshDelay = nullptr;
    qint64 m_followRow = 0;         // the current row's report, shown once its line is read
    QTimer* m_searchDelay = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_class = nullptr;
    QComboBox* m_light = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_category = nullptr;
    QList<Category> m_categories;
    QComboBox* m_period = nullptr;
    QComboBox* m_office = nullptr;
    QComboBox* m_handler = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_count = nullptr;
    QString m_drillCaption; // the list shows the reports behind a number of the analysis
    QTableView* m_table = nullptr;
    CaseDetailPane* m_detail = nullptr;
};

} // namespace qf

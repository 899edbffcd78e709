#pragma once

#include "models/CaseListFilter.h"
#include "models/Result.h"
#include "ui/checkin/DocumentPrinter.h"
#include "app/export/TableExport.h"
#include "ui/Workspace.h"

#include <QFutureWatcher>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace qf {

class Session;

// 督办: every report whose light is yellow, orange, red or overdue, grouped by handling
// office and handler, with the counts by colour on each office's and handler's line, the due
// date and the days overdue; the most urgent first at every level. 催办 records a reminder on
// the selected reports and prints the 督办函. Loaded in the background.
class SupervisorWorkspace : public Workspace
{
    Q_OBJECT

public:
    explicit SupervisorWorkspace(Session& session, QWidget* parent = nullptr);
    ~SupervisorWorkspace() override;

    QString title() const override { return tr("Supervision"); }
    QIcon icon() const override;
    void activated() override { refresh(); }

    void setClockTime(const QDateTime& at) { m_clockTime = at; }
    // The list on show, one row per report with its office and handler, to an .xlsx file.
    Status exportTo(const QString& path) const;
    // Printed: a table on A4 landscape with the counts per office at the top.
    void printList();
    Status printTo(const QString& pdfPath) const;
    // Ctrl+C: the selected reports as text with tabs.
    void copySelection();
    // 催办: records the reminder on each report (Urging) and issues a 督办函 for each, to the
    // print preview, or as PDF files into pdfFolder when one is given.
    Status urge(const QStringList& reportIds, const QString& note, const QString& pdfFolder = {});
    QStringList selectedReports() const;
    static QString defaultNote();

public slots:
    void refresh();

signals:
    void loaded();
    void caseOpened(const QString& reportId);

private:
    void show();
    QList<QVariantList> rowsOf(const QList<QTreeWidgetItem*>& items) const;
    static QStringList exportHeaders();
    ExportTable table() const;
    void chooseUrge();
    QTreeWidgetItem* itemOf(const QString& reportId) const;
    DocumentPrinter::Issue letter(const QString& reportId, const QString& note) const;

    Session& m_session;
    QDateTime m_clockTime;
    QFutureWatcher<Result<QList<CaseListRow>>> m_watcher;
    QLabel* m_state = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_urge = nullptr;
};

} // namespace qf

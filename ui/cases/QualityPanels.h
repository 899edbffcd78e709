#pragma once

#include "models/ClosingReview.h"
#include "models/RepeatDetector.h"
#include "ui/checkin/DocumentPrinter.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace qf {

class CaseWork;

// 回头看: the period's random sample of concluded reports — drawn once by a supervisor and
// recorded, then worked through (each re-check's finding recorded).
class RecheckPanel : public QWidget
{
    Q_OBJECT

public:
    RecheckPanel(CaseWork& work, QWidget* parent = nullptr);

    void setPeriod(const QDate& from, const QDate& to);
    void refresh();
    Status draw();
    Status recordFinding(const QString& reportId, bool problemFound, const QString& notes);

signals:
    void caseOpened(const QString& reportId);

private:
    void show(const RecheckSample& sample);
    void askFinding(QTreeWidgetItem* item);

    CaseWork& m_work;
    QDate m_from, m_to;
    QLabel* m_state = nullptr;
    QSpinBox* m_percent = nullptr;
    QPushButton* m_draw = nullptr;
    QPushButton* m_finding = nullptr;
    QTreeWidget* m_tree = nullptr;
};

// 重复举报季度通报: the repeats registered in a quarter, by the department that handled the
// original, to be sent to each department; printed or saved as PDF.
class RepeatNoticePanel : public QWidget
{
    Q_OBJECT

public:
    RepeatNoticePanel(CaseWork& work, QWidget* parent = nullptr);

    void setQuarter(const QString& quarter, const QString& label = {}); // "2026Q3", as the user reads it
    void refresh();
    QString html(const QString& docNo = {}) const;
    // Saved as PDF and issued with the office's 文号 (kept; the same quarter's notice printed
    // again keeps its number).
    Result<DocumentPrinter::Issued> savePdf(const QString& path);
    DocumentPrinter::Issue document() const;

signals:
    void caseOpened(const QString& reportId);

private:
    CaseWork& m_work;
    QString m_quarter;
    QString m_label;
    QList<QuarterlyRepeat> m_items;
    QLabel* m_state = nullptr;
    QTreeWidget* m_tree = nullptr;
};

} // namespace qf

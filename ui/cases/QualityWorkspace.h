#pragma once

#include "ui/Workspace.h"

#include <QSet>

#include <memory>

class QComboBox;
class QLabel;
class QTabWidget;
class QTreeWidget;

namespace qf {

class CaseWork;
class RecheckPanel;
class RepeatNoticePanel;
class Session;

// Step 7 of the method for supervisors and handling offices: the concluded reports waiting
// for their closing review (复盘, late ones marked), the quarter's re-check sample (回头看),
// the offices' figures with "two low, one high" flagged and the second-request rate of
// evidence requests, and the quarter's notice of repeat reports.
class QualityWorkspace : public Workspace
{
    Q_OBJECT

public:
    explicit QualityWorkspace(Session& session, QWidget* parent = nullptr);
    ~QualityWorkspace() override;

    QString title() const override { return tr("Review and re-check"); }
    QIcon icon() const override;
    void activated() override { refresh(); }

    void setQuarter(const QString& quarter); // "2026Q3"
    QString quarter() const;

    RecheckPanel* recheck() const { return m_recheck; }
    RepeatNoticePanel* repeats() const { return m_repeats; }

public slots:
    void refresh();
    void reviewCurrent();

signals:
    void caseOpened(const QString& reportId);

private:
    void loadTab(int index);
    void loadReviews();
    void loadQuality();

    Session& m_session;
    std::unique_ptr<CaseWork> m_work;
    QComboBox* m_quarter = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_reviewState = nullptr;
    QTreeWidget* m_reviews = nullptr;
    QLabel* m_qualityState = nullptr;
    QTreeWidget* m_quality = nullptr;
    RecheckPanel* m_recheck = nullptr;
    RepeatNoticePanel* m_repeats = nullptr;
    QSet<int> m_stale; // tabs to read again when they are shown
};

} // namespace qf

#pragma once

#include "models/AnalysisTopics.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace qf {

class Session;

// 专题: which of the office's saved topics the analysis workspace counts (or all reports),
// with New / Change / Delete, and a line saying what the chosen topic covers.
class AnalysisTopicBar : public QWidget
{
    Q_OBJECT

public:
    explicit AnalysisTopicBar(Session& session, QWidget* parent = nullptr);

    // Reads the topics again (after a sync brought others), keeping the choice or choosing `id`.
    void reload(const QString& id = QString());
    std::optional<AnalysisTopic> current() const;
    // The regions the dialog offers to tick (those recorded, from the page).
    void setRegions(const QStringList& regions) { m_regions = regions; }
    // Opens the dialog for a new topic filled in with `draft`; true when it was saved (and chosen).
    bool createTopic(const AnalysisTopic& draft);
    // The summary of what a topic covers, for people (category names from `categoryName`).
    static QString describe(const AnalysisTopic& topic, const std::function<QString(const QString&)>& categoryName);
    void setCategoryNames(std::function<QString(const QString&)> names);

    QComboBox* combo() const { return m_combo; }

signals:
    // Another topic (or none) was chosen, or the chosen one changed.
    void topicChanged();

private:
    void editCurrent();
    void removeCurrent();
    void updateSummary();

    Session& m_session;
    QList<AnalysisTopic> m_topics;
    QStringList m_regions;
    std::function<QString(const QString&)> m_categoryName;
    QComboBox* m_combo = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace qf

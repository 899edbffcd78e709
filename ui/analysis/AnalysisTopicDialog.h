#pragma once

#include "models/AnalysisTopics.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QTreeWidget;

namespace qf {

class Session;

// 新建专题 / 修改专题: a topic's name, its categories (ticked in the taxonomy tree), the words
// its reports contain, its regions (ticked from those recorded) and units, and optionally the
// period it is read for. Saved through models/AnalysisTopics (and so shared by sync).
class AnalysisTopicDialog : public QDialog
{
    Q_OBJECT

public:
    AnalysisTopicDialog(Session& session, const AnalysisTopic& topic, const QStringList& regions, QWidget* parent = nullptr);

    AnalysisTopic topic() const;
    // The id of the topic saved (after accept()).
    const QString& savedId() const { return m_savedId; }

    void accept() override;

private:
    Session& m_session;
    AnalysisTopic m_topic;
    QString m_savedId;
    QLineEdit* m_name = nullptr;
    QTreeWidget* m_categories = nullptr;
    QLineEdit* m_keywords = nullptr;
    QListWidget* m_regions = nullptr;
    QLineEdit* m_units = nullptr;
    QCheckBox* m_ownPeriod = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace qf

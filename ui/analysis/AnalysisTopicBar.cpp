#include "ui/analysis/AnalysisTopicBar.h"
#include "ui/analysis/AnalysisTopicDialog.h"

#include "models/Session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace qf {

AnalysisTopicBar::AnalysisTopicBar(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("analysisTopicBar"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("To&pic:"), this);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("analysisTopic"));
    m_combo->setMinimumContentsLength(16);
    label->setBuddy(m_combo);
    m_new = new QPushButton(tr("New topic…"), this);
    m_new->setObjectName(QStringLiteral("newTopicButton"));
    m_edit = new QPushButton(tr("Change…"), this);
    m_edit->setObjectName(QStringLiteral("editTopicButton"));
    m_remove = new QPushButton(tr("Delete topic"), this);
    m_remove->setObjectName(QStringLiteral("deleteTopicButton"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("topicSummary"));
    m_summary->setWordWrap(true);
    row->addWidget(label);
    row->addWidget(m_combo);
    row->addWidget(m_new);
    row->addWidget(m_edit);
    row->addWidget(m_remove);
    row->addWidget(m_summary, 1);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        updateSummary();
        emit topicChanged();
    });
    connect(m_new, &QPushButton::clicked, this, [this] { createTopic({}); });
    connect(m_edit, &QPushButton::clicked, this, &AnalysisTopicBar::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &AnalysisTopicBar::removeCurrent);
    reload();
}

void AnalysisTopicBar::setCategoryNames(std::function<QString(const QString&)> names)
{
    m_categoryName = std::move(names);
    updateSummary();
}

void AnalysisTopicBar::reload(const QString& id)
{
    const QString keep = id.isEmpty() ? m_combo->currentData().toString() : id;
    auto list = AnalysisTopics(m_session.writer()).list();
    m_topics = list ? *list : QList<AnalysisTopic>();
    const QSignalBlocker block(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("All reports (no topic)"), QString());
    for (const AnalysisTopic& t : std::as_const(m_topics))
        m_combo->addItem(t.name, t.id);
    const int at = m_combo->findData(keep);
    const bool changed = at < 0 && !keep.isEmpty(); // the chosen topic was deleted elsewhere
    m_combo->setCurrentIndex(std::max(0, at));
    updateSummary();
    if (changed || !id.isEmpty())
        emit topicChanged();
}

std::optional<AnalysisTopic> AnalysisTopicBar::current() const
{
    const QString id = m_combo->currentData().toString();
    for (const AnalysisTopic& t : m_topics)
        if (t.id == id)
            return t;
    return std::nullopt;
}

bool AnalysisTopicBar::createTopic(const AnalysisTopic& draft)
{
    AnalysisTopic fresh = draft;
    fresh.id.clear();
    AnalysisTopicDialog dialog(m_session, fresh, m_regions, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reload(dialog.savedId());
    return true;
}

void AnalysisTopicBar::editCurrent()
{
    const auto t = current();
    if (!t)
        return;
    AnalysisTopicDialog dialog(m_session, *t, m_regions, this);
    if (dialog.exec() == QDialog::Accepted)
        reload(dialog.savedId());
}

void AnalysisTopicBar::removeCurrent()
{
    const auto t = current();
    if (!t)
        return;
    if (QMessageBox::question(this, tr("Delete topic"),
                              tr("Delete the topic \"%1\" for the whole office? The reports are not touched.").arg(t->name))
        != QMessageBox::Yes)
        return;
    if (Status s = AnalysisTopics(m_session.writer()).remove(t->id); !s) {
        QMessageBox::warning(this, tr("Delete topic"), s.error());
        return;
    }
    m_combo->setCurrentIndex(0);
    reload();
}

QString AnalysisTopicBar::describe(const AnalysisTopic& t, const std::function<QString(const QString&)>& categoryName)
{
    AnalysisTopic unnamed = t;
    unnamed.name.clear(); // the picker beside it names the topic
    QStringList parts = describeTopic(unnamed.applyTo({}), categoryName);
    if (t.from.isValid())
        parts << tr("period %1 — %2").arg(t.from.toString(Qt::ISODate), t.to.toString(Qt::ISODate));
    return parts.join(QStringLiteral("；"));
}

void AnalysisTopicBar::updateSummary()
{
    const auto t = current();
    m_edit->setEnabled(t.has_value());
    m_remove->setEnabled(t.has_value());
    m_summary->setText(t ? describe(*t, m_categoryName) : QString());
}

} // namespace qf

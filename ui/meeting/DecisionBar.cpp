#include "ui/meeting/DecisionBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace qf {

DecisionBar::DecisionBar(QWidget* parent)
    : QGroupBox(tr("Decision (keys 1–7; Page Up/Down: previous/next case)"), parent)
{
    // Two rows, so that the meeting screen fits on 1366 pixels: the four outcomes, then
    // dispatch, send back, defer and undo.
    auto* rows = new QVBoxLayout(this);
    auto* first = new QHBoxLayout;
    auto* second = new QHBoxLayout;
    rows->addLayout(first);
    rows->addLayout(second);
    QHBoxLayout* row = first;
    const auto add = [&](MeetingDecision decision, const QString& text) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QStringLiteral("decide_") + meetingDecisionName(decision));
        row->addWidget(b);
        connect(b, &QPushButton::clicked, this, [this, decision] { emit decided(decision); });
    };
    add(MeetingDecision::TalkInquiry, tr("&1 Talk and inquiry"));
    add(MeetingDecision::PreliminaryVerification, tr("&2 Preliminary verification"));
    add(MeetingDecision::StoredPending, tr("&3 Stored pending"));
    add(MeetingDecision::ClosedNoAction, tr("&4 Closed, no action"));
    first->addStretch(1);
    row = second;
    add(MeetingDecision::Dispatch, tr("&5 Dispatch to:"));
    m_office = new QComboBox(this);
    m_office->setObjectName(QStringLiteral("targetOrg"));
    m_office->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_office->setMinimumContentsLength(10);
    row->addWidget(m_office);
    add(MeetingDecision::SendBack, tr("&6 Send back"));
    add(MeetingDecision::Deferred, tr("&7 Defer"));
    row->addStretch(1);
    auto* undo = new QPushButton(tr("Undo decision (Ctrl+Z)"), this);
    undo->setObjectName(QStringLiteral("undoDecision"));
    undo->setToolTip(tr("Takes the decision back until the minutes are confirmed"));
    row->addWidget(undo);
    connect(undo, &QPushButton::clicked, this, &DecisionBar::undoRequested);
}

void DecisionBar::setOffices(const QList<QPair<QString, QString>>& offices)
{
    m_office->clear();
    for (const auto& [name, id] : offices)
        m_office->addItem(name, id);
}

void DecisionBar::proposeOffice(const QString& orgId)
{
    if (int i = m_office->findData(orgId); i >= 0)
        m_office->setCurrentIndex(i);
}

QString DecisionBar::office() const
{
    return m_office->currentData().toString();
}

std::optional<MeetingDecision> DecisionBar::forKey(int key)
{
    static const MeetingDecision byKey[]
        = { MeetingDecision::TalkInquiry, MeetingDecision::PreliminaryVerification,
              MeetingDecision::StoredPending, MeetingDecision::ClosedNoAction, MeetingDecision::Dispatch,
              MeetingDecision::SendBack, MeetingDecision::Deferred };
    if (key < Qt::Key_1 || key > Qt::Key_7)
        return std::nullopt;
    return byKey[key - Qt::Key_1];
}

bool DecisionBar::isTextInput(const QObject* o)
{
    return (o->inherits("QLineEdit") || o->inherits("QPlainTextEdit") || o->inherits("QTextEdit")
               || o->inherits("QAbstractSpinBox"))
        && !o->property("readOnly").toBool();
}

} // namespace qf

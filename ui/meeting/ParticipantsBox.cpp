#include "ui/meeting/ParticipantsBox.h"

#include "models/MeetingStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace qf {

ParticipantsBox::ParticipantsBox(QWidget* parent)
    : QGroupBox(tr("Participants"), parent)
{
    auto* v = new QVBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("participants"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("participantName"));
    m_name->setPlaceholderText(tr("Name"));
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("department"));
    for (const QString& d : MeetingStore::departments())
        m_department->addItem(MeetingStore::departmentName(d), d);
    m_sittingIn = new QCheckBox(tr("Sits in"), this);
    m_sittingIn->setObjectName(QStringLiteral("participantSittingIn"));
    m_sittingIn->setToolTip(tr("Sits in on the meeting (列席) rather than attending it (出席)"));
    auto* add = new QPushButton(tr("Add"), this);
    auto* row = new QHBoxLayout;
    row->addWidget(m_name, 1);
    row->addWidget(m_department);
    row->addWidget(m_sittingIn);
    row->addWidget(add);
    v->addWidget(m_list);
    v->addLayout(row);
    const auto request
        = [this] { emit addRequested(m_name->text(), m_department->currentData().toString(), m_sittingIn->isChecked()); };
    connect(add, &QPushButton::clicked, this, request);
    connect(m_name, &QLineEdit::returnPressed, this, request);
}

void ParticipantsBox::setParticipants(const QList<MeetingParticipant>& participants)
{
    m_list->clear();
    for (const MeetingParticipant& p : participants)
        m_list->addItem(p.name + QStringLiteral(" — ") + MeetingStore::departmentName(p.department)
                        + (p.sittingIn ? QStringLiteral(" — ") + tr("sits in") : QString()));
}

void ParticipantsBox::clearEntry()
{
    m_name->clear();
    m_sittingIn->setChecked(false);
}

} // namespace qf

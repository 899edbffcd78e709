#include "ui/checkin/QueuePanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace qf {

QueuePanel::QueuePanel(QWidget* parent)
    : QGroupBox(tr("Queue"), parent)
{
    setObjectName(QStringLiteral("queuePanel"));
    auto* layout = new QVBoxLayout(this);
    m_ticket = new QPushButton(tr("Issue ti&cket (F2)"), this);
    m_ticket->setObjectName(QStringLiteral("issueTicket"));
    layout->addWidget(m_ticket);
    layout->addWidget(new QLabel(tr("Waiting"), this));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("waitingList"));
    layout->addWidget(m_list, 1);
    auto* form = new QFormLayout;
    m_room = new QComboBox(this);
    m_room->setObjectName(QStringLiteral("room"));
    m_room->setEditable(true);
    form->addRow(tr("&Room"), m_room);
    layout->addLayout(form);
    m_callNext = new QPushButton(tr("C&all next (F5)"), this);
    m_callNext->setObjectName(QStringLiteral("callNext"));
    layout->addWidget(m_callNext);
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("currentVisit"));
    m_current->setWordWrap(true);
    layout->addWidget(m_current);
    m_end = new QPushButton(tr("&End conversation (F8)"), this);
    m_end->setObjectName(QStringLiteral("endConversation"));
    layout->addWidget(m_end);
    connect(m_ticket, &QPushButton::clicked, this, &QueuePanel::issueTicketRequested);
    connect(m_callNext, &QPushButton::clicked, this, &QueuePanel::callNextRequested);
    connect(m_end, &QPushButton::clicked, this, &QueuePanel::endRequested);
    showCurrent(nullptr);
}

void QueuePanel::setRooms(const QStringList& rooms)
{
    m_room->clear();
    m_room->addItems(rooms);
}

QString QueuePanel::room() const
{
    return m_room->currentText().trimmed();
}

void QueuePanel::showWaiting(const QList<Visit>& waiting)
{
    m_list->clear();
    for (const Visit& v : waiting) {
        QString text = tr("%1  arrived %2").arg(v.ticketNo, v.arrivedAt.toLocalTime().toString(QStringLiteral("HH:mm")));
        if (v.kind == QLatin1String("group"))
            text += tr("  (group of %1)").arg(v.headCount);
        m_list->addItem(text);
    }
    m_callNext->setEnabled(!waiting.isEmpty());
}

int QueuePanel::waitingCount() const
{
    return m_list->count();
}

void QueuePanel::showCurrent(const Visit* v)
{
    m_current->setText(v ? tr("In conversation: %1 in %2 since %3")
                               .arg(v->ticketNo, v->room,
                                    v->startedAt.toLocalTime().toString(QStringLiteral("HH:mm")))
                         : tr("Nobody in conversation."));
    m_end->setEnabled(v != nullptr);
}

} // namespace qf

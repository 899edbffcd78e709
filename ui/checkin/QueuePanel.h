#pragma once

#include "models/VisitStore.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace qf {

// 候访: the waiting list of today, the room, and the visit now in conversation.
class QueuePanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit QueuePanel(QWidget* parent = nullptr);

    void setRooms(const QStringList& rooms);
    QString room() const;
    void showWaiting(const QList<Visit>& waiting);
    void showCurrent(const Visit* visit); // nullptr: nobody
    int waitingCount() const;

Q_SIGNALS:
    void issueTicketRequested();
    void callNextRequested();
    void endRequested();

private:
    QListWidget* m_list = nullptr;
    QComboBox* m_room = nullptr;
    QLabel* m_current = nullptr;
    QPushButton* m_ticket = nullptr;
    QPushButton* m_callNext = nullptr;
    QPushButton* m_end = nullptr;
};

} // namespace qf

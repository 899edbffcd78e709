#pragma once

#include "app/phone/Hotline.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace qf {

// The pop-up of a call on the hotline: shown on top without taking the keyboard from what the
// operator is typing, with the caller's number and what the number's blind index found
// (earlier calls, visits and reports, newest first; a mark when a matter of theirs is open).
// Answer (F12, the headset's call key, or Enter once clicked), Decline; during the
// call Hold, Mute, Hang up and the call's timer.
class IncomingCallPopup : public QWidget
{
    Q_OBJECT

public:
    IncomingCallPopup(Hotline& desk, const HotlineCall& call, QWidget* parent = nullptr);

    const QString& lineCallId() const { return m_call.lineCallId; }
    bool inCall() const { return m_inCall; }
    // The call was answered (here or by a key of the main window) / it ended.
    void callAnswered();
    void callEnded(const CallRecord& record);

signals:
    void registerReport(const qf::HotlineCall& call);
    void openCase(const QString& reportId);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void answer();
    void updateTimer();

    Hotline& m_desk;
    HotlineCall m_call;
    QLabel* m_state = nullptr;
    QLabel* m_timer = nullptr;
    QTreeWidget* m_history = nullptr;
    QPushButton* m_answer = nullptr;
    QPushButton* m_decline = nullptr;
    QPushButton* m_hold = nullptr;
    QPushButton* m_mute = nullptr;
    QPushButton* m_hangUp = nullptr;
    QPushButton* m_report = nullptr;
    QTimer m_tick;
    QElapsedTimer m_since;
    bool m_inCall = false;
    bool m_held = false;
    bool m_muted = false;
};

} // namespace qf

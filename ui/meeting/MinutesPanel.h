#pragma once

#include "models/Meeting.h"
#include "models/Result.h"

#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace qf {

class MeetingStore;
struct Actor;

// The minutes of the open meeting: draft from the meeting's current state, confirm (the chair),
// amend (a new linked record), PDF and print preview. Confirmed minutes are never rewritten.
class MinutesPanel : public QWidget
{
    Q_OBJECT

public:
    using Render = std::function<QString(int version, bool confirmed)>;

    MinutesPanel(MeetingStore& store, QWidget* parent = nullptr);

    void setMeeting(const QString& meetingId, Render render, std::function<Actor()> chair);
    void refresh();

    Status draft(); // writes the draft from the meeting as it is now
    Status confirm();
    Status amend();
    Status exportPdf(const QString& path);
    const Minutes& current() const { return m_minutes; }

signals:
    void message(const QString& text);

private:
    void report(const Status& s, const QString& done);

    MeetingStore& m_store;
    QString m_meetingId;
    Render m_render;
    std::function<Actor()> m_chair;
    Minutes m_minutes;
    QLabel* m_state = nullptr;
    QTextBrowser* m_view = nullptr;
    QPushButton* m_draft = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_amend = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_print = nullptr;
};

} // namespace qf

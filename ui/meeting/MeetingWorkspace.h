#pragma once

#include "models/CaseSlide.h"
#include "models/IdentityMasker.h"
#include "models/Meeting.h"
#include "ui/Workspace.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace qf {

class AgendaBox;
class AgendaBuilder;
class CaseNotes;
class CaseStateMachine;
class DecisionBar;
class DeadlineClock;
class DispatchAdvisor;
class MeetingStore;
class MinutesPanel;
class ParticipantsBox;
class PresentationWindow;
class ReportStore;
class Session;
class WorkCalendar;
struct Actor;

// 研判会: the chair's operator window. Meeting (date, place, participants), the agenda (built
// from class A, must-review and put-forward cases; reordered and added to by the chair), the
// current case with its decision, opinions, dissent, deadline and a timer, the minutes, and the
// projector's PresentationWindow. Keyboard: Page Up/Down previous/next case, 1-4 the four
// outcomes, 5 dispatch, 6 send back, 7 defer.
class MeetingWorkspace : public Workspace
{
    Q_OBJECT

public:
    explicit MeetingWorkspace(Session& session, QWidget* parent = nullptr);
    ~MeetingWorkspace() override;

    QString title() const override { return tr("Review meeting"); }
    QIcon icon() const override;
    void activated() override;
    void setLocked(bool locked) override;

    Result<QString> newMeeting(const QDate& heldOn, const QString& place);
    // Number, place, chair and recorder of the open meeting, from the fields of the screen.
    Status saveMeetingHeading();
    Status openMeeting(const QString& meetingId);
    Status buildAgenda();
    Status addCase(const QString& regNo);
    Status decide(MeetingDecision decision);
    // A decision asked for by a key or a button: 予以了结 and 退回 need the reasons first (the
    // field gets the focus); the final ones (予以了结, 分送, 退回) are confirmed before they are
    // written. Returns whether it was recorded.
    bool requestDecision(MeetingDecision decision);
    // Ctrl+Z: takes back the current case's decision (or the one made last) until the minutes
    // are confirmed.
    Status undoDecision();
    // What asks "are you sure?" (a message box; tests answer it themselves).
    using Confirmation = std::function<bool(QWidget* parent, const QString& question)>;
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    static bool isFinal(MeetingDecision decision);
    void goTo(int index);
    Status moveCurrent(int delta);
    void showPresentation(int screenIndex);

    const Meeting& meeting() const { return m_meeting; }
    int currentIndex() const { return m_current; }
    MinutesPanel* minutes() const { return m_minutes; }
    PresentationWindow* presentation() const;
    const CaseSlide* currentSlide() const;

signals:
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildMeetingPane();
    QWidget* buildCasePane();
    void reload();
    void showCurrent();
    void saveCurrentNotes();
    void revealIdentity();
    void setMessage(const QString& text);
    Actor actor() const;
    QString orgName(const QString& id) const;
    QString renderMinutes(int version, bool confirmed);

    Session& m_session;
    ReportStore* m_reports = nullptr; // the session's
    std::unique_ptr<CaseStateMachine> m_machine;
    std::unique_ptr<DispatchAdvisor> m_advisor;
    std::unique_ptr<MeetingStore> m_store;
    std::unique_ptr<AgendaBuilder> m_builder;
    std::unique_ptr<WorkCalendar> m_calendar;
    std::unique_ptr<DeadlineClock> m_clock;
    std::unique_ptr<CaseSlideLoader> m_loader;
    IdentityMasker m_masker;
    QString m_userId, m_role;

    Meeting m_meeting;
    QHash<QString, CaseSlide> m_slides;
    int m_current = -1;
    int m_secondsBefore = 0;
    QElapsedTimer m_elapsed;
    QTimer m_tick;

    QDateEdit* m_date = nullptr;
    QLineEdit* m_place = nullptr;
    QSpinBox* m_number = nullptr;     // 第N次 of the year
    QLineEdit* m_chair = nullptr;     // 主持人
    QLineEdit* m_recorder = nullptr;  // 记录人
    QComboBox* m_meetings = nullptr;
    ParticipantsBox* m_participants = nullptr;
    AgendaBox* m_agenda = nullptr;
    QLabel* m_caseTitle = nullptr;
    QLabel* m_caseBody = nullptr;
    QLabel* m_identity = nullptr;
    QPushButton* m_reveal = nullptr;
    DecisionBar* m_decisions = nullptr;
    CaseNotes* m_notes = nullptr;
    QLabel* m_timer = nullptr;
    QLabel* m_status = nullptr;
    QComboBox* m_screens = nullptr;
    MinutesPanel* m_minutes = nullptr;
    QPointer<PresentationWindow> m_presentation;
    Confirmation m_confirm;
    QStringList m_decidedItems; // this session's decisions, newest last (for Ctrl+Z)
};

} // namespace qf

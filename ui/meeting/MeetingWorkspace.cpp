#include "ui/meeting/MeetingWorkspace.h"

#include "ui/WorkspaceIcons.h"
#include "ui/meeting/AgendaBox.h"
#include "models/AgendaBuilder.h"
#include "models/CalendarStore.h"
#include "ui/meeting/CaseNotes.h"
#include "models/CaseStateMachine.h"
#include "models/DeadlineClock.h"
#include "ui/meeting/DecisionBar.h"
#include "models/DispatchAdvisor.h"
#include "models/MeetingStore.h"
#include "ui/meeting/MinutesDocument.h"
#include "ui/meeting/MinutesPanel.h"
#include "ui/meeting/ParticipantsBox.h"
#include "ui/meeting/PresentationWindow.h"
#include "models/ReportStore.h"
#include "models/Session.h"
#include "models/Settings.h"
#include "models/WorkCalendar.h"
#include "models/Role.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace qf {

MeetingWorkspace::MeetingWorkspace(Session& session, QWidget* parent)
    : Workspace(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("meetingWorkspace"));
    m_reports = &session.reports();
    m_machine = std::make_unique<CaseStateMachine>(*m_reports);
    m_advisor = std::make_unique<DispatchAdvisor>(*m_reports, *m_machine);
    m_store = std::make_unique<MeetingStore>(session.writer(), *m_reports, *m_machine);
    m_builder = std::make_unique<AgendaBuilder>(session.database());
    auto calendar = CalendarStore::load(session.database().connection());
    m_calendar = std::make_unique<WorkCalendar>(calendar ? *calendar : WorkCalendar());
    m_clock = std::make_unique<DeadlineClock>(
        *m_calendar, DeadlinePolicy::fromSettings(Settings(session.writer())));
    m_loader = std::make_unique<CaseSlideLoader>(*m_reports, session.directory(), *m_advisor, *m_clock);
    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("meetingStatus"));
    m_status->setWordWrap(true);
    auto* tabs = new QTabWidget(this);
    auto* split = new QSplitter(Qt::Horizontal, tabs);
    split->addWidget(buildMeetingPane());
    split->addWidget(buildCasePane());
    split->setStretchFactor(1, 1);
    tabs->addTab(split, tr("Meeting"));
    m_minutes = new MinutesPanel(*m_store, tabs);
    tabs->addTab(m_minutes, tr("Minutes"));
    layout->addWidget(tabs, 1);
    layout->addWidget(m_status);
    connect(m_minutes, &MinutesPanel::message, this, &MeetingWorkspace::setMessage);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        const int s = m_secondsBefore + int(m_elapsed.isValid() ? m_elapsed.elapsed() / 1000 : 0);
        m_timer->setText(QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0')));
    });
    qApp->installEventFilter(this); // Page Up/Down and the number keys, wherever the focus is here
    activated();
}

MeetingWorkspace::~MeetingWorkspace()
{
    qApp->removeEventFilter(this);
    delete m_presentation.data();
}

QIcon MeetingWorkspace::icon() const
{
    return workspaceIcon(QChar(0x4F1A), QColor(0xad, 0x14, 0x57)); // 会
}

void MeetingWorkspace::activated()
{
    if (auto profile = m_session.profile().load()) {
        m_userId = profile->userId;
        m_role = profile->role;
    }
    m_reveal->setEnabled(Role::may(m_role, Capability::RevealInMeeting));
    QList<QPair<QString, QString>> offices;
    if (auto list = m_session.directory().organisations())
        for (const Organisation& o : std::as_const(*list))
            offices << qMakePair(o.name, o.id);
    m_decisions->setOffices(offices);
    m_meetings->clear();
    if (auto list = m_store->list())
        for (const Meeting& m : *list)
            m_meetings->addItem(
                QLocale().toString(m.heldOn, QLocale::ShortFormat) + QStringLiteral(" ") + m.place, m.id);
    if (const int open = m_meetings->findData(m_meeting.id); open >= 0 && !m_meeting.id.isEmpty())
        m_meetings->setCurrentIndex(open); // the meeting on the screen, not the list's first
    m_screens->clear();
    m_screens->addItems(PresentationWindow::screenNames());
    m_screens->setCurrentIndex(m_screens->count() - 1);
}

QWidget* MeetingWorkspace::buildMeetingPane()
{
    auto* pane = new QWidget(this);
    auto* v = new QVBoxLayout(pane);
    auto* form = new QFormLayout;
    m_meetings = new QComboBox(pane);
    m_meetings->setObjectName(QStringLiteral("meetings"));
    auto* open = new QPushButton(tr("&Open"), pane);
    auto* openRow = new QHBoxLayout;
    openRow->addWidget(m_meetings, 1);
    openRow->addWidget(open);
    form->addRow(tr("Meeting:"), openRow);
    m_date = new QDateEdit(QDate::currentDate(), pane);
    m_date->setCalendarPopup(true);
    m_place = new QLineEdit(pane);
    m_place->setObjectName(QStringLiteral("place"));
    auto* create = new QPushButton(tr("&New meeting"), pane);
    m_number = new QSpinBox(pane);
    m_number->setObjectName(QStringLiteral("meetingNumber"));
    m_number->setRange(0, 999);
    m_number->setSpecialValueText(tr("(not numbered)"));
    m_number->setToolTip(tr("The meeting's number in its year, printed in the minutes"));
    m_chair = new QLineEdit(pane);
    m_chair->setObjectName(QStringLiteral("meetingChair"));
    m_recorder = new QLineEdit(pane);
    m_recorder->setObjectName(QStringLiteral("meetingRecorder"));
    auto* saveHeading = new QPushButton(tr("Save the hea&ding"), pane);
    saveHeading->setObjectName(QStringLiteral("saveHeading"));
    saveHeading->setToolTip(tr("Number, place, chair and recorder as the minutes print them"));
    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("Place:"), m_place);
    form->addRow(QString(), create);
    form->addRow(tr("Number in the year:"), m_number);
    form->addRow(tr("Chair:"), m_chair);
    form->addRow(tr("Recorder:"), m_recorder);
    form->addRow(QString(), saveHeading);
    v->addLayout(form);

    m_participants = new ParticipantsBox(pane);
    v->addWidget(m_participants);

    m_agenda = new AgendaBox(pane);
    v->addWidget(m_agenda, 1);

    connect(open, &QPushButton::clicked, this, [this] {
        if (m_meetings->currentIndex() >= 0)
            if (Status s = openMeeting(m_meetings->currentData().toString()); !s)
                setMessage(s.error());
    });
    connect(create, &QPushButton::clicked, this, [this] {
        if (auto id = newMeeting(m_date->date(), m_place->text()); !id)
            setMessage(id.error());
    });
    connect(saveHeading, &QPushButton::clicked, this, [this] {
        if (Status s = saveMeetingHeading(); !s)
            setMessage(s.error());
        else
            setMessage(tr("The heading of the minutes is saved."));
    });
    connect(m_participants, &ParticipantsBox::addRequested, this,
        [this](const QString& name, const QString& dept, bool sittingIn) {
            if (m_meeting.id.isEmpty())
                return setMessage(tr("Open or create a meeting first."));
            auto id = m_store->addParticipant(m_meeting.id, name, dept, sittingIn);
            if (!id)
                return setMessage(id.error());
            m_participants->clearEntry();
            reload();
        });
    connect(m_agenda, &AgendaBox::buildRequested, this, [this] {
        if (Status s = buildAgenda(); !s)
            setMessage(s.error());
    });
    connect(m_agenda, &AgendaBox::message, this, &MeetingWorkspace::setMessage);
    connect(m_agenda, &AgendaBox::moveRequested, this, [this](int delta) { (void)moveCurrent(delta); });
    connect(m_agenda, &AgendaBox::addRequested, this, [this](const QString& regNo) {
        if (Status s = addCase(regNo); !s)
            setMessage(s.error());
    });
    connect(m_agenda, &AgendaBox::chosen, this, [this](int row) {
        if (row != m_current)
            goTo(row);
    });
    return pane;
}

QWidget* MeetingWorkspace::buildCasePane()
{
    auto* pane = new QWidget(this);
    auto* v = new QVBoxLayout(pane);
    m_caseTitle = new QLabel(pane);
    m_caseTitle->setObjectName(QStringLiteral("caseTitle"));
    QFont f = m_caseTitle->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_caseTitle->setFont(f);
    m_timer = new QLabel(QStringLiteral("0:00"), pane);
    m_timer->setObjectName(QStringLiteral("caseTimer"));
    m_timer->setFont(f);
    auto* head = new QHBoxLayout;
    head->addWidget(m_caseTitle, 1);
    head->addWidget(m_timer);
    v->addLayout(head);
    m_caseBody = new QLabel(pane);
    m_caseBody->setObjectName(QStringLiteral("caseBody"));
    m_caseBody->setWordWrap(true);
    m_caseBody->setTextFormat(Qt::PlainText);
    m_caseBody->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    v->addWidget(m_caseBody);
    auto* idRow = new QHBoxLayout;
    m_reveal = new QPushButton(tr("Show reporter's identity (audited)"), pane);
    m_reveal->setObjectName(QStringLiteral("revealIdentity"));
    m_identity = new QLabel(pane);
    m_identity->setObjectName(QStringLiteral("identity"));
    m_identity->setTextFormat(Qt::PlainText);
    idRow->addWidget(m_reveal);
    idRow->addWidget(m_identity, 1);
    v->addLayout(idRow);

    m_decisions = new DecisionBar(pane);
    auto* undo = new QShortcut(QKeySequence::Undo, this);
    undo->setContext(Qt::WidgetWithChildrenShortcut);
    connect(undo, &QShortcut::activated, this, [this] { (void)undoDecision(); });
    connect(m_decisions, &DecisionBar::undoRequested, this, [this] { (void)undoDecision(); });
    connect(m_decisions, &DecisionBar::decided, this, [this](MeetingDecision d) { (void)requestDecision(d); });
    v->addWidget(m_decisions);

    m_notes = new CaseNotes(pane);
    v->addWidget(m_notes);

    auto* present = new QHBoxLayout;
    m_screens = new QComboBox(pane);
    m_screens->setObjectName(QStringLiteral("screens"));
    auto* show = new QPushButton(tr("Show on &projector"), pane);
    present->addWidget(new QLabel(tr("Projector:"), pane));
    present->addWidget(m_screens, 1);
    present->addWidget(show);
    v->addLayout(present);
    v->addStretch(1);
    connect(show, &QPushButton::clicked, this, [this] { showPresentation(m_screens->currentIndex()); });
    connect(m_reveal, &QPushButton::clicked, this, &MeetingWorkspace::revealIdentity);
    return pane;
}

Status MeetingWorkspace::saveMeetingHeading()
{
    if (m_meeting.id.isEmpty())
        return Error { tr("Open or create a meeting first.") };
    if (Status s = m_store->setHeading(m_meeting.id, m_number->value(), m_place->text(), m_chair->text(),
                                       m_recorder->text());
        !s)
        return s;
    if (auto m = m_store->load(m_meeting.id)) {
        m_meeting.number = m->number;
        m_meeting.place = m->place;
        m_meeting.chairName = m->chairName;
        m_meeting.recorder = m->recorder;
    }
    return {};
}

Result<QString> MeetingWorkspace::newMeeting(const QDate& heldOn, const QString& place)
{
    auto id = m_store->create(heldOn, place, m_userId);
    if (!id)
        return id;
    activated();
    if (Status s = openMeeting(*id); !s)
        return Error { s.error() };
    return id;
}

Status MeetingWorkspace::openMeeting(const QString& meetingId)
{
    saveCurrentNotes();
    auto m = m_store->load(meetingId);
    if (!m)
        return Error { m.error() };
    m_meeting = *m;
    m_current = -1;
    if (const int i = m_meetings->findData(meetingId); i >= 0)
        m_meetings->setCurrentIndex(i);
    m_slides.clear();
    m_date->setDate(m_meeting.heldOn);
    m_place->setText(m_meeting.place);
    m_number->setValue(m_meeting.number);
    m_chair->setText(m_meeting.chairName.isEmpty() ? m_session.directory().userName(m_meeting.chairId) : m_meeting.chairName);
    m_recorder->setText(m_meeting.recorder);
    m_minutes->setMeeting(
        meetingId, [this](int version, bool confirmed) { return renderMinutes(version, confirmed); },
        [this] { return actor(); });
    reload();
    if (!m_meeting.items.isEmpty())
        goTo(0);
    return {};
}

void MeetingWorkspace::reload()
{
    if (m_meeting.id.isEmpty())
        return;
    if (auto m = m_store->load(m_meeting.id))
        m_meeting = *m;
    m_participants->setParticipants(m_meeting.participants);
    QStringList lines;
    for (const AgendaItem& i : m_meeting.items) {
        if (!m_slides.contains(i.reportId))
            if (auto s = m_loader->load(i.reportId, IdentityMasker(), QDateTime::currentDateTime())) {
                s->summary.clear(); // only the registration number is kept until the case is shown masked
                s->unit.clear();
                s->rank.clear();
                m_slides.insert(i.reportId, *s);
            }
        QString text = QStringLiteral("%1. %2 · %3")
                           .arg(i.position)
                           .arg(m_slides.value(i.reportId).regNo, CaseSlideLoader::reasonText(i.reason));
        if (i.decision != MeetingDecision::None)
            text += QStringLiteral(" — ") + CaseSlideLoader::outcomeText(meetingDecisionName(i.decision));
        lines << text;
    }
    m_agenda->setTitle(tr("Agenda of the review meeting, %1, %2")
                           .arg(m_meeting.heldOn.toString(QStringLiteral("yyyy-MM-dd")), m_meeting.place));
    m_agenda->setItems(lines, m_current);
}

Status MeetingWorkspace::buildAgenda()
{
    if (m_meeting.id.isEmpty())
        return Error { tr("Open or create a meeting first.") };
    auto added = m_builder->fill(*m_store, m_meeting.id);
    if (!added)
        return Error { added.error() };
    reload();
    if (m_current < 0 && !m_meeting.items.isEmpty())
        goTo(0);
    setMessage(tr("%n case(s) added to the agenda.", nullptr, *added));
    return {};
}

Status MeetingWorkspace::addCase(const QString& regNo)
{
    if (m_meeting.id.isEmpty())
        return Error { tr("Open or create a meeting first.") };
    auto id = m_reports->resolve(regNo);
    if (!id)
        return Error { id.error() };
    auto item = m_store->addItem(m_meeting.id, *id, QStringLiteral("added"));
    if (!item)
        return Error { item.error() };
    reload();
    return {};
}

Status MeetingWorkspace::moveCurrent(int delta)
{
    if (m_current < 0)
        return Error { tr("Choose a case first.") };
    const int to = m_current + delta;
    if (to < 0 || to >= m_meeting.items.size())
        return {};
    saveCurrentNotes();
    if (Status s = m_store->moveItem(m_meeting.id, m_meeting.items[m_current].id, to + 1); !s)
        return s;
    m_current = to;
    reload();
    return {};
}

void MeetingWorkspace::goTo(int index)
{
    if (index < 0 || index >= m_meeting.items.size())
        return;
    saveCurrentNotes();
    reload();
    m_current = index;
    m_agenda->setCurrent(index);
    showCurrent();
}

void MeetingWorkspace::setLocked(bool locked)
{
    if (!m_presentation)
        return;
    if (locked || m_current < 0 || m_current >= m_meeting.items.size())
        m_presentation->showBlank(QString());
    else
        showCurrent();
}

PresentationWindow* MeetingWorkspace::presentation() const
{
    return m_presentation.data();
}

const CaseSlide* MeetingWorkspace::currentSlide() const
{
    if (m_current < 0 || m_current >= m_meeting.items.size())
        return nullptr;
    auto it = m_slides.constFind(m_meeting.items[m_current].reportId);
    return it == m_slides.cend() ? nullptr : &*it;
}

void MeetingWorkspace::showCurrent()
{
    const AgendaItem& item = m_meeting.items[m_current];
    m_identity->clear();
    m_masker.clear();
    if (Status s = m_masker.addReport(m_session.database(), m_session.persons(), item.reportId); !s)
        setMessage(s.error());
    auto slide = m_loader->load(item.reportId, m_masker, QDateTime::currentDateTime());
    if (!slide)
        return setMessage(slide.error());
    m_slides.insert(item.reportId, *slide);
    m_caseTitle->setText(tr("%1 of %2: %3").arg(m_current + 1).arg(m_meeting.items.size()).arg(slide->regNo));
    m_caseBody->setText(slide->summary + QStringLiteral("\n\n")
        + tr("Unit / rank: %1 / %2").arg(slide->unit, slide->rank) + QStringLiteral("\n")
        + tr("Category: %1 · class %2 (%3/%4/%5) · %6")
              .arg(slide->category.isEmpty() ? tr("—") : slide->category, slide->triageClass)
              .arg(slide->verifiability)
              .arg(slide->typicality)
              .arg(slide->timeliness)
              .arg(slide->lightText)
        + QStringLiteral("\n")
        + tr("Decision: %1").arg(CaseSlideLoader::outcomeText(meetingDecisionName(item.decision))));
    m_decisions->proposeOffice(slide->proposedOrgId);
    m_notes->load(item);
    m_secondsBefore = item.seconds;
    m_elapsed.start();
    m_tick.start();
    if (m_presentation)
        m_presentation->showSlide(*slide, m_current + 1, int(m_meeting.items.size()));
}

void MeetingWorkspace::saveCurrentNotes()
{
    if (m_current < 0 || m_current >= m_meeting.items.size())
        return;
    AgendaItem item = m_meeting.items[m_current];
    m_notes->store(item);
    item.seconds = m_secondsBefore + int(m_elapsed.isValid() ? m_elapsed.elapsed() / 1000 : 0);
    m_secondsBefore = item.seconds;
    m_elapsed.restart();
    if (Status s = m_store->saveNotes(item); !s)
        setMessage(s.error());
    m_meeting.items[m_current] = item;
}

Status MeetingWorkspace::decide(MeetingDecision decision)
{
    if (m_current < 0)
        return Error { tr("Choose a case first.") };
    saveCurrentNotes();
    const AgendaItem item = m_meeting.items[m_current];
    const QString target = decision == MeetingDecision::Dispatch ? m_decisions->office() : QString();
    Status s = m_store->decide(item.id, decision, actor(), target);
    if (!s) {
        setMessage(s.error());
        return s;
    }
    m_decidedItems.removeAll(item.id);
    m_decidedItems << item.id;
    setMessage(tr("%1: %2 (Ctrl+Z undoes it until the minutes are confirmed)").arg(
        m_slides.value(item.reportId).regNo, CaseSlideLoader::outcomeText(meetingDecisionName(decision))));
    reload();
    if (m_current + 1 < m_meeting.items.size())
        goTo(m_current + 1);
    else
        showCurrent();
    return {};
}

void MeetingWorkspace::showPresentation(int screenIndex)
{
    if (!m_presentation)
        m_presentation = new PresentationWindow(nullptr);
    m_presentation->showOn(screenIndex);
    if (const CaseSlide* s = currentSlide())
        m_presentation->showSlide(*s, m_current + 1, int(m_meeting.items.size()));
}

void MeetingWorkspace::revealIdentity()
{
    if (!Role::may(m_role, Capability::RevealInMeeting) || m_current < 0)
        return setMessage(
            tr("Only the chair, a supervisor or an administrator may see the reporter's identity."));
    auto report = m_reports->get(m_meeting.items[m_current].reportId);
    if (!report || report->reporterId.isEmpty())
        return m_identity->setText(tr("Anonymous report."));
    auto id = m_session.persons().reveal(report->reporterId, QStringLiteral("meeting chair view"));
    if (!id)
        return setMessage(id.error());
    m_identity->setText(QStringLiteral("%1 · %2 · %3").arg(id->name, id->idNumber, id->phone));
}

bool MeetingWorkspace::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress || !isVisible() || m_meeting.id.isEmpty())
        return false;
    auto* w = qobject_cast<QWidget*>(watched);
    // Keys reach the first receiver only (consumed here or by a text field), so no key counts twice.
    if (!w || !(isAncestorOf(w) || (m_presentation && w->window() == m_presentation.data())))
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->modifiers() & ~(Qt::KeypadModifier))
        return false;
    if (key->key() == Qt::Key_PageDown || key->key() == Qt::Key_PageUp) {
        goTo(m_current + (key->key() == Qt::Key_PageDown ? 1 : -1));
        return true;
    }
    const auto decision = DecisionBar::forKey(key->key());
    if (DecisionBar::isTextInput(w) || !decision)
        return false;
    (void)requestDecision(*decision);
    return true;
}

bool MeetingWorkspace::isFinal(MeetingDecision decision)
{
    return decision == MeetingDecision::ClosedNoAction || decision == MeetingDecision::Dispatch
        || decision == MeetingDecision::SendBack;
}

bool MeetingWorkspace::requestDecision(MeetingDecision decision)
{
    if (m_current < 0) {
        setMessage(tr("Choose a case first."));
        return false;
    }
    saveCurrentNotes();
    const AgendaItem& item = m_meeting.items[m_current];
    const QString label = CaseSlideLoader::outcomeText(meetingDecisionName(decision));
    if (MeetingStore::needsReasons(decision) && item.reasons.trimmed().isEmpty()) {
        setMessage(tr("“%1” needs the reasons: write them under Reasons, then decide again.").arg(label));
        m_notes->focusReasons();
        return false;
    }
    if (isFinal(decision)) {
        const QString regNo = m_slides.value(item.reportId).regNo;
        QString question = tr("Record “%1” for %2?").arg(label, regNo);
        if (decision == MeetingDecision::Dispatch)
            question = tr("Dispatch %1 to %2?").arg(regNo, m_decisions->office().isEmpty()
                                                              ? QString() : orgName(m_decisions->office()));
        const bool yes = m_confirm ? m_confirm(this, question)
                                   : QMessageBox::question(this, tr("Confirm the decision"), question,
                                                           QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                == QMessageBox::Yes;
        if (!yes) {
            setMessage(tr("Not recorded."));
            return false;
        }
    }
    return decide(decision).ok();
}

Status MeetingWorkspace::undoDecision()
{
    if (m_meeting.id.isEmpty())
        return Error { tr("Open a meeting first.") };
    QString itemId;
    if (m_current >= 0 && m_meeting.items[m_current].decision != MeetingDecision::None)
        itemId = m_meeting.items[m_current].id;
    while (itemId.isEmpty() && !m_decidedItems.isEmpty()) {
        const QString last = m_decidedItems.takeLast();
        for (const AgendaItem& i : std::as_const(m_meeting.items))
            if (i.id == last && i.decision != MeetingDecision::None)
                itemId = last;
    }
    if (itemId.isEmpty()) {
        setMessage(tr("There is no decision to undo."));
        return Error { tr("There is no decision to undo.") };
    }
    int index = -1;
    for (int i = 0; i < m_meeting.items.size(); ++i)
        if (m_meeting.items[i].id == itemId)
            index = i;
    const AgendaItem item = m_meeting.items[index];
    if (Status s = m_store->undo(itemId, actor()); !s) {
        setMessage(s.error());
        return s;
    }
    m_decidedItems.removeAll(itemId);
    setMessage(tr("%1: the decision “%2” was undone.")
                   .arg(m_slides.value(item.reportId).regNo,
                        CaseSlideLoader::outcomeText(meetingDecisionName(item.decision))));
    reload();
    goTo(index);
    return {};
}

void MeetingWorkspace::setMessage(const QString& text)
{
    m_status->setText(text);
    emit message(text);
}

Actor MeetingWorkspace::actor() const
{
    return Actor { m_userId, m_role };
}

QString MeetingWorkspace::orgName(const QString& id) const
{
    const QString name = m_session.directory().organisationName(id);
    return name.isEmpty() ? id : name;
}

QString MeetingWorkspace::renderMinutes(int version, bool confirmed)
{
    saveCurrentNotes();
    reload();
    // Every case line masked as on the projector.
    for (const AgendaItem& i : m_meeting.items) {
        IdentityMasker masker;
        (void)masker.addReport(m_session.database(), m_session.persons(), i.reportId);
        if (auto s = m_loader->load(i.reportId, masker, QDateTime::currentDateTime()))
            m_slides.insert(i.reportId, *s);
    }
    return MinutesDocument::html(
        m_meeting, m_slides, [this](const QString& id) { return orgName(id); }, version, confirmed);
}

} // namespace qf

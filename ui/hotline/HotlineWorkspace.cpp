#include "ui/hotline/HotlineWorkspace.h"

#include "app/devices/phone/LinphoneLine.h"
#include "app/phone/Hotline.h"
#include "app/phone/LineConfig.h"
#include "models/CalendarStore.h"
#include "models/Callbacks.h"
#include "models/Session.h"
#include "ui/WorkspaceIcons.h"
#include "ui/cases/IntakeDialog.h"
#include "ui/hotline/IncomingCallPopup.h"
#include "ui/hotline/LineSettingsDialog.h"
#include "models/Settings.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf {

namespace {

QTableWidget* table(QWidget* parent, const QStringList& headers, const char* name)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(QLatin1String(name));
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem* cell(const QString& text, const QString& id = {})
{
    auto* item = new QTableWidgetItem(text);
    if (!id.isEmpty())
        item->setData(Qt::UserRole, id);
    return item;
}

QString local(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("MM-dd HH:mm")) : QString();
}

} // namespace

HotlineWorkspace::HotlineWorkspace(Session& session, QWidget* parent)
    : Workspace(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("hotlineWorkspace"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_lineState = new QLabel(lineStateText(LineState::Off, {}), this);
    m_lineState->setObjectName(QStringLiteral("lineState"));
    auto* open = new QPushButton(tr("Connect the line"), this);
    open->setObjectName(QStringLiteral("connectLine"));
    auto* settings = new QPushButton(tr("Line settings…"), this);
    top->addWidget(m_lineState, 1);
    top->addWidget(open);
    top->addWidget(settings);
    layout->addLayout(top);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("hotlineMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color:#b00020"));
    m_message->hide();
    layout->addWidget(m_message);

    auto* callbacksTitle = new QLabel(tr("<b>To call back</b> (missed, declined and abandoned calls)"), this);
    layout->addWidget(callbacksTitle);
    m_callbacks = table(this, { tr("Due"), tr("Number"), tr("Missed at"), tr("State") }, "callbacksTable");
    m_callbacks->installEventFilter(this);
    layout->addWidget(m_callbacks, 1);
    auto* cbButtons = new QHBoxLayout;
    m_callBack = new QPushButton(tr("Call back (F5)"), this);
    m_callBack->setObjectName(QStringLiteral("callBackButton"));
    auto* done = new QPushButton(tr("Called back by another phone…"), this);
    cbButtons->addWidget(m_callBack);
    cbButtons->addWidget(done);
    cbButtons->addStretch(1);
    layout->addLayout(cbButtons);

    layout->addWidget(new QLabel(tr("<b>Latest calls</b>"), this));
    m_calls = table(this, { tr("Time"), tr("Number"), tr("Result"), tr("Duration"), tr("Recording"), tr("Report") },
                    "callsTable");
    layout->addWidget(m_calls, 2);
    auto* callButtons = new QHBoxLayout;
    auto* report = new QPushButton(tr("Register a phone report from the call…"), this);
    report->setObjectName(QStringLiteral("reportFromCall"));
    auto* attach = new QPushButton(tr("Attach the call to a case…"), this);
    callButtons->addWidget(report);
    callButtons->addWidget(attach);
    callButtons->addStretch(1);
    layout->addLayout(callButtons);

    connect(open, &QPushButton::clicked, this, [this] {
        if (Status s = openLine(LineConfig::load()); !s) {
            m_message->setText(s.error());
            m_message->show();
        }
    });
    connect(settings, &QPushButton::clicked, this, &HotlineWorkspace::editSettings);
    connect(m_callBack, &QPushButton::clicked, this, &HotlineWorkspace::callBackSelected);
    connect(m_callbacks, &QTableWidget::cellActivated, this, [this] { callBackSelected(); });
    auto* f5 = new QShortcut(QKeySequence(Qt::Key_F5), this);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f5, &QShortcut::activated, this, &HotlineWorkspace::callBackSelected);
    connect(done, &QPushButton::clicked, this, [this] {
        const int row = m_callbacks->currentRow();
        if (row < 0)
            return;
        bool ok = false;
        const QString note = QInputDialog::getText(this, tr("Called back"), tr("How did the callback go?"),
                                                   QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
        Callbacks callbacks(m_session.writer(), m_session.vault());
        if (Status s = callbacks.complete(m_callbacks->item(row, 0)->data(Qt::UserRole).toString(),
                                          QStringLiteral("reached"), note, QDateTime::currentDateTimeUtc());
            !s) {
            m_message->setText(s.error());
            m_message->show();
        }
        refresh();
    });
    connect(report, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedCall(); !id.isEmpty())
            registerReportFrom(id);
    });
    connect(attach, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedCall(); !id.isEmpty())
            attachToCase(id);
    });

    // The ringing call is answered from any screen: F12, or the headset's call key.
    for (const QKeySequence& k : { QKeySequence(Qt::Key_F12), QKeySequence(Qt::Key_Call),
                                   QKeySequence(Qt::Key_ToggleCallHangup) }) {
        auto* s = new QShortcut(k, window() ? window() : this);
        s->setContext(Qt::ApplicationShortcut);
        connect(s, &QShortcut::activated, this, [this, k] {
            if (!m_desk || !m_popup)
                return;
            if (m_popup->inCall()) {
                if (k == QKeySequence(Qt::Key_ToggleCallHangup))
                    m_desk->hangUp(m_popup->lineCallId());
                return;
            }
            m_desk->answer(m_popup->lineCallId());
        });
    }
    for (const QKeySequence& k : { QKeySequence(Qt::Key_Hangup), QKeySequence(Qt::SHIFT | Qt::Key_F12) }) {
        auto* hangUp = new QShortcut(k, window() ? window() : this);
        hangUp->setContext(Qt::ApplicationShortcut);
        connect(hangUp, &QShortcut::activated, this, [this] {
            if (m_desk && m_popup)
                m_desk->hangUp(m_popup->lineCallId());
        });
    }
}

IncomingCallPopup* HotlineWorkspace::popup() const
{
    return m_popup;
}

HotlineWorkspace::~HotlineWorkspace()
{
    closeLine();
}

QString HotlineWorkspace::title() const
{
    return tr("Hotline");
}

QIcon HotlineWorkspace::icon() const
{
    return workspaceIcon(QChar(0x8BDD), QColor(0x00, 0x69, 0x7c)); // 话
}

void HotlineWorkspace::activated()
{
    refresh();
}

Status HotlineWorkspace::openLine(const LineSettings& requested)
{
    closeLine();
    auto calendar = CalendarStore::load(m_session.database().connection());
    if (!calendar)
        return calendar.failure();
    // The office decides: when it records calls, nobody at a workstation turns that off.
    const LineSettings settings = Hotline::withOfficeRules(m_session, requested);
    auto line = std::make_unique<LinphoneLine>();
    connect(line.get(), &PhoneLine::stateChanged, this, [this](LineState state, const QString& reason) {
        const QString text = lineStateText(state, reason);
        m_lineState->setText(text);
        emit lineStateChanged(text);
    });
    if (Status s = line->open(settings); !s)
        return s;
    m_line = std::move(line);
    m_desk = std::make_unique<Hotline>(m_session, *m_line, *calendar);
    connect(m_desk.get(), &Hotline::ringing, this, &HotlineWorkspace::ringing);
    connect(m_desk.get(), &Hotline::answered, this, [this](const HotlineCall& c) {
        if (m_popup && m_popup->lineCallId() == c.lineCallId)
            m_popup->callAnswered();
    });
    connect(m_desk.get(), &Hotline::ended, this,
            [this](const HotlineCall& c, const CallRecord& r, const CallClosed&) { ended(c, r); });
    connect(m_desk.get(), &Hotline::failed, this, [this](const QString& message) {
        m_message->setText(message);
        m_message->show();
    });
    const QString text = lineStateText(m_line->state(), m_line->stateReason());
    m_lineState->setText(text);
    emit lineStateChanged(text);
    m_message->hide();
    return {};
}

void HotlineWorkspace::closeLine()
{
    if (m_popup)
        m_popup->close();
    m_desk.reset();
    if (m_line)
        m_line->close();
    m_line.reset();
}

void HotlineWorkspace::ringing(const HotlineCall& call)
{
    if (m_popup && m_popup->inCall())
        return; // a second call rings on: it is missed and called back
    if (m_popup)
        m_popup->close();
    auto* popup = new IncomingCallPopup(*m_desk, call, window());
    connect(popup, &IncomingCallPopup::openCase, this, &HotlineWorkspace::caseOpened);
    connect(popup, &IncomingCallPopup::registerReport, this,
            [this](const HotlineCall& c) { registerReportFrom(c.recordId); });
    m_popup = popup;
    popup->show();
}

void HotlineWorkspace::ended(const HotlineCall& call, const CallRecord& record)
{
    if (m_popup && m_popup->lineCallId() == call.lineCallId)
        m_popup->callEnded(record);
    refresh();
}

QString HotlineWorkspace::selectedCall() const
{
    const int row = m_calls->currentRow();
    return row < 0 ? QString() : m_calls->item(row, 0)->data(Qt::UserRole).toString();
}

void HotlineWorkspace::registerReportFrom(const QString& callRecordId)
{
    if (callRecordId.isEmpty())
        return;
    auto* dialog = new IntakeDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setChannel(QStringLiteral("phone"));
    connect(dialog, &IntakeDialog::reportRegistered, this, [this, callRecordId](const QString& reportId) {
        if (!m_desk)
            return;
        if (Status s = m_desk->log().linkReport(callRecordId, reportId); !s) {
            m_message->setText(s.error());
            m_message->show();
        }
        refresh();
    });
    connect(dialog, &IntakeDialog::openReport, this, &HotlineWorkspace::caseOpened);
    dialog->open();
}

void HotlineWorkspace::attachToCase(const QString& callRecordId)
{
    bool ok = false;
    const QString number = QInputDialog::getText(this, tr("Attach the call to a case"),
                                                 tr("Registration number of the case:"), QLineEdit::Normal, {}, &ok);
    if (!ok || number.trimmed().isEmpty())
        return;
    CallLog log(m_session.writer(), m_session.vault(), m_session.audit(), m_session.attachments());
    auto report = log.reportByNumber(number);
    Status s = report ? log.linkReport(callRecordId, *report) : Status(report.failure());
    if (!s) {
        m_message->setText(s.error());
        m_message->show();
    }
    refresh();
}

void HotlineWorkspace::callBackSelected()
{
    const int row = m_callbacks->currentRow();
    if (row < 0)
        return;
    if (!m_desk) {
        m_message->setText(tr("Connect the line first."));
        m_message->show();
        return;
    }
    auto dialled = m_desk->callBack(m_callbacks->item(row, 0)->data(Qt::UserRole).toString());
    if (!dialled) {
        m_message->setText(dialled.error());
        m_message->show();
        return;
    }
    m_message->setText(tr("Calling back %1…").arg(m_callbacks->item(row, 1)->text()));
    m_message->show();
}

void HotlineWorkspace::editSettings()
{
    LineSettingsDialog dialog(LineConfig::load(), Settings(m_session.writer()).isOn(Settings::Key::HotlineRecordCalls),
                              this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = LineConfig::save(dialog.settings()); !s) {
        m_message->setText(s.error());
        m_message->show();
        return;
    }
    if (Status s = openLine(LineConfig::load()); !s) {
        m_message->setText(s.error());
        m_message->show();
    }
}

void HotlineWorkspace::refresh()
{
    CallLog log(m_session.writer(), m_session.vault(), m_session.audit(), m_session.attachments());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Callbacks callbacks(m_session.writer(), m_session.vault());
    m_callbacks->setRowCount(0);
    if (auto open = callbacks.open(now); open) {
        for (const Callback& b : *open) {
            const int row = m_callbacks->rowCount();
            m_callbacks->insertRow(row);
            m_callbacks->setItem(row, 0, cell(local(b.dueAt), b.id));
            m_callbacks->setItem(row, 1, cell(b.number.isEmpty() ? tr("(hidden)") : b.number));
            m_callbacks->setItem(row, 2, cell(local(b.createdAt)));
            const bool today = b.dueAt.toLocalTime().date() == QDate::currentDate();
            QString state = b.overdue ? tr("Overdue") : today ? tr("Due today") : tr("Open");
            if (b.attempts > 0)
                state += tr(" · no answer %n time(s), last %1", nullptr, b.attempts).arg(local(b.attemptedAt));
            m_callbacks->setItem(row, 3, cell(state));
            if (b.overdue)
                for (int c = 0; c < 4; ++c)
                    m_callbacks->item(row, c)->setForeground(QColor(0xb0, 0x00, 0x20));
        }
    } else {
        m_message->setText(open.error());
        m_message->show();
    }
    m_calls->setRowCount(0);
    if (auto recent = log.recent(100); recent) {
        for (const CallRecord& c : *recent) {
            const int row = m_calls->rowCount();
            m_calls->insertRow(row);
            m_calls->setItem(row, 0, cell(local(c.startedAt), c.id));
            m_calls->setItem(row, 1, cell(c.number.isEmpty() ? tr("(hidden)") : c.number));
            m_calls->setItem(row, 2, cell(callOutcomeName(c.outcome)));
            m_calls->setItem(row, 3, cell(c.durationSeconds > 0 ? tr("%1:%2").arg(c.durationSeconds / 60).arg(c.durationSeconds % 60, 2, 10, QLatin1Char('0')) : QString()));
            m_calls->setItem(row, 4, cell(c.recordingSha256.isEmpty() ? QString() : tr("%1 s").arg(c.recordingSeconds, 0, 'f', 0)));
            m_calls->setItem(row, 5, cell(c.reportId.isEmpty() ? QString() : tr("linked")));
        }
    }
    m_callbacks->resizeColumnsToContents();
    m_calls->resizeColumnsToContents();
}

} // namespace qf

#include "ui/hotline/IncomingCallPopup.h"

#include "models/CaseLabels.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qf {

namespace {

QString kindName(const QString& kind)
{
    if (kind == QLatin1String("call"))
        return IncomingCallPopup::tr("Call");
    if (kind == QLatin1String("visit"))
        return IncomingCallPopup::tr("Visit");
    return CaseLabels::channel(kind);
}

} // namespace

IncomingCallPopup::IncomingCallPopup(Hotline& desk, const HotlineCall& call, QWidget* parent)
    : QWidget(parent, Qt::Tool | Qt::WindowStaysOnTopHint | Qt::WindowDoesNotAcceptFocus)
    , m_desk(desk)
    , m_call(call)
{
    setObjectName(QStringLiteral("incomingCallPopup"));
    setAttribute(Qt::WA_ShowWithoutActivating);
    setAttribute(Qt::WA_DeleteOnClose);
    setFocusPolicy(Qt::NoFocus);
    setWindowTitle(tr("Hotline call"));
    setMinimumWidth(460);

    auto* layout = new QVBoxLayout(this);
    auto* number = new QLabel(this);
    number->setObjectName(QStringLiteral("callerNumber"));
    number->setText(QStringLiteral("<span style='font-size:20pt;font-weight:600'>%1</span>")
                        .arg(call.number.isEmpty() ? tr("Number withheld") : call.number.toHtmlEscaped()));
    layout->addWidget(number);

    const CallerHistory& h = call.history;
    auto* summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("callerSummary"));
    summary->setWordWrap(true);
    if (!h.known()) {
        summary->setText(tr("First call from this number."));
    } else {
        QString text = tr("Earlier: %1 calls, %2 visits, %3 reports.").arg(h.calls).arg(h.visits).arg(h.reports);
        if (h.repeatCaller)
            text = QStringLiteral("<b style='color:#b00020'>%1</b> ").arg(tr("Repeat caller: a matter of theirs is still open."))
                + text.toHtmlEscaped();
        summary->setText(text);
    }
    layout->addWidget(summary);

    m_history = new QTreeWidget(this);
    m_history->setObjectName(QStringLiteral("callerHistory"));
    m_history->setFocusPolicy(Qt::NoFocus);
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({ tr("When"), tr("What"), tr("Number"), tr("Summary") });
    for (const HistoryEntry& e : h.entries) {
        auto* item = new QTreeWidgetItem(m_history);
        item->setText(0, e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        item->setText(1, kindName(e.kind));
        item->setText(2, e.regNo);
        item->setText(3, e.restricted ? tr("(restricted)") : e.summary);
        item->setData(0, Qt::UserRole, e.reportId);
    }
    // When, what and the number whole; the summary takes the rest.
    for (int c = 0; c < 3; ++c)
        m_history->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_history->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_history->setVisible(!h.entries.isEmpty());
    m_history->setMaximumHeight(180);
    connect(m_history, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        const QString id = item->data(0, Qt::UserRole).toString();
        if (!id.isEmpty())
            emit openCase(id);
    });
    layout->addWidget(m_history);

    auto* stateRow = new QHBoxLayout;
    m_state = new QLabel(tr("Ringing…"), this);
    m_state->setObjectName(QStringLiteral("callState"));
    m_timer = new QLabel(this);
    m_timer->setObjectName(QStringLiteral("callTimer"));
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_timer);
    layout->addLayout(stateRow);

    auto* buttons = new QHBoxLayout;
    auto button = [&](const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setFocusPolicy(Qt::NoFocus);
        buttons->addWidget(b);
        return b;
    };
    m_answer = button(tr("Answer (F12)"), "answerButton");
    m_decline = button(tr("Decline (Shift+F12)"), "declineButton");
    m_hold = button(tr("Hold"), "holdButton");
    m_mute = button(tr("Mute"), "muteButton");
    m_hangUp = button(tr("Hang up (Shift+F12)"), "hangUpButton");
    m_report = button(tr("Register a phone report…"), "reportButton");
    m_answer->setStyleSheet(QStringLiteral("QPushButton{background:#1b7f3b;color:white;font-weight:600;padding:6px 14px}"));
    m_hangUp->setStyleSheet(QStringLiteral("QPushButton{background:#b00020;color:white;font-weight:600;padding:6px 14px}"));
    layout->addLayout(buttons);
    for (QPushButton* b : { m_hold, m_mute, m_hangUp })
        b->setVisible(false);

    connect(m_answer, &QPushButton::clicked, this, &IncomingCallPopup::answer);
    connect(m_decline, &QPushButton::clicked, this, [this] { m_desk.decline(m_call.lineCallId); });
    connect(m_hangUp, &QPushButton::clicked, this, [this] { m_desk.hangUp(m_call.lineCallId); });
    connect(m_hold, &QPushButton::clicked, this, [this] {
        if (m_desk.line().setHeld(m_call.lineCallId, !m_held)) {
            m_held = !m_held;
            m_hold->setText(m_held ? tr("Resume") : tr("Hold"));
            m_state->setText(m_held ? tr("On hold") : tr("In call"));
        }
    });
    connect(m_mute, &QPushButton::clicked, this, [this] {
        if (m_desk.line().setMuted(m_call.lineCallId, !m_muted)) {
            m_muted = !m_muted;
            m_mute->setText(m_muted ? tr("Unmute") : tr("Mute"));
        }
    });
    connect(m_report, &QPushButton::clicked, this, [this] { emit registerReport(m_call); });
    m_tick.setInterval(1000);
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, &IncomingCallPopup::updateTimer);
    adjustSize();
    // Bottom right of the screen, where it does not cover the form being typed.
    if (QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen()) {
        const QRect area = screen->availableGeometry();
        move(area.right() - width() - 24, area.bottom() - height() - 48);
    }
}

void IncomingCallPopup::answer()
{
    if (m_inCall)
        return;
    if (Status s = m_desk.answer(m_call.lineCallId); !s)
        m_state->setText(s.error());
}

void IncomingCallPopup::callAnswered()
{
    m_inCall = true;
    m_state->setText(tr("In call"));
    m_answer->setVisible(false);
    m_decline->setVisible(false);
    for (QPushButton* b : { m_hold, m_mute, m_hangUp })
        b->setVisible(true);
    m_since.start();
    updateTimer();
    m_tick.start();
}

void IncomingCallPopup::callEnded(const CallRecord& record)
{
    m_tick.stop();
    m_inCall = false;
    m_state->setText(tr("Call ended: %1").arg(callOutcomeName(record.outcome)));
    for (QPushButton* b : { m_answer, m_decline, m_hold, m_mute, m_hangUp })
        b->setVisible(false);
    m_call.recordId = record.id.isEmpty() ? m_call.recordId : record.id;
    // The report can still be registered from the ended call; else the pop-up goes.
    m_report->setVisible(!m_call.recordId.isEmpty());
    auto* close = new QPushButton(tr("Close"), this);
    close->setFocusPolicy(Qt::NoFocus);
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    layout()->addWidget(close);
}

void IncomingCallPopup::updateTimer()
{
    const qint64 s = m_since.isValid() ? (m_since.elapsed() + 200) / 1000 : 0;
    m_timer->setText(QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0')));
}

void IncomingCallPopup::keyPressEvent(QKeyEvent* event)
{
    // Once the operator clicked into the pop-up, Enter answers and Escape declines.
    if (!m_inCall && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        answer();
        return;
    }
    if (!m_inCall && event->key() == Qt::Key_Escape) {
        m_desk.decline(m_call.lineCallId);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace qf

#include "ui/meeting/MinutesPanel.h"

#include "models/CaseStateMachine.h"
#include "models/MeetingStore.h"
#include "ui/meeting/MinutesDocument.h"
#include "models/ReportStore.h"
#include "models/Role.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace qf {

MinutesPanel::MinutesPanel(MeetingStore& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("minutesState"));
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("minutesView"));
    auto* buttons = new QHBoxLayout;
    const auto button = [&](const QString& name, const QString& text) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        buttons->addWidget(b);
        return b;
    };
    m_draft = button(QStringLiteral("draftMinutes"), tr("&Draft minutes"));
    m_confirm = button(QStringLiteral("confirmMinutes"), tr("C&onfirm"));
    m_amend = button(QStringLiteral("amendMinutes"), tr("A&mend"));
    m_pdf = button(QStringLiteral("minutesPdf"), tr("Save as &PDF…"));
    m_print = button(QStringLiteral("minutesPrint"), tr("Print previe&w…"));
    buttons->addStretch(1);
    layout->addWidget(m_state);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_draft, &QPushButton::clicked, this,
        [this] { report(draft(), tr("The draft minutes were saved.")); });
    connect(m_confirm, &QPushButton::clicked, this,
        [this] { report(confirm(), tr("The minutes are confirmed.")); });
    connect(
        m_amend, &QPushButton::clicked, this, [this] { report(amend(), tr("An amendment was started.")); });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Save the minutes"), QString(), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            report(exportPdf(path), tr("The minutes were saved as %1.").arg(path));
    });
    connect(m_print, &QPushButton::clicked, this, [this] {
        QPrintPreviewDialog dialog(this);
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter* printer) { MinutesDocument::print(m_minutes.body, printer); });
        dialog.exec();
    });
    refresh();
}

void MinutesPanel::setMeeting(const QString& meetingId, Render render, std::function<Actor()> chair)
{
    m_meetingId = meetingId;
    m_render = std::move(render);
    m_chair = std::move(chair);
    refresh();
}

void MinutesPanel::refresh()
{
    auto latest = m_meetingId.isEmpty() ? Result<Minutes>(Error {}) : m_store.latestMinutes(m_meetingId);
    m_minutes = latest ? *latest : Minutes {};
    const bool have = latest.ok();
    m_view->setHtml(m_minutes.body);
    if (!have)
        m_state->setText(tr("No minutes yet."));
    else if (m_minutes.confirmed)
        m_state->setText(tr("Version %1, confirmed. Confirmed minutes cannot be edited; amend them instead.")
                             .arg(m_minutes.version));
    else
        m_state->setText(tr("Version %1, draft.").arg(m_minutes.version));
    m_draft->setEnabled(!m_meetingId.isEmpty());
    m_confirm->setEnabled(have && !m_minutes.confirmed);
    m_amend->setEnabled(have && m_minutes.confirmed);
    m_pdf->setEnabled(have);
    m_print->setEnabled(have);
}

void MinutesPanel::report(const Status& s, const QString& done)
{
    refresh();
    emit message(s ? done : s.error());
}

Status MinutesPanel::draft()
{
    if (m_meetingId.isEmpty() || !m_render)
        return Error { tr("Open a meeting first.") };
    const int version = m_minutes.id.isEmpty() ? 1 : m_minutes.version;
    if (!m_minutes.id.isEmpty() && m_minutes.confirmed)
        return m_store.updateMinutes(m_minutes.id, m_render(version, false)); // refused with the reason
    auto id = m_store.saveDraft(m_meetingId, m_render(version, false));
    refresh();
    return id ? Status {} : Status(Error { id.error() });
}

Status MinutesPanel::confirm()
{
    if (m_minutes.id.isEmpty())
        return Error { tr("Draft the minutes first.") };
    if (!Role::may(m_chair().role, Capability::ConfirmMinutes))
        return Error { tr(
            "Only the chair of the meeting, a supervisor or an administrator can confirm minutes.") };
    // The confirmed text says so; written while still a draft, then confirmed.
    if (Status s = m_store.updateMinutes(m_minutes.id, m_render(m_minutes.version, true)); !s)
        return s;
    Status s = m_store.confirm(m_minutes.id, m_chair());
    refresh();
    return s;
}

Status MinutesPanel::amend()
{
    if (m_minutes.id.isEmpty())
        return Error { tr("There are no minutes to amend.") };
    auto id = m_store.amend(m_minutes.id, m_render(m_minutes.version + 1, false));
    refresh();
    return id ? Status {} : Status(Error { id.error() });
}

Status MinutesPanel::exportPdf(const QString& path)
{
    if (m_minutes.id.isEmpty())
        return Error { tr("Draft the minutes first.") };
    return MinutesDocument::writePdf(m_minutes.body, path);
}

} // namespace qf

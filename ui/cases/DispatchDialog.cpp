#include "ui/cases/DispatchDialog.h"

#include "ui/cases/CaseWork.h"
#include "ui/checkin/DocumentPrinter.h"
#include "app/print/PrintTemplates.h"
#include "models/Database.h"
#include "models/CalendarStore.h"
#include "models/DeadlineClock.h"
#include "models/MeetingStore.h"
#include "models/Session.h"
#include "models/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qf {

namespace {

// The name on file, or the id when there is none (as before).
QString orNone(const QString& name, const QString& id)
{
    return name.isEmpty() ? id : name;
}

} // namespace

DispatchDialog::DispatchDialog(CaseWork& work, const Report& report, QWidget* parent)
    : QDialog(parent)
    , m_work(work)
    , m_report(report)
    , m_advisor(std::make_unique<DispatchAdvisor>(work.reports(), work.machine()))
{
    setObjectName(QStringLiteral("dispatchDialog"));
    setWindowTitle(tr("Dispatch %1").arg(report.regNo));
    resize(900, 600);
    auto* layout = new QVBoxLayout(this);

    auto* top = new QFormLayout;
    m_how = new QComboBox(this);
    m_how->setObjectName(QStringLiteral("dispatchHow"));
    for (Transition t : { Transition::Transfer, Transition::Forward, Transition::AssignDown, Transition::ReportUp })
        if (m_work.check(report, t))
            m_how->addItem(CaseWork::transitionLabel(t), int(t));
    top->addRow(tr("&How"), m_how);
    layout->addLayout(top);

    layout->addWidget(new QLabel(tr("Proposal, best first (jurisdiction, recusal, areas and load):"), this));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("dispatchProposals"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Rank"), tr("Office"), tr("Handler"), tr("Score"), tr("Why") });
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);

    auto* choice = new QFormLayout;
    m_office = new QComboBox(this);
    m_office->setObjectName(QStringLiteral("dispatchOffice"));
    m_handler = new QComboBox(this);
    m_handler->setObjectName(QStringLiteral("dispatchHandler"));
    if (auto offices = m_work.session().directory().organisations())
        for (const Organisation& o : std::as_const(*offices))
            m_office->addItem(o.name, o.id);
    choice->addRow(tr("&Office"), m_office);
    choice->addRow(tr("Hand&ler"), m_handler);
    m_supervised = new QCheckBox(tr("Supervise the lower office's handling (督办)"), this);
    m_supervised->setObjectName(QStringLiteral("dispatchSupervised"));
    choice->addRow(QString(), m_supervised);
    m_supervision = new QLineEdit(tr("This item is supervised: please handle it carefully and report the result by the "
                                     "deadline; this office will follow its handling."),
                                  this);
    m_supervision->setObjectName(QStringLiteral("dispatchSupervision"));
    m_supervision->setEnabled(false);
    choice->addRow(tr("Supervision re&quest (督办要求)"), m_supervision);
    connect(m_supervised, &QCheckBox::toggled, m_supervision, &QWidget::setEnabled);
    m_deadline = new QDateEdit(defaultDeadline(), this);
    m_deadline->setObjectName(QStringLiteral("dispatchDeadline"));
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_deadline->setMinimumDate(QDate::currentDate());
    m_deadlineNote = new QLabel(this);
    m_deadlineNote->setObjectName(QStringLiteral("dispatchDeadlineNote"));
    m_deadlineNote->setText(m_deadlineWhy);
    auto* deadlineRow = new QHBoxLayout;
    deadlineRow->addWidget(m_deadline);
    deadlineRow->addWidget(m_deadlineNote, 1);
    choice->addRow(tr("Handling deadline"), deadlineRow);
    m_printForm = new QCheckBox(tr("Print the transfer form (转办单 / 交办函 / 移送函)"), this);
    m_printForm->setObjectName(QStringLiteral("dispatchPrintForm"));
    m_printForm->setChecked(true);
    choice->addRow(QString(), m_printForm);
    m_overrideNote = new QLabel(this);
    m_overrideNote->setWordWrap(true);
    choice->addRow(QString(), m_overrideNote);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("dispatchOverrideReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(80);
    choice->addRow(tr("Override &reason"), m_reason);
    layout->addLayout(choice);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dispatchError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Dispatch"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DispatchDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DispatchDialog::reject);
    layout->addWidget(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &DispatchDialog::proposalChosen);
    connect(m_office, &QComboBox::currentIndexChanged, this, &DispatchDialog::officeChanged);
    connect(m_handler, &QComboBox::currentIndexChanged, this, &DispatchDialog::updateOverride);
    auto showSupervision = [this, choice] {
        const bool down = m_how->count() > 0 && Transition(m_how->currentData().toInt()) == Transition::AssignDown;
        choice->setRowVisible(m_supervised, down);
        choice->setRowVisible(m_supervision, down);
    };
    connect(m_how, &QComboBox::currentIndexChanged, this, showSupervision);
    showSupervision();
    fillProposals();
    if (m_how->count() == 0) {
        m_error->setText(tr("This report cannot be dispatched in its present state."));
        m_error->show();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
}

DispatchDialog::~DispatchDialog() = default;

QList<Transition> DispatchDialog::offeredWays() const
{
    QList<Transition> out;
    for (int i = 0; i < m_how->count(); ++i)
        out << Transition(m_how->itemData(i).toInt());
    return out;
}

void DispatchDialog::setWay(Transition how)
{
    m_how->setCurrentIndex(m_how->findData(int(how)));
}

void DispatchDialog::fillProposals()
{
    m_list->clear();
    auto proposals = m_advisor->propose(m_report.id);
    if (!proposals) {
        m_error->setText(proposals.error());
        m_error->show();
        officeChanged();
        return;
    }
    m_proposals = *proposals;
    int rank = 0;
    for (const DispatchProposal& p : std::as_const(m_proposals)) {
        auto* item = new QTreeWidgetItem(m_list, { QString::number(++rank), orNone(m_work.session().directory().organisationName(p.orgId), p.orgId),
                                                   p.handlerId.isEmpty() ? tr("(none on record)")
                                                                         : orNone(m_work.session().directory().userName(p.handlerId), p.handlerId),
                                                   QString::number(p.score), p.reasons.join(QStringLiteral("；")) });
        item->setData(0, Qt::UserRole, rank - 1);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    else
        officeChanged();
}

void DispatchDialog::proposalChosen()
{
    QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const DispatchProposal& p = m_proposals.at(item->data(0, Qt::UserRole).toInt());
    choose(p.orgId, p.handlerId);
}

void DispatchDialog::choose(const QString& orgId, const QString& handlerId)
{
    const int office = m_office->findData(orgId);
    if (office >= 0 && office != m_office->currentIndex())
        m_office->setCurrentIndex(office); // refills the handlers
    else if (m_handler->count() == 0)
        officeChanged();
    const int handler = m_handler->findData(handlerId);
    m_handler->setCurrentIndex(handler < 0 ? 0 : handler);
    updateOverride();
}

void DispatchDialog::officeChanged()
{
    const QSignalBlocker block(m_handler);
    m_handler->clear();
    m_handler->addItem(tr("(no handler yet)"), QString());
    const QString office = m_office->currentData().toString();
    auto users = office.isEmpty() ? Result<QList<DirectoryUser>>(QList<DirectoryUser>())
                                  : m_work.session().directory().users(office);
    if (users)
        for (const DirectoryUser& u : std::as_const(*users))
            m_handler->addItem(u.name, u.id);
    updateOverride();
}

bool DispatchDialog::isOverride() const
{
    if (m_proposals.isEmpty())
        return true;
    const DispatchProposal& top = m_proposals.first();
    const QString handler = m_handler->currentData().toString();
    return top.orgId != m_office->currentData().toString() || (!handler.isEmpty() && handler != top.handlerId);
}

void DispatchDialog::updateOverride()
{
    // The list shows which proposal (if any) the choice follows.
    const QString office = m_office->currentData().toString();
    const QString handler = m_handler->currentData().toString();
    QTreeWidgetItem* follows = nullptr;
    for (int i = 0; i < m_proposals.size() && !follows; ++i)
        if (m_proposals[i].orgId == office && (handler.isEmpty() || m_proposals[i].handlerId == handler))
            follows = m_list->topLevelItem(i);
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentItem(follows);
        if (!follows)
            m_list->clearSelection();
    }
    const bool overriding = isOverride();
    m_reason->setEnabled(overriding);
    m_overrideNote->setText(overriding ? tr("This differs from the top proposal: say why (kept with the dispatch).")
                                       : tr("Follows the top proposal."));
}

void DispatchDialog::setOverrideReason(const QString& reason)
{
    m_reason->setPlainText(reason);
}

Status DispatchDialog::apply()
{
    if (m_how->count() == 0)
        return Error { tr("This report cannot be dispatched in its present state.") };
    const auto how = Transition(m_how->currentData().toInt());
    QVariantMap params;
    if (how == Transition::AssignDown && m_supervised->isChecked()) {
        params.insert(QStringLiteral("supervised"), 1);
        if (!m_supervision->text().trimmed().isEmpty())
            params.insert(QStringLiteral("supervision"), m_supervision->text().trimmed());
    }
    // The handling deadline printed on the form is kept with the dispatch (its event).
    if (!formTitle(how).isEmpty())
        params.insert(QStringLiteral("deadline"), m_deadline->date().toString(Qt::ISODate));
    return m_advisor->dispatch(m_report.id, how, m_office->currentData().toString(), m_handler->currentData().toString(),
                               isOverride() ? m_reason->toPlainText() : QString(), m_work.actor(), params);
}

QString DispatchDialog::formTitle(Transition how)
{
    switch (how) {
    case Transition::Transfer:
        return QStringLiteral("转办单");
    case Transition::AssignDown:
        return QStringLiteral("交办函");
    case Transition::Forward:
        return QStringLiteral("移送函");
    default:
        return {}; // reported up: the report goes with its own covering letter
    }
}

QDate DispatchDialog::defaultDeadline()
{
    // The deadline the review meeting set, else the office's handling period in working days
    // of the official calendar (Monday to Friday where the calendar does not reach).
    if (auto decided = MeetingStore::decidedDeadline(m_work.session().database(), m_report.id); decided && decided->isValid()) {
        m_deadlineWhy = tr("as set by the review meeting");
        return *decided;
    }
    const Settings office(m_work.session().writer());
    const int days = office.intValue(Settings::Key::DispatchHandlingWorkdays);
    auto calendar = CalendarStore::load(m_work.session().database().connection());
    const WorkCalendar cal = calendar ? *calendar : WorkCalendar();
    const WorkdayDate due = cal.addWorkingDays(QDate::currentDate(), days);
    m_deadlineWhy = tr("%n working day(s) from today", nullptr, days);
    return due.date;
}

QDate DispatchDialog::deadline() const
{
    return m_deadline->date();
}

Result<QString> DispatchDialog::formHtml(const QString& docNo) const
{
    const auto how = Transition(m_how->currentData().toInt());
    const QString title = formTitle(how);
    if (title.isEmpty())
        return QString();
    Settings office(m_work.session().writer());
    const QString what = m_report.what.trimmed().isEmpty() ? m_report.content.left(60) : m_report.what;
    const PrintTemplates templates(PrintTemplates::defaultFolder(m_work.session().database().path()));
    return templates.render(QStringLiteral("transfer"),
                            { { QStringLiteral("office_name"), office.text(Settings::Key::OfficeName) },
                              { QStringLiteral("doc_no"), docNo },
                              { QStringLiteral("title"), title },
                              { QStringLiteral("receiver"), m_office->currentText() },
                              { QStringLiteral("items"), m_report.regNo + QStringLiteral("　") + what },
                              { QStringLiteral("deadline"), DocumentPdf::documentDate(m_deadline->date()) },
                              { QStringLiteral("supervise"),
                                how == Transition::AssignDown && m_supervised->isChecked()
                                    ? (m_supervision->text().trimmed().isEmpty() ? tr("This item is supervised.")
                                                                                 : m_supervision->text().trimmed())
                                    : QString() },
                              { QStringLiteral("date"), DocumentPdf::documentDate(QDate::currentDate()) } });
}

void DispatchDialog::accept()
{
    if (Status s = apply(); !s) {
        m_error->setText(s.error());
        m_error->show();
        return;
    }
    const auto how = Transition(m_how->currentData().toInt());
    if (m_printForm->isChecked() && !formTitle(how).isEmpty()) {
        // The form is issued with the dispatch: it carries the office's next 文号, taken and
        // kept with the report once it is printed (a preview closed takes none).
        DocumentPrinter::Issue doc;
        doc.kind = QStringLiteral("dispatch_") + transitionName(how);
        doc.reportId = m_report.id;
        doc.title = formTitle(how);
        doc.newEachTime = true; // a report dispatched again (after a send-back) gets a new form
        doc.html = [this](const QString& docNo) { return formHtml(docNo); };
        auto done = DocumentPrinter::issue(m_work.session(), doc, DeskSettings::PrintTarget::Preview, {}, this);
        if (!done)
            QMessageBox::warning(this, tr("Print"), done.error());
        else if (!done->warning.isEmpty())
            QMessageBox::warning(this, tr("Print"), done->warning);
    }
    QDialog::accept();
}

} // namespace qf

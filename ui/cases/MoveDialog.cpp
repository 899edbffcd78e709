#include "ui/cases/MoveDialog.h"

#include "models/CaseLabels.h"
#include "ui/cases/CaseWork.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qf {

namespace {

// Moves with a dialog of their own in the editor.
bool hasOwnDialog(Transition t)
{
    return t == Transition::Triage || t == Transition::RequestEvidence || isDispatch(t);
}

} // namespace

MoveDialog::MoveDialog(CaseWork& work, const Report& report, QWidget* parent)
    : QDialog(parent)
    , m_work(work)
    , m_report(report)
{
    setObjectName(QStringLiteral("moveDialog"));
    setWindowTitle(tr("Move %1").arg(report.regNo));
    resize(760, 560);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Now: %1. Possible moves:").arg(CaseLabels::status(stateName(report.state))), this));
    m_moves = new QListWidget(this);
    m_moves->setObjectName(QStringLiteral("moveList"));
    m_impossible = new QTreeWidget(this);
    m_impossible->setObjectName(QStringLiteral("moveImpossible"));
    m_impossible->setRootIsDecorated(false);
    m_impossible->setHeaderLabels({ tr("Not possible now"), tr("Why") });
    m_impossible->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (Transition t : allTransitions()) {
        if (hasOwnDialog(t))
            continue;
        const Status legal = m_work.check(report, t);
        if (legal) {
            auto* item = new QListWidgetItem(CaseWork::transitionLabel(t), m_moves);
            item->setData(Qt::UserRole, int(t));
        } else {
            auto* item = new QTreeWidgetItem(m_impossible, { CaseWork::transitionLabel(t), legal.error() });
            item->setData(0, Qt::UserRole, int(t));
            item->setToolTip(1, legal.error());
        }
    }
    layout->addWidget(m_moves, 1);
    if (m_moves->count() == 0) {
        m_moves->hide();
        auto* none = new QLabel(tr("No move is possible here now. Triage, evidence requests and dispatch have their "
                                   "own buttons in the report."),
                                this);
        none->setObjectName(QStringLiteral("moveNone"));
        none->setWordWrap(true);
        layout->addWidget(none);
    }

    auto* form = new QFormLayout;
    m_textLabel = new QLabel(this);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("moveText"));
    m_textLabel->setBuddy(m_text);
    form->addRow(m_textLabel, m_text);
    m_outcomeLabel = new QLabel(tr("&Outcome"), this);
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("moveOutcome"));
    for (Outcome o : { Outcome::TalkInquiry, Outcome::PreliminaryVerification, Outcome::StoredPending, Outcome::ClosedNoAction })
        m_outcome->addItem(CaseWork::outcomeLabel(o), outcomeName(o));
    m_outcomeLabel->setBuddy(m_outcome);
    form->addRow(m_outcomeLabel, m_outcome);
    m_substantiatedLabel = new QLabel(tr("&Substantiated"), this);
    m_substantiated = new QComboBox(this);
    m_substantiated->addItem(tr("not stated"), QString());
    m_substantiated->addItem(tr("yes"), QStringLiteral("yes"));
    m_substantiated->addItem(tr("no"), QStringLiteral("no"));
    m_substantiatedLabel->setBuddy(m_substantiated);
    form->addRow(m_substantiatedLabel, m_substantiated);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("moveError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addWidget(m_impossible, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply the move"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_moves->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &MoveDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MoveDialog::reject);
    layout->addWidget(buttons);
    connect(m_moves, &QListWidget::currentRowChanged, this, &MoveDialog::selectionChanged);
    if (m_moves->count() > 0)
        m_moves->setCurrentRow(0);
    else
        selectionChanged();
}

QList<Transition> MoveDialog::offeredMoves() const
{
    QList<Transition> out;
    for (int i = 0; i < m_moves->count(); ++i)
        out << Transition(m_moves->item(i)->data(Qt::UserRole).toInt());
    return out;
}

QString MoveDialog::whyNot(Transition t) const
{
    for (int i = 0; i < m_impossible->topLevelItemCount(); ++i)
        if (Transition(m_impossible->topLevelItem(i)->data(0, Qt::UserRole).toInt()) == t)
            return m_impossible->topLevelItem(i)->text(1);
    return {};
}

bool MoveDialog::select(Transition t)
{
    for (int i = 0; i < m_moves->count(); ++i)
        if (Transition(m_moves->item(i)->data(Qt::UserRole).toInt()) == t) {
            m_moves->setCurrentRow(i);
            return true;
        }
    return false;
}

void MoveDialog::setText(const QString& text)
{
    m_text->setText(text);
}

void MoveDialog::setOutcome(Outcome outcome)
{
    m_outcome->setCurrentIndex(m_outcome->findData(outcomeName(outcome)));
}

void MoveDialog::selectionChanged()
{
    QListWidgetItem* item = m_moves->currentItem();
    const int t = item ? item->data(Qt::UserRole).toInt() : -1;
    auto is = [t](Transition x) { return t == int(x); };
    QString textLabel;
    if (is(Transition::RejectOutOfScope))
        textLabel = tr("&Referred to");
    else if (is(Transition::FileAsRepeat))
        textLabel = tr("&Earlier report (number)");
    else if (is(Transition::RequestSendBack) || is(Transition::RequestRemoval))
        textLabel = tr("&Reason");
    m_textLabel->setText(textLabel);
    m_textLabel->setVisible(!textLabel.isEmpty());
    m_text->setVisible(!textLabel.isEmpty());
    m_outcomeLabel->setVisible(is(Transition::Decide));
    m_outcome->setVisible(is(Transition::Decide));
    m_substantiatedLabel->setVisible(is(Transition::Conclude));
    m_substantiated->setVisible(is(Transition::Conclude));
}

Status MoveDialog::apply()
{
    QListWidgetItem* item = m_moves->currentItem();
    if (!item)
        return Error { tr("Choose a move.") };
    return apply(Transition(item->data(Qt::UserRole).toInt()));
}

Status MoveDialog::apply(Transition t)
{
    QVariantMap params;
    const QString text = m_text->text().trimmed();
    switch (t) {
    case Transition::RejectOutOfScope: params.insert(QStringLiteral("referred_to"), text); break;
    case Transition::FileAsRepeat: params.insert(QStringLiteral("repeat_of"), text); break;
    case Transition::RequestSendBack:
    case Transition::RequestRemoval: params.insert(QStringLiteral("reason"), text); break;
    case Transition::Decide: params.insert(QStringLiteral("outcome"), m_outcome->currentData()); break;
    case Transition::Conclude:
        if (!m_substantiated->currentData().toString().isEmpty())
            params.insert(QStringLiteral("substantiated"), m_substantiated->currentData());
        break;
    default: break;
    }
    // The machine checks again: what was legal when the dialog opened may not be any more.
    return m_work.machine().apply(m_report.id, t, params, m_work.actor());
}

void MoveDialog::accept()
{
    if (Status s = apply(); !s) {
        m_error->setText(s.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace qf

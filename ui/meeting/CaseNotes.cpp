#include "ui/meeting/CaseNotes.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QPlainTextEdit>

namespace qf {

CaseNotes::CaseNotes(QWidget* parent)
    : QWidget(parent)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    const auto edit = [&](const QString& name) {
        auto* e = new QPlainTextEdit(this);
        e->setObjectName(name);
        e->setTabChangesFocus(true);
        e->setMaximumHeight(90);
        return e;
    };
    m_reasons = edit(QStringLiteral("reasons"));
    m_opinions = edit(QStringLiteral("opinions"));
    m_dissent = edit(QStringLiteral("dissent"));
    form->addRow(tr("Reasons:"), m_reasons);
    form->addRow(tr("Opinions:"), m_opinions);
    form->addRow(tr("Dissent:"), m_dissent);
    m_hasDeadline = new QCheckBox(tr("Deadline:"), this);
    m_deadline = new QDateEdit(QDate::currentDate().addDays(15), this);
    m_deadline->setObjectName(QStringLiteral("deadline"));
    m_deadline->setCalendarPopup(true);
    form->addRow(m_hasDeadline, m_deadline);
}

void CaseNotes::load(const AgendaItem& item)
{
    m_reasons->setPlainText(item.reasons);
    m_opinions->setPlainText(item.opinions);
    m_dissent->setPlainText(item.dissent);
    m_hasDeadline->setChecked(item.deadline.isValid());
    if (item.deadline.isValid())
        m_deadline->setDate(item.deadline);
}

void CaseNotes::store(AgendaItem& item) const
{
    item.reasons = m_reasons->toPlainText();
    item.opinions = m_opinions->toPlainText();
    item.dissent = m_dissent->toPlainText();
    item.deadline = m_hasDeadline->isChecked() ? m_deadline->date() : QDate();
}

void CaseNotes::focusReasons()
{
    m_reasons->setFocus(Qt::OtherFocusReason);
}

} // namespace qf

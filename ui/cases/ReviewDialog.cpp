#include "ui/cases/ReviewDialog.h"

#include "ui/cases/CaseWork.h"
#include "models/Session.h"
#include "models/Settings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace qf {

ReviewDialog::ReviewDialog(CaseWork& work, const Report& report, QWidget* parent)
    : QDialog(parent)
    , m_work(work)
    , m_report(report)
    , m_days(Settings(work.session().writer()).intValue(Settings::Key::ReviewAfterClosingDays))
{
    setObjectName(QStringLiteral("reviewDialog"));
    setWindowTitle(tr("Closing review of %1").arg(report.regNo));
    setMinimumWidth(520);
    auto* layout = new QVBoxLayout(this);

    auto* when = new QLabel(this);
    when->setObjectName(QStringLiteral("reviewDue"));
    when->setWordWrap(true);
    if (report.concludedAt.isValid()) {
        const QDateTime due = report.concludedAt.addDays(m_days);
        QString text = tr("Concluded %1. The review is due by %2.")
                           .arg(CaseWork::timeLabel(report.concludedAt), CaseWork::timeLabel(due));
        if (QDateTime::currentDateTimeUtc() > due) {
            text += QLatin1Char(' ') + tr("It is late and will be recorded as late.");
            when->setStyleSheet(QStringLiteral("color: #b00020"));
        }
        when->setText(text);
    }
    layout->addWidget(when);

    auto* intro = new QLabel(tr("Tick what the review confirms:"), this);
    layout->addWidget(intro);
    m_facts = new QCheckBox(tr("The &facts were established (事实查清)"), this);
    m_facts->setObjectName(QStringLiteral("reviewFacts"));
    m_proper = new QCheckBox(tr("The report was &handled properly (处置得当)"), this);
    m_proper->setObjectName(QStringLiteral("reviewProper"));
    m_understood = new QCheckBox(tr("The &reporter understood the result (群众认可)"), this);
    m_understood->setObjectName(QStringLiteral("reviewUnderstood"));
    for (QCheckBox* c : { m_facts, m_proper, m_understood })
        layout->addWidget(c);
    auto* notesLabel = new QLabel(tr("&Notes (what to do better):"), this);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("reviewNotes"));
    m_notes->setTabChangesFocus(true);
    notesLabel->setBuddy(m_notes);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("reviewError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record the review"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReviewDialog::reject);
    layout->addWidget(buttons);
}

void ReviewDialog::setAnswers(const ReviewAnswers& answers)
{
    m_facts->setChecked(answers.factsEstablished);
    m_proper->setChecked(answers.handledProperly);
    m_understood->setChecked(answers.reporterUnderstood);
    m_notes->setPlainText(answers.notes);
}

Status ReviewDialog::apply()
{
    const ReviewAnswers answers { m_facts->isChecked(), m_proper->isChecked(), m_understood->isChecked(),
                                  m_notes->toPlainText() };
    if ((!answers.factsEstablished || !answers.handledProperly || !answers.reporterUnderstood)
        && answers.notes.trimmed().isEmpty())
        return Error { tr("Say in the notes what fell short.") };
    ClosingReview review(m_work.reports(), m_work.machine());
    return review.record(m_report.id, answers, m_days, m_work.actor());
}

void ReviewDialog::accept()
{
    if (Status s = apply(); !s) {
        m_error->setText(s.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace qf

#include "ui/cases/TriageDialog.h"

#include "ui/cases/CaseWork.h"
#include "models/Triage.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace qf {

TriageDialog::TriageDialog(CaseWork& work, const Report& report, QWidget* parent)
    : QDialog(parent)
    , m_work(work)
    , m_report(report)
{
    setObjectName(QStringLiteral("triageDialog"));
    setWindowTitle(tr("Triage %1").arg(report.regNo));
    setMinimumWidth(520);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Score the clue from 1 (weak) to 5 (strong) against the acceptance guideline."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    auto spin = [this, form](const QString& name, const QString& label, const QString& hint, int value) {
        auto* s = new QSpinBox(this);
        s->setObjectName(name);
        s->setRange(1, 5);
        s->setValue(value > 0 ? value : 3);
        s->setToolTip(hint);
        form->addRow(label, s);
        connect(s, &QSpinBox::valueChanged, this, &TriageDialog::updateClass);
        return s;
    };
    m_verifiability = spin(QStringLiteral("triageVerifiability"), tr("&Verifiability (可查性)"),
                           tr("Are the facts concrete enough to be checked?"), report.verifiability);
    m_typicality = spin(QStringLiteral("triageTypicality"), tr("T&ypicality (典型性)"),
                        tr("Is this a frequently reported kind of matter?"), report.typicality);
    m_timeliness = spin(QStringLiteral("triageTimeliness"), tr("T&imeliness (时效性)"),
                        tr("Is the matter recent enough to act on?"), report.timeliness);
    layout->addLayout(form);
    m_class = new QLabel(this);
    m_class->setObjectName(QStringLiteral("triageClass"));
    m_class->setWordWrap(true);
    m_class->setTextFormat(Qt::RichText);
    layout->addWidget(m_class);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("triageError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record the triage"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TriageDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TriageDialog::reject);
    layout->addWidget(buttons);
    updateClass();
}

void TriageDialog::setScores(int verifiability, int typicality, int timeliness)
{
    m_verifiability->setValue(verifiability);
    m_typicality->setValue(typicality);
    m_timeliness->setValue(timeliness);
}

QString TriageDialog::classText() const
{
    return m_class->text();
}

void TriageDialog::updateClass()
{
    const TriageClass c = Triage::classify({ m_verifiability->value(), m_typicality->value(), m_timeliness->value() });
    QString consequence;
    switch (c) {
    case TriageClass::A: consequence = tr("goes on to case handling: evidence request or the collective review."); break;
    case TriageClass::B: consequence = tr("goes to the key-attention pool (重点关注库) and is watched."); break;
    case TriageClass::C: consequence = tr("a reminder letter goes to the responsible department."); break;
    }
    m_class->setText(QStringLiteral("<b>%1</b> — %2")
                         .arg(tr("Class %1").arg(triageClassName(c)).toHtmlEscaped(), consequence.toHtmlEscaped()));
}

Status TriageDialog::apply()
{
    return m_work.machine().apply(m_report.id, Transition::Triage,
                                  { { QStringLiteral("verifiability"), m_verifiability->value() },
                                    { QStringLiteral("typicality"), m_typicality->value() },
                                    { QStringLiteral("timeliness"), m_timeliness->value() } },
                                  m_work.actor());
}

void TriageDialog::accept()
{
    if (Status s = apply(); !s) {
        m_error->setText(s.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace qf

#include "ui/cases/ReporterDialog.h"

#include "ui/cases/CaseWork.h"
#include "models/IdNumber.h"
#include "models/ReporterChanges.h"
#include "models/Session.h"
#include "models/Role.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace qf {

namespace {

enum Mode { Anonymous = 0, RealName = 1 };

} // namespace

ReporterDialog::ReporterDialog(CaseWork& work, const Report& report, QWidget* parent)
    : QDialog(parent)
    , m_work(work)
    , m_report(report)
{
    setObjectName(QStringLiteral("reporterDialog"));
    setWindowTitle(tr("Reporter of %1").arg(report.regNo));
    setMinimumWidth(480);
    auto* layout = new QVBoxLayout(this);

    auto* modes = new QHBoxLayout;
    auto* anonymous = new QRadioButton(tr("&Anonymous (匿名)"), this);
    anonymous->setObjectName(QStringLiteral("reporterAnonymous"));
    auto* realName = new QRadioButton(tr("&Real name (实名)"), this);
    realName->setObjectName(QStringLiteral("reporterRealName"));
    m_mode = new QButtonGroup(this);
    m_mode->addButton(anonymous, Anonymous);
    m_mode->addButton(realName, RealName);
    (report.realName() ? realName : anonymous)->setChecked(true);
    modes->addWidget(anonymous);
    modes->addWidget(realName);
    modes->addStretch(1);
    layout->addLayout(modes);

    m_identity = new QGroupBox(tr("The reporter"), this);
    auto* identityLayout = new QVBoxLayout(m_identity);
    m_hidden = new QLabel(tr("The current details are hidden. Show them to correct them; showing them is recorded "
                             "in the audit log."),
                          m_identity);
    m_hidden->setObjectName(QStringLiteral("reporterHidden"));
    m_hidden->setWordWrap(true);
    m_reveal = new QPushButton(tr("&Show the current details"), m_identity);
    m_reveal->setObjectName(QStringLiteral("reporterReveal"));
    m_reveal->setAutoDefault(false);
    connect(m_reveal, &QPushButton::clicked, this, [this] { revealCurrent(); });
    identityLayout->addWidget(m_hidden);
    identityLayout->addWidget(m_reveal, 0, Qt::AlignLeft);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(m_identity);
    m_name->setObjectName(QStringLiteral("reporterName"));
    m_idNumber = new QLineEdit(m_identity);
    m_idNumber->setObjectName(QStringLiteral("reporterIdNumber"));
    m_idNumber->setPlaceholderText(tr("18 characters, as on the identity card"));
    m_phone = new QLineEdit(m_identity);
    m_phone->setObjectName(QStringLiteral("reporterPhone"));
    m_idProblem = new QLabel(m_identity);
    m_idProblem->setObjectName(QStringLiteral("reporterIdProblem"));
    m_idProblem->setWordWrap(true);
    m_idProblem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_idProblem->hide();
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&ID number"), m_idNumber);
    form->addRow(QString(), m_idProblem);
    form->addRow(tr("&Phone"), m_phone);
    identityLayout->addLayout(form);
    auto* sealed = new QLabel(tr("The identity is encrypted when saved and shown only to entitled roles. The history "
                                 "records that the reporter changed and who changed it, never the identity."),
                              m_identity);
    sealed->setWordWrap(true);
    identityLayout->addWidget(sealed);
    layout->addWidget(m_identity);
    connect(m_idNumber, &QLineEdit::editingFinished, this, &ReporterDialog::checkIdNumber);
    connect(m_idNumber, &QLineEdit::textEdited, this, [this] {
        // Checked as soon as a whole number is typed, and when the field is left.
        if (IdNumber::normalize(m_idNumber->text()).size() >= 18)
            checkIdNumber();
        else
            m_idProblem->hide();
    });

    auto* clocks = new QLabel(tr("A real-name reporter must be told within the set working days whether the report is "
                                 "accepted, counted from its receipt; an anonymous report has no such clock."),
                              this);
    clocks->setWordWrap(true);
    layout->addWidget(clocks);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("reporterError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("reporterSave"));
    m_ok->setText(tr("Save the reporter"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReporterDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReporterDialog::reject);
    layout->addWidget(buttons);
    connect(m_mode, &QButtonGroup::idToggled, this, &ReporterDialog::updateState);
    updateState();
}

void ReporterDialog::updateState()
{
    const bool realName = m_mode->checkedId() == RealName;
    const bool hasCurrent = m_report.realName() && !m_report.reporterId.isEmpty();
    m_identity->setEnabled(realName);
    m_hidden->setVisible(hasCurrent && !m_revealed);
    m_reveal->setVisible(hasCurrent && !m_revealed);
    // What is on file is corrected only once it has been seen.
    const bool editable = realName && (!hasCurrent || m_revealed);
    for (QLineEdit* e : { m_name, m_idNumber, m_phone })
        e->setEnabled(editable);
    m_ok->setEnabled(!realName || editable);
}

void ReporterDialog::setRealName(bool realName)
{
    m_mode->button(realName ? RealName : Anonymous)->setChecked(true);
}

void ReporterDialog::setIdentity(const QString& name, const QString& idNumber, const QString& phone)
{
    m_name->setText(name);
    m_idNumber->setText(idNumber);
    m_phone->setText(phone);
}

bool ReporterDialog::revealCurrent()
{
    if (m_report.reporterId.isEmpty() || !Role::may(m_work.role(), Capability::RevealReporter)) {
        showError(tr("Your role may not see reporter identities."));
        return false;
    }
    auto identity = m_work.session().persons().reveal(m_report.reporterId,
                                                      QStringLiteral("case editor: correct the reporter of report ")
                                                          + m_report.regNo);
    if (!identity) {
        showError(identity.error());
        return false;
    }
    m_revealed = true;
    setIdentity(identity->name, identity->idNumber, identity->phone);
    updateState();
    m_name->setFocus();
    return true;
}

void ReporterDialog::checkIdNumber()
{
    const QString number = IdNumber::normalize(m_idNumber->text());
    const IdNumberCheck check = IdNumber::check(number);
    m_idProblem->setText(number.isEmpty() || check.valid ? QString() : tr("Not valid: %1").arg(check.reason));
    m_idProblem->setVisible(!m_idProblem->text().isEmpty());
}

Status ReporterDialog::apply()
{
    ReporterChanges changes(m_work.reports(), m_work.session().persons());
    if (m_mode->checkedId() == Anonymous) {
        if (m_report.anonymous && m_report.reporterId.isEmpty()) {
            m_outcome = tr("The report stays anonymous.");
            return {};
        }
        if (Status s = changes.setAnonymous(m_report.id, m_work.actor()); !s)
            return s;
        m_outcome = tr("The report is now anonymous. The reporter's record is kept; the feedback clocks no longer apply.");
        return {};
    }
    if (m_report.realName() && !m_report.reporterId.isEmpty() && !m_revealed)
        return Error { tr("Show the current details before correcting them.") };
    PersonIdentity typed;
    typed.name = m_name->text();
    typed.idNumber = m_idNumber->text();
    typed.phone = m_phone->text();
    auto done = changes.setRealName(m_report.id, typed, m_work.actor());
    if (!done)
        return Error { done.error() };
    if (!done->changed)
        m_outcome = tr("The reporter's details are unchanged.");
    else if (done->existingPerson)
        m_outcome = tr("This ID number belongs to a person already on file: the report is now linked to that person, "
                       "whose recorded details were kept.");
    else if (m_report.anonymous)
        m_outcome = tr("The report is now real-name: the reporter must be told whether it is accepted.");
    else
        m_outcome = tr("The reporter's details are corrected.");
    return {};
}

QString ReporterDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ReporterDialog::accept()
{
    if (Status s = apply(); !s) {
        showError(s.error());
        return;
    }
    QDialog::accept();
}

void ReporterDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace qf

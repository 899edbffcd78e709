#include "ui/FirstRunDialog.h"

#include "models/Role.h"
#include "ui/Roles.h"
#include "models/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace qf {

FirstRunDialog::FirstRunDialog(Session& session, DataKeyProvider& keys, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_keys(keys)
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to Qingfeng"));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(tr("This store has no administrator yet. The administrator signs in first, then adds "
                                "the office's users and gives each their role; every record carries the name of "
                                "the user who signed in."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* you = new QGroupBox(tr("Administrator"), this);
    auto* youForm = new QFormLayout(you);
    m_name = new QLineEdit(you);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setPlaceholderText(tr("Full name"));
    m_login = new QLineEdit(you);
    m_login->setObjectName(QStringLiteral("adminLogin"));
    m_login->setPlaceholderText(tr("Letters and digits, e.g. admin"));
    m_password = new QLineEdit(you);
    m_password->setObjectName(QStringLiteral("adminPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("At least 8 characters"));
    m_confirm = new QLineEdit(you);
    m_confirm->setObjectName(QStringLiteral("adminPasswordAgain"));
    m_confirm->setEchoMode(QLineEdit::Password);
    youForm->addRow(tr("&Name:"), m_name);
    youForm->addRow(tr("&Login:"), m_login);
    youForm->addRow(tr("&Password:"), m_password);
    youForm->addRow(tr("Password &again:"), m_confirm);
    youForm->addRow(tr("Role:"), new QLabel(Role::name(QStringLiteral("administrator")), you));
    layout->addWidget(you);

    auto* office = new QGroupBox(tr("Office"), this);
    auto* officeForm = new QFormLayout(office);
    m_useExisting = new QRadioButton(tr("&Existing office:"), office);
    m_useExisting->setObjectName(QStringLiteral("useExistingOffice"));
    m_existing = new QComboBox(office);
    m_existing->setObjectName(QStringLiteral("existingOffice"));
    if (auto orgs = session.directory().organisations()) {
        for (const Organisation& o : *orgs)
            m_existing->addItem(o.name, o.id);
    }
    m_useNew = new QRadioButton(tr("New o&ffice:"), office);
    m_useNew->setObjectName(QStringLiteral("useNewOffice"));
    m_newName = new QLineEdit(office);
    m_newName->setObjectName(QStringLiteral("newOfficeName"));
    m_newName->setPlaceholderText(tr("e.g. Petition Office of the County Commission for Discipline Inspection"));
    m_newLevel = new QComboBox(office);
    m_newLevel->setObjectName(QStringLiteral("newOfficeLevel"));
    for (const QString& code : Roles::levelCodes())
        m_newLevel->addItem(Roles::levelName(code), code);
    officeForm->addRow(m_useExisting, m_existing);
    officeForm->addRow(m_useNew, m_newName);
    officeForm->addRow(tr("&Level:"), m_newLevel);
    layout->addWidget(office);
    const bool haveOrgs = m_existing->count() > 0;
    m_useExisting->setEnabled(haveOrgs);
    (haveOrgs ? m_useExisting : m_useNew)->setChecked(true);
    connect(m_useExisting, &QRadioButton::toggled, this, &FirstRunDialog::updateOfficeChoice);
    updateOfficeChoice();

    auto* demoRow = new QHBoxLayout;
    m_demo = new QCheckBox(tr("Fill with &demonstration data:"), this);
    m_demo->setObjectName(QStringLiteral("demoData"));
    m_demo->setChecked(true);
    m_demoCount = new QSpinBox(this);
    m_demoCount->setObjectName(QStringLiteral("demoCount"));
    m_demoCount->setRange(1, 1000000);
    m_demoCount->setValue(2000);
    m_demoCount->setSuffix(tr(" reports"));
    connect(m_demo, &QCheckBox::toggled, m_demoCount, &QSpinBox::setEnabled);
    demoRow->addWidget(m_demo);
    demoRow->addWidget(m_demoCount);
    demoRow->addStretch(1);
    layout->addLayout(demoRow);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("firstRunError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start working"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("firstRunOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

bool FirstRunDialog::demoRequested() const
{
    return m_demo->isChecked();
}

qint64 FirstRunDialog::demoReports() const
{
    return m_demoCount->value();
}

void FirstRunDialog::updateOfficeChoice()
{
    const bool existing = m_useExisting->isChecked();
    m_existing->setEnabled(existing);
    m_newName->setEnabled(!existing);
    m_newLevel->setEnabled(!existing);
}

void FirstRunDialog::accept()
{
    auto fail = [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
    };
    if (m_password->text() != m_confirm->text())
        return fail(tr("The two passwords differ."));
    NewAccount a;
    a.name = m_name->text();
    a.login = m_login->text().trimmed();
    a.password = m_password->text();
    if (m_useExisting->isChecked()) {
        a.orgId = m_existing->currentData().toString();
    } else {
        a.newOrgName = m_newName->text();
        a.newOrgLevel = m_newLevel->currentData().toString();
    }
    auto created = m_session.accounts().createAdministrator(a, m_keys);
    if (!created)
        return fail(created.error());
    if (Status in = m_session.signIn(a.login, a.password); !in)
        return fail(in.error());
    m_password->clear();
    m_confirm->clear();
    if (auto profile = m_session.profile().load())
        m_profile = *profile;
    QDialog::accept();
}

} // namespace qf

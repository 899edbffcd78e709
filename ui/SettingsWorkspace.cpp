#include "ui/SettingsWorkspace.h"

#include "ui/WorkspaceIcons.h"
#include "ui/Language.h"
#include "models/ProfileStore.h"
#include "models/Role.h"
#include "models/Session.h"
#include "ui/hotline/HotlineOfficeSettings.h"
#include "ui/reference/ReferenceTablesDialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace qf {

SettingsWorkspace::SettingsWorkspace(Session& session, QWidget* parent)
    : Workspace(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("settingsWorkspace"));
    auto* layout = new QVBoxLayout(this);

    auto* profileBox = new QGroupBox(tr("Local profile"), this);
    auto* form = new QFormLayout(profileBox);
    m_name = new QLineEdit(profileBox);
    m_name->setObjectName(QStringLiteral("settingsName"));
    m_role = new QLabel(profileBox);
    m_role->setObjectName(QStringLiteral("settingsRole"));
    m_role->setToolTip(tr("Roles are given by the administrator."));
    m_office = new QLabel(profileBox);
    m_save = new QPushButton(tr("Save &profile"), profileBox);
    m_save->setObjectName(QStringLiteral("settingsSaveProfile"));
    m_save->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Office:"), m_office);
    form->addRow(QString(), m_save);
    layout->addWidget(profileBox);

    auto* languageBox = new QGroupBox(tr("Language"), this);
    auto* languageForm = new QFormLayout(languageBox);
    m_language = new QComboBox(languageBox);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const QString& code : Language::codes())
        m_language->addItem(Language::nativeName(code), code);
    m_language->setCurrentIndex(m_language->findData(Language::saved()));
    languageForm->addRow(tr("&Interface language:"), m_language);
    auto* note = new QLabel(tr("A new language takes effect the next time Qingfeng starts."), languageBox);
    note->setWordWrap(true);
    languageForm->addRow(QString(), note);
    layout->addWidget(languageBox);

    auto* keyBox = new QGroupBox(tr("System keychain"), this);
    auto* keyLayout = new QVBoxLayout(keyBox);
    m_keychain = new QLabel(keyBox);
    m_keychain->setObjectName(QStringLiteral("keychainStatus"));
    m_keychain->setWordWrap(true);
    auto* check = new QPushButton(tr("&Check again"), keyBox);
    check->setObjectName(QStringLiteral("keychainCheck"));
    keyLayout->addWidget(m_keychain);
    keyLayout->addWidget(check, 0, Qt::AlignLeft);
    layout->addWidget(keyBox);

    auto* tablesBox = new QGroupBox(tr("Reference tables"), this);
    auto* tablesLayout = new QVBoxLayout(tablesBox);
    auto* tablesNote = new QLabel(tr("The problem categories and the dispatch tables: jurisdiction, recusal and "
                                     "capability."),
                                  tablesBox);
    tablesNote->setWordWrap(true);
    auto* tables = new QPushButton(tr("Open the &reference tables…"), tablesBox);
    tables->setObjectName(QStringLiteral("settingsReferenceTables"));
    tablesLayout->addWidget(tablesNote);
    tablesLayout->addWidget(tables, 0, Qt::AlignLeft);
    layout->addWidget(tablesBox);
    m_hotline = new HotlineOfficeSettings(session, this);
    layout->addWidget(m_hotline);
    layout->addStretch(1);

    connect(m_save, &QPushButton::clicked, this, &SettingsWorkspace::saveProfile);
    connect(m_language, &QComboBox::activated, this,
            [this](int index) { chooseLanguage(this, m_language->itemData(index).toString()); });
    connect(check, &QPushButton::clicked, this, &SettingsWorkspace::checkKeychain);
    connect(tables, &QPushButton::clicked, this, [this] { ReferenceTablesDialog::run(m_session, this); });
    loadProfile();
    // The session could only open with the key, so it is there; "Check again" asks anew.
    m_keychain->setText(tr("The key that protects the identities in this database is held in the system keychain."));
}

QIcon SettingsWorkspace::icon() const
{
    return workspaceIcon(QChar(0x8BBE), QColor(0x54, 0x6e, 0x7a)); // 设
}

void SettingsWorkspace::activated()
{
    loadProfile();
    m_hotline->load();
}

void SettingsWorkspace::chooseLanguage(QWidget* parent, const QString& code)
{
    if (code == Language::saved())
        return;
    Language::save(code);
    QMessageBox::information(parent, tr("Language"),
                             tr("The interface will be in %1 the next time Qingfeng starts.")
                                 .arg(Language::nativeName(code)));
}

void SettingsWorkspace::loadProfile()
{
    auto profile = m_session.profile().load();
    m_save->setEnabled(profile.ok());
    if (!profile)
        return;
    m_name->setText(profile->name);
    m_role->setText(Role::name(profile->role));
    m_office->setText(profile->orgName);
}

void SettingsWorkspace::saveProfile()
{
    if (Status st = m_session.profile().update(m_name->text()); !st) {
        QMessageBox::warning(this, tr("Local profile"), st.error());
        return;
    }
    emit profileChanged();
}

void SettingsWorkspace::checkKeychain()
{
    m_keychain->setText(m_session.vault().canOpen()
                            ? tr("Identities in this database open only with the password of a user entitled to "
                                 "them; your role is.")
                            : tr("Identities in this database open only with the password of a user entitled to "
                                 "them; your role is not: you register and look up, and a custodian can release a "
                                 "reporter's identity to you."));
}

} // namespace qf

#include "ProfileStatusBar.h"

#include "Profile.h"
#include "Roles.h"

#include <QLabel>

namespace qf {

ProfileStatusBar::ProfileStatusBar(QWidget* parent)
    : QStatusBar(parent)
{
    setObjectName(QStringLiteral("statusBar"));
    auto make = [this](const QString& name) {
        auto* l = new QLabel(this);
        l->setObjectName(name);
        l->setContentsMargins(6, 0, 6, 0);
        return l;
    };
    m_user = make(QStringLiteral("statusUser"));
    m_office = make(QStringLiteral("statusOffice"));
    m_role = make(QStringLiteral("statusRole"));
    m_sync = make(QStringLiteral("statusSync"));
    addWidget(m_user);
    addWidget(m_office);
    addWidget(m_role);
    addPermanentWidget(m_sync);
    setSyncState(tr("Local only — no sync server configured"));
}

void ProfileStatusBar::setProfile(const Profile& profile)
{
    m_user->setText(profile.name);
    m_office->setText(profile.orgName);
    m_role->setText(Roles::roleName(profile.role));
}

void ProfileStatusBar::clearProfile()
{
    m_user->setText(tr("No profile"));
    m_office->clear();
    m_role->clear();
}

void ProfileStatusBar::setSyncState(const QString& text)
{
    m_sync->setText(text);
}

} // namespace qf

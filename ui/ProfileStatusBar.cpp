#include "ui/ProfileStatusBar.h"

#include "models/ProfileStore.h"
#include "models/Role.h"

#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

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
    m_sync = new QToolButton(this);
    m_sync->setObjectName(QStringLiteral("statusSync"));
    m_sync->setAutoRaise(true);
    m_sync->setToolTip(tr("Sync state — click for conflicts and refused changes"));
    connect(m_sync, &QToolButton::clicked, this, &ProfileStatusBar::syncClicked);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    addWidget(m_user);
    addWidget(m_office);
    addWidget(m_role);
    addPermanentWidget(m_progress);
    addPermanentWidget(m_sync);
    setSyncState(tr("Local only — no sync server configured"));
}

void ProfileStatusBar::setProfile(const Profile& profile)
{
    m_user->setText(profile.name);
    m_office->setText(profile.orgName);
    m_role->setText(Role::name(profile.role));
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

void ProfileStatusBar::setSyncProgress(qint64 done, bool visible, bool indexing)
{
    m_progress->setVisible(visible);
    m_progress->setFormat(indexing ? tr("First sync: building the search index (%1 reports)").arg(done)
                                   : tr("First sync: %1 records received").arg(done));
}

} // namespace qf

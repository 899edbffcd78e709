#include "ui/OverviewWorkspace.h"

#include "ui/WorkspaceIcons.h"
#include "models/ProfileStore.h"
#include "models/Role.h"
#include "models/Session.h"

#include <QDir>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace qf {

OverviewWorkspace::OverviewWorkspace(Session& session, QWidget* parent)
    : Workspace(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("overviewWorkspace"));
    auto* layout = new QVBoxLayout(this);

    auto* heading = new QLabel(tr("Overview"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    heading->setFont(big);
    layout->addWidget(heading);

    auto* profileBox = new QGroupBox(tr("This workstation"), this);
    auto* form = new QFormLayout(profileBox);
    m_user = new QLabel(profileBox);
    m_user->setObjectName(QStringLiteral("overviewUser"));
    m_office = new QLabel(profileBox);
    m_office->setObjectName(QStringLiteral("overviewOffice"));
    m_role = new QLabel(profileBox);
    m_role->setObjectName(QStringLiteral("overviewRole"));
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Office:"), m_office);
    form->addRow(tr("Role:"), m_role);
    layout->addWidget(profileBox);

    auto* figuresBox = new QGroupBox(tr("Petitions and reports"), this);
    auto* grid = new QGridLayout(figuresBox);
    m_today = addFigure(grid, 0, 0, tr("Registered today"), QStringLiteral("countToday"));
    m_week = addFigure(grid, 0, 1, tr("Registered this week"), QStringLiteral("countWeek"));
    m_open = addFigure(grid, 0, 2, tr("Open"), QStringLiteral("countOpen"));
    m_visits = addFigure(grid, 0, 3, tr("Visits today"), QStringLiteral("countVisitsToday"));
    m_state = new QLabel(figuresBox);
    m_state->setObjectName(QStringLiteral("overviewState"));
    m_state->setWordWrap(true);
    grid->addWidget(m_state, 2, 0, 1, 3);
    m_refresh = new QPushButton(tr("&Refresh"), figuresBox);
    m_refresh->setObjectName(QStringLiteral("overviewRefresh"));
    grid->addWidget(m_refresh, 2, 3, Qt::AlignRight);
    layout->addWidget(figuresBox);

    auto* storeBox = new QGroupBox(tr("Local database"), this);
    auto* storeForm = new QFormLayout(storeBox);
    m_dbPath = new QLabel(QDir::toNativeSeparators(session.database().path()), storeBox);
    m_dbPath->setObjectName(QStringLiteral("overviewDatabasePath"));
    m_dbPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dbPath->setWordWrap(true);
    m_schema = new QLabel(QString::number(session.database().schemaVersion()), storeBox);
    m_schema->setObjectName(QStringLiteral("overviewSchema"));
    storeForm->addRow(tr("File:"), m_dbPath);
    storeForm->addRow(tr("Schema version:"), m_schema);
    layout->addWidget(storeBox);
    layout->addStretch(1);

    connect(m_refresh, &QPushButton::clicked, this, &OverviewWorkspace::refresh);
    connect(&m_watcher, &QFutureWatcher<Result<OverviewStats>>::finished, this, &OverviewWorkspace::showStats);
    refreshProfile();
}

OverviewWorkspace::~OverviewWorkspace()
{
    // The count uses no object of ours, but let it end before the watcher goes.
    m_watcher.waitForFinished();
}

QIcon OverviewWorkspace::icon() const
{
    return workspaceIcon(QChar(0x89C8), QColor(0x5d, 0x40, 0x37)); // 览
}

QLabel* OverviewWorkspace::addFigure(QGridLayout* grid, int row, int column, const QString& caption,
                                     const QString& objectName)
{
    auto* value = new QLabel(QStringLiteral("…"), grid->parentWidget());
    value->setObjectName(objectName);
    QFont f = value->font();
    f.setPointSizeF(f.pointSizeF() * 2.2);
    f.setBold(true);
    value->setFont(f);
    value->setAlignment(Qt::AlignCenter);
    auto* label = new QLabel(caption, grid->parentWidget());
    label->setAlignment(Qt::AlignCenter);
    grid->addWidget(value, row, column);
    grid->addWidget(label, row + 1, column);
    return value;
}

void OverviewWorkspace::refreshProfile()
{
    auto profile = m_session.profile().load();
    if (!profile) {
        m_user->setText(tr("(no profile yet)"));
        m_office->clear();
        m_role->clear();
        return;
    }
    m_user->setText(profile->name);
    m_office->setText(profile->orgName);
    m_role->setText(Role::name(profile->role));
}

void OverviewWorkspace::refresh()
{
    if (m_watcher.isRunning()) {
        m_reloadPending = true;
        return;
    }
    m_state->setText(tr("Counting…"));
    m_refresh->setEnabled(false);
    const QString path = m_session.database().path();
    const QDate today = QDate::currentDate();
    m_watcher.setFuture(QtConcurrent::run([path, today] { return OverviewStats::load(path, today); }));
}

void OverviewWorkspace::showStats()
{
    m_refresh->setEnabled(true);
    const Result<OverviewStats> r = m_watcher.result();
    if (!r) {
        for (QLabel* l : { m_today, m_week, m_open, m_visits })
            l->setText(QStringLiteral("–"));
        m_state->setText(r.error());
    } else {
        const QLocale locale;
        m_today->setText(locale.toString(r->reportsToday));
        m_week->setText(locale.toString(r->reportsThisWeek));
        m_open->setText(locale.toString(r->reportsOpen));
        m_visits->setText(locale.toString(r->visitsToday));
        m_schema->setText(QString::number(r->schemaVersion));
        m_state->setText(tr("Updated at %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm")) /* zh_TW's CLDR pattern "Bh:mm" printed "B22:23" */));
    }
    emit statsLoaded();
    if (m_reloadPending) {
        m_reloadPending = false;
        refresh();
    }
}

} // namespace qf

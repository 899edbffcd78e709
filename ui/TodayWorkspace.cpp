#include "ui/TodayWorkspace.h"

#include "ui/WorkspaceIcons.h"
#include "models/CalendarStore.h"
#include "models/CaseLabels.h"
#include "models/Database.h"
#include "models/ProfileStore.h"
#include "models/Role.h"
#include "models/Session.h"
#include "models/Settings.h"
#include "models/StoreEvents.h"
#include "models/WorkCalendar.h"
#include "models/Writer.h"

#include <QHeaderView>
#include <QtConcurrent/QtConcurrentRun>
#include <QLabel>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qf {

TodayWorkspace::TodayWorkspace(Session& session, QWidget* parent)
    : Workspace(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("todayWorkspace"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("<h2>My work today</h2>"), this);
    layout->addWidget(heading);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("todayCounts"));
    m_counts->setWordWrap(true);
    layout->addWidget(m_counts);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("todayTree"));
    m_tree->setHeaderLabels({ tr("Number"), tr("Light"), tr("Status"), tr("Reported person"), tr("Due") });
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    const int ch = fontMetrics().horizontalAdvance(QStringLiteral("中"));
    for (int c = 0; c < 4; ++c)
        m_tree->setColumnWidth(c, ch * QList<int> { 16, 5, 7, 18 }[c]);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString id = item->data(0, Qt::UserRole).toString();
        if (id == QLatin1String("meeting"))
            emit meetingOpened(item->data(0, Qt::UserRole + 1).toString());
        else if (!id.isEmpty())
            emit caseOpened(id);
    });

    // Lights change with the clock, items with every write: refreshed every five minutes
    // and shortly after the store changed.
    m_timer = new QTimer(this);
    m_timer->setInterval(5 * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &TodayWorkspace::refresh);
    m_timer->start();
    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(300);
    connect(m_delay, &QTimer::timeout, this, &TodayWorkspace::refresh);
    connect(&session.writer().events(), &StoreEvents::reportsChanged, m_delay, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFutureWatcher<Result<TodayList>>::finished, this, &TodayWorkspace::loadFinished);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(icon(), this);
        m_tray->setToolTip(tr("Qingfeng: my work today"));
        m_tray->show();
        connect(this, &TodayWorkspace::reminder, m_tray,
                [this](const QString& t, const QString& text) { m_tray->showMessage(t, text); });
    }
}

TodayWorkspace::~TodayWorkspace()
{
    m_watcher.waitForFinished();
}

QIcon TodayWorkspace::icon() const
{
    return workspaceIcon(QChar(0x4ECA), QColor(0xef, 0x6c, 0x00)); // 今
}

void TodayWorkspace::refresh()
{
    if (!m_session.signedIn())
        return;
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    auto profile = m_session.profile().load();
    if (!profile)
        return;
    if (m_first)
        m_counts->setText(tr("Loading…")); // only before the first list: later ones replace it in place
    const QString path = m_session.database().path();
    const DeadlinePolicy policy = DeadlinePolicy::fromSettings(Settings(m_session.writer()));
    const QDateTime now = m_clockTime.isValid() ? m_clockTime : QDateTime::currentDateTime();
    const bool restricted = Role::may(profile->role, Capability::SeeRestricted);
    m_watcher.setFuture(QtConcurrent::run([path, policy, now, restricted, user = profile->userId,
                                           org = profile->orgId]() -> Result<TodayList> {
        auto db = Database::openReader(path);
        if (!db)
            return Error { db.error() };
        auto loaded = CalendarStore::load((*db)->connection());
        const WorkCalendar calendar = loaded ? *loaded : WorkCalendar(); // the clock keeps a reference
        DeadlineClock clock(calendar, policy);
        return TodayQuery((*db)->connection(), clock, now).load(user, org, restricted);
    }));
}

void TodayWorkspace::loadFinished()
{
    const Result<TodayList> list = m_watcher.result();
    if (list) {
        remind(*list);
        show(*list);
    } else {
        m_counts->setText(list.error());
    }
    emit loaded();
    if (m_again) {
        m_again = false;
        refresh();
    }
}

void TodayWorkspace::show(const TodayList& list)
{
    m_list = list;
    m_tree->clear();
    QStringList counts;
    if (!list.meetingId.isEmpty()) {
        auto* item = new QTreeWidgetItem(m_tree, { tr("Review meeting today: %n case(s) to decide", nullptr, list.meetingOpen) });
        item->setData(0, Qt::UserRole, QStringLiteral("meeting"));
        item->setData(0, Qt::UserRole + 1, list.meetingId);
        item->setFirstColumnSpanned(true);
        counts << tr("review meeting today");
    }
    for (TodayItem::Kind kind : TodayQuery::kinds()) {
        const int n = list.count(kind);
        if (n == 0)
            continue;
        counts << tr("%1: %2").arg(TodayQuery::kindName(kind)).arg(n);
        auto* group = new QTreeWidgetItem(m_tree, { tr("%1 (%2)").arg(TodayQuery::kindName(kind)).arg(n) });
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const TodayItem& i : list.items) {
            if (i.kind != kind)
                continue;
            auto* item = new QTreeWidgetItem(group, { i.row.regNo, i.row.light == Light::None ? QString() : CaseLabels::light(i.row.light),
                                                      CaseLabels::status(i.row.status), i.row.subjects, i.row.lightReason });
            item->setData(0, Qt::UserRole, i.row.id);
            item->setToolTip(4, i.row.lightReason);
        }
        group->setExpanded(true);
    }
    m_counts->setText(counts.isEmpty() ? tr("Nothing is waiting for you today.")
                                       : counts.join(QStringLiteral("；")));
    emit countChanged(list.total());
}

void TodayWorkspace::remind(const TodayList& list)
{
    QStringList worse;
    QHash<QString, Light> lights;
    for (const TodayItem& i : list.items) {
        lights.insert(i.row.id, i.row.light);
        const Light was = m_lights.value(i.row.id, Light::None);
        if (!m_first && int(i.row.light) >= int(Light::Yellow) && int(i.row.light) > int(was))
            worse << tr("%1 is now %2").arg(i.row.regNo, CaseLabels::light(i.row.light));
    }
    m_lights = lights;
    m_first = false;
    if (!worse.isEmpty())
        emit reminder(tr("Deadlines approaching"), worse.join(QLatin1Char('\n')));
    const QDate today = (m_clockTime.isValid() ? m_clockTime : QDateTime::currentDateTime()).date();
    if (m_summaryDay != today) {
        m_summaryDay = today;
        int red = 0;
        for (const TodayItem& i : list.items)
            if (int(i.row.light) >= int(Light::Red))
                ++red;
        emit reminder(tr("My work today"),
                      tr("%n item(s) waiting for you", nullptr, list.total())
                          + (red > 0 ? tr(", %n red or overdue", nullptr, red) : QString()));
    }
}

} // namespace qf

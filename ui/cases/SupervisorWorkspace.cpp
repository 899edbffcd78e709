#include "ui/cases/SupervisorWorkspace.h"

#include "app/export/TableExport.h"
#include "models/CalendarStore.h"
#include "models/CaseLabels.h"
#include "models/CaseListQuery.h"
#include "models/Database.h"
#include "models/ProfileStore.h"
#include "models/ReportStore.h"
#include "models/Session.h"
#include "models/Settings.h"
#include "models/Role.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidgetItemIterator>
#include <QLabel>
#include <QMap>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace qf {

SupervisorWorkspace::SupervisorWorkspace(Session& session, QWidget* parent)
    : Workspace(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("supervisorWorkspace"));
    auto* layout = new QVBoxLayout(this);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("supervisorState"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("supervisorTree"));
    m_tree->setHeaderLabels({ tr("Office / handler / number"), tr("Light"), tr("Status"), tr("Reported person"),
                              tr("Received") });
    m_tree->header()->resizeSection(0, 300);
    m_tree->header()->resizeSection(1, 90);
    m_tree->header()->resizeSection(2, 110);
    m_tree->header()->resizeSection(3, 300);
    auto* top = new QHBoxLayout;
    top->addWidget(m_state, 1);
    auto* exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setObjectName(QStringLiteral("supervisionExport"));
    exportButton->setToolTip(tr("Save the list to an Excel workbook (.xlsx)"));
    top->addWidget(exportButton);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto* copy = new QShortcut(QKeySequence::Copy, m_tree);
    copy->setContext(Qt::WidgetShortcut);
    connect(copy, &QShortcut::activated, this, &SupervisorWorkspace::copySelection);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the list"),
                                                          QDir::home().filePath(tr("supervision") + QStringLiteral(".xlsx")),
                                                          tr("Excel workbook (*.xlsx)"));
        if (path.isEmpty())
            return;
        const Status s = exportTo(path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".xlsx"));
        m_state->setText(s ? tr("Saved to %1").arg(path) : s.error());
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &SupervisorWorkspace::show);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString id = item->data(0, Qt::UserRole).toString();
        if (!id.isEmpty())
            emit caseOpened(id);
    });
}

SupervisorWorkspace::~SupervisorWorkspace()
{
    m_watcher.waitForFinished();
}

QIcon SupervisorWorkspace::icon() const
{
    return QIcon::fromTheme(QStringLiteral("dialog-warning"), style()->standardIcon(QStyle::SP_MessageBoxWarning));
}

void SupervisorWorkspace::refresh()
{
    if (m_watcher.isRunning())
        return;
    m_state->setText(tr("Loading…"));
    const QString path = m_session.database().path();
    const DeadlinePolicy policy = DeadlinePolicy::fromSettings(Settings(m_session.writer()));
    auto profile = m_session.profile().load();
    const bool restricted = Role::may(profile ? profile->role : QString(), Capability::SeeRestricted);
    const QDateTime now = m_clockTime.isValid() ? m_clockTime : QDateTime::currentDateTime();
    m_watcher.setFuture(QtConcurrent::run([path, policy, restricted, now]() -> Result<QList<CaseListRow>> {
        auto db = Database::openReader(path);
        if (!db)
            return Error { db.error() };
        auto calendar = CalendarStore::load((*db)->connection());
        if (!calendar)
            return Error { calendar.error() };
        DeadlineClock clock(*calendar, policy);
        return CaseListQuery((*db)->connection(), clock, now).flagged(restricted);
    }));
}

void SupervisorWorkspace::show()
{
    const auto result = m_watcher.result();
    m_tree->clear();
    if (!result) {
        m_state->setText(result.error());
        emit loaded();
        return;
    }
    // office -> handler -> rows, worst light first.
    QMap<QString, QMap<QString, QList<CaseListRow>>> groups;
    for (const CaseListRow& r : *result)
        groups[r.office.isEmpty() ? tr("(no handling office)") : r.office]
              [r.handler.isEmpty() ? tr("(no handler)") : r.handler] << r;
    for (auto office = groups.begin(); office != groups.end(); ++office) {
        int officeCount = 0;
        auto* officeItem = new QTreeWidgetItem(m_tree);
        for (auto handler = office->begin(); handler != office->end(); ++handler) {
            auto rows = handler.value();
            std::stable_sort(rows.begin(), rows.end(),
                             [](const CaseListRow& a, const CaseListRow& b) { return int(a.light) > int(b.light); });
            auto* handlerItem = new QTreeWidgetItem(officeItem, { tr("%1 (%2)").arg(handler.key()).arg(rows.size()) });
            handlerItem->setData(0, Qt::UserRole + 1, handler.key());
            for (const CaseListRow& r : std::as_const(rows)) {
                auto* item = new QTreeWidgetItem(handlerItem, { r.regNo, CaseLabels::light(r.light), CaseLabels::status(r.status),
                                                                r.subjects,
                                                                r.receivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) });
                item->setData(0, Qt::UserRole, r.id);
                item->setData(1, Qt::UserRole, int(r.light));
                item->setData(4, Qt::UserRole, r.receivedAt);
                item->setToolTip(1, r.lightReason);
            }
            officeCount += int(rows.size());
        }
        officeItem->setText(0, tr("%1 (%2)").arg(office.key()).arg(officeCount));
        officeItem->setData(0, Qt::UserRole + 1, office.key());
        officeItem->setExpanded(true);
    }
    m_state->setText(tr("%n report(s) yellow, orange, red or overdue", nullptr, int(result->size())));
    emit loaded();
}

QStringList SupervisorWorkspace::exportHeaders()
{
    return { tr("Handling office"), tr("Handler"), tr("Number"), tr("Light"), tr("Status"), tr("Reported person"),
             tr("Received") };
}

QList<QVariantList> SupervisorWorkspace::rowsOf(const QList<QTreeWidgetItem*>& items) const
{
    QList<QVariantList> out;
    for (const QTreeWidgetItem* item : items) {
        if (item->data(0, Qt::UserRole).toString().isEmpty())
            continue; // an office or a handler line
        const QTreeWidgetItem* handler = item->parent();
        const QTreeWidgetItem* office = handler ? handler->parent() : nullptr;
        out << QVariantList { office ? office->data(0, Qt::UserRole + 1) : QVariant(),
                              handler ? handler->data(0, Qt::UserRole + 1) : QVariant(), item->text(0), item->text(1),
                              item->text(2), item->text(3), item->data(4, Qt::UserRole) };
    }
    return out;
}

Status SupervisorWorkspace::exportTo(const QString& path) const
{
    QList<QTreeWidgetItem*> all;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        all << *it;
    ExportTable table;
    table.title = tr("Supervision");
    table.filterLines << tr("Reports yellow, orange, red or overdue, %1")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    table.headers = exportHeaders();
    table.rows = rowsOf(all);
    return TableExport::writeXlsx(table, path);
}

void SupervisorWorkspace::copySelection()
{
    const QList<QVariantList> rows = rowsOf(m_tree->selectedItems());
    QGuiApplication::clipboard()->setText(TableExport::toTsv(exportHeaders(), rows));
}

} // namespace qf

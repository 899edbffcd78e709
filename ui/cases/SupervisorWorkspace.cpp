#include "ui/cases/SupervisorWorkspace.h"

#include "ui/WorkspaceIcons.h"
#include "app/export/TableExport.h"
#include "app/print/DocumentPdf.h"
#include "models/CalendarStore.h"
#include "models/CaseLabels.h"
#include "models/CaseListQuery.h"
#include "models/Database.h"
#include "models/ProfileStore.h"
#include "models/ReportStore.h"
#include "models/Callbacks.h"
#include "models/Session.h"
#include "models/Settings.h"
#include "models/Role.h"
#include "models/Urging.h"
#include "ui/cases/LightDelegate.h"

#include <QClipboard>
#include <QInputDialog>
#include <QMenu>
#include <array>
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
                              tr("Received"), tr("Due"), tr("Overdue"), tr("Urged") });
    m_tree->header()->resizeSection(0, 300);
    m_tree->header()->resizeSection(1, 90);
    m_tree->header()->resizeSection(2, 110);
    m_tree->header()->resizeSection(3, 220);
    m_tree->header()->resizeSection(4, 100);
    m_tree->header()->resizeSection(5, 100);
    m_tree->header()->resizeSection(6, 90);
    auto* top = new QHBoxLayout;
    top->addWidget(m_state, 1);
    auto* exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setObjectName(QStringLiteral("supervisionExport"));
    exportButton->setToolTip(tr("Save the list to an Excel workbook (.xlsx)"));
    m_urge = new QPushButton(tr("U&rge…"), this);
    m_urge->setObjectName(QStringLiteral("supervisionUrge"));
    m_urge->setToolTip(tr("Remind the handling office of the selected reports (催办), recorded on each report, "
                          "and print the 督办函"));
    auto profile = session.profile().load();
    m_urge->setEnabled(Role::may(profile ? profile->role : QString(), Capability::Urge));
    connect(m_urge, &QPushButton::clicked, this, &SupervisorWorkspace::chooseUrge);
    top->addWidget(m_urge);
    auto* printButton = new QPushButton(tr("&Print…"), this);
    printButton->setObjectName(QStringLiteral("supervisionPrint"));
    printButton->setToolTip(tr("Print the list with the counts per office at the top (Ctrl+P)"));
    connect(printButton, &QPushButton::clicked, this, &SupervisorWorkspace::printList);
    auto* printShortcut = new QShortcut(QKeySequence::Print, this);
    printShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(printShortcut, &QShortcut::activated, this, &SupervisorWorkspace::printList);
    top->addWidget(printButton);
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
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu menu(this);
        QAction* urge = menu.addAction(tr("Urge…"), this, &SupervisorWorkspace::chooseUrge);
        urge->setEnabled(m_urge->isEnabled() && !selectedReports().isEmpty());
        menu.addAction(tr("Copy the selected rows"), QKeySequence::Copy, this, &SupervisorWorkspace::copySelection);
        menu.addAction(tr("Print the list…"), QKeySequence::Print, this, &SupervisorWorkspace::printList);
        menu.exec(m_tree->viewport()->mapToGlobal(at));
    });
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
    return workspaceIcon(QChar(0x7763), QColor(0xc6, 0x28, 0x28)); // 督
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
    // office -> handler -> rows; the most urgent first at every level.
    const QDateTime now = m_clockTime.isValid() ? m_clockTime : QDateTime::currentDateTime();
    const QHash<QString, int> urged = Urging::countsByReport(m_session.database().connection());
    const auto urgent = [](const CaseListRow& a, const CaseListRow& b) {
        if (a.light != b.light)
            return int(a.light) > int(b.light);
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid();
        return a.due < b.due;
    };
    // Counts by colour, worst first: what ranks offices and handlers.
    using Counts = std::array<int, 4>; // overdue, red, orange, yellow
    const auto countsOf = [](const QList<CaseListRow>& rows) {
        Counts c {};
        for (const CaseListRow& r : rows) {
            switch (r.light) {
            case Light::Overdue: ++c[0]; break;
            case Light::Red: ++c[1]; break;
            case Light::Orange: ++c[2]; break;
            case Light::Yellow: ++c[3]; break;
            default: break;
            }
        }
        return c;
    };
    QMap<QString, QMap<QString, QList<CaseListRow>>> groups;
    for (const CaseListRow& r : *result)
        groups[r.office.isEmpty() ? tr("(no handling office)") : r.office]
              [r.handler.isEmpty() ? tr("(no handler)") : r.handler] << r;
    struct Group
    {
        QString name;
        QList<CaseListRow> rows;
        Counts counts;
    };
    const auto ranked = [&](const QMap<QString, QList<CaseListRow>>& byName) {
        QList<Group> out;
        for (auto it = byName.cbegin(); it != byName.cend(); ++it)
            out << Group { it.key(), it.value(), countsOf(it.value()) };
        std::stable_sort(out.begin(), out.end(), [](const Group& a, const Group& b) { return a.counts > b.counts; });
        return out;
    };
    const Light order[] = { Light::Overdue, Light::Red, Light::Orange, Light::Yellow };
    const auto paintCounts = [&](QTreeWidgetItem* item, const Counts& c) {
        QStringList parts;
        for (int i = 0; i < 4; ++i)
            if (c[i] > 0)
                parts << tr("%1 %2").arg(CaseLabels::light(order[i])).arg(c[i]);
        item->setText(1, parts.join(QStringLiteral(" · ")));
        for (int i = 0; i < 4; ++i)
            item->setData(1, Qt::UserRole + 2 + i, c[i]);
        for (int i = 0; i < 4; ++i) {
            if (c[i] > 0) { // the worst colour present colours the line's counts
                const auto [back, fore] = LightDelegate::colours(order[i]);
                item->setBackground(1, back);
                item->setForeground(1, fore);
                break;
            }
        }
    };
    QMap<QString, QList<CaseListRow>> byOffice;
    for (auto office = groups.cbegin(); office != groups.cend(); ++office)
        for (const auto& rows : office.value())
            byOffice[office.key()] << rows;
    for (const Group& office : ranked(byOffice)) {
        auto* officeItem = new QTreeWidgetItem(m_tree);
        for (const Group& handler : ranked(groups.value(office.name))) {
            auto rows = handler.rows;
            std::stable_sort(rows.begin(), rows.end(), urgent);
            auto* handlerItem = new QTreeWidgetItem(officeItem, { tr("%1 (%2)").arg(handler.name).arg(rows.size()) });
            handlerItem->setData(0, Qt::UserRole + 1, handler.name);
            paintCounts(handlerItem, handler.counts);
            for (const CaseListRow& r : std::as_const(rows)) {
                DeadlineStatus status;
                status.light = r.light;
                status.due = r.due;
                const int late = Urging::overdueDays(status, now);
                auto* item = new QTreeWidgetItem(handlerItem, { r.regNo, CaseLabels::light(r.light), CaseLabels::status(r.status),
                                                                r.subjects,
                                                                r.receivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")),
                                                                r.due.isValid() ? r.due.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : QString(),
                                                                late > 0 ? tr("%n day(s) overdue", nullptr, late) : QString(),
                                                                urged.value(r.id) > 0 ? tr("%n time(s)", nullptr, urged.value(r.id)) : QString() });
                item->setData(0, Qt::UserRole, r.id);
                item->setData(0, Qt::UserRole + 2, r.clock);
                item->setData(1, Qt::UserRole, int(r.light));
                item->setData(4, Qt::UserRole, r.receivedAt);
                item->setData(5, Qt::UserRole, r.due);
                item->setData(6, Qt::UserRole, late);
                item->setData(7, Qt::UserRole, urged.value(r.id));
                const auto [back, fore] = LightDelegate::colours(r.light);
                item->setBackground(1, back);
                item->setForeground(1, fore);
                item->setTextAlignment(1, Qt::AlignCenter);
                if (late > 0)
                    item->setForeground(6, QColor(0xb0, 0x00, 0x20));
                item->setToolTip(1, r.lightReason);
            }
        }
        officeItem->setText(0, tr("%1 (%2)").arg(office.name).arg(office.rows.size()));
        officeItem->setData(0, Qt::UserRole + 1, office.name);
        paintCounts(officeItem, office.counts);
        officeItem->setExpanded(true);
    }
    QString state = tr("%n report(s) yellow, orange, red or overdue", nullptr, int(result->size()));
    // Late like the reports: the hotline's missed calls nobody has called back in time.
    if (auto late = Callbacks(m_session.writer(), m_session.vault()).overdueCount(now.toUTC()); late && *late > 0)
        state += tr("; %n hotline callback(s) overdue (see Hotline)", nullptr, *late);
    m_state->setText(state);
    emit loaded();
}

QStringList SupervisorWorkspace::exportHeaders()
{
    return { tr("Handling office"), tr("Handler"), tr("Number"), tr("Light"), tr("Status"), tr("Reported person"),
             tr("Received"), tr("Due"), tr("Days overdue"), tr("Times urged") };
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
                              item->text(2), item->text(3), item->data(4, Qt::UserRole), item->data(5, Qt::UserRole),
                              item->data(6, Qt::UserRole), item->data(7, Qt::UserRole) };
    }
    return out;
}

ExportTable SupervisorWorkspace::table() const
{
    QList<QTreeWidgetItem*> all;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        all << *it;
    ExportTable table;
    table.title = tr("Supervision");
    table.filterLines << tr("Reports yellow, orange, red or overdue, %1")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    // Per office the counts by colour, as on the screen.
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* office = m_tree->topLevelItem(i);
        table.filterLines << tr("%1: %2").arg(office->text(0), office->text(1));
    }
    table.headers = exportHeaders();
    table.rows = rowsOf(all);
    return table;
}

Status SupervisorWorkspace::exportTo(const QString& path) const
{
    return TableExport::writeXlsx(table(), path);
}

Status SupervisorWorkspace::printTo(const QString& pdfPath) const
{
    return DocumentPdf::toPdf(TableExport::toHtml(table()), pdfPath, DocumentPdf::Paper::A4Landscape);
}

void SupervisorWorkspace::printList()
{
    auto printed = DocumentPrinter::print(TableExport::toHtml(table()), QStringLiteral("list"),
                                          DeskSettings::PrintTarget::Preview, {}, this, DocumentPdf::Paper::A4Landscape);
    if (!printed)
        m_state->setText(printed.error());
    else if (!printed->printed)
        m_state->setText(tr("Preview closed, nothing printed."));
}

void SupervisorWorkspace::copySelection()
{
    const QList<QVariantList> rows = rowsOf(m_tree->selectedItems());
    QGuiApplication::clipboard()->setText(TableExport::toTsv(exportHeaders(), rows));
}

} // namespace qf

namespace qf {

QStringList SupervisorWorkspace::selectedReports() const
{
    QStringList out;
    for (const QTreeWidgetItem* item : m_tree->selectedItems()) {
        const QString id = item->data(0, Qt::UserRole).toString();
        if (!id.isEmpty() && !out.contains(id))
            out << id;
    }
    return out;
}

QString SupervisorWorkspace::defaultNote()
{
    return tr("Report on the progress of this report and finish its handling without further delay.");
}

QTreeWidgetItem* SupervisorWorkspace::itemOf(const QString& reportId) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, Qt::UserRole).toString() == reportId)
            return *it;
    return nullptr;
}

DocumentPrinter::Issue SupervisorWorkspace::letter(const QString& reportId, const QString& note) const
{
    DocumentPrinter::Issue doc;
    doc.kind = QStringLiteral("urging_letter");
    doc.reportId = reportId;
    doc.title = QStringLiteral("督办函");
    doc.newEachTime = true; // each reminder is a letter of its own
    const QTreeWidgetItem* item = itemOf(reportId);
    DeadlineStatus status;
    QString office;
    if (item) {
        status.light = Light(item->data(1, Qt::UserRole).toInt());
        status.due = item->data(5, Qt::UserRole).toDateTime();
        if (item->parent() && item->parent()->parent())
            office = item->parent()->parent()->data(0, Qt::UserRole + 1).toString();
    }
    const QDateTime now = m_clockTime.isValid() ? m_clockTime : QDateTime::currentDateTime();
    Session& session = m_session;
    doc.html = [&session, reportId, note, status, office, now](const QString& docNo) -> Result<QString> {
        auto report = session.reports().get(reportId);
        if (!report)
            return report.failure();
        return Urging::letterHtml(*report, office, note, status, now,
                                  Settings(session.writer()).text(Settings::Key::OfficeName), docNo);
    };
    return doc;
}

Status SupervisorWorkspace::urge(const QStringList& reportIds, const QString& note, const QString& pdfFolder)
{
    if (reportIds.isEmpty())
        return Error { tr("Select the reports to urge first.") };
    Urging urging(m_session);
    const QDateTime now = m_clockTime.isValid() ? m_clockTime : QDateTime::currentDateTime();
    QStringList done;
    for (const QString& id : reportIds) {
        const QTreeWidgetItem* item = itemOf(id);
        DeadlineStatus status;
        if (item) {
            status.light = Light(item->data(1, Qt::UserRole).toInt());
            status.due = item->data(5, Qt::UserRole).toDateTime();
            status.clock = item->data(0, Qt::UserRole + 2).toString();
        }
        if (Status s = urging.urge(id, note, status, now); !s)
            return s;
        const DocumentPrinter::Issue doc = letter(id, note);
        Result<DocumentPrinter::Issued> printed = pdfFolder.isEmpty()
            ? DocumentPrinter::issue(m_session, doc, DeskSettings::PrintTarget::Preview, {}, this)
            : DocumentPrinter::issueToPdf(m_session, doc,
                                          QDir(pdfFolder).filePath(QStringLiteral("督办函-%1.pdf").arg(item ? item->text(0) : id)));
        if (!printed)
            return Error { tr("The reminder is recorded; the letter could not be printed: %1").arg(printed.error()) };
        done << (item ? item->text(0) : id);
    }
    m_state->setText(tr("Urged: %1").arg(done.join(QStringLiteral("、"))));
    refresh();
    return {};
}

void SupervisorWorkspace::chooseUrge()
{
    const QStringList ids = selectedReports();
    if (ids.isEmpty()) {
        m_state->setText(tr("Select the reports to urge first."));
        return;
    }
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        this, tr("Urge"), tr("%n report(s). What the handling office is asked to do (printed in the 督办函):", nullptr,
                             int(ids.size())),
        defaultNote(), &ok);
    if (!ok)
        return;
    if (Status s = urge(ids, note); !s)
        m_state->setText(s.error());
}

} // namespace qf

#include "ui/cases/CaseListWorkspace.h"
#include "models/ReportSearch.h"

#include "ui/WorkspaceIcons.h"
#include "ui/cases/CaseDetailPane.h"
#include "app/export/TableExport.h"
#include "app/print/DocumentPdf.h"
#include "ui/checkin/DocumentPrinter.h"
#include "models/CalendarStore.h"
#include "models/CaseListQuery.h"
#include "models/Database.h"
#include "ui/cases/CaseEditor.h"
#include "models/CaseLabels.h"
#include "models/CaseListModel.h"
#include "ui/cases/IntakeDialog.h"
#include "ui/cases/LightDelegate.h"
#include "ui/SortArrows.h"
#include "models/CategoryStore.h"
#include "models/ProfileStore.h"
#include "models/ReportStore.h"
#include "models/Session.h"
#include "models/Settings.h"
#include "models/StoreEvents.h"
#include "models/Writer.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMenu>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace qf {

namespace {

const QDate kAnyDate(2000, 1, 1);

QComboBox* combo(QWidget* parent, const QString& name, const QString& any)
{
    auto* c = new QComboBox(parent);
    c->setObjectName(name);
    c->addItem(any, QString());
    c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return c;
}

// A date filter left at "any" holds 2000-01-01; its calendar opens on this month instead.
class OpenOnToday : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show) {
            auto* calendar = qobject_cast<QCalendarWidget*>(watched);
            if (calendar && calendar->selectedDate() == kAnyDate) {
                const QDate today = QDate::currentDate();
                calendar->setCurrentPage(today.year(), today.month());
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

QDateEdit* dateEdit(QWidget* parent, const QString& name)
{
    auto* d = new QDateEdit(parent);
    d->setObjectName(name);
    d->setCalendarPopup(true);
    d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    d->setMinimumDate(kAnyDate);
    d->setSpecialValueText(CaseListWorkspace::tr("any"));
    d->setDate(kAnyDate);
    d->calendarWidget()->installEventFilter(new OpenOnToday(d));
    return d;
}

} // namespace

CaseListWorkspace::CaseListWorkspace(Session& session, QWidget* parent)
    : Workspace(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("caseListWorkspace"));
    Settings settings(session.writer());
    m_model = new CaseListModel(session.database().path(), DeadlinePolicy::fromSettings(settings), this);

    auto* layout = new QVBoxLayout(this);
    // Two rows, so that the window fits on 1366 pixels: the search and the dates, then the
    // filters. The combo boxes keep a modest width whatever the names of the offices.
    auto* bar = new QHBoxLayout;
    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setPlaceholderText(tr("Search number, follow-up code, content, reported persons… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_status = combo(this, QStringLiteral("caseStatusFilter"), tr("All statuses"));
    for (CaseState s : allStates())
        m_status->addItem(CaseLabels::status(stateName(s)), stateName(s));
    m_class = combo(this, QStringLiteral("caseClassFilter"), tr("All classes"));
    for (const char* c : { "A", "B", "C" })
        m_class->addItem(CaseLabels::triageClass(QString::fromLatin1(c)), QString::fromLatin1(c));
    m_class->addItem(tr("Not triaged"), QStringLiteral("none"));
    m_light = combo(this, QStringLiteral("caseLightFilter"), tr("All lights"));
    for (Light l : CaseLabels::lights())
        m_light->addItem(CaseLabels::light(l), lightName(l));
    m_channel = combo(this, QStringLiteral("caseChannelFilter"), tr("All channels"));
    for (const QString& c : CaseLabels::channelCodes())
        m_channel->addItem(CaseLabels::channel(c), c);
    m_category = combo(this, QStringLiteral("caseCategoryFilter"), tr("All categories"));
    m_office = combo(this, QStringLiteral("caseOfficeFilter"), tr("All offices"));
    m_handler = combo(this, QStringLiteral("caseHandlerFilter"), tr("All handlers"));
    for (QComboBox* c : { m_category, m_office, m_handler }) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(9);
    }
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("casePeriod"));
    m_period->addItem(tr("Any date"), QStringLiteral("any"));
    m_period->addItem(tr("Today"), QStringLiteral("today"));
    m_period->addItem(tr("This week"), QStringLiteral("week"));
    m_period->addItem(tr("This month"), QStringLiteral("month"));
    m_period->addItem(tr("This quarter"), QStringLiteral("quarter"));
    m_period->addItem(tr("This year"), QStringLiteral("year"));
    m_period->addItem(tr("Chosen dates"), QStringLiteral("custom"));
    m_from = dateEdit(this, QStringLiteral("caseFrom"));
    m_to = dateEdit(this, QStringLiteral("caseTo"));
    bar->addWidget(m_search, 2);
    bar->addWidget(new QLabel(tr("Received"), this));
    bar->addWidget(m_period);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    for (QWidget* w : std::initializer_list<QWidget*> { m_status, m_class, m_light, m_channel, m_category, m_office, m_handler })
        filters->addWidget(w);
    filters->addStretch(1);
    auto* intake = new QPushButton(tr("&New report…"), this);
    intake->setObjectName(QStringLiteral("caseNewReport"));
    intake->setToolTip(tr("Register a letter, a call, a forwarded or handed-over item (Ctrl+N)"));
    bar->addWidget(intake);
    connect(intake, &QPushButton::clicked, this, &CaseListWorkspace::registerReport);
    auto* exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setObjectName(QStringLiteral("caseExport"));
    exportButton->setToolTip(tr("Save the list as it is filtered to an Excel workbook (.xlsx)"));
    connect(exportButton, &QPushButton::clicked, this, &CaseListWorkspace::chooseExport);
    auto* printButton = new QPushButton(tr("Pr&int…"), this);
    printButton->setObjectName(QStringLiteral("casePrint"));
    printButton->setToolTip(tr("Print the list as it is filtered, with the filter written at the top (Ctrl+P)"));
    connect(printButton, &QPushButton::clicked, this, &CaseListWorkspace::printList);
    auto* printShortcut = new QShortcut(QKeySequence::Print, this);
    printShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(printShortcut, &QShortcut::activated, this, &CaseListWorkspace::printList);
    auto* newShortcut = new QShortcut(QKeySequence::New, this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, &CaseListWorkspace::registerReport);
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    layout->addLayout(bar);
    layout->addLayout(filters);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("caseCount"));
    // Under the filter bar, not in it: the bar is what must fit on 1366 pixels.
    auto* countRow = new QHBoxLayout;
    countRow->addWidget(m_count, 1);
    countRow->addWidget(printButton);
    countRow->addWidget(exportButton);
    layout->addLayout(countRow);

    auto* split = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto* copy = new QShortcut(QKeySequence::Copy, m_table);
    copy->setContext(Qt::WidgetShortcut);
    connect(copy, &QShortcut::activated, this, &CaseListWorkspace::copySelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu menu(this);
        menu.addAction(tr("Open"), this, &CaseListWorkspace::openCurrent);
        menu.addAction(tr("Copy the selected rows"), QKeySequence::Copy, this, &CaseListWorkspace::copySelection);
        menu.addAction(tr("Export the list…"), this, &CaseListWorkspace::chooseExport);
        menu.addAction(tr("Print the list…"), QKeySequence::Print, this, &CaseListWorkspace::printList);
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(CaseListModel::Received, Qt::DescendingOrder);
    conventionalSortArrows(m_table->horizontalHeader());
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->setItemDelegateForColumn(CaseListModel::LightColumn, new LightDelegate(m_table));
    const QFontMetrics fm = fontMetrics();
    const int widths[] = { 17, 21, 4, 8, 12, 6, 3, 4, 9, 6 }; // in Chinese characters
    for (int c = 0; c < CaseListModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, fm.horizontalAdvance(QStringLiteral("中")) * widths[c] / (c <= 1 ? 2 : 1) + 16);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The light is what an officer scans for: shown right after the number.
    m_table->horizontalHeader()->moveSection(CaseListModel::LightColumn, 1);
    // The reported persons, the longest text, last: status, category, office and handler stay
    // on screen at 1366 pixels.
    m_table->horizontalHeader()->moveSection(m_table->horizontalHeader()->visualIndex(CaseListModel::Subject),
                                             CaseListModel::ColumnCount - 1);
    m_detail = new CaseDetailPane(session, split);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_searchDelay, &QTimer::timeout, this, &CaseListWorkspace::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CaseListWorkspace::applyFilter);
    for (QComboBox* c : { m_status, m_class, m_light, m_channel, m_category, m_office, m_handler })
        connect(c, &QComboBox::currentIndexChanged, this, &CaseListWorkspace::applyFilter);
    connect(m_period, &QComboBox::currentIndexChanged, this, &CaseListWorkspace::applyPeriod);
    for (QDateEdit* d : { m_from, m_to })
        connect(d, &QDateEdit::dateChanged, this, [this] {
            // Dates picked by hand: the quick range says so.
            const QSignalBlocker block(m_period);
            m_period->setCurrentIndex(m_from->date() == kAnyDate && m_to->date() == kAnyDate
                                          ? 0
                                          : m_period->findData(QStringLiteral("custom")));
            applyFilter();
        });
    connect(m_model, &CaseListModel::listLoaded, this, &CaseListWorkspace::updateCount);
    connect(m_model, &CaseListModel::loadingChanged, this, &CaseListWorkspace::updateCount);
    connect(m_model, &CaseListModel::loadFailed, this, [this](const QString& e) { m_count->setText(e); });
    connect(m_table, &QTableView::activated, this, &CaseListWorkspace::openCurrent);
    connect(m_table, &QTableView::doubleClicked, this, &CaseListWorkspace::openCurrent);
    connect(this, &CaseListWorkspace::caseOpened, m_detail, &CaseDetailPane::showReport);
    connect(this, &CaseListWorkspace::caseOpened, this, &CaseListWorkspace::openEditor);
    // The pane shows the row the user is on (a click, the arrow keys, Page Down), not only the
    // last one opened.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CaseListWorkspace::followCurrent);
    connect(m_model, &CaseListModel::windowLoaded, this, [this](int first, int last) {
        const int row = m_table->currentIndex().row();
        if (m_followRow != 0 && row >= first && row <= last)
            followCurrent();
    });
    // Whatever screen wrote (registration, dispatch, a move in the editor): rows change in place.
    m_refreshDelay = new QTimer(this);
    m_refreshDelay->setSingleShot(true);
    m_refreshDelay->setInterval(150);
    connect(m_refreshDelay, &QTimer::timeout, this, &CaseListWorkspace::refreshNow);
    connect(&session.writer().events(), &StoreEvents::reportsChanged, this,
            [this](const QStringList& ids, const QStringList& tables) {
                if (ids.isEmpty() && !tables.contains(QLatin1String("categories"))
                    && !tables.contains(QLatin1String("organisations")) && !tables.contains(QLatin1String("users")))
                    return; // nothing the list shows
                if (tables.contains(QLatin1String("categories")))
                    fillCategories();
                reportsChanged(ids.isEmpty() ? QStringList { QStringLiteral("*") } : ids);
            });
    fillCombos();
}

void CaseListWorkspace::reportsChanged(const QStringList& reportIds)
{
    if (reportIds.isEmpty())
        m_changed.insert(QStringLiteral("*"));
    for (const QString& id : reportIds)
        m_changed.insert(id);
    if (!m_started)
        return; // the first load reads everything anyway
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_refreshDelay->start();
}

void CaseListWorkspace::refreshNow()
{
    m_stale = false;
    const QSet<QString> changed = std::exchange(m_changed, {});
    m_model->refresh();
    const QString shown = m_detail->reportId();
    if (!shown.isEmpty() && (changed.contains(QStringLiteral("*")) || changed.contains(shown)))
        m_detail->showReport(shown);
}

void CaseListWorkspace::followCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    const QString id = index.siblingAtColumn(0).data(CaseListModel::ReportIdRole).toString();
    if (id.isEmpty() || !m_model->isRowLoaded(index.row())) {
        // Its line is still being read (a jump far down): shown when it comes.
        m_followRow = m_model->rowIdAt(index.row());
        if (!id.isEmpty() && id != m_detail->reportId())
            m_detail->showReport(id);
        return;
    }
    m_followRow = 0;
    if (id != m_detail->reportId())
        m_detail->showReport(id);
}

CaseListWorkspace::~CaseListWorkspace() = default;

QIcon CaseListWorkspace::icon() const
{
    return workspaceIcon(QChar(0x6848), QColor(0x15, 0x65, 0xc0)); // 案
}

void CaseListWorkspace::activated()
{
    if (!m_started) {
        m_started = true;
        m_changed.clear();
        applyFilter();
    } else if (m_stale) {
        refreshNow();
    }
    m_table->setFocus();
}

void CaseListWorkspace::fillCombos()
{
    // One index probe per office, not a pass over every report: this runs while the window
    // is being built, and must not grow with the number of reports.
    if (auto offices = m_session.directory().organisationsWithReports())
        for (const Organisation& o : std::as_const(*offices))
            m_office->addItem(o.name, o.id);
    if (auto users = m_session.directory().users())
        for (const DirectoryUser& u : std::as_const(*users))
            m_handler->addItem(u.name, u.id);
    fillCategories();
}

void CaseListWorkspace::fillCategories()
{
    const QString chosen = m_category->currentData().toString();
    const QSignalBlocker block(m_category);
    while (m_category->count() > 1)
        m_category->removeItem(1);
    m_categories.clear();
    if (auto list = m_session.categories().list()) {
        m_categories = *list;
        for (const Category& c : std::as_const(m_categories))
            m_category->addItem(QString(c.depth, QChar(0x3000)) + c.name, c.id);
    }
    m_category->addItem(tr("No category"), QStringLiteral("none"));
    m_category->setCurrentIndex(std::max(0, m_category->findData(chosen)));
}

QStringList CaseListWorkspace::chosenCategories() const
{
    const QString id = m_category->currentData().toString();
    if (id.isEmpty() || id == QLatin1String("none"))
        return id.isEmpty() ? QStringList() : QStringList { id };
    // A category with its sub-items, at any depth (the list is depth first).
    QStringList out { id };
    QSet<QString> inside { id };
    for (const Category& c : m_categories) {
        if (inside.contains(c.parentId) && !inside.contains(c.id)) {
            inside.insert(c.id);
            out << c.id;
        }
    }
    return out;
}

void CaseListWorkspace::applyPeriod()
{
    const QString period = m_period->currentData().toString();
    if (period == QLatin1String("custom"))
        return; // the dates as they are
    const QDate today = QDate::currentDate();
    QDate from = kAnyDate, to = kAnyDate;
    if (period == QLatin1String("today")) {
        from = to = today;
    } else if (period == QLatin1String("week")) {
        from = today.addDays(1 - today.dayOfWeek());
        to = from.addDays(6);
    } else if (period == QLatin1String("month")) {
        from = QDate(today.year(), today.month(), 1);
        to = from.addMonths(1).addDays(-1);
    } else if (period == QLatin1String("quarter")) {
        from = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        to = from.addMonths(3).addDays(-1);
    } else if (period == QLatin1String("year")) {
        from = QDate(today.year(), 1, 1);
        to = QDate(today.year(), 12, 31);
    }
    for (QDateEdit* d : { m_from, m_to }) {
        const QSignalBlocker block(d);
        d->setDate(d == m_from ? from : to);
    }
    applyFilter();
}

void CaseListWorkspace::applyFilter()
{
    m_searchDelay->stop();
    CaseListFilter f;
    f.sort = m_model->filter().sort;
    f.descending = m_model->filter().descending;
    m_drillCaption.clear();
    auto profile = m_session.profile().load();
    Report restricted;
    restricted.restricted = true;
    f.includeRestricted = ReportStore::canView(profile ? profile->role : QString(), restricted);
    f.search = m_search->text();
    const QString status = m_status->currentData().toString();
    f.statuses = status.isEmpty() ? QStringList() : QStringList { status };
    f.triageClass = m_class->currentData().toString();
    f.light.reset();
    for (Light l : CaseLabels::lights()) {
        if (lightName(l) == m_light->currentData().toString())
            f.light = l;
    }
    f.channel = m_channel->currentData().toString();
    f.categoryIds = chosenCategories();
    f.officeId = m_office->currentData().toString();
    f.handlerId = m_handler->currentData().toString();
    f.from = m_from->date() == kAnyDate ? QDate() : m_from->date();
    f.to = m_to->date() == kAnyDate ? QDate() : m_to->date();
    m_model->setFilter(f);
}

void CaseListWorkspace::openEditor(const QString& reportId)
{
    auto editor = CaseEditor::openReport(m_session, reportId, this);
    if (!editor) {
        m_count->setText(editor.error());
        return;
    }
    connect(*editor, &CaseEditor::reportChanged, this, [this](const QString& id) { reportsChanged({ id }); });
}

void CaseListWorkspace::registerReport()
{
    auto* dialog = new IntakeDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &IntakeDialog::reportRegistered, this, [this] { reportsChanged({ QStringLiteral("*") }); });
    connect(dialog, &IntakeDialog::openReport, this, &CaseListWorkspace::openEditor);
    dialog->open();
}

void CaseListWorkspace::updateCount()
{
    if (m_model->isLoading()) {
        m_count->setText(tr("Loading…"));
        return;
    }
    if (!m_drillCaption.isEmpty()) {
        m_count->setText(tr("%n report(s) behind the analysis' figure: %1", nullptr, m_model->rowCount()).arg(m_drillCaption));
        return;
    }
    QString text = tr("%n report(s)", nullptr, m_model->rowCount());
    if (!m_search->text().trimmed().isEmpty() && ReportSearch::indexBeingBuilt(m_session.database().connection()))
        text += tr(" (the search index is still being built after this workstation's first sync: some reports may "
                   "be missing)");
    m_count->setText(text);
}

void CaseListWorkspace::showFiltered(const CaseListFilter& filter, const QString& caption)
{
    m_searchDelay->stop();
    for (QComboBox* c : { m_status, m_class, m_light, m_channel, m_category, m_office, m_handler, m_period }) {
        const QSignalBlocker block(c);
        c->setCurrentIndex(0);
    }
    // The period of the figure stays visible in the date filter: the same China days, so a
    // later change of another filter keeps the period and the count it had.
    for (const auto& [d, day] : { std::pair { m_from, filter.from }, std::pair { m_to, filter.to } }) {
        const QSignalBlocker block(d);
        d->setDate(day.isValid() ? day : kAnyDate);
    }
    {
        const QSignalBlocker block(m_search);
        m_search->clear();
    }
    CaseListFilter f = filter;
    f.sort = m_model->filter().sort;
    f.descending = m_model->filter().descending;
    m_started = true;
    m_drillCaption = caption;
    m_model->setFilter(f);
    updateCount();
}

void CaseListWorkspace::openCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    const QString id = index.siblingAtColumn(0).data(CaseListModel::ReportIdRole).toString();
    if (!id.isEmpty())
        emit caseOpened(id);
}

QStringList CaseListWorkspace::filterDescription() const
{
    QStringList out;
    if (!m_search->text().trimmed().isEmpty())
        out << tr("Search: %1").arg(m_search->text().trimmed());
    for (QComboBox* c : { m_status, m_class, m_light, m_channel, m_category, m_office, m_handler }) {
        if (c->currentIndex() > 0)
            out << c->currentText().trimmed().remove(QChar(0x3000));
    }
    if (m_from->date() != kAnyDate || m_to->date() != kAnyDate)
        out << tr("Received from %1 to %2")
                   .arg(m_from->date() == kAnyDate ? QString() : m_from->date().toString(Qt::ISODate),
                        m_to->date() == kAnyDate ? QString() : m_to->date().toString(Qt::ISODate));
    return out.isEmpty() ? QStringList { tr("All reports") } : QStringList { tr("Filter: %1").arg(out.join(QStringLiteral("；"))) };
}

namespace {

QVariantList cellsOf(const CaseListRow& r)
{
    return { r.regNo, r.receivedAt, CaseLabels::channel(r.channel), r.category, r.subjects, CaseLabels::status(r.status),
             r.triageClass, r.light == Light::None ? QString() : CaseLabels::light(r.light), r.office, r.handler };
}

} // namespace

Result<ExportTable> CaseListWorkspace::table() const
{
    if (m_model->isLoading())
        return Error { tr("The list is still loading; export or print it when it is shown.") };
    QList<qint64> keys;
    keys.reserve(m_model->rowCount());
    for (int i = 0; i < m_model->rowCount(); ++i)
        keys << m_model->rowIdAt(i);
    auto db = Database::openReader(m_session.database().path());
    if (!db)
        return Error { db.error() };
    auto calendar = CalendarStore::load((*db)->connection());
    if (!calendar)
        return Error { calendar.error() };
    DeadlineClock clock(*calendar, DeadlinePolicy::fromSettings(Settings(m_session.writer())));
    CaseListQuery query((*db)->connection(), clock, QDateTime::currentDateTime());
    ExportTable table;
    table.title = tr("Reports");
    table.filterLines = filterDescription();
    table.filterLines << tr("Exported %1, %n report(s)", nullptr, int(keys.size()))
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    for (int c = 0; c < CaseListModel::ColumnCount; ++c)
        table.headers << m_model->headerData(c, Qt::Horizontal).toString();
    constexpr int chunk = 2000;
    for (qsizetype i = 0; i < keys.size(); i += chunk) {
        auto rows = query.rows(keys.mid(i, chunk));
        if (!rows)
            return Error { rows.error() };
        for (const CaseListRow& r : std::as_const(*rows))
            table.rows << cellsOf(r);
    }
    return table;
}

Status CaseListWorkspace::exportTo(const QString& path)
{
    auto t = table();
    if (!t)
        return t.failure();
    return TableExport::writeXlsx(*t, path);
}

Status CaseListWorkspace::printTo(const QString& pdfPath)
{
    auto t = table();
    if (!t)
        return t.failure();
    return DocumentPdf::toPdf(TableExport::toHtml(*t), pdfPath, DocumentPdf::Paper::A4Landscape);
}

void CaseListWorkspace::printList()
{
    auto t = table();
    if (!t) {
        m_count->setText(t.error());
        return;
    }
    if (t->rows.size() > 5000) {
        m_count->setText(tr("%n report(s) are too many to print; narrow the filter or export the list.", nullptr,
                            int(t->rows.size())));
        return;
    }
    auto printed = DocumentPrinter::print(TableExport::toHtml(*t), QStringLiteral("list"),
                                          DeskSettings::PrintTarget::Preview, {}, this, DocumentPdf::Paper::A4Landscape);
    if (!printed)
        m_count->setText(printed.error());
    else if (!printed->printed)
        m_count->setText(tr("Preview closed, nothing printed."));
}

void CaseListWorkspace::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the list"),
                                                      QDir::home().filePath(tr("reports") + QStringLiteral(".xlsx")),
                                                      tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    const Status s = exportTo(path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".xlsx"));
    m_count->setText(s ? tr("Saved to %1").arg(path) : s.error());
}

void CaseListWorkspace::copySelection()
{
    QList<int> rows;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        rows << i.row();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_table->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    QHeaderView* header = m_table->horizontalHeader();
    QStringList headers;
    QList<int> columns;
    for (int v = 0; v < header->count(); ++v) {
        const int c = header->logicalIndex(v);
        if (header->isSectionHidden(c))
            continue;
        columns << c;
        headers << m_model->headerData(c, Qt::Horizontal).toString();
    }
    QList<QVariantList> lines;
    for (int r : std::as_const(rows)) {
        QVariantList cells;
        for (int c : std::as_const(columns))
            cells << m_model->index(r, c).data();
        lines << cells;
    }
    QGuiApplication::clipboard()->setText(TableExport::toTsv(headers, lines));
    m_count->setText(tr("%n row(s) copied", nullptr, int(lines.size())));
}

} // namespace qf

// The traps of the case list and supervision met every day: the window at 1366x768, the date
// filter's calendar and quick ranges, the category filter, Ctrl+F, the sort arrow, and 催办
// with the counts by colour per office.
#include "tests/support/TestSupport.h"

#include "models/CaseListModel.h"
#include "models/CategoryStore.h"
#include "models/DeadlineClock.h"
#include "models/ReportRegistrar.h"
#include "models/Session.h"
#include "models/Urging.h"
#include "ui/ImportDialog.h"
#include "ui/Language.h"
#include "ui/ListActions.h"
#include "app/print/DocumentPdf.h"
#include "ui/cases/QualityWorkspace.h"
#include "ui/meeting/MeetingWorkspace.h"
#include "ui/MainWindow.h"
#include "ui/cases/CaseEditor.h"
#include "ui/cases/CaseListWorkspace.h"
#include "ui/cases/SupervisorWorkspace.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QMenuBar>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace qf;

namespace {

QString registerOn(Session& session, const QDate& day, const QString& categoryId = {})
{
    Registration r;
    r.draft.channel = QStringLiteral("letter");
    r.draft.receivedAt = QDateTime(day, QTime(9, 30));
    r.draft.content = QStringLiteral("反映某局干部违规收受礼金问题");
    r.draft.categoryId = categoryId;
    r.checkRepeats = false;
    auto done = session.registrar().registerReport(r);
    QF_REQUIRE_OK(done);
    return done->id;
}

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
    REQUIRE(p.waitForFinished(30000));
    // Qt writes some characters' text as Kangxi radicals (⽇ for 日): NFKC folds them back.
    // A narrow table cell wraps its text: compared without white space.
    return QString::fromUtf8(p.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .remove(QRegularExpression(QStringLiteral("\\s")))
        .remove(QLatin1Char('-')); // pdftotext joins a number wrapped at a hyphen without it
}

bool waitLoaded(CaseListModel& model)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, 30000);
}

// Which way the sort arrow in the header's section points: +1 down (▼), -1 up (▲).
int arrowDirection(QHeaderView* header, int logical)
{
    const QImage img = header->grab().toImage();
    const int right = header->sectionViewportPosition(logical) + header->sectionSize(logical);
    int widest = 0, widestRow = -1, first = -1, last = -1;
    for (int y = 0; y < img.height(); ++y) {
        int n = 0;
        for (int x = std::max(0, right - 22); x < right - 2; ++x)
            if (qGray(img.pixel(x, y)) < 170)
                ++n;
        if (n > 0 && n < 20) {
            if (first < 0)
                first = y;
            last = y;
            if (n > widest) {
                widest = n;
                widestRow = y;
            }
        }
    }
    if (widestRow < 0 || first == last)
        return 0;
    return widestRow - first < last - widestRow ? +1 : -1; // wide at the top: points down
}

} // namespace

TEST_CASE("at 1366x768 the window fits on every workspace - the case list shows status - category and office",
          "[caselist][ui]")
{
    REQUIRE(Language::install(QStringLiteral("zh_CN")));
    test::Scratch scratch;
    auto session = test::openSession(scratch.path(QStringLiteral("fit.sqlite")));
    for (int i = 0; i < 5; ++i)
        registerOn(*session, QDate::currentDate().addDays(-i));
    MainWindow w(*session);
    w.resize(1366, 768);
    w.show();
    auto* side = w.findChild<QListWidget*>(QStringLiteral("sideBar"));
    auto* stack = w.findChild<QStackedWidget*>(QStringLiteral("workspaceStack"));
    REQUIRE(side);
    REQUIRE(stack);
    int caseList = -1;
    for (int i = 0; i < stack->count(); ++i)
        UNSCOPED_INFO(stack->widget(i)->objectName().toStdString() << " needs " << stack->widget(i)->minimumSizeHint().width());
    if (w.statusBar())
        UNSCOPED_INFO("status bar needs " << w.statusBar()->minimumSizeHint().width());
    UNSCOPED_INFO("menu bar needs " << w.menuBar()->minimumSizeHint().width());
    for (int i = 0; i < side->count(); ++i) {
        w.showWorkspace(i);
        QTest::qWait(50);
        const QString name = stack->currentWidget()->objectName();
        INFO(name.toStdString() << ": the window needs " << w.minimumSizeHint().width() << " px, is "
                                << w.width());
        CHECK(w.minimumSizeHint().width() <= 1366);
        CHECK(w.width() <= 1366);
        if (name == QLatin1String("caseListWorkspace"))
            caseList = i;
    }
    REQUIRE(caseList >= 0);
    w.showWorkspace(caseList);
    auto* table = w.findChild<QTableView*>(QStringLiteral("caseTable"));
    REQUIRE(QTest::qWaitFor([&] { return table->model()->rowCount() == 5; }, 30000));
    QTest::qWait(100);
    for (int c : { int(CaseListModel::Status), int(CaseListModel::Category), int(CaseListModel::Office) }) {
        INFO("column " << c << " at " << table->columnViewportPosition(c) << " wide " << table->columnWidth(c)
                       << " in " << table->viewport()->width());
        CHECK(table->columnViewportPosition(c) >= 0);
        CHECK(table->columnViewportPosition(c) + table->columnWidth(c) <= table->viewport()->width());
    }
    if (const QString shots = qf::test::screenshotDir(QStringLiteral("daily")); !shots.isEmpty()) {
        CHECK(w.grab().save(shots + QStringLiteral("/cases-1366x768.png")));
        w.resize(1920, 1080);
        QTest::qWait(100);
        CHECK(w.grab().save(shots + QStringLiteral("/cases-1920x1080.png")));
    }
    Language::install(QStringLiteral("en"));
}

TEST_CASE("the case list: the date calendar opens on today - quick ranges - category filter - Ctrl+F - sort arrow",
          "[caselist][ui]")
{
    test::Scratch scratch;
    auto session = test::openSession(scratch.path(QStringLiteral("traps.sqlite")));
    Category discipline;
    discipline.code = QStringLiteral("T01");
    discipline.name = QStringLiteral("违反廉洁纪律");
    auto parent = session->categories().save(discipline);
    QF_REQUIRE_OK(parent);
    Category gifts;
    gifts.code = QStringLiteral("T0101");
    gifts.name = QStringLiteral("违规收受礼品礼金");
    gifts.parentId = *parent;
    auto child = session->categories().save(gifts);
    QF_REQUIRE_OK(child);
    const QDate today = QDate::currentDate();
    registerOn(*session, today, *child);          // this month, under the sub-item
    registerOn(*session, today.addYears(-2));     // long ago, no category
    registerOn(*session, today.addYears(-2), *parent);

    CaseListWorkspace list(*session);
    list.resize(1366, 768);
    list.show();
    list.activated();
    list.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&list));
    CaseListModel& model = *list.model();
    REQUIRE(QTest::qWaitFor([&] { return !model.isLoading() && model.rowCount() == 3; }, 30000));

    // The date filter left at "any" opens its calendar on this month, not on January 2000.
    auto* from = list.findChild<QDateEdit*>(QStringLiteral("caseFrom"));
    REQUIRE(from);
    from->calendarWidget()->setSelectedDate(QDate(2000, 1, 1));
    from->calendarWidget()->window()->show(); // the popup, as a click on the arrow opens it
    CHECK(from->calendarWidget()->yearShown() == today.year());
    CHECK(from->calendarWidget()->monthShown() == today.month());
    from->calendarWidget()->window()->hide();

    // Quick ranges: this month, this year; back to any.
    auto* period = list.findChild<QComboBox*>(QStringLiteral("casePeriod"));
    REQUIRE(period);
    period->setCurrentIndex(period->findData(QStringLiteral("month")));
    CHECK(from->date() == QDate(today.year(), today.month(), 1));
    REQUIRE(waitLoaded(model));
    CHECK(model.rowCount() == 1);
    CHECK(list.filterDescription().join(QString()).contains(QDate(today.year(), today.month(), 1).toString(Qt::ISODate)));
    period->setCurrentIndex(period->findData(QStringLiteral("year")));
    REQUIRE(waitLoaded(model));
    CHECK(model.rowCount() == 1);
    period->setCurrentIndex(0);
    REQUIRE(waitLoaded(model));
    CHECK(model.rowCount() == 3);
    // A date picked by hand says "chosen dates".
    from->setDate(today.addDays(-3));
    CHECK(period->currentData().toString() == QStringLiteral("custom"));
    from->setDate(QDate(2000, 1, 1));
    CHECK(period->currentIndex() == 0);
    REQUIRE(waitLoaded(model));

    // The category filter: a category with its sub-items; "no category".
    auto* category = list.findChild<QComboBox*>(QStringLiteral("caseCategoryFilter"));
    REQUIRE(category);
    category->setCurrentIndex(category->findData(*parent));
    REQUIRE(waitLoaded(model));
    CHECK(model.rowCount() == 2);
    CHECK(list.filterDescription().join(QString()).contains(QStringLiteral("违反廉洁纪律")));
    category->setCurrentIndex(category->findData(*child));
    REQUIRE(waitLoaded(model));
    CHECK(model.rowCount() == 1);
    // Printed as filtered: the filter at the top, the one report, on A4 landscape.
    // The row's line is read in the background after the count: its number shows once it is.
    REQUIRE(QTest::qWaitFor([&] { return model.isRowLoaded(0); }, 30000));
    const QString shownRegNo = model.index(0, CaseListModel::RegNo).data().toString();
    const QString printed = scratch.path(QStringLiteral("list.pdf"));
    QF_REQUIRE_OK(list.printTo(printed));
    if (const QString shots = qf::test::screenshotDir(QStringLiteral("daily")); !shots.isEmpty()) {
        QFile::remove(shots + QStringLiteral("/list.pdf"));
        QFile::copy(printed, shots + QStringLiteral("/list.pdf"));
    }
    const QString listText = pdfText(printed);
    CHECK(listText.contains(QStringLiteral("Filter:")));
    INFO(listText.toStdString());
    CHECK(listText.contains(QString(shownRegNo).remove(QLatin1Char('-'))));
    CHECK(listText.contains(model.headerData(CaseListModel::Status, Qt::Horizontal).toString()));
    {
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), { printed });
        REQUIRE(info.waitForFinished(30000));
        CHECK(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("842 x 595 pts"))); // landscape
    }
    category->setCurrentIndex(category->findData(QStringLiteral("none")));
    REQUIRE(waitLoaded(model));
    CHECK(model.rowCount() == 1);
    category->setCurrentIndex(0);
    REQUIRE(waitLoaded(model));

    // Ctrl+F puts the cursor into the search, with its text selected.
    auto* table = list.findChild<QTableView*>(QStringLiteral("caseTable"));
    auto* search = list.findChild<QLineEdit*>(QStringLiteral("caseSearch"));
    list.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&list));
    table->setFocus();
    REQUIRE(QTest::qWaitFor([&] { return table->hasFocus(); }, 2000));
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    CHECK(search->hasFocus());

    // The sort arrow: newest first (descending) points down, as in Excel.
    QHeaderView* header = table->horizontalHeader();
    REQUIRE(header->sortIndicatorOrder() == Qt::DescendingOrder);
    CHECK(arrowDirection(header, CaseListModel::Received) == +1);
    header->setSortIndicator(CaseListModel::Received, Qt::AscendingOrder);
    QTest::qWait(50);
    CHECK(arrowDirection(header, CaseListModel::Received) == -1);
}

TEST_CASE("supervision: due date and days overdue - counts by colour per office - urging recorded with its letter",
          "[caselist][ui]")
{
    test::Scratch scratch;
    auto session = test::openSession(scratch.path(QStringLiteral("urge.sqlite")));
    QStringList ids;
    for (int i = 0; i < 4; ++i)
        ids << registerOn(*session, QDate(2026, 3, 2).addDays(i)); // long late by now
    test::signInAs(*session, QStringLiteral("supervisor"));
    SupervisorWorkspace sup(*session);
    sup.resize(1366, 700);
    static_cast<QWidget&>(sup).show();
    bool loaded = false;
    QObject::connect(&sup, &SupervisorWorkspace::loaded, [&] { loaded = true; });
    sup.refresh();
    REQUIRE(QTest::qWaitFor([&] { return loaded; }, 30000));
    auto* tree = sup.findChild<QTreeWidget*>(QStringLiteral("supervisorTree"));
    REQUIRE(tree->topLevelItemCount() == 1);
    QTreeWidgetItem* office = tree->topLevelItem(0);
    // The office's line counts its reports by colour; they add up to its reports.
    int counted = 0;
    for (int i = 0; i < 4; ++i)
        counted += office->data(1, Qt::UserRole + 2 + i).toInt();
    CHECK(counted == 4);
    const QString officeCounts = office->text(1);
    CHECK_FALSE(officeCounts.isEmpty());
    QTreeWidgetItem* handler = office->child(0);
    REQUIRE(handler->childCount() == 4);
    int previousLight = 1000;
    for (int k = 0; k < handler->childCount(); ++k) {
        QTreeWidgetItem* item = handler->child(k);
        const int light = item->data(1, Qt::UserRole).toInt();
        CHECK(light <= previousLight); // the most urgent first
        previousLight = light;
        CHECK(item->data(5, Qt::UserRole).toDateTime().isValid()); // the due date
        if (light == int(Light::Overdue)) {
            CHECK(item->data(6, Qt::UserRole).toInt() > 0);
            CHECK(item->text(6).contains(QStringLiteral("overdue")));
        }
        CHECK(item->background(1).color().isValid());
    }

    // 催办: recorded on the report, with a letter, and counted on the line.
    QTreeWidgetItem* first = handler->child(0);
    const QString reportId = first->data(0, Qt::UserRole).toString();
    const QString regNo = first->text(0);
    first->setSelected(true);
    CHECK(sup.selectedReports() == QStringList { reportId });
    const QString folder = scratch.path(QStringLiteral("letters"));
    QDir().mkpath(folder);
    loaded = false;
    QF_REQUIRE_OK(sup.urge(sup.selectedReports(), QStringLiteral("请于三日内报告办理进展。"), folder));
    auto urges = Urging(*session).of(reportId);
    QF_REQUIRE_OK(urges);
    REQUIRE(urges->size() == 1);
    CHECK(urges->first().note == QStringLiteral("请于三日内报告办理进展。"));
    CHECK(urges->first().due.isValid());
    // Through the write path: the reminder travels with its report.
    QSqlQuery q(session->database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM outbox o JOIN events e ON e.id = o.row_id "
                                  "WHERE o.table_name = 'events' AND e.kind = 'urged'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    // the letter's PDF, its text
    const QStringList pdfs = QDir(folder).entryList({ QStringLiteral("*.pdf") });
    REQUIRE(pdfs.size() == 1);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { QDir(folder).filePath(pdfs.first()), QStringLiteral("-") });
    REQUIRE(text.waitForFinished(30000));
    const QString letter = QString::fromUtf8(text.readAllStandardOutput())
                               .normalized(QString::NormalizationForm_KC)
                               .remove(QLatin1Char('\n'));
    CHECK(letter.contains(QStringLiteral("督办函")));
    CHECK(letter.contains(regNo));
    CHECK(letter.contains(QStringLiteral("请于三日内报告办理进展")));
    REQUIRE(QTest::qWaitFor([&] { return loaded; }, 30000));
    QTreeWidgetItem* again = nullptr;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->data(0, Qt::UserRole).toString() == reportId)
            again = *it;
    REQUIRE(again);
    CHECK(again->data(7, Qt::UserRole).toInt() == 1);
    if (const QString shots = qf::test::screenshotDir(QStringLiteral("daily")); !shots.isEmpty())
        CHECK(sup.grab().save(shots + QStringLiteral("/supervision-en.png")));
    // Printed: the counts per office above the table, every report in it.
    const QString printed = scratch.path(QStringLiteral("supervision.pdf"));
    QF_REQUIRE_OK(sup.printTo(printed));
    if (const QString shots = qf::test::screenshotDir(QStringLiteral("daily")); !shots.isEmpty()) {
        QFile::remove(shots + QStringLiteral("/supervision.pdf"));
        QFile::copy(printed, shots + QStringLiteral("/supervision.pdf"));
    }
    const QString supText = pdfText(printed);
    CHECK(supText.contains(QStringLiteral("Supervision")));
    CHECK(supText.contains(QString(regNo).remove(QLatin1Char('-'))));
    CHECK(supText.contains(officeCounts.split(QStringLiteral(" · ")).first().remove(QLatin1Char(' '))));

    // A case officer may not urge: the button is off and the core refuses.
    test::signInAs(*session, QStringLiteral("case_officer"));
    SupervisorWorkspace officer(*session);
    CHECK_FALSE(officer.findChild<QPushButton*>(QStringLiteral("supervisionUrge"))->isEnabled());
    DeadlineStatus status;
    const Status refused = Urging(*session).urge(reportId, QStringLiteral("催一下"), status, QDateTime::currentDateTime());
    CHECK_FALSE(refused.ok());
    auto after = Urging(*session).of(reportId);
    QF_REQUIRE_OK(after);
    CHECK(after->size() == 1);
}

TEST_CASE("closing an untouched report with long text - line breaks and spaces - asks nothing", "[caselist][ui]")
{
    test::Scratch scratch;
    auto session = test::openSession(scratch.path(QStringLiteral("editor.sqlite")));
    Registration r;
    r.draft.channel = QStringLiteral("letter");
    r.draft.receivedAt = QDateTime::currentDateTime();
    QString content;
    for (int i = 0; i < 400; ++i)
        content += QStringLiteral("第%1段：反映某局干部违规收受礼金、公车私用问题。\n").arg(i);
    r.draft.content = content;
    r.draft.what = QStringLiteral("  违规收受礼金  ");
    r.draft.result = QStringLiteral("造成不良影响\n群众反映强烈");
    r.checkRepeats = false;
    auto done = session->registrar().registerReport(r);
    QF_REQUIRE_OK(done);
    auto editor = CaseEditor::openReport(*session, done->id, nullptr);
    QF_REQUIRE_OK(editor);
    std::unique_ptr<CaseEditor> owned(*editor);
    QTest::qWait(50);
    CHECK_FALSE(owned->isModified());
    // A real edit still counts.
    auto* content_ = owned->findChild<QPlainTextEdit*>(QStringLiteral("field_content"));
    REQUIRE(content_);
    content_->appendPlainText(QStringLiteral("补充一句"));
    CHECK(owned->isModified());
}

TEST_CASE("the import's rejected lines - the review screens and the agenda export and print", "[caselist][ui]")
{
    test::Scratch scratch;
    auto session = test::openSession(scratch.path(QStringLiteral("lines.sqlite")));
    const QString path = scratch.path(QStringLiteral("online.jsonl"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(R"({"source_id":"W-1","received_at":"2026-07-01T09:30:00+08:00","content":"反映某镇违规发放补贴"})" "\n");
        f.write(R"({"source_id":"W-2","received_at":"1582-10-10","content":"格里历之前"})" "\n");
        f.write("not json at all\n");
    }
    ImportDialog dialog(*session, path);
    dialog.show();
    dialog.start();
    REQUIRE(QTest::qWaitFor([&] { return dialog.finished(); }, 30000));
    const ExportTable lines = dialog.problemLines();
    REQUIRE(lines.rows.size() == 2);
    CHECK(lines.rows[0][0].toInt() == 2); // the line number, as a number
    CHECK(lines.rows[1][0].toInt() == 3);
    CHECK(dialog.findChild<QPushButton*>(QStringLiteral("importExport"))->isVisible());
    CHECK(dialog.findChild<QPushButton*>(QStringLiteral("importPrint"))->isVisible());
    const QString xlsx = scratch.path(QStringLiteral("lines.xlsx"));
    QF_REQUIRE_OK(TableExport::writeXlsx(lines, xlsx));
    CHECK(QFileInfo(xlsx).size() > 0);
    const QString pdf = scratch.path(QStringLiteral("lines.pdf"));
    QF_REQUIRE_OK(DocumentPdf::toPdf(TableExport::toHtml(lines), pdf, DocumentPdf::Paper::A4Landscape));
    CHECK(pdfText(pdf).contains(QStringLiteral("1900")));

    // The review queue, the office quality and the agenda: a context menu (copy, export, print).
    QualityWorkspace quality(*session);
    for (const char* name : { "reviewQueue", "officeQuality" }) {
        auto* tree = quality.findChild<QTreeWidget*>(QString::fromLatin1(name));
        REQUIRE(tree);
        CHECK(tree->contextMenuPolicy() == Qt::CustomContextMenu);
    }
    MeetingWorkspace meeting(*session);
    auto* agenda = meeting.findChild<QListWidget*>(QStringLiteral("agenda"));
    REQUIRE(agenda);
    CHECK(agenda->contextMenuPolicy() == Qt::CustomContextMenu);
    // A tree goes out with numbers and dates typed, children under their parents.
    QTreeWidget tree;
    tree.setHeaderLabels({ QStringLiteral("Office"), QStringLiteral("Concluded"), QStringLiteral("Day") });
    auto* top = new QTreeWidgetItem(&tree, { QStringLiteral("一室"), QStringLiteral("12"), QStringLiteral("2026-11-30") });
    new QTreeWidgetItem(top, { QStringLiteral("张三"), QStringLiteral("5"), QString() });
    const ExportTable t = ListActions::fromTree(&tree, QStringLiteral("T"));
    REQUIRE(t.rows.size() == 2);
    CHECK(t.headers == QStringList { QStringLiteral("Office"), QStringLiteral("Concluded"), QStringLiteral("Day") });
    CHECK(t.rows[0][1].typeId() == QMetaType::Int);
    CHECK(t.rows[0][2].typeId() == QMetaType::QDate);
    CHECK(t.rows[1][0].toString() == QStringLiteral("  张三"));
}

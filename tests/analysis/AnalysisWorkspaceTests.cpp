// The 统计分析 workspace, offscreen: computed in the background, every number opens the case
// list of the reports behind it. Screenshots go to $QF_SCREENSHOT_DIR/stats when that is set.
#include "tests/analysis/AnalysisFixture.h"

#include "app/analysis/AnalysisExport.h"
#include "models/AnalysisReport.h"
#include "models/AnalysisTopics.h"
#include "models/CaseListModel.h"
#include "ui/Language.h"
#include "ui/analysis/AnalysisExportRun.h"
#include "ui/analysis/AnalysisIndicatorsPanel.h"
#include "ui/analysis/AnalysisTopicBar.h"
#include "ui/analysis/AnalysisTopicDialog.h"
#include "ui/analysis/AnalysisWorkspace.h"
#include "ui/cases/CaseListWorkspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace qf;
using namespace qf::test;

namespace {

void shoot(QWidget& w, const QString& name)
{
    if (const QString dir = screenshotDir(QStringLiteral("stats")); !dir.isEmpty())
        w.grab().save(dir + QLatin1Char('/') + name);
}

void plantWorkload(AnalysisFixture& fx)
{
    // An office with a workload in Q4: half taken up, a third concluded.
    for (int i = 0; i < 12; ++i) {
        Planted p;
        p.receivedUtc = QDateTime::fromString(QStringLiteral("2026-10-02T02:00:00Z"), Qt::ISODate);
        p.office = fx.townB;
        p.status = i < 4 ? QStringLiteral("concluded") : QStringLiteral("handling");
        p.dispatchedAt = QStringLiteral("2026-10-05T02:00:00.000Z");
        if (i < 6)
            p.beganHandlingAt = QStringLiteral("2026-10-06T02:00:00.000Z");
        if (i < 4) {
            p.concludedAt = QStringLiteral("2026-11-20T02:00:00.000Z");
            p.reviewedAt = QStringLiteral("2026-11-22T02:00:00.000Z");
        }
        p.region = QStringLiteral("河西镇");
        p.categoryId = fx.catB1;
        fx.add(p);
    }
}

} // namespace

TEST_CASE("The analysis workspace shows the quarter beside the previous one and a number opens exactly its reports")
{
    Language::install(QStringLiteral("zh_CN"));
    AnalysisFixture fx;
    fx.plantRandom(500, 41, QDate(2025, 7, 1), QDate(2026, 12, 31));
    plantWorkload(fx);
    AnalysisWorkspace w(*fx.session);
    w.resize(1600, 1500);
    w.show();
    QSignalSpy loaded(&w, &AnalysisWorkspace::pageLoaded);
    w.setPeriod(AnalysisPeriod::quarter(2026, 4));
    CHECK(w.busy()); // counted in the background
    REQUIRE(loaded.wait(30000));
    REQUIRE(w.page());
    AnalysisQuery q;
    q.period = AnalysisPeriod::quarter(2026, 4);
    q.includeRestricted = true;
    q.categoryLevel = 1;
    CHECK(w.page()->comparison.current.received == fx.counted(q, q.period).size());
    QTableWidget* figures = w.figuresTable();
    REQUIRE(figures->rowCount() > 1);
    CHECK(w.riskMap()->rowCount() > 1);
    CHECK(w.flagsTable()->rowCount() >= 1);
    // The case work: a line per deadline clock, the handling offices, the summary with links.
    CHECK(w.indicatorsPanel()->clocksTable()->rowCount() == 6);
    CHECK(w.indicatorsPanel()->officesTable()->rowCount() >= 1);
    CHECK(w.indicatorsPanel()->summary()->text().contains(QStringLiteral("href=\"tlo\"")));
    QTest::qWait(200);
    shoot(w, QStringLiteral("analysis-workspace.png"));

    // A click on this period's number of the first category.
    QSignalSpy drilled(&w, &AnalysisWorkspace::drillDown);
    QTableWidgetItem* cell = figures->item(0, 1);
    REQUIRE(cell);
    emit figures->itemClicked(cell);
    REQUIRE(drilled.size() == 1);
    const auto filter = drilled.first().at(0).value<CaseListFilter>();
    const qint64 expected = cell->text().toLongLong();
    CHECK(expected > 0);

    CaseListWorkspace cases(*fx.session);
    cases.resize(1400, 700);
    cases.show();
    QSignalSpy listed(cases.model(), &CaseListModel::listLoaded);
    cases.showFiltered(filter, drilled.first().at(1).toString());
    REQUIRE(listed.wait(30000));
    CHECK(cases.model()->rowCount() == expected);
    QTest::qWait(200);
    shoot(cases, QStringLiteral("analysis-drilldown.png"));

    // The risk map's cells open their reports too.
    QTableWidgetItem* risk = w.riskMap()->item(0, 0);
    REQUIRE(risk);
    emit w.riskMap()->itemClicked(risk);
    REQUIRE(drilled.size() == 2);
    QSignalSpy listed2(cases.model(), &CaseListModel::listLoaded);
    cases.showFiltered(drilled.at(1).at(0).value<CaseListFilter>(), QString());
    if (cases.model()->isLoading())
        REQUIRE(listed2.wait(30000));
    CHECK(cases.model()->rowCount() == risk->text().toLongLong());
}

TEST_CASE("The workspace's exports are written in the interface language, as a 公文")
{
    Language::install(QStringLiteral("zh_CN"));
    AnalysisFixture fx;
    fx.plantRandom(120, 43, QDate(2025, 10, 1), QDate(2026, 12, 31));
    auto a = fx.analysis();
    AnalysisQuery q;
    q.period = AnalysisPeriod::quarter(2026, 4);
    auto report = AnalysisReport::build(*a, AnalysisReport::Kind::Quarterly, q, false, QStringLiteral("城关区纪委监委"),
                                        QStringLiteral("0.1.0"), QDate(2027, 1, 5));
    QF_REQUIRE_OK(report);
    CHECK(report->title == QStringLiteral("2026年第4季度信访举报情况季度分析"));
    CHECK(report->tables.first().name == QStringLiteral("总体情况"));
    CHECK(report->appendix.first().startsWith(QStringLiteral("受理口径")));
    const QString shots = screenshotDir(QStringLiteral("stats"));
    const QString pdf = !shots.isEmpty() ? shots + QStringLiteral("/q4-zh.pdf") : fx.dir.path(QStringLiteral("q4.pdf"));
    QF_REQUIRE_OK(AnalysisExport::writePdf(*report, pdf));
    QF_REQUIRE_OK(AnalysisExport::writeDocx(*report, fx.dir.path(QStringLiteral("q4.docx"))));
    QFile f(pdf);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(5) == "%PDF-");
}

TEST_CASE("An export from the workspace runs in the background with its step shown - and a cancelled one writes no file")
{
    Language::install(QStringLiteral("zh_CN"));
    AnalysisFixture fx;
    fx.plantRandom(300, 47, QDate(2025, 10, 1), QDate(2026, 12, 31));
    AnalysisWorkspace w(*fx.session);
    w.resize(1366, 768);
    w.show();
    QSignalSpy loaded(&w, &AnalysisWorkspace::pageLoaded);
    w.setPeriod(AnalysisPeriod::quarter(2026, 4));
    REQUIRE(loaded.wait(30000));
    AnalysisExportRun* run = w.exportRun();
    REQUIRE(run);
    CHECK_FALSE(run->isVisible());
    auto* progress = run->findChild<QProgressBar*>(QStringLiteral("analysisExportProgress"));
    auto* step = run->findChild<QLabel*>(QStringLiteral("analysisExportStep"));
    auto* cancel = run->findChild<QPushButton*>(QStringLiteral("analysisExportCancel"));
    REQUIRE(progress);
    REQUIRE(step);
    REQUIRE(cancel);
    auto* state = w.findChild<QLabel*>(QStringLiteral("analysisState"));
    REQUIRE(state);

    // Written: the window went on meanwhile (the row showed the step), the file is a .docx.
    QSignalSpy ended(run, &AnalysisExportRun::finished);
    const QString docx = fx.dir.path(QStringLiteral("季度分析.docx"));
    REQUIRE(w.exportTo(docx));
    CHECK(run->isVisible());
    CHECK(run->running());
    CHECK_FALSE(step->text().isEmpty());
    CHECK_FALSE(w.exportTo(fx.dir.path(QStringLiteral("again.docx")))); // one at a time
    shoot(w, QStringLiteral("export-running.png"));
    REQUIRE(ended.wait(60000));
    CHECK(ended.first().at(0).toBool());
    CHECK(progress->value() == progress->maximum());
    CHECK_FALSE(run->isVisible());
    CHECK(state->text().contains(docx));
    QFile written(docx);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.read(2) == "PK"); // a zip, as .docx are

    // Cancelled at once: no file, the user is told, and the next export runs.
    ended.clear();
    const QString xlsx = fx.dir.path(QStringLiteral("取消.xlsx"));
    REQUIRE(w.exportTo(xlsx));
    cancel->click();
    CHECK_FALSE(cancel->isEnabled());
    REQUIRE(ended.wait(60000));
    CHECK_FALSE(ended.first().at(0).toBool());
    CHECK_FALSE(QFileInfo::exists(xlsx));
    CHECK(state->text() == QStringLiteral("已取消导出，未写出任何文件。"));
    // A file already at the path, and the export cancelled before it wrote: the file stays.
    const QString earlier = fx.dir.path(QStringLiteral("上月.xlsx"));
    {
        QFile old(earlier);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("earlier");
    }
    ended.clear();
    REQUIRE(w.exportTo(earlier));
    cancel->click();
    REQUIRE(ended.wait(60000));
    CHECK_FALSE(ended.first().at(0).toBool());
    QFile kept(earlier);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == "earlier");
    ended.clear();
    REQUIRE(w.exportTo(xlsx));
    REQUIRE(ended.wait(60000));
    CHECK(ended.first().at(0).toBool());
    CHECK(QFileInfo::exists(xlsx));
}

TEST_CASE("A topic chosen in the workspace counts only its reports, for its own period - and a warning becomes a topic")
{
    Language::install(QStringLiteral("zh_CN"));
    AnalysisFixture fx;
    fx.plantRandom(240, 43, QDate(2026, 1, 1), QDate(2026, 12, 31));
    // A rise in one category in September (the months before: one report each), about roads.
    for (int m = 3; m <= 9; ++m)
        for (int i = 0; i < (m == 9 ? 14 : 1); ++i) {
            Planted p;
            p.receivedUtc = QDateTime(QDate(2026, m, 10 + i % 10), QTime(10, 0), QTimeZone(8 * 3600)).toUTC();
            p.categoryId = fx.catA2;
            p.region = QStringLiteral("东村");
            p.content = QStringLiteral("反映村里修路款被截留");
            fx.add(p);
        }
    AnalysisTopic roads;
    roads.name = QStringLiteral("修路资金");
    roads.keywords = QStringLiteral("修路款");
    roads.from = QDate(2026, 3, 1);
    roads.to = QDate(2026, 9, 30);
    QF_REQUIRE_OK(AnalysisTopics(fx.session->writer()).save(roads));

    AnalysisWorkspace w(*fx.session);
    w.resize(1600, 1500);
    w.show();
    QSignalSpy loaded(&w, &AnalysisWorkspace::pageLoaded);
    w.setPeriod(AnalysisPeriod::month(2026, 9));
    REQUIRE(loaded.wait(30000));
    REQUIRE(w.topicBar()->combo()->count() == 2); // all reports, and the topic
    w.topicBar()->combo()->setCurrentIndex(1);
    REQUIRE(loaded.wait(30000));
    REQUIRE(w.page());
    CHECK(w.page()->query.topicName == roads.name);
    CHECK(w.page()->query.period == AnalysisPeriod::of(roads.from, roads.to));
    CHECK(w.page()->comparison.current.received == 20);
    CHECK(w.topicBar()->findChild<QLabel*>(QStringLiteral("topicSummary"))->text().contains(QStringLiteral("修路款")));
    // The topic's total opens exactly its reports.
    CaseListWorkspace cases(*fx.session);
    cases.resize(1400, 700);
    cases.show();
    QSignalSpy listed(cases.model(), &CaseListModel::listLoaded);
    cases.showFiltered(w.page()->baseFilter, QString());
    if (cases.model()->isLoading())
        REQUIRE(listed.wait(30000));
    CHECK(cases.model()->rowCount() == 20);
    QTest::qWait(200);
    shoot(w, QStringLiteral("analysis-topic.png"));

    // Back to all reports for September: the early warning of the category is there.
    w.topicBar()->combo()->setCurrentIndex(0);
    w.setPeriod(AnalysisPeriod::month(2026, 9));
    while (w.busy() || !w.page() || !w.page()->query.topicName.isEmpty() || w.page()->query.period != AnalysisPeriod::month(2026, 9))
        REQUIRE(loaded.wait(30000));
    QTableWidget* warnings = w.warningsTable();
    int row = -1;
    for (int i = 0; i < warnings->rowCount(); ++i)
        if (w.page()->warnings.at(i).dimension == Dimension::Category)
            row = i;
    REQUIRE(row >= 0);
    auto* toTopic = w.findChild<QPushButton*>(QStringLiteral("warningToTopicButton"));
    REQUIRE(toTopic);
    warnings->setCurrentCell(row, 0);
    REQUIRE(toTopic->isEnabled());
    const QString category = w.page()->warnings.at(row).key;
    bool sawDialog = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<AnalysisTopicDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        sawDialog = true;
        CHECK(dialog->topic().categoryIds == QStringList { category });
        CHECK(!dialog->topic().name.isEmpty());
        shoot(*dialog, QStringLiteral("analysis-topic-dialog.png"));
        dialog->accept();
    });
    toTopic->click();
    CHECK(sawDialog);
    auto saved = AnalysisTopics(fx.session->writer()).list();
    QF_REQUIRE_OK(saved);
    CHECK(saved->size() == 2);
    // The new topic is the one chosen now.
    REQUIRE(w.topicBar()->current());
    CHECK(w.topicBar()->current()->categoryIds == QStringList { category });
}

// The case list never shows the wrong case: the detail pane follows the row the user is on
// (click, arrow keys), and rows change in place when a report changes - registered, moved,
// dispatched on any screen, or brought by the sync - without the search being touched.
#include "tests/cases/CaseFixture.h"

#include "models/CaseLabels.h"
#include "models/CaseListModel.h"
#include "ui/cases/CaseDetailPane.h"
#include "ui/cases/CaseListWorkspace.h"

#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace qf;

namespace {

QString rowId(CaseListModel& m, int row)
{
    return m.index(row, 0).data(CaseListModel::ReportIdRole).toString();
}

int rowOfReport(CaseListModel& m, const QString& id)
{
    for (int r = 0; r < m.rowCount(); ++r)
        if (rowId(m, r) == id)
            return r;
    return -1;
}

QString regNo(Session& s, const QString& id)
{
    QSqlQuery q(s.database().connection());
    q.prepare(QStringLiteral("SELECT reg_no FROM reports WHERE id = ?"));
    q.addBindValue(id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace

TEST_CASE("the case list's detail pane follows the selection - rows change in place", "[cases][caselist]")
{
    test::CaseFixture f;
    QStringList ids;
    for (int i = 0; i < 4; ++i)
        ids << f.addReport(QDateTime(QDate(2026, 3, 2 + i), QTime(9, 0)));
    CaseListWorkspace list(*f.session);
    list.resize(1400, 800);
    list.show();
    list.activated();
    CaseListModel& model = *list.model();
    REQUIRE(QTest::qWaitFor([&] { return !model.isLoading() && model.rowCount() == 4; }, 30000));
    REQUIRE(QTest::qWaitFor([&] { return model.isRowLoaded(0); }, 30000));
    auto* table = list.findChild<QTableView*>(QStringLiteral("caseTable"));
    auto* pane = list.detailPane();
    auto* text = pane->findChild<QTextBrowser*>(QStringLiteral("caseDetailText"));

    // A click shows that row's report; the arrow keys move the pane along.
    const QRect first = table->visualRect(model.index(0, CaseListModel::Received));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, first.center());
    CHECK(pane->reportId() == rowId(model, 0));
    CHECK(text->toPlainText().contains(regNo(*f.session, rowId(model, 0))));
    QTest::keyClick(table, Qt::Key_Down);
    CHECK(table->currentIndex().row() == 1);
    CHECK(pane->reportId() == rowId(model, 1));
    CHECK(text->toPlainText().contains(regNo(*f.session, rowId(model, 1))));
    QTest::keyClick(table, Qt::Key_Down);
    const QString onRow2 = rowId(model, 2);
    CHECK(pane->reportId() == onRow2);

    // A new registration appears without touching the search; the selection stays on the
    // same report.
    const QString fresh = f.addReport(QDateTime(QDate(2026, 3, 9), QTime(9, 0)));
    REQUIRE(QTest::qWaitFor([&] { return model.rowCount() == 5 && !model.isLoading(); }, 10000));
    REQUIRE(QTest::qWaitFor([&] { return model.isRowLoaded(0); }, 10000));
    CHECK(rowOfReport(model, fresh) == 0); // newest first
    CHECK(rowId(model, table->currentIndex().row()) == onRow2);
    CHECK(pane->reportId() == onRow2);

    // A move (another screen's) changes the row's status and the pane in place.
    const QString before = model.index(table->currentIndex().row(), CaseListModel::Status).data().toString();
    f.move(onRow2, Transition::Accept);
    const QString accepted = CaseLabels::status(QStringLiteral("accepted"));
    REQUIRE(accepted != before);
    REQUIRE(QTest::qWaitFor(
        [&] {
            const int r = rowOfReport(model, onRow2);
            return r >= 0 && model.index(r, CaseListModel::Status).data().toString() == accepted;
        },
        10000));
    CHECK(rowId(model, table->currentIndex().row()) == onRow2);
    CHECK(text->toPlainText().contains(accepted));

    // Dispatched: the status and the handling office on the row, the pane the same.
    f.move(onRow2, Transition::Triage,
           { { QStringLiteral("verifiability"), 5 }, { QStringLiteral("typicality"), 3 }, { QStringLiteral("timeliness"), 4 } });
    f.move(onRow2, Transition::SubmitForReview);
    f.move(onRow2, Transition::Decide, { { QStringLiteral("outcome"), QStringLiteral("preliminary_verification") } }, &f.chair);
    f.move(onRow2, Transition::AssignDown, { { QStringLiteral("target_org"), f.lower } });
    QSqlQuery q(f.session->database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT status FROM reports WHERE id = '%1'").arg(onRow2)));
    REQUIRE(q.next());
    const QString dispatched = CaseLabels::status(q.value(0).toString());
    REQUIRE(QTest::qWaitFor(
        [&] {
            const int r = rowOfReport(model, onRow2);
            return r >= 0 && model.index(r, CaseListModel::Status).data().toString() == dispatched
                && model.index(r, CaseListModel::Office).data().toString() == QLatin1String("TOWN");
        },
        10000));
    CHECK(text->toPlainText().contains(dispatched));
    CHECK(rowId(model, table->currentIndex().row()) == onRow2);

    // Changes from the sync (another connection) come through the window: reportsChanged().
    const QString gone = ids[3] == onRow2 ? ids[2] : ids[3];
    QSqlQuery other(f.session->database().connection());
    REQUIRE(other.exec(QStringLiteral("UPDATE reports SET what = 'x' WHERE id = '%1'").arg(ids[0])));
    REQUIRE(other.exec(QStringLiteral("UPDATE reports SET deleted = 1 WHERE id = '%1'").arg(gone)));
    list.reportsChanged();
    REQUIRE(QTest::qWaitFor([&] { return model.rowCount() == 4 && !model.isLoading(); }, 10000));
    CHECK(rowOfReport(model, gone) < 0);
    INFO("row of the selected report: " << rowOfReport(model, onRow2) << " of " << model.rowCount());
    REQUIRE(table->currentIndex().isValid());
    REQUIRE(QTest::qWaitFor([&] { return model.isRowLoaded(table->currentIndex().row()); }, 10000));
    CHECK(rowId(model, table->currentIndex().row()) == onRow2);
    CHECK(pane->reportId() == onRow2);
}

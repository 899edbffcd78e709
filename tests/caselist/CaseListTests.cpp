// The case list on a large demo store: the model passes QAbstractItemModelTester, the
// workspace scrolls to the end, filters by status and light and searches; the supervisor
// view groups by office and handler.
#include "tests/support/TestSupport.h"

#include "models/CaseListModel.h"
#include "ui/cases/CaseListWorkspace.h"
#include "models/ReportSearch.h"
#include "models/Session.h"
#include "models/Settings.h"
#include "ui/cases/SupervisorWorkspace.h"
#include "app/demo/DemoGenerator.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace qf;

namespace {

std::unique_ptr<Session> demoSession(const QString& path, qint64 reports)
{
    auto session = test::openSession(path);
    DemoGenerator demo(*session, DemoOptions { reports, 7, QDate(2025, 6, 30) });
    const Status s = demo.run();
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
    return session;
}

bool waitLoaded(CaseListModel& model)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, 120000);
}

bool waitRow(CaseListModel& model, int row)
{
    model.index(row, 0).data(); // asks for the window
    return QTest::qWaitFor([&] { return model.isRowLoaded(row); }, 60000);
}

void selectData(QComboBox* combo, const QString& data)
{
    const int i = combo->findData(data);
    REQUIRE(i >= 0);
    combo->setCurrentIndex(i);
}

} // namespace

TEST_CASE("the case list model passes the model tester", "[caselist]")
{
    test::Scratch scratch;
    auto session = demoSession(scratch.path(QStringLiteral("m.sqlite")), 600);
    CaseListModel model(session->database().path(), DeadlinePolicy::fromSettings(Settings(session->writer())));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    REQUIRE(waitLoaded(model));
    CHECK(model.rowCount() > 0);
    REQUIRE(waitRow(model, model.rowCount() - 1));
    CHECK_FALSE(model.index(model.rowCount() - 1, CaseListModel::RegNo).data().toString().isEmpty());
    model.sort(CaseListModel::RegNo, Qt::AscendingOrder);
    REQUIRE(waitLoaded(model));
    REQUIRE(waitRow(model, 1));
    CHECK(model.index(0, 0).data().toString() < model.index(1, 0).data().toString());
}

TEST_CASE("a large list scrolls - filters by status and light - searches - supervision groups", "[caselist]")
{
    test::Scratch scratch;
    auto session = demoSession(scratch.path(QStringLiteral("big.sqlite")), 20000);
    CaseListWorkspace list(*session);
    list.resize(1400, 800);
    list.show();
    list.activated();
    CaseListModel& model = *list.model();
    REQUIRE(waitLoaded(model));
    const int total = model.rowCount();
    CHECK(total >= 19000); // restricted ones are hidden from a user without a role
    auto* countLine = list.findChild<QLabel*>(QStringLiteral("caseCount"));
    CHECK(countLine->text().contains(QString::number(total)));

    auto* table = list.findChild<QTableView*>(QStringLiteral("caseTable"));
    table->setFocus();
    table->setCurrentIndex(model.index(0, 0));
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    REQUIRE(waitRow(model, total - 1));
    CHECK(table->currentIndex().row() == total - 1);
    CHECK_FALSE(model.index(total - 1, CaseListModel::RegNo).data().toString().isEmpty());

    // Status.
    auto* status = list.findChild<QComboBox*>(QStringLiteral("caseStatusFilter"));
    selectData(status, QStringLiteral("handling"));
    REQUIRE(waitLoaded(model));
    const int handling = model.rowCount();
    CHECK(handling > 0);
    CHECK(handling < total);
    REQUIRE(waitRow(model, handling - 1));
    REQUIRE(waitRow(model, 0));
    CHECK(model.index(handling - 1, CaseListModel::Status).data().toString()
          == model.index(0, CaseListModel::Status).data().toString());
    selectData(status, QString());

    // Light: every line shown has the light asked for, and some light has lines.
    auto* light = list.findChild<QComboBox*>(QStringLiteral("caseLightFilter"));
    int lit = 0;
    for (const QString& name : { QStringLiteral("yellow"), QStringLiteral("red"), QStringLiteral("overdue") }) {
        selectData(light, name);
        REQUIRE(waitLoaded(model));
        const int n = model.rowCount();
        lit += n;
        for (int row : { 0, n / 2, n - 1 }) {
            if (row < 0 || row >= n)
                continue;
            REQUIRE(waitRow(model, row));
            CHECK(lightName(Light(model.index(row, 0).data(CaseListModel::LightRole).toInt())) == name);
        }
    }
    CHECK(lit > 0);
    selectData(light, QString());

    // Search: the box gives what ReportSearch gives.
    QSqlQuery q(session->database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT substr(content, 3, 3) FROM reports WHERE restricted = 0 LIMIT 1")));
    REQUIRE(q.next());
    const QString term = q.value(0).toString();
    auto* search = list.findChild<QLineEdit*>(QStringLiteral("caseSearch"));
    search->setText(term);
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(waitLoaded(model));
    auto ids = ReportSearch(session->database().connection()).matchingRowIds(term);
    REQUIRE(ids.ok());
    CHECK(model.rowCount() > 0);
    CHECK(model.rowCount() <= ids->size());
    REQUIRE(waitRow(model, 0));
    CHECK(ids->contains(model.rowIdAt(0)));

    // While a first sync's text indexes are still being built, a search says its results may
    // be incomplete; once they are built it says nothing of the kind.
    CHECK_FALSE(countLine->text().contains(QStringLiteral("search index")));
    QF_REQUIRE_OK(session->database().setMeta(QLatin1String(ReportSearch::kIndexPendingKey), QStringLiteral("x")));
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(waitLoaded(model));
    CHECK(countLine->text().contains(QStringLiteral("search index is still being built")));
    if (const QString dir = qEnvironmentVariable("QF_SCREENSHOT_DIR"); !dir.isEmpty()) {
        list.resize(1280, 720);
        list.grab().save(dir + QStringLiteral("/case-list-index-pending.png"));
    }
    REQUIRE(q.exec(QStringLiteral("DELETE FROM meta WHERE key = 'text_index_pending'")));
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(waitLoaded(model));
    CHECK_FALSE(countLine->text().contains(QStringLiteral("search index")));

    // Opening a case shows it in the detail pane.
    table->setFocus();
    table->setCurrentIndex(model.index(0, 0));
    QString opened;
    QObject::connect(&list, &CaseListWorkspace::caseOpened, [&](const QString& id) { opened = id; });
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(opened == model.index(0, 0).data(CaseListModel::ReportIdRole).toString());

    // Supervision: each report under its own office and handler.
    SupervisorWorkspace sup(*session);
    bool done = false;
    QObject::connect(&sup, &SupervisorWorkspace::loaded, [&] { done = true; });
    sup.refresh();
    REQUIRE(QTest::qWaitFor([&] { return done; }, 120000));
    auto* tree = sup.findChild<QTreeWidget*>(QStringLiteral("supervisorTree"));
    int reports = 0;
    QSqlQuery who(session->database().connection());
    who.prepare(QStringLiteral("SELECT coalesce(o.name, ''), coalesce(u.name, '') FROM reports r "
                               "LEFT JOIN organisations o ON o.id = r.handling_org_id "
                               "LEFT JOIN users u ON u.id = r.handler_id WHERE r.id = ?"));
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* office = tree->topLevelItem(i);
        for (int j = 0; j < office->childCount(); ++j) {
            QTreeWidgetItem* handler = office->child(j);
            for (int k = 0; k < handler->childCount(); ++k) {
                QTreeWidgetItem* item = handler->child(k);
                who.addBindValue(item->data(0, Qt::UserRole).toString());
                REQUIRE(who.exec());
                REQUIRE(who.next());
                if (!who.value(0).toString().isEmpty())
                    CHECK(who.value(0).toString() == office->data(0, Qt::UserRole + 1).toString());
                if (!who.value(1).toString().isEmpty())
                    CHECK(who.value(1).toString() == handler->data(0, Qt::UserRole + 1).toString());
                const int l = item->data(1, Qt::UserRole).toInt();
                CHECK((l == int(Light::Yellow) || l == int(Light::Orange) || l == int(Light::Red) || l == int(Light::Overdue)));
                ++reports;
            }
        }
    }
    CHECK(reports > 0);
}

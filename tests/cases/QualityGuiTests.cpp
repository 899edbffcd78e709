// The "Review and re-check" screen driven as a supervisor would: the closing review from
// the queue, the quarter's re-check sample with a finding, the office figures and the
// repeat notice as PDF.
#include "tests/cases/CaseFixture.h"

#include "ui/cases/CaseEditor.h"
#include "models/ClosingReview.h"
#include "models/ProfileStore.h"
#include "ui/cases/QualityPanels.h"
#include "ui/cases/QualityWorkspace.h"
#include "ui/cases/ReviewDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace qf;

namespace {

QString currentQuarter(const QDate& d)
{
    return QStringLiteral("%1Q%2").arg(d.year()).arg((d.month() - 1) / 3 + 1);
}

} // namespace

TEST_CASE("quality screen: review from the queue - draw the re-check sample - print the repeat notice", "[cases][review]")
{
    test::CaseFixture f;
    test::signInAs(*f.session, QStringLiteral("supervisor"), {}, QStringLiteral("周敏"), f.office);

    const QString today = QDateTime::currentDateTime().toString(Qt::ISODate);
    QStringList concluded;
    for (int i = 0; i < 6; ++i)
        concluded << f.addConcluded(today, f.lower);
    const QString repeat = f.addReport();
    f.move(repeat, Transition::FileAsRepeat, { { QStringLiteral("repeat_of"), concluded[0] } });

    QualityWorkspace w(*f.session);
    w.resize(1200, 800);
    w.show();
    w.setQuarter(currentQuarter(QDate::currentDate()));
    w.refresh();

    auto* queue = w.findChild<QTreeWidget*>(QStringLiteral("reviewQueue"));
    REQUIRE(queue);
    REQUIRE(queue->topLevelItemCount() == 6);
    CHECK(w.findChild<QLabel*>(QStringLiteral("reviewQueueState"))->text().contains(QStringLiteral("6")));

    // The review asks for notes when something fell short, then records it.
    bool sawError = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<ReviewDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->findChild<QCheckBox*>(QStringLiteral("reviewFacts"))->setChecked(true);
        dialog->findChild<QCheckBox*>(QStringLiteral("reviewProper"))->setChecked(true);
        dialog->accept(); // "reporter understood" not ticked and no notes
        sawError = dialog->findChild<QLabel*>(QStringLiteral("reviewError"))->isVisible();
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("reviewNotes"))->setPlainText(QStringLiteral("答复不够通俗"));
        dialog->accept();
    });
    queue->setCurrentItem(queue->topLevelItem(0));
    const QString reviewed = queue->currentItem()->data(0, Qt::UserRole).toString();
    QTest::mouseClick(w.findChild<QPushButton*>(QStringLiteral("reviewQueueReview")), Qt::LeftButton);
    CHECK(sawError);
    CHECK(queue->topLevelItemCount() == 5);
    CHECK(f.reports->get(reviewed)->state == CaseState::Reviewed);
    CHECK(f.eventCount(reviewed, QStringLiteral("review")) == 1);

    // The re-check sample: 20 % of 6 concluded = 2 reports, drawn once. Each tab is read when
    // it is opened.
    auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("qualityTabs"));
    REQUIRE(tabs);
    tabs->setCurrentIndex(1);
    auto* tree = w.findChild<QTreeWidget*>(QStringLiteral("recheckTree"));
    auto* draw = w.findChild<QPushButton*>(QStringLiteral("recheckDraw"));
    REQUIRE(tree);
    CHECK(tree->topLevelItemCount() == 0);
    REQUIRE(draw->isEnabled());
    w.findChild<QSpinBox*>(QStringLiteral("recheckPercent"))->setValue(20);
    QTest::mouseClick(draw, Qt::LeftButton);
    REQUIRE(tree->topLevelItemCount() == 2);
    CHECK_FALSE(draw->isEnabled());
    const QString sampled = tree->topLevelItem(0)->data(0, Qt::UserRole).toString();
    QF_REQUIRE_OK(w.recheck()->recordFinding(sampled, false, {}));
    CHECK(w.findChild<QLabel*>(QStringLiteral("recheckState"))->text().contains(QStringLiteral("1 re-checked")));
    // Another visit to the screen shows the same sample.
    w.refresh();
    REQUIRE(tree->topLevelItemCount() == 2);
    CHECK((tree->topLevelItem(0)->data(0, Qt::UserRole).toString() == sampled
           || tree->topLevelItem(1)->data(0, Qt::UserRole).toString() == sampled));

    // Office figures for the quarter.
    CHECK(w.findChild<QTreeWidget*>(QStringLiteral("officeQuality"))->topLevelItemCount() == 0); // not opened yet
    tabs->setCurrentIndex(2);
    auto* offices = w.findChild<QTreeWidget*>(QStringLiteral("officeQuality"));
    REQUIRE(offices->topLevelItemCount() == 1);
    CHECK(offices->topLevelItem(0)->text(1) == QStringLiteral("6"));

    // The repeat notice lists the repeat under the department that handled the original.
    tabs->setCurrentIndex(3);
    auto* notice = w.findChild<QTreeWidget*>(QStringLiteral("repeatNoticeTree"));
    REQUIRE(notice->topLevelItemCount() == 1);
    CHECK(notice->topLevelItem(0)->text(1) == f.reports->get(repeat)->regNo);
    const QString pdf = f.dir.path(QStringLiteral("notice.pdf"));
    QF_REQUIRE_OK(w.repeats()->savePdf(pdf));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
}

TEST_CASE("case editor: the closing review is offered once the report is concluded", "[cases][review]")
{
    test::CaseFixture f;
    test::signInAs(*f.session, QStringLiteral("supervisor"), {}, QStringLiteral("周敏"), f.office);
    const QString id = f.addReport();
    f.toDecided(id);
    f.move(id, Transition::AssignDown, { { QStringLiteral("target_org"), f.lower } });
    f.move(id, Transition::BeginHandling);

    CaseEditor editor(*f.session);
    QF_REQUIRE_OK(editor.load(id));
    auto* review = editor.findChild<QPushButton*>(QStringLiteral("caseAction_review"));
    REQUIRE(review);
    CHECK_FALSE(review->isEnabled()); // still being handled
    f.move(id, Transition::Conclude, { { QStringLiteral("at"), QDateTime::currentDateTime().toString(Qt::ISODate) } });
    QF_REQUIRE_OK(editor.load(id));
    REQUIRE(review->isEnabled());

    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<ReviewDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->setAnswers({ true, true, true, {} });
        dialog->accept();
    });
    QTest::mouseClick(review, Qt::LeftButton);
    CHECK(f.reports->get(id)->state == CaseState::Reviewed);
    CHECK_FALSE(review->isEnabled());
}

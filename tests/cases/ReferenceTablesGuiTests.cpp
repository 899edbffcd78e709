// The reference tables dialog, driven as a user would: keys, buttons and the row editor.
#include "tests/cases/CaseFixture.h"

#include "models/CategoryStore.h"
#include "ui/cases/IntakeDialog.h"
#include "models/ProfileStore.h"
#include "ui/reference/CategoryPage.h"
#include "ui/reference/DispatchPages.h"
#include "ui/reference/FormDialog.h"
#include "ui/reference/ReferenceTablesDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>

using namespace qf;

namespace {

void signIn(test::CaseFixture& f, const QString& role)
{
    test::signInAs(*f.session, role, role, QStringLiteral("李明"), f.office);
}

// Answers the next row editor that opens: `fill` types into it, then OK is pressed. The
// editor's error (if the save was refused) is kept in *error and the editor cancelled.
void answerEditor(std::function<void(FormDialog*)> fill, QString* error)
{
    QTimer::singleShot(0, [fill, error] {
        auto* form = qobject_cast<FormDialog*>(QApplication::activeModalWidget());
        if (!form) {
            *error = QStringLiteral("no row editor opened");
            return;
        }
        fill(form);
        form->accept();
        if (form->isVisible()) {
            *error = form->findChild<QLabel*>(QStringLiteral("referenceRowError"))->text();
            form->reject();
        }
    });
}

QStringList comboTexts(QComboBox* combo)
{
    QStringList out;
    for (int i = 0; i < combo->count(); ++i)
        out << combo->itemText(i).trimmed();
    return out;
}

} // namespace

TEST_CASE("reference tables dialog: a subcategory added in the tree is offered by the intake", "[cases][reference][gui]")
{
    test::CaseFixture f;
    signIn(f, QStringLiteral("administrator"));
    CategoryStore store(f.session->writer());
    const QString top = *store.save(Category { {}, QStringLiteral("B"), QStringLiteral("违反廉洁纪律"), {}, false, 0 });

    ReferenceTablesDialog dialog(*f.session);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    REQUIRE(dialog.editable());
    QTreeView* tree = dialog.categories()->tree();
    REQUIRE(tree->model()->rowCount() == 1);
    tree->setFocus();
    tree->setCurrentIndex(tree->model()->index(0, 0));

    // Insert adds a subcategory of the selected one.
    QString error;
    answerEditor(
        [](FormDialog* form) {
            form->findChild<QLineEdit*>(QStringLiteral("categoryName"))->setText(QStringLiteral("收受电子红包"));
            form->findChild<QLineEdit*>(QStringLiteral("categoryCode"))->setText(QStringLiteral("B07"));
            form->findChild<QCheckBox*>(QStringLiteral("categoryMustReview"))->setChecked(true);
        },
        &error);
    QTest::keyClick(tree, Qt::Key_Insert);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    REQUIRE(dialog.changedAny());
    const QModelIndex parent = tree->model()->index(0, 0);
    REQUIRE(tree->model()->rowCount(parent) == 1);
    CHECK(tree->model()->index(0, 0, parent).data().toString() == QStringLiteral("收受电子红包"));
    CHECK(tree->currentIndex().data().toString() == QStringLiteral("收受电子红包")); // the new row is selected
    auto saved = store.find(QStringLiteral("B07"));
    QF_REQUIRE_OK(saved);
    CHECK(saved->parentId == top);
    CHECK(saved->mustReview);

    // A taken code is refused inside the editor, which says why.
    answerEditor(
        [](FormDialog* form) {
            form->findChild<QLineEdit*>(QStringLiteral("categoryName"))->setText(QStringLiteral("重复"));
            form->findChild<QLineEdit*>(QStringLiteral("categoryCode"))->setText(QStringLiteral("B07"));
        },
        &error);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("categoryAddTop")), Qt::LeftButton);
    CHECK(error.contains(QStringLiteral("B07")));
    CHECK(tree->model()->rowCount() == 1);
    dialog.close();

    // The intake offers the new category, indented under its parent.
    IntakeDialog intake(*f.session);
    auto* category = intake.findChild<QComboBox*>(QStringLiteral("intakeCategory"));
    REQUIRE(category);
    const QStringList offered = comboTexts(category);
    const auto at = offered.indexOf(QStringLiteral("收受电子红包"));
    REQUIRE(at > 0);
    CHECK(offered.at(at - 1) == QStringLiteral("违反廉洁纪律"));
    CHECK(category->itemText(int(at)).startsWith(QLatin1Char(' ')));
    CHECK(category->itemData(int(at)).toString() == saved->id);
}

TEST_CASE("reference tables dialog: a recusal is added with the officer chosen from a list", "[cases][reference][gui]")
{
    test::CaseFixture f;
    signIn(f, QStringLiteral("supervisor"));
    ReferenceTablesDialog dialog(*f.session);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    dialog.tabs()->setCurrentWidget(dialog.recusals());
    QTableWidget* table = dialog.recusals()->table();
    REQUIRE(table->rowCount() == 0);
    QString error;
    answerEditor(
        [](FormDialog* form) {
            auto* officer = form->findChild<QComboBox*>(QStringLiteral("recusalOfficer"));
            officer->setCurrentIndex(officer->findText(QStringLiteral("officer"), Qt::MatchStartsWith));
            form->findChild<QLineEdit*>(QStringLiteral("recusalUnit"))->setText(QStringLiteral("城关镇政府"));
        },
        &error);
    QTest::keyClick(table, Qt::Key_Insert);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("officer"));
    CHECK(table->item(0, 1)->text() == QStringLiteral("城关镇政府"));

    // Neither a unit nor a person: the editor refuses and says what is missing. (The
    // offscreen platform does not give the window back its activation after the editor.)
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    answerEditor([](FormDialog*) {}, &error);
    QTest::keyClick(table, Qt::Key_Insert);
    CHECK(error.contains(QStringLiteral("unit")));
    CHECK(table->rowCount() == 1);
}

TEST_CASE("reference tables dialog: a case officer reads the tables but cannot change them", "[cases][reference][gui]")
{
    test::CaseFixture f;
    CategoryStore store(f.session->writer());
    QF_REQUIRE_OK(store.save(Category { {}, QStringLiteral("A"), QStringLiteral("违反政治纪律"), {}, false, 0 }));
    signIn(f, QStringLiteral("case_officer"));
    ReferenceTablesDialog dialog(*f.session);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    CHECK_FALSE(dialog.editable());
    QTreeView* tree = dialog.categories()->tree();
    CHECK(tree->model()->rowCount() == 1);
    for (const char* name : { "categoryAddTop", "categoryAddChild", "categoryEdit", "categoryRemove", "recusalsAdd" }) {
        auto* button = dialog.findChild<QPushButton*>(QString::fromLatin1(name));
        REQUIRE(button);
        CHECK_FALSE(button->isVisible());
    }
    tree->setFocus();
    tree->setCurrentIndex(tree->model()->index(0, 0));
    QTest::keyClick(tree, Qt::Key_Delete); // nothing happens: no editor, no removal
    QTest::keyClick(tree, Qt::Key_Insert);
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(store.list()->size() == 1);
}

// The reporter dialog and the principal-leader box of the case editor, driven as a clerk,
// a case officer and a supervisor would.
#include "tests/cases/CaseFixture.h"

#include "ui/cases/CaseEditor.h"
#include "ui/cases/CaseWork.h"
#include "models/IdNumber.h"
#include "models/ProfileStore.h"
#include "ui/cases/ReporterDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace qf;

namespace {

void signIn(test::CaseFixture& f, const QString& role)
{
    test::signInAs(*f.session, role, role, QStringLiteral("李明"), f.office);
}

qint64 views(test::CaseFixture& f)
{
    QSqlQuery q(f.session->database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'identity.view'")));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

template <typename T>
T* child(QWidget* parent, const char* name)
{
    return parent->findChild<T*>(QString::fromLatin1(name));
}

} // namespace

TEST_CASE("reporter dialog: a clerk makes an anonymous report real-name from the editor and a bad ID number is refused",
          "[cases][editor][reporter]")
{
    test::CaseFixture f;
    signIn(f, QStringLiteral("registry_clerk"));
    const QString id = f.addReport();
    CaseEditor editor(*f.session);
    QF_REQUIRE_OK(editor.load(id));
    editor.show();
    auto* edit = child<QPushButton>(&editor, "caseEditorEditReporter");
    REQUIRE(edit);
    REQUIRE(edit->isVisible());
    REQUIRE(child<QLabel>(&editor, "caseEditorRealName")->text() == CaseEditor::tr("Anonymous report (匿名)"));

    const QString wrong = QStringLiteral("110105194912310021"); // check character should be X
    QString refusal, problem;
    bool driven = false;
    QTimer::singleShot(0, &editor, [&] {
        auto* dialog = qobject_cast<ReporterDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto* name = child<QLineEdit>(dialog, "reporterName");
        auto* number = child<QLineEdit>(dialog, "reporterIdNumber");
        auto* save = child<QPushButton>(dialog, "reporterSave");
        if (name->isEnabled()) // anonymous: nothing to type yet
            return dialog->reject();
        QTest::mouseClick(child<QRadioButton>(dialog, "reporterRealName"), Qt::LeftButton);
        name->setFocus();
        name->insert(QStringLiteral("欧阳明远")); // as typed through an input method
        QTest::keyClick(name, Qt::Key_Tab);
        QTest::keyClicks(number, wrong);
        QTest::keyClick(number, Qt::Key_Tab); // leaving the field checks the number
        problem = child<QLabel>(dialog, "reporterIdProblem")->text();
        QTest::keyClicks(child<QLineEdit>(dialog, "reporterPhone"), QStringLiteral("13912345678"));
        QTest::mouseClick(save, Qt::LeftButton);
        refusal = dialog->errorText();
        if (!dialog->isVisible())
            return;
        number->selectAll();
        QTest::keyClicks(number, QStringLiteral("110105194912310 02x"));
        QTest::mouseClick(save, Qt::LeftButton);
        driven = true;
    });
    QTest::mouseClick(edit, Qt::LeftButton);
    REQUIRE(driven);
    const QString reason = IdNumber::check(wrong).reason;
    CHECK(problem.contains(reason));
    CHECK(refusal.contains(reason));

    auto r = f.reports->get(id);
    QF_REQUIRE_OK(r);
    CHECK(r->realName());
    CHECK(f.session->persons().findByIdNumber(QStringLiteral("11010519491231002X"))->contains(r->reporterId));
    CHECK(child<QLabel>(&editor, "caseEditorRealName")->text() == CaseEditor::tr("Real-name report (实名)"));
    CHECK(child<QLabel>(&editor, "caseEditorMessage")->isVisible());
    CHECK(child<QPushButton>(&editor, "caseAction_feedback")->isEnabled());
    CHECK(f.eventCount(id, QStringLiteral("anonymity_changed")) == 1);
}

TEST_CASE("reporter dialog: a correction needs the current details shown first and that view is audited",
          "[cases][editor][reporter][identity]")
{
    test::CaseFixture f;
    signIn(f, QStringLiteral("supervisor"));
    const QString id = f.addReport({}, QStringLiteral("城关镇政府"), true);
    CaseWork work(*f.session);
    ReporterDialog dialog(work, *f.reports->get(id));
    auto* name = child<QLineEdit>(&dialog, "reporterName");
    auto* phone = child<QLineEdit>(&dialog, "reporterPhone");
    CHECK_FALSE(name->isEnabled()); // nothing is corrected unseen
    CHECK(name->text().isEmpty());
    CHECK_FALSE(child<QPushButton>(&dialog, "reporterSave")->isEnabled());
    const qint64 before = views(f);
    QTest::mouseClick(child<QPushButton>(&dialog, "reporterReveal"), Qt::LeftButton);
    CHECK(views(f) == before + 1);
    CHECK(name->isEnabled());
    CHECK(name->text() == QStringLiteral("张三"));
    phone->clear();
    QTest::keyClicks(phone, QStringLiteral("13912345678"));
    QF_REQUIRE_OK(dialog.apply());
    CHECK(f.session->persons().findByPhone(QStringLiteral("13912345678"))->contains(f.reports->get(id)->reporterId));
    CHECK(f.eventCount(id, QStringLiteral("reporter_changed")) == 1);

    // A case officer is not offered the dialog at all.
    signIn(f, QStringLiteral("case_officer"));
    CaseEditor editor(*f.session);
    QF_REQUIRE_OK(editor.load(id));
    CHECK(child<QPushButton>(&editor, "caseEditorEditReporter")->isHidden());
}

TEST_CASE("case editor: ticking the principal-leader box restricts the report and the case officer loses sight of it",
          "[cases][editor][restricted]")
{
    test::CaseFixture f;
    signIn(f, QStringLiteral("case_officer"));
    const QString id = f.addReport();
    {
        CaseEditor editor(*f.session);
        QF_REQUIRE_OK(editor.load(id));
        auto* subjects = child<QTableWidget>(&editor, "caseEditorSubjects");
        QTableWidgetItem* leader = subjects->item(0, 4);
        REQUIRE(leader->flags().testFlag(Qt::ItemIsUserCheckable));
        leader->setCheckState(Qt::Checked);
        CHECK(editor.isModified());
        QF_REQUIRE_OK(editor.save());
        CHECK_FALSE(editor.isModified());
        CHECK(child<QTabWidget>(&editor, "caseEditorTabs")->isHidden()); // nothing more is shown
        CHECK(child<QLabel>(&editor, "caseEditorMessage")->text().contains(QStringLiteral("higher office")));
    }
    auto r = f.reports->get(id);
    CHECK(r->restricted);
    CHECK(r->principalLeader);
    CHECK(f.eventCount(id, QStringLiteral("principal_leader_changed")) == 1);
    CaseEditor again(*f.session);
    CHECK_FALSE(again.load(id).ok());

    signIn(f, QStringLiteral("supervisor"));
    CaseEditor supervisor(*f.session);
    QF_REQUIRE_OK(supervisor.load(id));
    QTableWidgetItem* leader = child<QTableWidget>(&supervisor, "caseEditorSubjects")->item(0, 4);
    REQUIRE(leader->flags().testFlag(Qt::ItemIsUserCheckable));
    leader->setCheckState(Qt::Unchecked);
    QF_REQUIRE_OK(supervisor.save());
    CHECK_FALSE(f.reports->get(id)->principalLeader);
    CHECK(f.reports->get(id)->restricted); // unticking does not lift the restriction
}

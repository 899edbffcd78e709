// The case editor, the intake dialog and the action dialogs, driven as a user would.
#include "tests/cases/CaseFixture.h"

#include "models/AttachmentStore.h"
#include "models/FollowUpCode.h"
#include "ui/cases/AttachmentViewer.h"
#include "ui/cases/CaseEditor.h"
#include "models/CaseListModel.h"
#include "ui/cases/CaseListWorkspace.h"
#include "ui/cases/DispatchDialog.h"
#include "ui/cases/EvidenceDialog.h"
#include "ui/cases/FeedbackDialog.h"
#include "ui/cases/IntakeDialog.h"
#include "ui/cases/MoveDialog.h"
#include "models/ProfileStore.h"
#include "ui/cases/TriageDialog.h"
#include "ui/cases/CaseWork.h"
#include "ui/Language.h"

#include <QDir>
#include <QApplication>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>
#include <QDragEnterEvent>
#include <QDropEvent>

using namespace qf;

namespace {

// Makes the local profile (the user of the window) with the given role in our office.
void signIn(test::CaseFixture& f, const QString& role)
{
    test::signInAs(*f.session, role, role, QStringLiteral("李明"), f.office);
}

qint64 auditCount(test::CaseFixture& f, const QString& action)
{
    QSqlQuery q(f.session->database().connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
    q.addBindValue(action);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QJsonObject lastPayload(test::CaseFixture& f, const QString& id, const QString& kind)
{
    QSqlQuery q(f.session->database().connection());
    q.prepare(QStringLiteral("SELECT payload FROM events WHERE report_id = ? AND kind = ? ORDER BY rowid DESC LIMIT 1"));
    q.addBindValue(id);
    q.addBindValue(kind);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

} // namespace

TEST_CASE("case editor: edited fields are saved in one go - with an event per field in the history", "[cases][editor]")
{
    test::CaseFixture f;
    signIn(f, QStringLiteral("case_officer"));
    const QString id = f.addReport();
    CaseEditor editor(*f.session);
    QF_REQUIRE_OK(editor.load(id));
    CHECK_FALSE(editor.isModified());

    auto* what = editor.findChild<QLineEdit*>(QStringLiteral("field_what"));
    auto* subjects = editor.findChild<QTableWidget*>(QStringLiteral("caseEditorSubjects"));
    REQUIRE(what);
    REQUIRE(subjects);
    REQUIRE(subjects->rowCount() == 1);
    CHECK(what->text() == QStringLiteral("违规发放补贴"));
    what->selectAll();
    what->insert(QStringLiteral("违规发放津贴补贴")); // as typed through an input method
    subjects->item(0, 1)->setText(QStringLiteral("城关镇财政所"));
    QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("caseEditorAddSubject")), Qt::LeftButton);
    REQUIRE(subjects->rowCount() == 2);
    const QStringList second { QStringLiteral("孙某"), QStringLiteral("城关镇财政所"), QStringLiteral("股级"), QStringLiteral("会计") };
    for (int c = 0; c < 4; ++c)
        subjects->item(1, c)->setText(second[c]);
    CHECK(editor.isModified());
    QF_REQUIRE_OK(editor.save());
    CHECK_FALSE(editor.isModified());

    auto r = f.reports->get(id);
    QF_REQUIRE_OK(r);
    CHECK(r->what == QStringLiteral("违规发放津贴补贴"));
    REQUIRE(r->subjects.size() == 2);
    CHECK(r->subjects.first().unit == QStringLiteral("城关镇财政所"));
    CHECK(r->subjects.last().name == QStringLiteral("孙某"));
    CHECK(r->subjects.last().position == QStringLiteral("会计"));
    CHECK(f.eventCount(id, QStringLiteral("field_changed")) == 1);
    CHECK(f.eventCount(id, QStringLiteral("subjects_changed")) == 1);
    const QJsonObject change = lastPayload(f, id, QStringLiteral("subjects_changed"));
    CHECK(change.value(QStringLiteral("added")).toInt() == 1);
    CHECK(change.value(QStringLiteral("changed")).toInt() == 1);
    CHECK_FALSE(change.contains(QStringLiteral("name"))); // counts, never names
    // The timeline shows the edits.
    auto* history = editor.findChild<QTreeWidget*>(QStringLiteral("caseEditorHistory"));
    REQUIRE(history);
    int edits = 0;
    for (int i = 0; i < history->topLevelItemCount(); ++i) {
        const QString kind = history->topLevelItem(i)->data(1, Qt::UserRole).toString();
        edits += kind == QLatin1String("field_changed") || kind == QLatin1String("subjects_changed");
    }
    CHECK(edits == 2);
    // Nothing changed: nothing written.
    QF_REQUIRE_OK(editor.save());
    CHECK(f.eventCount(id, QStringLiteral("field_changed")) == 1);

    // A person taken off the report.
    subjects->setCurrentCell(1, 0);
    QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("caseEditorRemoveSubject")), Qt::LeftButton);
    QF_REQUIRE_OK(editor.save());
    CHECK(f.reports->get(id)->subjects.size() == 1);
    CHECK(lastPayload(f, id, QStringLiteral("subjects_changed")).value(QStringLiteral("removed")).toInt() == 1);
}

TEST_CASE("intake: a letter with a PDF and a PNG is registered with both - and the viewer pages the PDF",
          "[cases][intake][editor]")
{
    test::CaseFixture f;
    signIn(f, QStringLiteral("registry_clerk"));
    const QString pdf = test::makePdf(f.dir.path(QStringLiteral("letter.pdf")), 3);
    const QString png = test::makePng(f.dir.path(QStringLiteral("envelope.png")));
    QFile other(f.dir.path(QStringLiteral("notes.txt")));
    REQUIRE(other.open(QIODevice::WriteOnly));
    other.write("x");
    other.close();

    IntakeDialog intake(*f.session);
    intake.setChannel(QStringLiteral("letter"));
    intake.setField(QStringLiteral("what"), QStringLiteral("挪用扶贫资金"));
    intake.setField(QStringLiteral("content"), QStringLiteral("反映城关镇某站长挪用扶贫资金修建办公楼。"));
    intake.addSubject({ QStringLiteral("赵某"), QStringLiteral("城关镇政府"), QStringLiteral("科级"), QStringLiteral("站长"), false });
    const Status refused = intake.addFiles({ other.fileName() });
    CHECK_FALSE(refused.ok()); // only PDF, JPEG and PNG
    // A file named .pdf that is not one (a renamed document, a broken download) is refused too.
    QFile fake(f.dir.path(QStringLiteral("扫描件.pdf")));
    REQUIRE(fake.open(QIODevice::WriteOnly));
    fake.write("PK\x03\x04 this is a zip archive, not a PDF");
    fake.close();
    const Status notPdf = intake.addFiles({ fake.fileName() });
    CHECK_FALSE(notPdf.ok());
    CHECK(notPdf.error().contains(QStringLiteral("扫描件.pdf")));
    QF_REQUIRE_OK(intake.addFiles({ pdf }));
    // The PNG arrives by drag and drop, as from the file manager.
    QMimeData dropped;
    dropped.setUrls({ QUrl::fromLocalFile(png) });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&intake, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&intake, &drop);
    CHECK(intake.files().size() == 2);
    auto registered = intake.registerReport();
    QF_REQUIRE_OK(registered);
    CHECK_FALSE(registered->regNo.isEmpty());
    auto* number = intake.findChild<QLabel*>(QStringLiteral("intakeNumber"));
    REQUIRE(number);
    CHECK(number->text().contains(registered->regNo));
    // The follow-up code is shown this once, grouped by four, and it answers.
    REQUIRE(intake.followUpCode().size() == 16);
    CHECK(number->text().contains(FollowUpCode::grouped(intake.followUpCode())));
    CHECK(f.session->followUps().status(intake.followUpCode())->has_value());
    if (const QString dir = qEnvironmentVariable("QF_SCREENSHOT_DIR"); !dir.isEmpty()) {
        intake.resize(760, 560);
        intake.grab().save(dir + QStringLiteral("/intake-result.png"));
    }

    auto r = f.reports->get(registered->id);
    QF_REQUIRE_OK(r);
    CHECK(r->channel == QStringLiteral("letter"));
    CHECK(r->subjects.size() == 1);
    CHECK(r->subjects.first().position == QStringLiteral("站长"));
    AttachmentStore store(f.session->writer(), AttachmentStore::defaultRoot(f.session->database().path()));
    auto files = store.list(registered->id);
    QF_REQUIRE_OK(files);
    REQUIRE(files->size() == 2);

    CaseEditor editor(*f.session);
    QF_REQUIRE_OK(editor.load(registered->id));
    auto* list = editor.findChild<QListWidget*>(QStringLiteral("caseEditorAttachments"));
    REQUIRE(list);
    REQUIRE(list->count() == 2);
    int pdfRow = list->item(0)->text().startsWith(QStringLiteral("letter.pdf")) ? 0 : 1;
    editor.showAttachment(pdfRow);
    CHECK(editor.viewer()->pageCount() == 3);
    CHECK(editor.viewer()->currentPage() == 0);
    QTest::keyClick(editor.viewer(), Qt::Key_PageDown);
    CHECK(editor.viewer()->currentPage() == 1);
    auto* page = editor.viewer()->findChild<QLabel*>(QStringLiteral("attachmentPage"));
    REQUIRE(page);
    CHECK(page->text().contains(QStringLiteral("3")));
    editor.showAttachment(1 - pdfRow);
    CHECK(editor.viewer()->showsImage());
    CHECK(editor.viewer()->pageCount() == 0);
}

TEST_CASE("intake: a phone report about a person reported before proposes the repeat - and the clerk confirms it",
          "[cases][intake][repeats]")
{
    test::CaseFixture f;
    signIn(f, QStringLiteral("registry_clerk"));
    const QString earlier = f.addReport();
    IntakeDialog intake(*f.session);
    intake.setChannel(QStringLiteral("phone"));
    intake.setField(QStringLiteral("what"), QStringLiteral("违规发放补贴"));
    intake.setField(QStringLiteral("content"), QStringLiteral("反映某单位违规发放补贴问题。"));
    intake.addSubject({ QStringLiteral("王某"), QStringLiteral("城关镇政府"), QStringLiteral("科级"), QStringLiteral("站长"), false });
    intake.setRealName({ QStringLiteral("张三"), QStringLiteral("11010519491231002X"), QStringLiteral("13800138000"), {}, {}, {} });
    auto registered = intake.registerReport();
    QF_REQUIRE_OK(registered);
    REQUIRE_FALSE(intake.proposals().isEmpty());
    CHECK(intake.proposals().first().reportId == earlier);
    CHECK(intake.proposals().first().sameSubject);
    QF_REQUIRE_OK(intake.confirmRepeat(0, false));
    auto r = f.reports->get(registered->id);
    QF_REQUIRE_OK(r);
    CHECK(r->repeatOf == earlier);
    CHECK(r->state == CaseState::Filed);
    CHECK(r->realName());
    CHECK(f.eventCount(registered->id, QStringLiteral("repeat_confirmed")) == 1);
}

TEST_CASE("intake: a forwarded item needs its document number and starts awaiting signature", "[cases][intake]")
{
    test::CaseFixture f;
    signIn(f, QStringLiteral("registry_clerk"));
    IntakeDialog intake(*f.session);
    intake.setChannel(QStringLiteral("forwarded"));
    intake.setField(QStringLiteral("what"), QStringLiteral("违规收受礼金"));
    auto missing = intake.registerReport();
    REQUIRE_FALSE(missing.ok());
    QSqlQuery count(f.session->database().connection());
    REQUIRE(count.exec(QStringLiteral("SELECT COUNT(*) FROM reports")));
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == 0); // nothing half-registered
    intake.setField(QStringLiteral("source_id"), QStringLiteral("市纪信转〔2026〕15号"));
    auto registered = intake.registerReport();
    QF_REQUIRE_OK(registered);
    auto r = f.reports->get(registered->id);
    CHECK(r->state == CaseState::AwaitingSignature);
    CHECK(r->sourceId == QStringLiteral("市纪信转〔2026〕15号"));
    CHECK_FALSE(r->realName());
}

TEST_CASE("case editor: the reporter's identity is shown only to entitled roles - and every view is audited",
          "[cases][editor][identity]")
{
    test::CaseFixture f;
    signIn(f, QStringLiteral("case_officer"));
    const QString id = f.addReport({}, QStringLiteral("城关镇政府"), true);
    const qint64 before = auditCount(f, QStringLiteral("identity.view"));
    {
        CaseEditor editor(*f.session);
        QF_REQUIRE_OK(editor.load(id));
        auto* reveal = editor.findChild<QPushButton*>(QStringLiteral("caseEditorReveal"));
        REQUIRE(reveal);
        CHECK(reveal->isHidden());
        CHECK_FALSE(editor.revealReporter());
        auto* reporter = editor.findChild<QLabel*>(QStringLiteral("caseEditorReporter"));
        CHECK_FALSE(reporter->text().contains(QStringLiteral("张三")));
        CHECK(auditCount(f, QStringLiteral("identity.view")) == before);
    }
    signIn(f, QStringLiteral("supervisor"));
    CaseEditor editor(*f.session);
    QF_REQUIRE_OK(editor.load(id));
    auto* reveal = editor.findChild<QPushButton*>(QStringLiteral("caseEditorReveal"));
    CHECK_FALSE(reveal->isHidden());
    auto* reporter = editor.findChild<QLabel*>(QStringLiteral("caseEditorReporter"));
    CHECK_FALSE(reporter->text().contains(QStringLiteral("张三")));
    QTest::mouseClick(reveal, Qt::LeftButton);
    CHECK(reporter->text().contains(QStringLiteral("张三")));
    CHECK(auditCount(f, QStringLiteral("identity.view")) == before + 1);
}

TEST_CASE("case editor: related reports are listed with the reason and open on Enter - restricted ones stay hidden",
          "[cases][editor][repeats]")
{
    test::CaseFixture f;
    signIn(f, QStringLiteral("case_officer"));
    const QString earlier = f.addReport(QDateTime::currentDateTime().addDays(-30));
    ReportDraft secret;
    secret.channel = QStringLiteral("letter");
    secret.orgId = f.office;
    secret.what = QStringLiteral("违规发放补贴");
    secret.content = QStringLiteral("反映某单位违规发放补贴问题。");
    secret.subjects << SubjectDraft { QStringLiteral("王某"), QStringLiteral("城关镇政府"), QStringLiteral("科级"),
                                      QStringLiteral("书记"), true };
    auto restricted = f.reports->add(secret);
    QF_REQUIRE_OK(restricted);
    const QString id = f.addReport();

    CaseEditor editor(*f.session);
    QF_REQUIRE_OK(editor.load(id));
    auto* tabs = editor.findChild<QTabWidget*>(QStringLiteral("caseEditorTabs"));
    tabs->setCurrentIndex(3);
    auto* related = editor.findChild<QTreeWidget*>(QStringLiteral("caseEditorRelated"));
    REQUIRE(related);
    REQUIRE(related->topLevelItemCount() == 1); // the restricted one is left out for a case officer
    QTreeWidgetItem* item = related->topLevelItem(0);
    CHECK(item->data(0, Qt::UserRole).toString() == earlier);
    CHECK_FALSE(item->text(3).isEmpty());
    related->setCurrentItem(item);
    emit related->itemActivated(item, 0);
    CaseEditor* opened = nullptr;
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* e = qobject_cast<CaseEditor*>(w); e && e != &editor && e->report().id == earlier)
            opened = e;
    REQUIRE(opened);
    opened->close();

    signIn(f, QStringLiteral("supervisor"));
    CaseEditor supervisor(*f.session);
    QF_REQUIRE_OK(supervisor.load(id));
    supervisor.showRelated();
    CHECK(supervisor.findChild<QTreeWidget*>(QStringLiteral("caseEditorRelated"))->topLevelItemCount() == 2);
}

TEST_CASE("case list: Enter on a report opens it in the editor and Ctrl+N opens the intake", "[cases][editor][caselist]")
{
    test::CaseFixture f;
    signIn(f, QStringLiteral("registry_clerk"));
    const QString id = f.addReport();
    CaseListWorkspace list(*f.session);
    list.show();
    list.activated();
    CaseListModel* model = list.model();
    REQUIRE(QTest::qWaitFor([&] { return !model->isLoading() && model->rowCount() == 1; }, 60000));
    model->index(0, 0).data();
    REQUIRE(QTest::qWaitFor([&] { return model->isRowLoaded(0); }, 60000));
    auto* table = list.findChild<QTableView*>(QStringLiteral("caseTable"));
    REQUIRE(table);
    table->setFocus();
    table->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    auto editorOf = [](const QString& reportId) -> CaseEditor* {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* e = qobject_cast<CaseEditor*>(w); e && e->isVisible() && e->report().id == reportId)
                return e;
        return nullptr;
    };
    CaseEditor* editor = editorOf(id);
    REQUIRE(editor);
    editor->close();

    QTest::keySequence(table, QKeySequence::New);
    IntakeDialog* intake = nullptr;
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* d = qobject_cast<IntakeDialog*>(w); d && d->isVisible())
            intake = d;
    REQUIRE(intake);
    intake->close();
}

TEST_CASE("case editor: a restricted report is not opened for a role that may not see it", "[cases][editor][identity]")
{
    test::CaseFixture f;
    signIn(f, QStringLiteral("case_officer"));
    ReportDraft d;
    d.channel = QStringLiteral("letter");
    d.orgId = f.office;
    d.what = QStringLiteral("反映本单位主要负责人问题");
    d.subjects << SubjectDraft { QStringLiteral("钱某"), QStringLiteral("本委"), QStringLiteral("处级"), QStringLiteral("书记"), true };
    auto added = f.reports->add(d);
    QF_REQUIRE_OK(added);
    REQUIRE(f.reports->get(added->id)->restricted);
    CaseEditor officer(*f.session);
    const Status refused = officer.load(added->id);
    REQUIRE_FALSE(refused.ok());
    CHECK(officer.report().id.isEmpty());
    signIn(f, QStringLiteral("supervisor"));
    CaseEditor supervisor(*f.session);
    QF_REQUIRE_OK(supervisor.load(added->id));
    // The principal leader cannot be edited off the report (it would lift the restriction).
    const QString leader = f.reports->get(added->id)->subjects.first().id;
    CHECK_FALSE(f.reports->edit(added->id, {}, { SubjectEdit { leader, {}, {}, {}, {}, true } }).ok());
    CHECK(f.reports->get(added->id)->subjects.size() == 1);
}

TEST_CASE("triage dialog: shows the class with its consequence and records the scores and who set them",
          "[cases][editor][triage]")
{
    test::CaseFixture f;
    signIn(f, QStringLiteral("case_officer"));
    const QString id = f.addReport();
    f.move(id, Transition::Accept);
    CaseWork work(*f.session);
    TriageDialog dialog(work, *f.reports->get(id));
    dialog.setScores(2, 2, 2);
    CHECK(dialog.classText().contains(QStringLiteral("C")));
    dialog.setScores(5, 3, 4);
    CHECK(dialog.classText().contains(QStringLiteral("A")));
    QF_REQUIRE_OK(dialog.apply());
    auto r = f.reports->get(id);
    REQUIRE(r->triageClass);
    CHECK(*r->triageClass == TriageClass::A);
    CHECK(r->verifiability == 5);
    CHECK(r->typicality == 3);
    CHECK(r->timeliness == 4);
    CHECK(r->state == CaseState::Triaged);
    QSqlQuery q(f.session->database().connection());
    q.prepare(QStringLiteral("SELECT author_id FROM events WHERE report_id = ? AND kind = 'triage'"));
    q.addBindValue(id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == f.session->userId());
}

TEST_CASE("dispatch dialog: the proposal is ranked with reasons - overriding it needs a reason - which is kept",
          "[cases][editor][dispatch]")
{
    test::CaseFixture f;
    // The administrator sets the dispatch tables up; a case officer dispatches.
    DispatchAdvisor advisor(*f.reports, *f.machine);
    const QString li = f.addUser(QStringLiteral("li"), QStringLiteral("case_officer"), f.lower);
    const QString zhou = f.addUser(QStringLiteral("zhou"), QStringLiteral("case_officer"), f.office);
    QF_REQUIRE_OK(advisor.addJurisdiction({ f.lower, QStringLiteral("城关镇政府"), {}, { QStringLiteral("科级") } }));
    QF_REQUIRE_OK(advisor.addCapability(li, f.lower, {}));
    QF_REQUIRE_OK(advisor.addCapability(zhou, f.office, {}));
    signIn(f, QStringLiteral("case_officer"));
    const QString id = f.addReport();
    f.toDecided(id);

    CaseWork work(*f.session);
    DispatchDialog dialog(work, *f.reports->get(id));
    CHECK(dialog.offeredWays().contains(Transition::AssignDown));
    REQUIRE_FALSE(dialog.proposals().isEmpty());
    CHECK(dialog.proposals().first().orgId == f.lower);
    CHECK_FALSE(dialog.proposals().first().reasons.isEmpty());
    auto* list = dialog.findChild<QTreeWidget*>(QStringLiteral("dispatchProposals"));
    REQUIRE(list->topLevelItemCount() == dialog.proposals().size());
    CHECK_FALSE(list->topLevelItem(0)->text(4).isEmpty());
    CHECK_FALSE(dialog.isOverride()); // the top proposal is preselected

    dialog.setWay(Transition::AssignDown);
    dialog.choose(f.office, zhou);
    CHECK(dialog.isOverride());
    const Status noReason = dialog.apply();
    REQUIRE_FALSE(noReason.ok());
    CHECK(f.reports->get(id)->state == CaseState::Decided);
    dialog.setOverrideReason(QStringLiteral("案情复杂，县级直办"));
    QF_REQUIRE_OK(dialog.apply());
    auto r = f.reports->get(id);
    CHECK(r->state == CaseState::Dispatched);
    CHECK(r->handlingOrgId == f.office);
    CHECK(r->handlerId == zhou);
    const QJsonObject payload = lastPayload(f, id, QStringLiteral("assign_down"));
    CHECK(payload.value(QStringLiteral("override_reason")).toString() == QStringLiteral("案情复杂，县级直办"));
}

TEST_CASE("move dialog: only legal moves are offered - an illegal one is refused with the reason", "[cases][editor][moves]")
{
    test::CaseFixture f;
    signIn(f, QStringLiteral("case_officer"));
    const QString id = f.addReport();
    CaseWork work(*f.session);
    MoveDialog dialog(work, *f.reports->get(id));
    const QList<Transition> offered = dialog.offeredMoves();
    CHECK(offered.contains(Transition::Accept));
    CHECK(offered.contains(Transition::RejectOutOfScope));
    CHECK_FALSE(offered.contains(Transition::Conclude));
    CHECK_FALSE(offered.contains(Transition::Decide));
    CHECK_FALSE(dialog.whyNot(Transition::Conclude).isEmpty());
    CHECK_FALSE(dialog.select(Transition::Conclude));
    const Status illegal = dialog.apply(Transition::Conclude);
    REQUIRE_FALSE(illegal.ok());
    CHECK_FALSE(illegal.error().isEmpty());
    CHECK(f.reports->get(id)->state == CaseState::Registered);

    REQUIRE(dialog.select(Transition::Accept));
    QF_REQUIRE_OK(dialog.apply());
    CHECK(f.reports->get(id)->state == CaseState::Accepted);

    // The review decision is for approvers only: not offered to a case officer.
    f.move(id, Transition::Triage, { { QStringLiteral("verifiability"), 5 }, { QStringLiteral("typicality"), 3 },
                                     { QStringLiteral("timeliness"), 4 } });
    f.move(id, Transition::SubmitForReview);
    MoveDialog review(work, *f.reports->get(id));
    CHECK_FALSE(review.offeredMoves().contains(Transition::Decide));
    CHECK(review.whyNot(Transition::Decide).contains(QStringLiteral("supervisor")));

    // The editor's buttons follow the same rules.
    CaseEditor editor(*f.session);
    QF_REQUIRE_OK(editor.load(id));
    CHECK_FALSE(editor.findChild<QPushButton*>(QStringLiteral("caseAction_triage"))->isEnabled());
    CHECK_FALSE(editor.findChild<QPushButton*>(QStringLiteral("caseAction_dispatch"))->isEnabled());
}

TEST_CASE("evidence dialog: one notice with every missing item - saved as PDF and recorded", "[cases][editor][evidence]")
{
    test::CaseFixture f;
    signIn(f, QStringLiteral("case_officer"));
    const QString id = f.addReport();
    f.move(id, Transition::Accept);
    f.move(id, Transition::Triage, { { QStringLiteral("verifiability"), 5 }, { QStringLiteral("typicality"), 3 },
                                     { QStringLiteral("timeliness"), 4 } });
    CaseWork work(*f.session);
    EvidenceDialog dialog(work, *f.reports->get(id));
    CHECK_FALSE(dialog.apply().ok()); // nothing listed yet
    dialog.setItems({ QStringLiteral("发放时间"), QStringLiteral("发放金额") }, { QStringLiteral("发放名单") }, {});
    CHECK(dialog.notice().factItems.size() == 2);
    CHECK(dialog.html().contains(QStringLiteral("发放名单")));
    const QString pdf = f.dir.path(QStringLiteral("notice.pdf"));
    QF_REQUIRE_OK(dialog.savePdf(pdf));
    CHECK(QFileInfo(pdf).size() > 0);
    QF_REQUIRE_OK(dialog.apply());
    CHECK(f.reports->get(id)->state == CaseState::EvidenceRequested);
    const QJsonObject payload = lastPayload(f, id, QStringLiteral("request_evidence"));
    CHECK(payload.value(QStringLiteral("facts")).toVariant().toStringList().contains(QStringLiteral("发放金额")));
}

TEST_CASE("feedback dialog: the acceptance notice as letter and SMS - recorded as sent", "[cases][editor][feedback]")
{
    test::CaseFixture f;
    signIn(f, QStringLiteral("registry_clerk"));
    const QString id = f.addReport({}, QStringLiteral("城关镇政府"), true);
    f.move(id, Transition::Accept);
    CaseWork work(*f.session);
    FeedbackDialog dialog(work, *f.reports->get(id));
    dialog.setMilestone(Milestone::Accepted);
    const QString regNo = f.reports->get(id)->regNo;
    CHECK(dialog.letter().contains(regNo));
    CHECK(dialog.sms().size() <= FeedbackNotices::SmsLimit);
    CHECK_FALSE(dialog.sms().contains(QStringLiteral("张三")));
    dialog.setMilestone(Milestone::Concluded);
    CHECK_FALSE(dialog.recordSent().ok()); // not concluded yet
    dialog.setMilestone(Milestone::Accepted);
    QF_REQUIRE_OK(dialog.recordSent());
    CHECK(f.eventCount(id, QStringLiteral("feedback_notice")) == 1);
    CHECK(f.reports->get(id)->acceptanceNoticeAt.isValid());
    const QString pdf = f.dir.path(QStringLiteral("letter.pdf"));
    QF_REQUIRE_OK(dialog.saveLetterPdf(pdf));
    CHECK(QFileInfo(pdf).size() > 0);
}

// Screenshots for people to look at (not run by ctest): QF_SHOTS_DIR=/tmp/shots-cases,
// best under xvfb-run with QT_QPA_PLATFORM=xcb and LANG=zh_CN.UTF-8.
TEST_CASE("case editor: screenshots of the editor - the intake and the dispatch dialog", "[.shots]")
{
    const QString dir = qEnvironmentVariable("QF_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    REQUIRE(Language::install(QStringLiteral("zh_CN")));
    test::CaseFixture f;
    signIn(f, QStringLiteral("supervisor"));
    DispatchAdvisor advisor(*f.reports, *f.machine);
    const QString li = f.addUser(QStringLiteral("李强"), QStringLiteral("case_officer"), f.lower);
    const QString zhou = f.addUser(QStringLiteral("周敏"), QStringLiteral("case_officer"), f.office);
    QF_REQUIRE_OK(advisor.addJurisdiction({ f.lower, QStringLiteral("城关镇政府"), {}, { QStringLiteral("科级") } }));
    QF_REQUIRE_OK(advisor.addJurisdiction({ f.office, {}, {}, {} }));
    QF_REQUIRE_OK(advisor.addCapability(li, f.lower, {}));
    QF_REQUIRE_OK(advisor.addCapability(zhou, f.office, {}));
    const QString earlier = f.addReport(QDateTime::currentDateTime().addDays(-40));
    const QString id = f.addReport(QDateTime::currentDateTime().addDays(-3), QStringLiteral("城关镇政府"), true);
    QF_REQUIRE_OK(f.reports->setFields(id, { { QStringLiteral("who"), QStringLiteral("城关镇农业服务站站长王某") },
                                             { QStringLiteral("when_text"), QStringLiteral("2026年春节前后") },
                                             { QStringLiteral("where_text"), QStringLiteral("城关镇农业服务站") },
                                             { QStringLiteral("why"), QStringLiteral("以节日慰问名义") },
                                             { QStringLiteral("result"), QStringLiteral("约十二万元补贴被违规发放") },
                                             { QStringLiteral("demand"), QStringLiteral("请求查处并追回资金") },
                                             { QStringLiteral("region"), QStringLiteral("城关镇") } }));
    f.toDecided(id);
    AttachmentStore store(f.session->writer(), AttachmentStore::defaultRoot(f.session->database().path()));
    QF_REQUIRE_OK(store.attachFile(id, test::makePdf(f.dir.path(QStringLiteral("举报信.pdf")), 3), QStringLiteral("scan")));
    QF_REQUIRE_OK(store.attachFile(id, test::makePng(f.dir.path(QStringLiteral("信封.png"))), QStringLiteral("scan")));
    Q_UNUSED(earlier);

    CaseEditor editor(*f.session);
    QF_REQUIRE_OK(editor.load(id));
    editor.resize(1200, 800);
    editor.show();
    QTest::qWait(200);
    REQUIRE(editor.grab().save(dir + QStringLiteral("/editor-record.png")));
    auto* tabs = editor.findChild<QTabWidget*>(QStringLiteral("caseEditorTabs"));
    tabs->setCurrentIndex(2);
    editor.showAttachment(0);
    editor.viewer()->showPage(1);
    QTest::qWait(200);
    REQUIRE(editor.grab().save(dir + QStringLiteral("/editor-attachment-pdf.png")));
    // The letter zoomed in (1366×768), and turned as if fed in sideways (1920×1080: its first
    // line, turned, runs down the right edge).
    for (const QSize screen : { QSize(1920, 1080), QSize(1366, 768) }) {
        const int turn = screen.width() == 1920 ? 90 : 0;
        editor.resize(screen);
        editor.viewer()->fitWidth();
        editor.viewer()->zoomIn();
        editor.viewer()->rotate(turn);
        editor.viewer()->showPage(0);
        auto* area = editor.viewer()->findChild<QScrollArea*>();
        area->verticalScrollBar()->setValue(turn ? area->verticalScrollBar()->maximum() / 2 : 0);
        area->horizontalScrollBar()->setValue(turn ? area->horizontalScrollBar()->maximum() : area->horizontalScrollBar()->value());
        QTest::qWait(200);
        REQUIRE(editor.grab().save(dir + QStringLiteral("/editor-attachment-zoomed-%1.png").arg(screen.width())));
        editor.viewer()->rotate(-turn);
    }
    editor.resize(1200, 800);
    tabs->setCurrentIndex(1);
    QTest::qWait(100);
    REQUIRE(editor.grab().save(dir + QStringLiteral("/editor-history.png")));
    tabs->setCurrentIndex(3);
    QTest::qWait(100);
    REQUIRE(editor.grab().save(dir + QStringLiteral("/editor-related.png")));

    IntakeDialog intake(*f.session);
    intake.setChannel(QStringLiteral("letter"));
    intake.setField(QStringLiteral("what"), QStringLiteral("挪用扶贫资金"));
    intake.setField(QStringLiteral("content"), QStringLiteral("反映城关镇某站长挪用扶贫资金修建办公楼。"));
    intake.addSubject({ QStringLiteral("赵某"), QStringLiteral("城关镇政府"), QStringLiteral("科级"), QStringLiteral("站长"), false });
    QF_REQUIRE_OK(intake.addFiles({ f.dir.path(QStringLiteral("举报信.pdf")), f.dir.path(QStringLiteral("信封.png")) }));
    intake.show();
    QTest::qWait(200);
    REQUIRE(intake.grab().save(dir + QStringLiteral("/intake.png")));
    QF_REQUIRE_OK(intake.registerReport());
    QTest::qWait(100);
    REQUIRE(intake.grab().save(dir + QStringLiteral("/intake-registered.png")));

    CaseWork work(*f.session);
    DispatchDialog dispatch(work, *f.reports->get(id));
    dispatch.show();
    QTest::qWait(200);
    REQUIRE(dispatch.grab().save(dir + QStringLiteral("/dispatch.png")));
    dispatch.choose(f.office, zhou);
    dispatch.setOverrideReason(QStringLiteral("案情复杂，县级直办"));
    QTest::qWait(100);
    REQUIRE(dispatch.grab().save(dir + QStringLiteral("/dispatch-override.png")));

    CaseListWorkspace list(*f.session);
    list.resize(1400, 600);
    list.show();
    list.activated();
    REQUIRE(QTest::qWaitFor([&] { return !list.model()->isLoading(); }, 60000));
    for (int row = 0; row < list.model()->rowCount(); ++row)
        list.model()->index(row, 0).data();
    QTest::qWait(500);
    REQUIRE(list.grab().save(dir + QStringLiteral("/case-list.png")));

    TriageDialog triage(work, *f.reports->get(earlier));
    triage.show();
    QTest::qWait(100);
    REQUIRE(triage.grab().save(dir + QStringLiteral("/triage.png")));
    MoveDialog move(work, *f.reports->get(id));
    move.show();
    QTest::qWait(100);
    REQUIRE(move.grab().save(dir + QStringLiteral("/move.png")));

    const QString a = f.addReport({}, QStringLiteral("城关镇政府"), true);
    f.move(a, Transition::Accept);
    f.move(a, Transition::Triage, { { QStringLiteral("verifiability"), 5 }, { QStringLiteral("typicality"), 3 },
                                    { QStringLiteral("timeliness"), 4 } });
    EvidenceDialog evidence(work, *f.reports->get(a));
    evidence.setItems({ QStringLiteral("补贴发放的具体时间"), QStringLiteral("涉及金额") }, { QStringLiteral("发放名单或银行流水") },
                      { QStringLiteral("被反映人的干部管理层级") });
    evidence.show();
    QTest::qWait(200);
    REQUIRE(evidence.grab().save(dir + QStringLiteral("/evidence.png")));
    FeedbackDialog feedback(work, *f.reports->get(a));
    feedback.show();
    QTest::qWait(200);
    REQUIRE(feedback.grab().save(dir + QStringLiteral("/feedback.png")));
}

#include "tests/ui/ScreenWalk.h"

#include "models/ReportStore.h"
#include "models/Session.h"
#include "tests/support/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/access/ReleasesDialog.h"
#include "ui/access/UsersDialog.h"
#include "ui/audit/AuditDialog.h"
#include "ui/cases/CaseEditor.h"
#include "ui/cases/CaseWork.h"
#include "ui/cases/DispatchDialog.h"
#include "ui/cases/EvidenceDialog.h"
#include "ui/cases/FeedbackDialog.h"
#include "ui/cases/IntakeDialog.h"
#include "ui/cases/MoveDialog.h"
#include "ui/cases/ReporterDialog.h"
#include "ui/cases/ReviewDialog.h"
#include "ui/cases/TriageDialog.h"
#include "ui/checkin/DeskSettings.h"
#include "ui/checkin/DeskSettingsDialog.h"
#include "ui/checkin/ScopeRulesDialog.h"
#include "ui/reference/ReferenceTablesDialog.h"
#include "ui/sync/ConflictsDialog.h"

#include <QAbstractButton>
#include <QJsonObject>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

namespace qf::test {

namespace {

bool shown(QWidget* w, QWidget* window)
{
    return w && (w == window || w->isVisibleTo(window));
}

QString describe(const QObject* o, const QString& text)
{
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(o->metaObject()->className()), text);
}

// Each tab of each visible tab widget in turn (the others as they are).
void eachTab(QWidget* window, const std::function<void(const QString&)>& visit)
{
    visit(QString());
    for (QTabWidget* tabs : window->findChildren<QTabWidget*>()) {
        if (!shown(tabs, window))
            continue;
        const int was = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (i == was || !tabs->isTabEnabled(i))
                continue;
            tabs->setCurrentIndex(i);
            QApplication::processEvents();
            visit(QStringLiteral(" / tab ") + tabs->tabText(i));
        }
        tabs->setCurrentIndex(was);
    }
}

void visitDialog(const QString& name, QWidget* dialog, const ScreenVisitor& visit)
{
    dialog->resize(1366, 768);
    dialog->show();
    QApplication::processEvents();
    eachTab(dialog, [&](const QString& tab) { visit(name + tab, dialog); });
    dialog->close();
}

} // namespace

void walkScreens(Session& session, const ScreenVisitor& visit)
{
    ReportDraft d;
    d.channel = QStringLiteral("letter");
    d.what = QStringLiteral("违规发放补贴");
    d.content = QStringLiteral("反映某单位违规发放补贴问题。");
    d.subjects << SubjectDraft { QStringLiteral("王某"), QStringLiteral("城关镇政府"), QStringLiteral("科级"),
                                 QStringLiteral("站长"), false };
    d.reporter = PersonIdentity { QStringLiteral("张三"), QStringLiteral("11010519491231002X"),
                                  QStringLiteral("13800138000"), {}, {}, {} };
    auto added = session.reports().add(d);
    QF_REQUIRE_OK(added);
    // History a user reads: a move, a meeting's decision and its undoing.
    QF_REQUIRE_OK(session.writer().apply(ReportStore::eventChange(
        added->id, QStringLiteral("meeting_decision"), QJsonObject { { QStringLiteral("decision"), QStringLiteral("closed_no_action") } },
        QDateTime::currentDateTimeUtc(), session.userId())));
    QF_REQUIRE_OK(session.writer().apply(ReportStore::eventChange(added->id, QStringLiteral("meeting_decision_undone"),
                                                                  QJsonObject {}, QDateTime::currentDateTimeUtc(),
                                                                  session.userId())));
    auto report = session.reports().get(added->id);
    QF_REQUIRE_OK(report);

    {
        MainWindow window(session);
        window.resize(1366, 768);
        window.show();
        QApplication::processEvents();
        auto* sideBar = window.findChild<QListWidget*>(QStringLiteral("sideBar"));
        auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("workspaceStack"));
        REQUIRE(sideBar);
        for (int i = 0; i < sideBar->count(); ++i) {
            window.showWorkspace(i);
            QApplication::processEvents();
            const QString name = QStringLiteral("main window / ") + sideBar->item(i)->text();
            QWidget* page = stack->currentWidget();
            // Lists loaded in the background, their first row chosen (detail panes show it).
            for (QAbstractItemView* v : page->findChildren<QAbstractItemView*>()) {
                if (!shown(v, &window) || !v->model())
                    continue;
                QTest::qWaitFor([v] { return v->model()->rowCount() > 0; }, 1500);
                if (v->model()->rowCount() > 0 && !v->currentIndex().isValid())
                    v->setCurrentIndex(v->model()->index(0, 0));
                QTest::qWait(100);
            }
            // The tabs of this workspace only.
            visit(name, &window);
            for (QTabWidget* tabs : page->findChildren<QTabWidget*>()) {
                if (!shown(tabs, &window))
                    continue;
                const int was = tabs->currentIndex();
                for (int t = 0; t < tabs->count(); ++t) {
                    if (t == was)
                        continue;
                    tabs->setCurrentIndex(t);
                    QApplication::processEvents();
                    visit(name + QStringLiteral(" / tab ") + tabs->tabText(t), &window);
                }
                tabs->setCurrentIndex(was);
            }
        }
    }

    // The dialogs the menus and the screens open.
    {
        ReferenceTablesDialog dialog(session);
        visitDialog(QStringLiteral("reference tables"), &dialog, visit);
    }
    {
        AuditDialog dialog(session);
        visitDialog(QStringLiteral("audit log"), &dialog, visit);
    }
    {
        UsersDialog dialog(session);
        visitDialog(QStringLiteral("users"), &dialog, visit);
    }
    {
        ReleasesDialog dialog(session);
        visitDialog(QStringLiteral("identity releases"), &dialog, visit);
    }
    {
        ConflictsDialog dialog(session);
        visitDialog(QStringLiteral("sync conflicts"), &dialog, visit);
    }
    {
        DeskSettingsDialog dialog(DeskSettings::load());
        visitDialog(QStringLiteral("desk devices"), &dialog, visit);
    }
    {
        ScopeRulesDialog dialog(session.scopeRules());
        visitDialog(QStringLiteral("scope rules"), &dialog, visit);
    }
    {
        IntakeDialog dialog(session);
        visitDialog(QStringLiteral("new report"), &dialog, visit);
    }
    {
        auto editor = CaseEditor::openReport(session, report->id, nullptr);
        QF_REQUIRE_OK(editor);
        visitDialog(QStringLiteral("case editor"), *editor, visit);
        delete *editor;
    }
    CaseWork work(session);
    {
        TriageDialog dialog(work, *report);
        visitDialog(QStringLiteral("triage"), &dialog, visit);
    }
    {
        EvidenceDialog dialog(work, *report);
        visitDialog(QStringLiteral("evidence request"), &dialog, visit);
    }
    {
        DispatchDialog dialog(work, *report);
        visitDialog(QStringLiteral("dispatch"), &dialog, visit);
    }
    {
        MoveDialog dialog(work, *report);
        visitDialog(QStringLiteral("status move"), &dialog, visit);
    }
    {
        FeedbackDialog dialog(work, *report);
        visitDialog(QStringLiteral("feedback"), &dialog, visit);
    }
    {
        ReporterDialog dialog(work, *report);
        visitDialog(QStringLiteral("reporter"), &dialog, visit);
    }
    {
        ReviewDialog dialog(work, *report);
        visitDialog(QStringLiteral("closing review"), &dialog, visit);
    }
}

QStringList shortcutClashes(QWidget* window)
{
    QMap<QString, QStringList> byKey; // key sequence -> what answers to it
    const auto add = [&](const QKeySequence& key, const QString& what) {
        if (!key.isEmpty())
            byKey[key.toString(QKeySequence::PortableText)] << what;
    };
    for (QAction* a : window->findChildren<QAction*>()) {
        if (a->shortcuts().isEmpty())
            continue;
        bool active = false;
        for (QObject* o : a->associatedObjects()) {
            auto* w = qobject_cast<QWidget*>(o);
            if (qobject_cast<QMenu*>(o) || shown(w, window))
                active = true;
        }
        if (!active)
            continue;
        for (const QKeySequence& k : a->shortcuts())
            add(k, describe(a, a->text()));
    }
    for (QShortcut* s : window->findChildren<QShortcut*>()) {
        auto* w = qobject_cast<QWidget*>(s->parent());
        if (!shown(w, window) || !s->isEnabled())
            continue;
        for (const QKeySequence& k : s->keys())
            add(k, describe(s, QStringLiteral("on ") + QString::fromLatin1(w->metaObject()->className())
                                   + QLatin1Char(' ') + w->objectName()));
    }
    for (QAbstractButton* b : window->findChildren<QAbstractButton*>()) {
        if (shown(b, window))
            add(b->shortcut(), describe(b, b->text()));
    }
    for (QLabel* l : window->findChildren<QLabel*>()) {
        if (shown(l, window) && l->buddy())
            add(QKeySequence::mnemonic(l->text()), describe(l, l->text()));
    }
    for (QGroupBox* g : window->findChildren<QGroupBox*>()) {
        if (shown(g, window))
            add(QKeySequence::mnemonic(g->title()), describe(g, g->title()));
    }
    for (QTabBar* t : window->findChildren<QTabBar*>()) {
        if (!shown(t, window))
            continue;
        for (int i = 0; i < t->count(); ++i)
            add(QKeySequence::mnemonic(t->tabText(i)), describe(t, t->tabText(i)));
    }
    if (auto* main = qobject_cast<QMainWindow*>(window); main && main->menuWidget()) {
        for (QAction* a : main->menuBar()->actions())
            add(QKeySequence::mnemonic(a->text()), describe(main->menuBar(), a->text()));
    }
    QStringList clashes;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it->size() > 1)
            clashes << it.key() + QStringLiteral(": ") + it->join(QStringLiteral(" | "));
    }
    return clashes;
}

QStringList menuClashes(QWidget* window)
{
    QStringList clashes;
    for (QMenu* menu : window->findChildren<QMenu*>()) {
        QMap<QString, QStringList> byKey;
        for (QAction* a : menu->actions()) {
            const QKeySequence k = QKeySequence::mnemonic(a->text());
            if (!a->isSeparator() && !k.isEmpty())
                byKey[k.toString(QKeySequence::PortableText)] << a->text();
        }
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
            if (it->size() > 1)
                clashes << QStringLiteral("menu \"%1\" %2: %3").arg(menu->title(), it.key(), it->join(QStringLiteral(" | ")));
        }
    }
    return clashes;
}

QStringList visibleTexts(QWidget* window)
{
    QStringList out;
    const auto add = [&](const QString& t) {
        if (!t.trimmed().isEmpty())
            out << t;
    };
    add(window->windowTitle());
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!shown(w, window))
            continue;
        add(w->toolTip());
        if (auto* l = qobject_cast<QLabel*>(w))
            add(l->text());
        else if (auto* b = qobject_cast<QAbstractButton*>(w))
            add(b->text());
        else if (auto* g = qobject_cast<QGroupBox*>(w))
            add(g->title());
        else if (auto* e = qobject_cast<QLineEdit*>(w))
            add(e->placeholderText());
        else if (auto* t = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < t->count(); ++i)
                add(t->tabText(i));
        } else if (auto* v = qobject_cast<QAbstractItemView*>(w); v && v->model()) {
            QAbstractItemModel* m = v->model();
            for (int c = 0; c < m->columnCount(); ++c)
                add(m->headerData(c, Qt::Horizontal).toString());
            for (int r = 0; r < std::min(m->rowCount(), 20); ++r)
                for (int c = 0; c < m->columnCount(); ++c)
                    add(m->index(r, c).data().toString());
        }
    }
    if (auto* main = qobject_cast<QMainWindow*>(window); main && main->menuWidget()) {
        for (QAction* a : main->menuBar()->actions()) {
            add(a->text());
            if (a->menu())
                for (QAction* item : a->menu()->actions())
                    add(item->text());
        }
    }
    return out;
}

} // namespace qf::test

#include "ui/MainWindow.h"
#include "ui/access/ReleasesDialog.h"
#include "ui/access/UsersDialog.h"
#include "ui/audit/AuditDialog.h"
#include "ui/Log.h"

#include "ui/checkin/CheckInWorkspace.h"
#include "ui/hotline/HotlineWorkspace.h"
#include "app/phone/LineConfig.h"
#include "models/Role.h"
#include "models/Database.h"
#include "models/DuplicateIndex.h"
#include "ui/cases/CaseListWorkspace.h"
#include "ui/scan/ScanWorkspace.h"
#include "ui/DemoDataJob.h"
#include "ui/ImportDialog.h"
#include "ui/Language.h"
#include "ui/meeting/MeetingWorkspace.h"
#include "ui/HelpDialog.h"
#include "ui/OverviewWorkspace.h"
#include "ui/analysis/AnalysisWorkspace.h"
#include "models/ProfileStore.h"
#include "models/Role.h"
#include "ui/ProfileStatusBar.h"
#include "ui/reference/ReferenceTablesDialog.h"
#include "ui/sync/ConflictsDialog.h"
#include "ui/sync/SyncController.h"
#include "models/Session.h"
#include "ui/SettingsWorkspace.h"
#include "ui/TodayWorkspace.h"
#include "ui/cases/SupervisorWorkspace.h"
#include "ui/cases/QualityWorkspace.h"

#include "models/Role.h"
#include "models/Settings.h"

#include <QActionGroup>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QWindow>
#include <QVBoxLayout>
#include <QApplication>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace qf {

MainWindow::MainWindow(Session& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Qingfeng"));
    resize(1200, 760);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sideBar = new QListWidget(central);
    m_sideBar->setObjectName(QStringLiteral("sideBar"));
    m_sideBar->setAccessibleName(tr("Workspaces"));
    m_sideBar->setFocusPolicy(Qt::StrongFocus);
    m_sideBar->setIconSize(QSize(28, 28));
    m_sideBar->setSpacing(2);
    m_sideBar->setFixedWidth(180);
    m_sideBar->setFrameShape(QFrame::NoFrame);
    m_sideBar->setStyleSheet(QStringLiteral("QListWidget#sideBar { background: palette(window); "
                                            "border-right: 1px solid palette(mid); padding-top: 8px; }"
                                            "QListWidget#sideBar::item { padding: 8px 6px; }"));
    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("workspaceStack"));
    m_stack->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_sideBar);
    layout->addWidget(m_stack, 1);
    m_top = new QStackedWidget(this);
    m_top->addWidget(central);
    m_lockPage = buildLockPage();
    m_top->addWidget(m_lockPage);
    setCentralWidget(m_top);

    // The idle lock: any key or mouse input in the program restarts the timer.
    m_idle = new QTimer(this);
    m_idle->setSingleShot(true);
    const int idleMinutes = Settings(session.writer()).intValue(Settings::Key::IdleLockMinutes);
    if (idleMinutes > 0) {
        m_idle->setInterval(idleMinutes * 60 * 1000);
        connect(m_idle, &QTimer::timeout, this, &MainWindow::lock);
        qApp->installEventFilter(this);
        m_idle->start();
    }

    m_status = new ProfileStatusBar(this);
    setStatusBar(m_status);
    m_sync = new SyncController(session, this);
    connect(m_sync, &SyncController::statusChanged, this, [this](const SyncStatus& s) {
        m_status->setSyncState(describe(s));
        if (!s.running)
            m_status->setSyncProgress(0, false);
    });
    connect(m_sync, &SyncController::progress, this, [this](const QString& stage, qint64 done, bool first) {
        const bool indexing = stage == QLatin1String("index");
        m_status->setSyncProgress(done, first && (indexing || stage == QLatin1String("pull")), indexing);
    });
    connect(m_sync, &SyncController::dataArrived, this, [this] {
        reloadProfile(); // an enrolled workstation's user and office arrive with the first sync
        if (m_stack->currentIndex() >= 0 && m_stack->currentIndex() < m_workspaces.size())
            m_workspaces.at(m_stack->currentIndex())->activated();
    });
    connect(m_status, &ProfileStatusBar::syncClicked, this, &MainWindow::showConflicts);
    m_status->setSyncState(describe(m_sync->status()));

    buildMenus();
    connect(m_sideBar, &QListWidget::currentRowChanged, this, &MainWindow::showWorkspace);

    m_overview = new OverviewWorkspace(session, this);
    auto* settings = new SettingsWorkspace(session, this);
    connect(settings, &SettingsWorkspace::profileChanged, this, &MainWindow::reloadProfile);
    // First what needs me today, then in the order of the work: the front desk, the cases,
    // supervision, the review meeting.
    auto* today = new TodayWorkspace(session, this);
    addWorkspace(today);
    connect(today, &TodayWorkspace::countChanged, this, [this, today](int n) {
        const int row = int(m_workspaces.indexOf(today));
        if (QListWidgetItem* item = m_sideBar->item(row))
            item->setText(n > 0 ? tr("%1 (%2)").arg(today->title()).arg(n) : today->title());
    });
    connect(m_sync, &SyncController::dataArrived, today, &TodayWorkspace::refresh);
    addWorkspace(m_overview);
    addWorkspace(new CheckInWorkspace(session, this));
    auto* hotline = new HotlineWorkspace(session, this);
    addWorkspace(hotline);
    auto* cases = new CaseListWorkspace(session, this);
    addWorkspace(cases);
    // What the sync brought changes the list's rows in place (another connection wrote it).
    connect(m_sync, &SyncController::dataArrived, cases, [cases] { cases->reportsChanged(); });
    // A case chosen on another screen opens in the case list's editor.
    auto openCase = [this, cases](const QString& id) {
        showWorkspace(int(m_workspaces.indexOf(cases)));
        emit cases->caseOpened(id);
    };
    connect(today, &TodayWorkspace::caseOpened, this, openCase);
    connect(hotline, &HotlineWorkspace::caseOpened, this, openCase);
    auto* letters = new ScanWorkspace(session, this);
    addWorkspace(letters);
    connect(letters, &ScanWorkspace::caseOpened, this, openCase);
    // The line's state in the status bar ("线路：已注册", or why not), opened at start-up when set up.
    auto* lineState = new QLabel(this);
    lineState->setObjectName(QStringLiteral("statusLine"));
    statusBar()->addPermanentWidget(lineState);
    connect(hotline, &HotlineWorkspace::lineStateChanged, lineState, &QLabel::setText);
    if (LineConfig::configured() && Role::may(session.role(), Capability::Identities))
        QTimer::singleShot(0, hotline, [hotline, this] {
            if (Status s = hotline->openLine(LineConfig::load()); !s)
                statusBar()->showMessage(s.error(), 10000);
        });
    auto* supervision = new SupervisorWorkspace(session, this);
    connect(supervision, &SupervisorWorkspace::caseOpened, this, openCase);
    addWorkspace(supervision);
    auto* quality = new QualityWorkspace(session, this);
    connect(quality, &QualityWorkspace::caseOpened, this, openCase);
    addWorkspace(quality);
    auto* meeting = new MeetingWorkspace(session, this);
    addWorkspace(meeting);
    // Today's meeting opens on the meeting screen, that meeting and its agenda, not the screen
    // as it was left.
    connect(today, &TodayWorkspace::meetingOpened, this, [this, meeting](const QString& meetingId) {
        showWorkspace(int(m_workspaces.indexOf(meeting)));
        if (!meetingId.isEmpty())
            if (Status s = meeting->openMeeting(meetingId); !s)
                statusBar()->showMessage(s.error(), 10000);
    });
    auto* analysis = new AnalysisWorkspace(session, this);
    // A number of the analysis opens the case list of the reports behind it.
    connect(analysis, &AnalysisWorkspace::drillDown, this, [this, cases](const CaseListFilter& f, const QString& caption) {
        showWorkspace(int(m_workspaces.indexOf(cases)));
        cases->showFiltered(f, caption);
    });
    addWorkspace(analysis);
    addWorkspace(settings);

    reloadProfile();
    showWorkspace(0);

    // Started once the window is on screen (its first expose, see eventFilter), so that on a
    // two-core office PC it does not compete with the window being built and painted; at the
    // latest after 3 s, for a window that starts hidden.
    QTimer::singleShot(3000, this, &MainWindow::warmUpRepeatCheck);
}

void MainWindow::warmUpRepeatCheck()
{
    if (m_warmUpStarted)
        return;
    m_warmUpStarted = true;
    // The first repeat check (intake, an editor's related reports) would otherwise read every
    // report's sketch on the UI thread: seconds on a million reports.
    m_warmUp = QtConcurrent::run([path = m_session.database().path(), index = &m_session.duplicates()] {
        auto db = Database::openReader(path);
        if (!db)
            return;
        if (Status s = index->warm(**db); !s)
            qCWarning(lcUi) << "cannot load the repeat check's index:" << s.error();
    });
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    m_warmUp.waitForFinished();
}

QWidget* MainWindow::buildLockPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("lockPage"));
    auto* outer = new QVBoxLayout(page);
    outer->addStretch(1);
    auto* box = new QWidget(page);
    box->setMaximumWidth(420);
    auto* layout = new QVBoxLayout(box);
    auto* title = new QLabel(tr("<h2>Qingfeng is locked</h2>"), box);
    m_lockUser = new QLabel(box);
    m_lockUser->setObjectName(QStringLiteral("lockUser"));
    m_lockUser->setWordWrap(true);
    m_lockPassword = new QLineEdit(box);
    m_lockPassword->setObjectName(QStringLiteral("lockPassword"));
    m_lockPassword->setEchoMode(QLineEdit::Password);
    m_lockPassword->setPlaceholderText(tr("Password"));
    m_lockError = new QLabel(box);
    m_lockError->setObjectName(QStringLiteral("lockError"));
    m_lockError->setStyleSheet(QStringLiteral("color: #b00020"));
    m_lockError->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    auto* unlockButton = new QPushButton(tr("&Unlock"), box);
    unlockButton->setObjectName(QStringLiteral("unlockButton"));
    unlockButton->setDefault(true);
    auto* switchButton = new QPushButton(tr("S&witch user…"), box);
    switchButton->setObjectName(QStringLiteral("lockSwitchUser"));
    buttons->addWidget(unlockButton);
    buttons->addWidget(switchButton);
    buttons->addStretch(1);
    layout->addWidget(title);
    layout->addWidget(m_lockUser);
    layout->addWidget(m_lockPassword);
    layout->addWidget(m_lockError);
    layout->addLayout(buttons);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(box);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    connect(unlockButton, &QPushButton::clicked, this, &MainWindow::unlock);
    connect(m_lockPassword, &QLineEdit::returnPressed, this, &MainWindow::unlock);
    connect(switchButton, &QPushButton::clicked, this, &MainWindow::switchUserRequested);
    return page;
}

bool MainWindow::isLocked() const
{
    return m_top->currentWidget() == m_lockPage;
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::Expose:
        if (!m_warmUpStarted && watched == windowHandle() && windowHandle()->isExposed())
            QTimer::singleShot(0, this, &MainWindow::warmUpRepeatCheck);
        break;
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_idle->interval() > 0 && !isLocked())
            m_idle->start();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::lock()
{
    if (isLocked())
        return;
    auto profile = m_session.profile().load();
    m_lockUser->setText(profile ? tr("Signed in: %1 (%2). Enter the password to go on.")
                                      .arg(profile->name, Role::name(profile->role))
                                : QString());
    m_lockError->clear();
    m_lockPassword->clear();
    m_top->setCurrentWidget(m_lockPage);
    menuBar()->setEnabled(false);
    for (Workspace* w : std::as_const(m_workspaces))
        w->setLocked(true);
    const Status logged = m_session.audit().record(QStringLiteral("lock"), QStringLiteral("accounts"), m_session.userId());
    Q_UNUSED(logged)
    m_lockPassword->setFocus();
}

void MainWindow::unlock()
{
    const QString login = m_session.accounts().lastLogin();
    const Status in = m_session.signIn(login, m_lockPassword->text());
    m_lockPassword->clear();
    if (!in) {
        m_lockError->setText(in.error());
        return;
    }
    m_top->setCurrentIndex(0);
    menuBar()->setEnabled(true);
    for (Workspace* w : std::as_const(m_workspaces))
        w->setLocked(false);
    if (m_idle->interval() > 0)
        m_idle->start();
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* lockNow = file->addAction(tr("&Lock"), this, &MainWindow::lock);
    lockNow->setObjectName(QStringLiteral("lockNow"));
    lockNow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    file->addAction(tr("S&witch user…"), this, &MainWindow::switchUserRequested)
        ->setObjectName(QStringLiteral("switchUser"));
    file->addSeparator();
    file->addAction(tr("&Import online reports…"), this, [this] { ImportDialog::chooseAndRun(m_session, this); })
        ->setObjectName(QStringLiteral("importOnlineReports"));
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction* focusBar = m_viewMenu->addAction(tr("Go to the &side bar"), this, [this] { m_sideBar->setFocus(); });
    focusBar->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_viewMenu->addSeparator();

    QMenu* syncMenu = menuBar()->addMenu(tr("&Sync"));
    QAction* now = syncMenu->addAction(tr("Sync &now"), this, [this] { m_sync->syncNow(); });
    now->setObjectName(QStringLiteral("syncNow"));
    now->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F9)); // F9 is the desk's recording key
    syncMenu->addAction(tr("&Conflicts and refused changes…"), this, &MainWindow::showConflicts)
        ->setObjectName(QStringLiteral("showConflicts"));

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Reference tables…"), this, [this] { ReferenceTablesDialog::run(m_session, this); })
        ->setObjectName(QStringLiteral("referenceTables"));
    // Administrators and supervisors; the core refuses everyone else (models/AuditQuery).
    QAction* audit = tools->addAction(tr("&Audit log…"), this, [this] { AuditDialog::run(m_session, this); });
    audit->setObjectName(QStringLiteral("auditLog"));
    connect(tools, &QMenu::aboutToShow, audit,
            [this, audit] { audit->setEnabled(Role::may(m_session.profile().role(), Capability::ReadAudit)); });

    // The administrator's accounts; everyone's identity release requests.
    QAction* users = tools->addAction(tr("&Users and roles…"), this, [this] { UsersDialog::run(m_session, this); });
    users->setObjectName(QStringLiteral("usersAndRoles"));
    connect(tools, &QMenu::aboutToShow, users, [this, users] { users->setEnabled(m_session.may(Capability::Administer)); });
    tools->addAction(tr("&Identity release requests…"), this, [this] { ReleasesDialog::run(m_session, this); })
        ->setObjectName(QStringLiteral("releaseRequests"));

    QMenu* language = menuBar()->addMenu(tr("&Language"));
    auto* group = new QActionGroup(language);
    for (const QString& code : Language::codes()) {
        QAction* a = language->addAction(Language::nativeName(code));
        a->setCheckable(true);
        a->setChecked(code == Language::saved());
        a->setObjectName(QStringLiteral("language_") + code);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { SettingsWorkspace::chooseLanguage(this, code); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    // F1: the guide's page of the screen in use.
    QAction* guide = help->addAction(tr("&User guide"), this, [this] {
        QWidget* current = m_stack->currentWidget();
        showHelp(HelpDialog::pageFor(current ? current->objectName() : QString()));
    });
    guide->setObjectName(QStringLiteral("helpContents"));
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Keyboard shortcuts"), this, [this] { showHelp(QStringLiteral("shortcuts")); })
        ->setObjectName(QStringLiteral("helpShortcuts"));
    help->addSeparator();
    help->addAction(tr("&About Qingfeng"), this, &MainWindow::showAbout);
}

HelpDialog* MainWindow::showHelp(const QString& page)
{
    auto* dialog = findChild<HelpDialog*>();
    if (!dialog)
        dialog = new HelpDialog(this, this);
    dialog->showPage(page);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void MainWindow::showConflicts()
{
    auto* dialog = findChild<ConflictsDialog*>();
    if (!dialog) {
        dialog = new ConflictsDialog(m_session, this);
        connect(dialog, &ConflictsDialog::decided, m_sync, &SyncController::refreshCounts);
    }
    dialog->reload();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::addWorkspace(Workspace* workspace)
{
    const int index = int(m_workspaces.size());
    m_workspaces.append(workspace);
    m_stack->addWidget(workspace);
    auto* item = new QListWidgetItem(workspace->icon(), workspace->title(), m_sideBar);
    item->setToolTip(index < 9 ? tr("%1 (Ctrl+%2)").arg(workspace->title()).arg(index + 1) : workspace->title());

    QAction* go = m_viewMenu->addAction(workspace->icon(), workspace->title(), this,
                                        [this, index] { showWorkspace(index); });
    QList<QKeySequence> keys;
    if (index < 9)
        keys << QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index));
    if (!workspace->shortcut().isEmpty())
        keys << workspace->shortcut();
    go->setShortcuts(keys);
}

void MainWindow::showWorkspace(int index)
{
    if (index < 0 || index >= m_workspaces.size())
        return;
    if (m_sideBar->currentRow() != index)
        m_sideBar->setCurrentRow(index); // comes back here through currentRowChanged
    if (m_stack->currentIndex() == index && m_stack->currentWidget()->isVisible())
        return;
    m_stack->setCurrentIndex(index);
    m_workspaces.at(index)->activated();
}

int MainWindow::currentWorkspace() const
{
    return m_stack->currentIndex();
}

void MainWindow::reloadProfile()
{
    if (auto profile = m_session.profile().load())
        m_status->setProfile(*profile);
    else
        m_status->clearProfile();
    m_overview->refreshProfile();
}

void MainWindow::generateDemoData(qint64 reports)
{
    auto* job = new DemoDataJob(m_session, reports, this);
    connect(job, &DemoDataJob::finished, this, [this, job](bool ok, const QString& message) {
        if (!ok)
            QMessageBox::warning(this, tr("Demonstration data"),
                                 tr("The demonstration data could not be created completely: %1").arg(message));
        m_overview->refresh();
        job->deleteLater();
    });
    job->start(this);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Qingfeng"),
                       tr("<h3>Qingfeng %1</h3><p>Workstation for the petition and report offices of "
                          "discipline-inspection bodies: visitor check-in, case handling, review meetings.</p>")
                           .arg(QStringLiteral(QINGFENG_VERSION)));
}

} // namespace qf

// qingfeng: the desktop client. Opens the local store, creates its administrator on first
// start or asks who signs in, then shows the main window (a new one for each user).
#include "ui/FirstRunDialog.h"
#include "ui/SignInDialog.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "models/ProfileStore.h"
#include "models/Session.h"
#include "app/security/KeychainKeyProvider.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QCommandLineParser>
#include <QEvent>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>
#include <QWindow>

#include <cstdio>
#include <functional>
#include <memory>

namespace {

// For the start-up benchmark: prints "shown" once the window is on screen, then quits.
class ExposeWatcher : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow*>(watched)->isExposed() && !m_done) {
            m_done = true;
            std::fputs("shown\n", stdout);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("qingfeng.*.debug=false\nqingfeng.*.info=false"));
    QApplication::setOrganizationName(QStringLiteral("qingfeng"));
    QApplication::setApplicationName(QStringLiteral("qingfeng"));
    QApplication::setApplicationVersion(QStringLiteral(QINGFENG_VERSION));
    // The installed desktop entry and icon (installer/): task bars and docks match them.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.qingfeng.Qingfeng"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("qingfeng")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Qingfeng petition and report workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file (default: %1).")
                                                                .arg(qf::Database::defaultPath()),
                                      QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Interface language for this run: zh_CN, zh_TW or en."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption quitOption(QStringLiteral("quit-when-shown"),
                                        QStringLiteral("Print \"shown\" and quit once the main window is on "
                                                       "screen (start-up benchmark; skips the first-run dialog)."));
    parser.addOptions({ dbOption, langOption, quitOption });
    parser.process(app);

    const QString lang = parser.isSet(langOption) ? parser.value(langOption) : qf::Language::saved();
    if (!qf::Language::install(lang)) {
        std::fprintf(stderr, "Unknown language '%s' (use zh_CN, zh_TW or en).\n", qPrintable(lang));
        return 2;
    }

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : qf::Database::defaultPath();
    qf::KeychainKeyProvider keys;
    auto session = qf::Session::open(path, keys);
    if (!session) {
        QMessageBox::critical(nullptr, QApplication::translate("qf::Desktop", "Qingfeng cannot start"),
                              session.error());
        return 1;
    }

    qf::Session& work = **session;
    const bool benchmark = parser.isSet(quitOption);
    qint64 demoReports = 0;
    if (benchmark) {
        // The start-up benchmark signs in from its environment (never a prompt).
        if (work.accounts().any())
            if (qf::Status in = work.signIn(qEnvironmentVariable("QINGFENG_USER"), qEnvironmentVariable("QINGFENG_PASSWORD"));
                !in)
                std::fprintf(stderr, "%s\n", qPrintable(in.error()));
    } else if (!work.accounts().any()) {
        qf::FirstRunDialog firstRun(work, keys);
        if (firstRun.exec() != QDialog::Accepted)
            return 0;
        if (firstRun.demoRequested())
            demoReports = firstRun.demoReports();
    } else {
        qf::SignInDialog signIn(work);
        if (signIn.exec() != QDialog::Accepted)
            return 0;
    }

    // A new user gets a new window: no screen keeps what the previous one saw or could do.
    std::unique_ptr<qf::MainWindow> window;
    ExposeWatcher watcher;
    std::function<void()> openWindow = [&] {
        window = std::make_unique<qf::MainWindow>(work);
        if (benchmark) {
            window->winId(); // creates the native window, so its first expose cannot be missed
            window->windowHandle()->installEventFilter(&watcher);
        }
        QObject::connect(window.get(), &qf::MainWindow::switchUserRequested, window.get(), [&] {
            window->lock();
            qf::SignInDialog next(work, window.get());
            if (next.exec() != QDialog::Accepted)
                return; // the previous user's window stays locked
            QTimer::singleShot(0, qApp, [&] {
                const QRect where = window->geometry();
                window.reset();
                openWindow();
                window->setGeometry(where);
            });
        });
        window->show();
    };
    openWindow();
    if (demoReports > 0)
        QTimer::singleShot(0, window.get(), [&window, demoReports] { window->generateDemoData(demoReports); });
    const int status = app.exec();
    window.reset();
    return status;
}

#include "programs/qingfeng-cli/CliApp.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstring>
#include <memory>

int main(int argc, char* argv[])
{
    // Writing a PDF (audit export) lays text out with Qt's fonts, which need a QGuiApplication;
    // it needs no screen.
    bool drawsPdf = false;
    for (int i = 1; i + 1 < argc; ++i)
        drawsPdf |= std::strcmp(argv[i], "audit") == 0 && std::strcmp(argv[i + 1], "export") == 0;
    if (drawsPdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application
        = drawsPdf ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    // Scripts read the output: progress notes of the modules only when asked for
    // (QT_LOGGING_RULES="qingfeng.*.info=true", or .debug=true). Qt lets QT_LOGGING_RULES
    // override these, so any other rule set in the environment keeps them.
    QLoggingCategory::setFilterRules(QStringLiteral("qingfeng.*.debug=false\nqingfeng.*.info=false"));
    QCoreApplication::setOrganizationName(QStringLiteral("qingfeng"));
    QCoreApplication::setApplicationName(QStringLiteral("qingfeng"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QINGFENG_VERSION));
    return qf::CliApp().run(QCoreApplication::arguments());
}

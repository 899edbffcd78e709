#include "programs/qingfeng-cli/CliApp.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <unistd.h>

int main(int argc, char* argv[])
{
    // Tesseract's OpenMP threads must be limited before the process starts (setting it later
    // does not help: a page took ~4 s instead of ~0.7 s on two cores). The CLI sets it and
    // starts itself again once; run.sh and test.sh set it too.
    if (!std::getenv("OMP_THREAD_LIMIT")) {
        ::setenv("OMP_THREAD_LIMIT", "1", 1);
        ::execv("/proc/self/exe", argv);
    }
    // The page commands paint (separator sheets, PDFs with text): a QGuiApplication, on the
    // offscreen platform unless another is asked for, so they run without a display.
    const bool pages = argc > 1
        && (std::strcmp(argv[1], "scan") == 0 || std::strcmp(argv[1], "separator") == 0 || std::strcmp(argv[1], "ocr") == 0);
    if (pages && !std::getenv("QT_QPA_PLATFORM"))
        ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    std::unique_ptr<QCoreApplication> app = pages ? std::make_unique<QGuiApplication>(argc, argv)
                                                  : std::make_unique<QCoreApplication>(argc, argv);
    // Scripts read the output: progress notes of the modules only when asked for
    // (QT_LOGGING_RULES="qingfeng.*.info=true", or .debug=true). Qt lets QT_LOGGING_RULES
    // override these, so any other rule set in the environment keeps them.
    QLoggingCategory::setFilterRules(QStringLiteral("qingfeng.*.debug=false\nqingfeng.*.info=false"));
    QCoreApplication::setOrganizationName(QStringLiteral("qingfeng"));
    QCoreApplication::setApplicationName(QStringLiteral("qingfeng"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QINGFENG_VERSION));
    return qf::CliApp().run(QCoreApplication::arguments());
}

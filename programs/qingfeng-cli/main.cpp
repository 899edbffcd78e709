#include "programs/qingfeng-cli/CliApp.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <unistd.h>

namespace {

bool hasWord(int argc, char* argv[], const char* word, const char* next = nullptr)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], word) == 0 && (!next || (i + 1 < argc && std::strcmp(argv[i + 1], next) == 0)))
            return true;
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    const bool reads = hasWord(argc, argv, "ocr") || hasWord(argc, argv, "scan");
    // Tesseract's OpenMP threads must be limited before the process starts (setting it later
    // does not help: a page took ~4 s instead of ~0.7 s on two cores). The commands that read
    // pages set it and start themselves again once; run.sh and test.sh set it too.
    if (reads && !std::getenv("OMP_THREAD_LIMIT")) {
        ::setenv("OMP_THREAD_LIMIT", "1", 1);
        ::execv("/proc/self/exe", argv);
    }
    // The commands that paint (separator sheets, PDFs with text, the audit export) need a
    // QGuiApplication, on the offscreen platform unless another is asked for: no display.
    const bool paints = reads || hasWord(argc, argv, "separator") || hasWord(argc, argv, "audit", "export")
        || hasWord(argc, argv, "stats", "export");
    if (paints && !std::getenv("QT_QPA_PLATFORM"))
        ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    std::unique_ptr<QCoreApplication> app = paints ? std::make_unique<QGuiApplication>(argc, argv)
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

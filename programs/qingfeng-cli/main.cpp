#include "programs/qingfeng-cli/CliApp.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // Scripts read the output: progress notes of the modules only when asked for
    // (QT_LOGGING_RULES="qingfeng.*.info=true", or .debug=true). Qt lets QT_LOGGING_RULES
    // override these, so any other rule set in the environment keeps them.
    QLoggingCategory::setFilterRules(QStringLiteral("qingfeng.*.debug=false\nqingfeng.*.info=false"));
    QCoreApplication::setOrganizationName(QStringLiteral("qingfeng"));
    QCoreApplication::setApplicationName(QStringLiteral("qingfeng"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QINGFENG_VERSION));
    return qf::CliApp().run(QCoreApplication::arguments());
}

// One Qt application object per test process, then Catch2 runs the tests.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef QF_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include <QLoggingCategory>

int main(int argc, char* argv[])
{
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("qingfeng-test"));
    TestApplication::setApplicationName(QStringLiteral("qingfeng-test"));
    QLoggingCategory::setFilterRules(QStringLiteral("qingfeng.*.info=false"));
    return Catch::Session().run(argc, argv);
}

#include "CliApp.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("qingfeng"));
    QCoreApplication::setApplicationName(QStringLiteral("qingfeng"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QINGFENG_VERSION));
    return qf::CliApp().run(QCoreApplication::arguments());
}

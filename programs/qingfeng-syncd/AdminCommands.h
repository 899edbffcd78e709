#pragma once

#include <QStringList>
#include <QTextStream>

namespace qf {

// qingfeng-syncd admin COMMAND ...: init, add-user, add-device, revoke-device.
int runAdmin(const QStringList& args, QTextStream& out, QTextStream& err);
void printAdminHelp(QTextStream& out);

} // namespace qf

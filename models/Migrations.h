#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace qf {

// Ordered, forward-only schema revisions. Each runs in its own transaction. A revision
// may be "expand only" (older programs still work on the result): then compatibleFrom
// stays at the version they understand.
struct Migration
{
    int version;
    const char* description;
    QStringList statements;
    int compatibleFrom; // the oldest schema version a program must know to open the result
};

const std::vector<Migration>& migrations();
int latestSchemaVersion();

} // namespace qf

#pragma once

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace qf {

// Ordered, forward-only schema revisions. Each runs in its own transaction. A revision
// may be "expand only" (older programs still work on the result): then compatibleFrom
// stays at the version they understand.
struct Migration
{
    int version;
    QByteArray description;
    QStringList statements;
    int compatibleFrom; // the oldest schema version a program must know to open the result
};

// The local store's revisions: resources/schema/sqlite/NNNN-name.sql, compiled in (see
// SqlScript for their form). A revision that has run on users' databases is never edited;
// the `store` test keeps a digest of each.
const std::vector<Migration>& migrations();
int latestSchemaVersion();

// Where the revisions are read from (a resource folder).
inline constexpr char kSqliteSchemaFolder[] = ":/qingfeng/schema/sqlite";

} // namespace qf

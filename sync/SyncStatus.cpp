#include "sync/SyncStatus.h"

#include "models/Database.h"
#include "sync/SyncLocal.h"

namespace qf {

SyncStatus SyncStatus::read(Database& db, Writer& writer)
{
    SyncStatus s;
    s.enrolled = !db.meta(QStringLiteral("sync_server")).isEmpty();
    s.lastSync = db.meta(QStringLiteral("sync_last_at"));
    // A store that syncs with nobody keeps every change in its outbox (millions after years, or
    // a demo): counting them, before the window is shown, would tell nobody anything.
    if (s.enrolled)
        s.readCounts(db, writer);
    return s;
}

void SyncStatus::readCounts(Database& db, Writer& writer)
{
    sync::SyncLocal local(db, writer);
    if (auto n = local.pendingCount())
        pending = *n;
    if (auto n = local.openConflictCount())
        conflicts = *n;
    if (auto list = local.refusedChanges())
        refused = list->size();
    if (auto n = local.heldCount())
        held = *n;
}

} // namespace qf

#pragma once

#include <QString>

namespace qf {

class Database;
class Writer;

// What the workstation knows about its sync with the service, as the status bar shows it.
// The stored part (enrolment, the last complete sync, the counts) is read from the local
// store here; online, running and lastError are what the running client last reported.
struct SyncStatus
{
    bool enrolled = false;
    bool online = false;
    bool running = false;
    QString lastSync;   // UTC ISO 8601 time of the last complete sync
    QString lastError;  // why the last attempt did not complete
    qint64 pending = 0; // local changes not yet accepted by the server
    qint64 conflicts = 0;
    qint64 refused = 0;
    qint64 held = 0; // rows from the server kept aside: this workstation could not apply them

    // Enrolment (meta sync_server), the last complete sync (meta sync_last_at) and the counts.
    static SyncStatus read(Database& db, Writer& writer);
    // Re-reads the counts only: changes to send, open conflicts, refused changes, rows kept aside.
    void readCounts(Database& db, Writer& writer);
};

} // namespace qf

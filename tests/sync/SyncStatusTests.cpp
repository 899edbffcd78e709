// The sync status as read from the local store (sync/SyncStatus), without a server.
#include "models/Session.h"
#include "models/Uuid7.h"
#include "sync/SyncStatus.h"
#include "tests/support/TestSupport.h"

using namespace qf;

TEST_CASE("sync status: a store not enrolled - then enrolled with a last sync - and its changes to send", "[sync]")
{
    test::Scratch dir;
    auto session = test::openSession(dir.path(QStringLiteral("s.sqlite")));
    SyncStatus fresh = SyncStatus::read(session->database(), session->writer());
    CHECK_FALSE(fresh.enrolled);
    CHECK(fresh.lastSync.isEmpty());
    CHECK(fresh.conflicts == 0);
    CHECK(fresh.refused == 0);
    // A store that syncs with nobody is not counted when the status is read (at start-up,
    // before the window shows): its outbox only grows. Counted when asked.
    CHECK(fresh.pending == 0);
    fresh.readCounts(session->database(), session->writer());
    const qint64 before = fresh.pending;
    CHECK(before > 0); // the administrator and the office made on the first open

    QF_REQUIRE_OK(session->writer().apply(Change::insert(QStringLiteral("organisations"), Uuid7::generate(),
        { { QStringLiteral("code"), QStringLiteral("ORG-1") }, { QStringLiteral("name"), QStringLiteral("县纪委") },
          { QStringLiteral("level"), QStringLiteral("county") } })));
    fresh.readCounts(session->database(), session->writer());
    CHECK(fresh.pending == before + 1);

    QF_REQUIRE_OK(session->database().setMeta(QStringLiteral("sync_server"), QStringLiteral("https://sync.example:8443")));
    QF_REQUIRE_OK(session->database().setMeta(QStringLiteral("sync_last_at"), QStringLiteral("2025-01-15T08:00:00Z")));
    const SyncStatus enrolled = SyncStatus::read(session->database(), session->writer());
    CHECK(enrolled.enrolled);
    CHECK(enrolled.lastSync == QStringLiteral("2025-01-15T08:00:00Z"));
    CHECK(enrolled.pending == before + 1);
    CHECK_FALSE(enrolled.online); // only the running client says so
}

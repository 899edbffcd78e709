// The local store: pragmas, migrations, refusal of a newer schema, the write path.
#include "models/Database.h"
#include "models/Migrations.h"
#include "models/Session.h"
#include "models/SqlTransaction.h"
#include "tests/support/TestSupport.h"
#include "models/Uuid7.h"
#include "models/Writer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace qf;

namespace {

QVariant scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("a new database is created in WAL mode with full sync and foreign keys", "[store]")
{
    test::Scratch dir;
    auto db = Database::open(dir.path(QStringLiteral("a.sqlite")));
    QF_REQUIRE_OK(db);
    Database& d = **db;
    CHECK(d.schemaVersion() == latestSchemaVersion());
    CHECK(scalar(d, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(d, QStringLiteral("PRAGMA synchronous")).toInt() == 2);
    CHECK(scalar(d, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(d, QStringLiteral("PRAGMA user_version")).toInt() == latestSchemaVersion());
    CHECK(Uuid7::isValid(d.databaseId()));
    CHECK(Uuid7::isValid(d.deviceId()));
    CHECK(d.databaseId() != d.deviceId());
}

TEST_CASE("a database written by a newer version is refused and left untouched", "[store]")
{
    test::Scratch dir;
    const QString path = dir.path(QStringLiteral("newer.sqlite"));
    {
        auto db = Database::open(path);
        QF_REQUIRE_OK(db);
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 5)));
        REQUIRE(q.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'compatible_from'")
                           .arg(latestSchemaVersion() + 3)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().contains(QStringLiteral("newer version")));
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("a newer database that declares itself compatible opens without migrating", "[store]")
{
    test::Scratch dir;
    const QString path = dir.path(QStringLiteral("compatible.sqlite"));
    {
        auto db = Database::open(path);
        QF_REQUIRE_OK(db);
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1)));
    }
    auto db = Database::open(path);
    QF_REQUIRE_OK(db);
    CHECK((*db)->schemaVersion() == latestSchemaVersion() + 1);
}

TEST_CASE("an upgrade runs each revision in order - keeps a backup - and undoes a failed revision", "[store]")
{
    test::Scratch dir;
    const QString path = dir.path(QStringLiteral("upgrade.sqlite"));
    std::vector<Migration> revisions = migrations();
    {
        auto db = Database::open(path, Database::Upgrade::Automatic, revisions);
        QF_REQUIRE_OK(db);
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO settings (id, value) VALUES ('office.name', '城关镇纪委')")));
    }
    const int base = latestSchemaVersion();

    SECTION("a good revision")
    {
        revisions.push_back({ base + 1, "test column", { QStringLiteral("ALTER TABLE settings ADD COLUMN note TEXT") },
                              base });
        auto db = Database::open(path, Database::Upgrade::Automatic, revisions);
        QF_REQUIRE_OK(db);
        CHECK((*db)->schemaVersion() == base + 1);
        const auto& report = (*db)->upgradeReport();
        CHECK(report.fromVersion == base);
        REQUIRE_FALSE(report.backupPath.isEmpty());
        REQUIRE(QFile::exists(report.backupPath));
        // The backup is the database as it was before the upgrade.
        auto backup = Database::open(report.backupPath, Database::Upgrade::Refuse);
        QF_REQUIRE_OK(backup);
        CHECK((*backup)->schemaVersion() == base);
        CHECK(scalar(**backup, QStringLiteral("SELECT value FROM settings WHERE id = 'office.name'")).toString()
              == QStringLiteral("城关镇纪委"));
    }
    SECTION("a failing revision leaves the previous schema")
    {
        revisions.push_back({ base + 1, "good part", { QStringLiteral("CREATE TABLE t1 (x)") }, base + 1 });
        revisions.push_back({ base + 2, "bad part",
                              { QStringLiteral("CREATE TABLE t2 (x)"), QStringLiteral("THIS IS NOT SQL") }, base });
        auto db = Database::open(path, Database::Upgrade::Automatic, revisions);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().contains(QString::number(base + 2)));
        auto again = Database::open(path, Database::Upgrade::Refuse);
        REQUIRE_FALSE(again.ok()); // at base + 1, which declares itself incompatible with base
        auto reopened = Database::open(path, Database::Upgrade::Refuse, std::span(revisions).first(revisions.size() - 1));
        QF_REQUIRE_OK(reopened);
        CHECK((*reopened)->schemaVersion() == base + 1);
        CHECK(scalar(**reopened, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 't2'")).toInt() == 0);
    }
}

TEST_CASE("every change goes through the write path with a clock and an outbox entry", "[store][sync]")
{
    test::Scratch dir;
    auto session = test::openBareSession(dir.path(QStringLiteral("w.sqlite")));
    Database& db = session->database();
    Writer& w = session->writer();
    w.setAuthor(QStringLiteral("user-1"));
    const QString id = Uuid7::generate();

    QF_REQUIRE_OK(w.apply(Change::insert(QStringLiteral("categories"), id,
                                         { { QStringLiteral("code"), QStringLiteral("ZF") },
                                           { QStringLiteral("name"), QStringLiteral("违反中央八项规定精神") } })));
    const qint64 insertClock = scalar(db, QStringLiteral("SELECT hlc FROM categories")).toLongLong();
    CHECK(insertClock > 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM outbox")).toInt() == 1);
    CHECK(scalar(db, QStringLiteral("SELECT op || ':' || author_id FROM outbox")).toString()
          == QStringLiteral("insert:user-1"));

    QF_REQUIRE_OK(w.apply(Change::update(QStringLiteral("categories"), id,
                                         { { QStringLiteral("name"), QStringLiteral("违规吃喝") } })));
    CHECK(scalar(db, QStringLiteral("SELECT name FROM categories")).toString() == QStringLiteral("违规吃喝"));
    const qint64 fieldClock
        = scalar(db, QStringLiteral("SELECT hlc FROM field_clocks WHERE field = 'name'")).toLongLong();
    CHECK(fieldClock > insertClock);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM field_clocks WHERE field = 'code'")).toInt() == 0);
    CHECK(scalar(db, QStringLiteral("SELECT payload FROM outbox ORDER BY seq DESC LIMIT 1")).toString()
          == QStringLiteral("{\"name\":\"违规吃喝\"}"));

    SECTION("a delete is a tombstone that travels")
    {
        QF_REQUIRE_OK(w.apply(Change::remove(QStringLiteral("categories"), id)));
        CHECK(scalar(db, QStringLiteral("SELECT deleted FROM categories")).toInt() == 1);
        CHECK(scalar(db, QStringLiteral("SELECT op FROM outbox ORDER BY seq DESC LIMIT 1")).toString()
              == QStringLiteral("delete"));
    }
    SECTION("a batch is all or nothing")
    {
        const Status s = w.apply({ Change::update(QStringLiteral("categories"), id,
                                                  { { QStringLiteral("name"), QStringLiteral("改了") } }),
                                   Change::update(QStringLiteral("categories"), id,
                                                  { { QStringLiteral("no_such_field"), 1 } }) });
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().contains(QStringLiteral("no_such_field")));
        CHECK(scalar(db, QStringLiteral("SELECT name FROM categories")).toString() == QStringLiteral("违规吃喝"));
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM outbox")).toInt() == 2);
    }
    SECTION("tables outside the synced set and unknown rows are refused")
    {
        CHECK_FALSE(w.apply(Change::insert(QStringLiteral("outbox"), Uuid7::generate(), {})).ok());
        CHECK_FALSE(
            w.apply(Change::update(QStringLiteral("categories"), Uuid7::generate(), { { QStringLiteral("name"), 1 } }))
                .ok());
    }
    SECTION("the clock survives a restart")
    {
        const qint64 last = w.clock().last();
        session.reset();
        auto again = test::openBareSession(dir.path(QStringLiteral("w.sqlite")));
        CHECK(again->writer().clock().now() > last);
    }
}

TEST_CASE("events are append-only", "[store]")
{
    test::Scratch dir;
    auto session = test::openSession(dir.path(QStringLiteral("e.sqlite")));
    QSqlQuery q(session->database().connection());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO reports (id, reg_no, channel, received_at, created_at) "
                                  "VALUES ('r1', 'X-1', 'letter', '2026-11-20', '2026-11-20')")));
    QF_REQUIRE_OK(session->writer().apply(
        Change::insert(QStringLiteral("events"), Uuid7::generate(),
                       { { QStringLiteral("report_id"), QStringLiteral("r1") },
                         { QStringLiteral("at"), QStringLiteral("2026-11-20T08:00:00Z") },
                         { QStringLiteral("kind"), QStringLiteral("registered") } })));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE events SET kind = 'x'")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM events")));
    CHECK_FALSE(session->writer().apply(Change::remove(QStringLiteral("events"), QStringLiteral("any"))).ok());
}

TEST_CASE("UUIDv7 ids are valid and sort in creation order", "[store]")
{
    QStringList ids;
    for (int i = 0; i < 2000; ++i)
        ids << Uuid7::generate();
    QStringList sorted = ids;
    sorted.sort();
    CHECK(sorted == ids);
    CHECK(QSet<QString>(ids.begin(), ids.end()).size() == ids.size());
    for (const QString& id : ids.mid(0, 20))
        CHECK(Uuid7::isValid(id));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    CHECK(std::abs(Uuid7::timestampOf(Uuid7::generate()) - now) < 2000);
}

TEST_CASE("a transaction opened inside another is a savepoint: all or nothing at both levels", "[store]")
{
    test::Scratch dir;
    auto session = test::openSession(dir.path(QStringLiteral("nested.sqlite")));
    Writer& w = session->writer();
    auto count = [&] {
        QSqlQuery q(session->database().connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM categories")));
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    auto category = [](const char* code) {
        return Change::insert(QStringLiteral("categories"), Uuid7::generate(),
                              { { QStringLiteral("code"), QString::fromLatin1(code) },
                                { QStringLiteral("name"), QStringLiteral("类别") } });
    };
    {
        SqlTransaction outer(session->database().connection());
        REQUIRE(outer.active());
        QF_REQUIRE_OK(w.apply(category("A1")));       // a savepoint, released
        CHECK_FALSE(w.apply({ category("A2"), category("A1") }).ok()); // duplicate code: this inner unit undone
        CHECK(count() == 1);
        // outer not committed: everything goes
    }
    CHECK(count() == 0);
    {
        SqlTransaction outer(session->database().connection());
        QF_REQUIRE_OK(w.apply(category("B1")));
        QF_REQUIRE_OK(w.apply(category("B2")));
        QF_REQUIRE_OK(outer.commit());
    }
    CHECK(count() == 2);
}

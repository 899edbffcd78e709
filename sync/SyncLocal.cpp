#include "sync/SyncLocal.h"
#include "models/SqlError.h"

#include "models/Database.h"
#include "models/ReportSearch.h"
#include "models/ReportTextIndexes.h"
#include "models/SqlTransaction.h"
#include "models/SqliteStatement.h"
#include "sync/SyncProtocol.h"
#include "models/Uuid7.h"
#include "models/Writer.h"
#include "sync/Log.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>

namespace qf::sync {

namespace {

// The server's clock is trusted however far it is from ours (it is the reference every
// workstation orders by); the bound only keeps the arithmetic in range.
constexpr qint64 kTrustServerClockMs = qint64(100) * 365 * 24 * 3600 * 1000;

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QJsonObject parseObject(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

// Whether a failed statement's code says the store itself failed (full, damaged, busy,
// read-only) rather than the row being one it cannot take: then nothing of the page is kept
// and the pull stops, to resume later; the row is not to blame.
bool storeFailure(int code)
{
    switch (code & 0xFF) {
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_NOMEM:
    case SQLITE_READONLY:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_CANTOPEN:
    case SQLITE_INTERRUPT:
    case SQLITE_PROTOCOL:
        return true;
    default:
        return false;
    }
}

} // namespace

Mutation OutboxEntry::toMutation() const
{
    Mutation m;
    m.id = mutationId;
    m.seq = seq;
    m.table = table;
    m.row = rowId;
    m.op = op;
    m.hlc = hlc;
    m.fields = parseObject(payload);
    m.base = parseObject(base);
    m.author = author;
    return m;
}

SyncLocal::SyncLocal(Database& db, Writer& writer)
    : m_db(db)
    , m_writer(writer)
    , m_textIndexes(std::make_unique<ReportTextIndexes>(db))
{
}

SyncLocal::~SyncLocal()
{
    qDeleteAll(m_statements);
}

void SyncLocal::stallPoint(const char* point)
{
    static const QByteArray wanted = qgetenv("QF_SYNC_TEST_STALL");
    static int skip = qEnvironmentVariableIntValue("QF_SYNC_TEST_STALL_SKIP");
    if (wanted.isEmpty() || wanted != point)
        return;
    if (skip-- > 0)
        return;
    std::fprintf(stderr, "stalled at %s\n", point);
    std::fflush(stderr);
    // With QF_SYNC_TEST_RESUME=<file> the process waits there instead, until the file exists,
    // and says it has arrived with <file>.waiting: for tests that interleave two programs.
    const QString resume = qEnvironmentVariable("QF_SYNC_TEST_RESUME");
    if (!resume.isEmpty()) {
        QFile arrived(resume + QStringLiteral(".waiting"));
        if (arrived.open(QIODevice::WriteOnly))
            arrived.close();
        for (int waited = 0; waited < 120000; waited += 20) {
            if (QFileInfo::exists(resume))
                return;
            QThread::msleep(20);
        }
    } else {
        QThread::sleep(600);
    }
    std::_Exit(3);
}

SqliteStatement* SyncLocal::statement(const QString& key, const std::function<QString()>& sql)
{
    auto it = m_statements.find(key);
    if (it != m_statements.end())
        return *it;
    auto* st = new SqliteStatement;
    if (!st->prepare(SqliteStatement::handleOf(m_db.connection()), sql())) {
        delete st;
        return nullptr;
    }
    m_statements.insert(key, st);
    return st;
}

Result<QList<OutboxEntry>> SyncLocal::pending(int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, mutation_id, table_name, row_id, op, payload, base, hlc, author_id "
                             "FROM outbox ORDER BY seq LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return Error { tr("Cannot read the changes waiting to be sent: %1").arg(SqlError::text(q.lastError())) };
    QList<OutboxEntry> list;
    while (q.next()) {
        OutboxEntry e;
        e.seq = q.value(0).toLongLong();
        e.mutationId = q.value(1).toString();
        e.table = q.value(2).toString();
        e.rowId = q.value(3).toString();
        e.op = q.value(4).toString();
        e.payload = q.value(5).toString().toUtf8();
        e.base = q.value(6).toString().toUtf8();
        e.hlc = q.value(7).toLongLong();
        e.author = q.value(8).toString();
        list << e;
    }
    return list;
}

Result<qint64> SyncLocal::count(const QString& sql, const QString& failure) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(sql) || !q.next())
        return Error { failure.arg(SqlError::text(q.lastError())) };
    return q.value(0).toLongLong();
}

Result<qint64> SyncLocal::pendingCount() const
{
    return count(QStringLiteral("SELECT count(*) FROM outbox"), tr("Cannot count the changes waiting to be sent: %1"));
}

Status SyncLocal::acknowledge(const QList<MutationResult>& results, qint64 serverHlc)
{
    SqlTransaction tx(m_db.connection());
    if (!tx.active())
        return Error { tr("The database is busy: %1").arg(tx.beginError()) };
    QSqlQuery refuse(m_db.connection());
    refuse.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO sync_failures (mutation_id, seq, table_name, row_id, op, payload, reason, refused_at) "
        "SELECT mutation_id, seq, table_name, row_id, op, payload, ?, ? FROM outbox WHERE mutation_id = ?"));
    SqliteStatement* del = statement(QStringLiteral("ack"), [] { return QStringLiteral("DELETE FROM outbox WHERE mutation_id = ?"); });
    if (!del)
        return Error { tr("Cannot prepare the acknowledgement.") };
    const QString now = nowText();
    for (const MutationResult& r : results) {
        if (r.status == QLatin1String(kRefused)) {
            refuse.addBindValue(r.reason);
            refuse.addBindValue(now);
            refuse.addBindValue(r.mutationId);
            if (!refuse.exec())
                return Error { tr("Cannot record a refused change: %1").arg(SqlError::text(refuse.lastError())) };
        } else if (r.status != QLatin1String(kApplied)) {
            continue; // not decided yet: stays in the outbox
        }
        del->bindText(1, r.mutationId);
        if (!del->exec())
            return Error { tr("Cannot clear a sent change: %1").arg(del->lastError()) };
    }
    m_writer.clock().receive(serverHlc, kTrustServerClockMs);
    if (Status s = m_db.setMeta(QStringLiteral("hlc_last"), QString::number(m_writer.clock().last())); !s)
        return s;
    return tx.commit();
}

qint64 SyncLocal::cursor() const
{
    return m_db.meta(QStringLiteral("sync_cursor")).toLongLong();
}

QString SyncLocal::versionStamp() const
{
    return QCoreApplication::applicationVersion() + QLatin1Char('/') + QString::number(m_db.schemaVersion());
}

Status SyncLocal::savepoint(const char* verb)
{
    const QString sql = QString::fromLatin1(verb) + QStringLiteral(" qf_pulled_row");
    SqliteStatement* st = statement(sql, [&] { return sql; });
    if (!st)
        return Error { tr("Cannot prepare the update of a row from the server.") };
    if (!st->exec())
        return Error { tr("Cannot apply a change from the server: %1").arg(st->lastError()) };
    return {};
}

Status SyncLocal::applyOrHold(const PulledRow& row, bool checkPending)
{
    if (Status s = savepoint("SAVEPOINT"); !s)
        return s;
    const Status applied = applyRow(row, checkPending);
    // The code of the statement that failed, read before anything else runs.
    const int code = applied ? SQLITE_OK : sqlite3_extended_errcode(SqliteStatement::handleOf(m_db.connection()));
    if (applied) {
        if (Status s = savepoint("RELEASE"); !s)
            return s;
        return m_anyHeld ? clearHeld(row) : Status {};
    }
    if (Status s = savepoint("ROLLBACK TO"); !s)
        return s;
    if (Status s = savepoint("RELEASE"); !s)
        return s;
    if (storeFailure(code))
        return applied;
    return hold(row, applied.error());
}

Status SyncLocal::hold(const PulledRow& row, const QString& reason)
{
    SqliteStatement* st = statement(QStringLiteral("hold"), [] {
        return QStringLiteral("INSERT INTO sync_held (table_name, row_id, row_json, reason, held_at, tried_with, attempts) "
                              "VALUES (?, ?, ?, ?, ?, ?, 1) ON CONFLICT (table_name, row_id) DO UPDATE SET "
                              "row_json = excluded.row_json, reason = excluded.reason, held_at = excluded.held_at, "
                              "tried_with = excluded.tried_with, attempts = attempts + 1");
    });
    if (!st)
        return Error { tr("Cannot prepare the list of rows kept aside.") };
    st->bindText(1, row.table);
    st->bindText(2, row.id);
    st->bindText(3, QJsonDocument(row.toJson()).toJson(QJsonDocument::Compact));
    st->bindText(4, reason);
    st->bindText(5, nowText());
    st->bindText(6, versionStamp());
    if (!st->exec())
        return Error { tr("Cannot keep aside a row from the server: %1").arg(st->lastError()) };
    m_anyHeld = true;
    qCWarning(lcSync) << "a row from the server could not be applied and is kept aside:" << row.table << row.id << reason;
    return {};
}

Status SyncLocal::clearHeld(const PulledRow& row)
{
    SqliteStatement* st = statement(QStringLiteral("unhold"), [] {
        return QStringLiteral("DELETE FROM sync_held WHERE table_name = ? AND row_id = ?");
    });
    if (!st)
        return Error { tr("Cannot prepare the list of rows kept aside.") };
    st->bindText(1, row.table);
    st->bindText(2, row.id);
    if (!st->exec())
        return Error { tr("Cannot update the list of rows kept aside: %1").arg(st->lastError()) };
    return {};
}

Status SyncLocal::applyRow(const PulledRow& row, bool checkPending)
{
    const QSet<QString> known = m_writer.columnsOf(row.table);
    if (known.isEmpty())
        return {}; // a table this version does not know (a newer client's): ignored
    auto pending = checkPending ? pendingChanges(row) : Result<PendingChanges>(PendingChanges {});
    if (!pending)
        return pending.failure();
    const RowValues v = valuesToWrite(row, known, pending->fields);
    SqliteStatement* st = upsertStatement(row, v.columns, pending->deleted);
    if (!st)
        return Error { tr("Cannot prepare the update of %1.").arg(row.table) };
    if (Status s = writeAndIndex(row, v.columns, v.values, [&] { return writeRow(st, row, v.values); }); !s)
        return s;
    if (Status s = recordClocks(row, pending->fields); !s)
        return s;
    return queueBlob(row);
}

Result<SyncLocal::PendingChanges> SyncLocal::pendingChanges(const PulledRow& row)
{
    SqliteStatement* p = statement(QStringLiteral("pending"), [] {
        return QStringLiteral("SELECT payload, op FROM outbox WHERE table_name = ? AND row_id = ?");
    });
    if (!p)
        return Error { tr("Cannot prepare the pending-change lookup.") };
    PendingChanges pending;
    p->bindText(1, row.table);
    p->bindText(2, row.id);
    while (p->step()) {
        const QString op = p->columnText(1);
        if (op == QLatin1String("delete"))
            pending.deleted = true;
        const QJsonObject fields = parseObject(p->columnText(0).toUtf8());
        for (auto it = fields.begin(); it != fields.end(); ++it)
            pending.fields.insert(it.key());
    }
    p->reset();
    return pending;
}

SyncLocal::RowValues SyncLocal::valuesToWrite(const PulledRow& row, const QSet<QString>& known,
                                              const QSet<QString>& pendingFields)
{
    RowValues v;
    for (auto it = row.data.begin(); it != row.data.end(); ++it) {
        if (!known.contains(it.key()) || pendingFields.contains(it.key()))
            continue;
        v.columns << it.key();
        v.values << fromJson(it.value());
    }
    return v;
}

SqliteStatement* SyncLocal::upsertStatement(const PulledRow& row, const QStringList& columns, bool pendingDelete)
{
    const bool events = row.table == QLatin1String("events");
    const QString key = QStringLiteral("row:") + row.table + QLatin1Char(pendingDelete ? '!' : '|')
        + columns.join(QLatin1Char(','));
    return statement(key, [&] {
        QString cols = QStringLiteral("id, hlc") + (events ? QString() : QStringLiteral(", deleted"));
        QString marks = events ? QStringLiteral("?, ?") : QStringLiteral("?, ?, ?");
        QStringList sets;
        for (const QString& c : columns) {
            cols += QStringLiteral(", ") + c;
            marks += QStringLiteral(", ?");
            sets << c + QStringLiteral(" = excluded.") + c;
        }
        if (events)
            return QStringLiteral("INSERT INTO events (%1) VALUES (%2) ON CONFLICT(id) DO NOTHING").arg(cols, marks);
        sets << QStringLiteral("hlc = excluded.hlc");
        if (!pendingDelete)
            sets << QStringLiteral("deleted = excluded.deleted");
        return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(id) DO UPDATE SET %4")
            .arg(row.table, cols, marks, sets.join(QStringLiteral(", ")));
    });
}

Status SyncLocal::writeRow(SqliteStatement* st, const PulledRow& row, const QList<QVariant>& values)
{
    int i = 1;
    st->bindText(i++, row.id);
    st->bindInt(i++, row.hlc);
    if (row.table != QLatin1String("events"))
        st->bindInt(i++, row.deleted ? 1 : 0);
    for (const QVariant& v : values)
        st->bind(i++, v);
    if (!st->exec())
        return Error { tr("Cannot apply a change from the server to %1: %2").arg(row.table, st->lastError()) };
    return {};
}

Status SyncLocal::writeAndIndex(const PulledRow& row, const QStringList& columns, const QList<QVariant>& values,
                                const std::function<Status()>& write)
{
    // Reports and their reported persons feed indexes that triggers cannot keep: tell them
    // what changed, as the write path does for local changes.
    const bool indexed
        = !m_deferIndexes && (row.table == QLatin1String("reports") || row.table == QLatin1String("subjects"));
    bool existed = false;
    QVariantMap fieldMap;
    if (indexed) {
        SqliteStatement* ex = statement(QStringLiteral("exists:") + row.table, [&] {
            return QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(row.table);
        });
        if (!ex)
            return Error { tr("Cannot prepare the update of %1.").arg(row.table) };
        ex->bindText(1, row.id);
        existed = ex->step();
        ex->reset();
        for (int c = 0; c < columns.size(); ++c)
            fieldMap.insert(columns[c], values[c]);
        if (existed)
            if (Status s = m_textIndexes->before(Change::update(row.table, row.id, fieldMap)); !s)
                return s;
    }

    if (Status s = write(); !s)
        return s;

    if (indexed) {
        if (existed) {
            if (Status s = m_textIndexes->after(Change::update(row.table, row.id, fieldMap), 0); !s)
                return s;
        } else {
            const Change insert = Change::insert(row.table, row.id, fieldMap);
            if (Status s = m_textIndexes->before(insert); !s)
                return s;
            if (Status s = m_textIndexes->after(insert, sqlite3_last_insert_rowid(SqliteStatement::handleOf(m_db.connection())));
                !s)
                return s;
        }
    }
    return {};
}

Status SyncLocal::recordClocks(const PulledRow& row, const QSet<QString>& pendingFields)
{
    if (row.clocks.isEmpty())
        return {};
    SqliteStatement* fc = statement(QStringLiteral("clock"), [] {
        return QStringLiteral("INSERT INTO field_clocks (table_name, row_id, field, hlc) "
                              "VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET hlc = excluded.hlc");
    });
    if (!fc)
        return Error { tr("Cannot prepare the field clocks.") };
    for (auto it = row.clocks.begin(); it != row.clocks.end(); ++it) {
        if (pendingFields.contains(it.key()))
            continue;
        fc->bindText(1, row.table);
        fc->bindText(2, row.id);
        fc->bindText(3, it.key());
        fc->bindInt(4, it.value().toInteger());
        if (!fc->exec())
            return Error { tr("Cannot record a field clock: %1").arg(fc->lastError()) };
    }
    return {};
}

Status SyncLocal::queueBlob(const PulledRow& row)
{
    const QLatin1String field = blobField(row.table);
    if (field.isEmpty() || row.blobSize < 0)
        return {};
    const QString sha = row.data.value(field).toString();
    if (sha.isEmpty())
        return {};
    SqliteStatement* bf = statement(QStringLiteral("fetch"), [] {
        return QStringLiteral("INSERT OR IGNORE INTO blob_fetch (sha256, size, mime) SELECT ?, ?, ? "
                              "WHERE NOT EXISTS (SELECT 1 FROM attachments WHERE sha256 = ?)");
    });
    if (!bf)
        return Error { tr("Cannot prepare the attachment queue.") };
    bf->bindText(1, sha);
    bf->bindInt(2, row.blobSize);
    bf->bindText(3, row.blobMime);
    bf->bindText(4, sha);
    if (!bf->exec())
        return Error { tr("Cannot queue an attachment to fetch: %1").arg(bf->lastError()) };
    return {};
}

Status SyncLocal::applyPage(const QList<PulledRow>& rows, qint64 cursor, qint64 serverHlc)
{
    // Rows arrive in the server's change order, which is not always parent before child
    // (a report changed later than its subjects comes later): references are complete once
    // the whole log is applied, so they are not checked row by row here.
    QSqlQuery fk(m_db.connection());
    fk.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    // The rows are applied straight; only when one of them is refused is the page done
    // again with each row in its own savepoint, to keep that one aside (the common page
    // pays nothing for it).
    bool guarded = false;
    bool rowRefused = false;
    auto attempt = [&]() -> Status {
        SqlTransaction tx(m_db.connection());
        if (!tx.active())
            return Error { tr("The database is busy: %1").arg(tx.beginError()) };
        QSqlQuery any(m_db.connection());
        const bool checkPending = !any.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM outbox)")) || !any.next()
            || any.value(0).toInt() != 0;
        any.finish();
        QSqlQuery held(m_db.connection());
        m_anyHeld = !held.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_held)")) || !held.next()
            || held.value(0).toInt() != 0;
        held.finish();
        m_deferIndexes = ReportSearch::indexBeingBuilt(m_db.connection());
        for (int i = 0; i < rows.size(); ++i) {
            if (i == rows.size() / 2 && !guarded)
                stallPoint("pull-apply");
            if (guarded) {
                if (Status s = applyOrHold(rows[i], checkPending); !s)
                    return s;
                continue;
            }
            if (Status s = applyRow(rows[i], checkPending); !s) {
                rowRefused = !storeFailure(sqlite3_extended_errcode(SqliteStatement::handleOf(m_db.connection())));
                return s;
            }
            if (m_anyHeld)
                if (Status s = clearHeld(rows[i]); !s)
                    return s;
        }
        if (Status s = m_db.setMeta(QStringLiteral("sync_cursor"), QString::number(cursor)); !s)
            return s;
        m_writer.clock().receive(serverHlc, kTrustServerClockMs);
        if (Status s = m_db.setMeta(QStringLiteral("hlc_last"), QString::number(m_writer.clock().last())); !s)
            return s;
        return tx.commit();
    };
    Status result = attempt();
    if (!result && rowRefused) {
        guarded = true;
        result = attempt();
    }
    fk.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    return result;
}

Result<QList<BlobRef>> SyncLocal::blobsToUpload(const QList<OutboxEntry>& entries) const
{
    QList<BlobRef> list;
    QSet<QString> seen;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT size, mime FROM attachments WHERE sha256 = ?"));
    for (const OutboxEntry& e : entries) {
        const QLatin1String field = blobField(e.table);
        if (field.isEmpty() || e.op == QLatin1String("delete"))
            continue;
        const QString sha = parseObject(e.payload).value(field).toString();
        if (sha.isEmpty() || seen.contains(sha))
            continue;
        seen.insert(sha);
        q.addBindValue(sha);
        if (!q.exec())
            return Error { tr("Cannot read the attachments: %1").arg(SqlError::text(q.lastError())) };
        if (q.next())
            list << BlobRef { sha, q.value(0).toLongLong(), q.value(1).toString() };
    }
    return list;
}

Result<QList<BlobRef>> SyncLocal::blobsToFetch() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT sha256, size, mime FROM blob_fetch ORDER BY sha256")))
        return Error { tr("Cannot read the attachments to fetch: %1").arg(SqlError::text(q.lastError())) };
    QList<BlobRef> list;
    while (q.next())
        list << BlobRef { q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString() };
    return list;
}

Status SyncLocal::blobFetched(const BlobRef& blob)
{
    SqlTransaction tx(m_db.connection());
    if (!tx.active())
        return Error { tr("The database is busy: %1").arg(tx.beginError()) };
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO attachments (sha256, size, mime, created_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(blob.sha256);
    q.addBindValue(blob.size);
    q.addBindValue(blob.mime.isEmpty() ? QVariant() : QVariant(blob.mime));
    q.addBindValue(nowText());
    if (!q.exec())
        return Error { tr("Cannot record a fetched attachment: %1").arg(SqlError::text(q.lastError())) };
    q.prepare(QStringLiteral("DELETE FROM blob_fetch WHERE sha256 = ?"));
    q.addBindValue(blob.sha256);
    if (!q.exec())
        return Error { tr("Cannot record a fetched attachment: %1").arg(SqlError::text(q.lastError())) };
    return tx.commit();
}

} // namespace qf::sync

#pragma once

#include "models/Result.h"
#include "sync/SyncMessages.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>

class QSqlQuery;

namespace qf {
class Database;
class ReportTextIndexes;
class Writer;
class SqliteStatement;
} // namespace qf

namespace qf::sync {

// A change waiting in the outbox, in device order.
struct OutboxEntry
{
    qint64 seq = 0;
    QString mutationId;
    QString table;
    QString rowId;
    QString op;
    QByteArray payload; // JSON object of the new values
    QByteArray base;    // JSON object: field -> the clock the change was made on
    qint64 hlc = 0;
    QString author;

    // The change as it is pushed.
    Mutation toMutation() const;
};

struct BlobRef
{
    QString sha256;
    qint64 size = 0;
    QString mime;
};

struct OpenConflict
{
    QString id;
    QString table;
    QString rowId;
    QString field;
    QString keptValue;  // JSON text of the value that won (the current one)
    QString otherValue; // JSON text of the value that lost
    qint64 keptHlc = 0;
    qint64 otherHlc = 0;
    QString kind;
    QString createdAt;
    QString label; // the report's registration number, when the row is a report's
};

// A row from the server this workstation could not apply, kept aside with the reason.
struct HeldRow
{
    QString table;
    QString rowId;
    QString reason;
    QString heldAt;
    QString label; // the registration number, when the row is a report's and carries one
    int attempts = 0;
};

struct RefusedChange
{
    QString mutationId;
    QString table;
    QString rowId;
    QString op;
    QString reason;
    QString refusedAt;
};

// The workstation's side of sync on its local store: what to push, what the service
// answered, and applying pulled pages. Every step is one SQLite transaction, so a crash
// at any point leaves the store as it was before or after that step, never in between.
class SyncLocal
{
    Q_DECLARE_TR_FUNCTIONS(qf::sync::SyncLocal)

public:
    SyncLocal(Database& db, Writer& writer);
    ~SyncLocal();

    Result<QList<OutboxEntry>> pending(int limit) const;
    Result<qint64> pendingCount() const;

    // Removes acknowledged entries from the outbox; refused ones move to the failures list.
    Status acknowledge(const QList<MutationResult>& results, qint64 serverHlc);

    // Applies a page of rows and advances the cursor, in one transaction. Fields with a local
    // change not yet acknowledged keep their local value (it is re-applied on top). A row the
    // store cannot take (a constraint it breaks, a value it cannot hold) is kept aside with
    // the reason (heldRows()) and the page goes on without it; only a failure of the store
    // itself (disk full, I/O) fails the page, which then leaves nothing behind.
    Status applyPage(const QList<PulledRow>& rows, qint64 cursor, qint64 serverHlc);
    qint64 cursor() const;

    // A first sync into an empty store (no reports, nothing pulled yet) takes the office's
    // history without keeping the derived text indexes row by row: beginFirstSync() marks
    // the store (meta 'text_index_pending', which also stills the full-text triggers, schema
    // revision 16), the pages go in bare, and finishFirstSync() builds the full-text, short-
    // term and near-duplicate indexes once and removes the mark in its last transaction. An
    // interrupted first sync keeps the mark and resumes the same way. Returns whether the
    // store is (now) in that state.
    // The analysis' indexes are put off likewise and made at the end.
    Result<bool> beginFirstSync();
    Status finishFirstSync(const std::function<void(qint64 done, qint64 total)>& progress = {});

    // Files the outbox refers to (attachments added here) and files announced by the server.
    Result<QList<BlobRef>> blobsToUpload(const QList<OutboxEntry>& entries) const;
    Result<QList<BlobRef>> blobsToFetch() const;
    Status blobFetched(const BlobRef& blob);

    Result<QList<OpenConflict>> openConflicts() const;
    Result<qint64> openConflictCount() const;
    // Keeps the value that won, or writes the other one as a new change; either way the
    // conflict is marked decided (and that decision syncs).
    Status resolveConflict(const QString& conflictId, bool useOther, const QString& userId);

    Result<QList<RefusedChange>> refusedChanges() const;

    // Rows from the server kept aside, oldest first.
    Result<QList<HeldRow>> heldRows() const;
    Result<qint64> heldCount() const;
    // What a pull tells the service so that it leaves out this device's own writes: the
    // highest change number the device ever gave; -1 (everything sent) while rows are kept aside.
    Result<qint64> ownChangesThrough() const;
    // Tries the rows kept aside again: every one (when asked), or only those last tried by
    // another version of the program or schema (after an upgrade). Those that apply now
    // leave the list; the others keep it with their new reason. Returns how many applied.
    Result<int> retryHeld(bool all);
    // The program and schema version a row is tried with ("1.2.0/11").
    QString versionStamp() const;

    // Test hook: QF_SYNC_TEST_STALL=<point> makes the process stop there (for kill -9 tests),
    // after passing it QF_SYNC_TEST_STALL_SKIP times (or wait there: QF_SYNC_TEST_RESUME).
    static void stallPoint(const char* point);

private:
    // The indexes a first sync puts off (their statements kept in meta, the indexes dropped),
    // and made again at its end in the caller's transaction.
    Status deferIndexes();
    Status restoreIndexes(QSqlQuery& q);
    // The one number a query gives; `failure` names what could not be counted (with %1 for
    // the database's reason).
    Result<qint64> count(const QString& sql, const QString& failure) const;
    // Local changes to a row not yet acknowledged: their fields keep the local value.
    struct PendingChanges
    {
        QSet<QString> fields;
        bool deleted = false;
    };
    struct RowValues
    {
        QStringList columns;
        QList<QVariant> values;
    };
    // One row in its own savepoint: applied, or kept aside when the row is what fails.
    Status applyOrHold(const PulledRow& row, bool checkPending);
    Status hold(const PulledRow& row, const QString& reason);
    Status clearHeld(const PulledRow& row);
    Status savepoint(const char* verb);
    // Applying one pulled row, step by step.
    Status applyRow(const PulledRow& row, bool checkPending);
    Result<PendingChanges> pendingChanges(const PulledRow& row);
    static RowValues valuesToWrite(const PulledRow& row, const QSet<QString>& known, const QSet<QString>& pendingFields);
    SqliteStatement* upsertStatement(const PulledRow& row, const QStringList& columns, bool pendingDelete);
    Status writeRow(SqliteStatement* st, const PulledRow& row, const QList<QVariant>& values);
    // The derived indexes of report text (full text, short terms, near-duplicate sketches),
    // kept around write(), which stores the row.
    Status writeAndIndex(const PulledRow& row, const QStringList& columns, const QList<QVariant>& values,
                         const std::function<Status()>& write);
    Status recordClocks(const PulledRow& row, const QSet<QString>& pendingFields);
    Status queueBlob(const PulledRow& row);
    SqliteStatement* statement(const QString& key, const std::function<QString()>& sql);

    Database& m_db;
    Writer& m_writer;
    QHash<QString, SqliteStatement*> m_statements;
    bool m_anyHeld = false; // whether sync_held has rows (a pulled row may replace one)
    bool m_deferIndexes = false; // a first sync: the text indexes are built at its end
    // The derived indexes of report text (fingerprint, short-term search) for pulled rows.
    std::unique_ptr<ReportTextIndexes> m_textIndexes;
};

} // namespace qf::sync

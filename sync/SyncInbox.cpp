// What the sync leaves for a person to look at: the conflicts of concurrent edits, the pulled
// rows this workstation could not apply (kept aside) and the changes the server refused. The
// rest of SyncLocal - the outbox, the pull's apply, the blobs - is in SyncLocal.cpp.
#include "models/Database.h"
#include "models/SqlError.h"
#include "models/SqlTransaction.h"
#include "models/Writer.h"
#include "sync/SyncLocal.h"
#include "sync/SyncProtocol.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace qf::sync {

Result<QList<OpenConflict>> SyncLocal::openConflicts() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT c.id, c.table_name, c.row_id, c.field, c.kept_value, c.other_value, c.kept_hlc, c.other_hlc, "
            "c.kind, c.created_at, r.reg_no FROM sync_conflicts c "
            "LEFT JOIN reports r ON r.id = c.row_id AND c.table_name = 'reports' "
            "WHERE c.resolved_at IS NULL AND c.deleted = 0 ORDER BY c.created_at, c.id")))
        return Error { tr("Cannot read the conflicts: %1").arg(SqlError::text(q.lastError())) };
    QList<OpenConflict> list;
    while (q.next()) {
        OpenConflict c;
        c.id = q.value(0).toString();
        c.table = q.value(1).toString();
        c.rowId = q.value(2).toString();
        c.field = q.value(3).toString();
        c.keptValue = q.value(4).toString();
        c.otherValue = q.value(5).toString();
        c.keptHlc = q.value(6).toLongLong();
        c.otherHlc = q.value(7).toLongLong();
        c.kind = q.value(8).toString();
        c.createdAt = q.value(9).toString();
        c.label = q.value(10).toString();
        list << c;
    }
    return list;
}

Result<qint64> SyncLocal::openConflictCount() const
{
    return count(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL AND deleted = 0"),
                 tr("Cannot count the conflicts: %1"));
}

Status SyncLocal::resolveConflict(const QString& conflictId, bool useOther, const QString& userId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT table_name, row_id, field, other_value, kind FROM sync_conflicts "
                             "WHERE id = ? AND resolved_at IS NULL"));
    q.addBindValue(conflictId);
    if (!q.exec())
        return Error { tr("Cannot read the conflict: %1").arg(SqlError::text(q.lastError())) };
    if (!q.next())
        return Error { tr("There is no open conflict %1.").arg(conflictId) };
    const QString table = q.value(0).toString();
    const QString rowId = q.value(1).toString();
    const QString field = q.value(2).toString();
    const QByteArray other = q.value(3).toString().toUtf8();
    const QString kind = q.value(4).toString();
    q.finish();

    QList<Change> changes;
    if (useOther) {
        if (kind == QLatin1String("delete_vs_edit")) {
            changes << Change::remove(table, rowId);
        } else {
            const QJsonDocument doc = QJsonDocument::fromJson("[" + other + "]");
            changes << Change::update(table, rowId, { { field, fromJson(doc.array().at(0)) } });
        }
    }
    changes << Change::update(QStringLiteral("sync_conflicts"), conflictId,
                              { { QStringLiteral("resolved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
                                { QStringLiteral("resolved_by"), userId },
                                { QStringLiteral("resolution"), useOther ? QStringLiteral("other") : QStringLiteral("kept") } });
    return m_writer.apply(changes);
}

Result<QList<HeldRow>> SyncLocal::heldRows() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT h.table_name, h.row_id, h.reason, h.held_at, h.attempts, "
                               "CASE WHEN h.table_name = 'reports' THEN json_extract(h.row_json, '$.data.reg_no') END "
                               "FROM sync_held h ORDER BY h.held_at, h.table_name, h.row_id")))
        return Error { tr("Cannot read the rows kept aside: %1").arg(SqlError::text(q.lastError())) };
    QList<HeldRow> list;
    while (q.next()) {
        HeldRow h;
        h.table = q.value(0).toString();
        h.rowId = q.value(1).toString();
        h.reason = q.value(2).toString();
        h.heldAt = q.value(3).toString();
        h.attempts = q.value(4).toInt();
        h.label = q.value(5).toString();
        list << h;
    }
    return list;
}

Result<qint64> SyncLocal::heldCount() const
{
    return count(QStringLiteral("SELECT count(*) FROM sync_held"), tr("Cannot count the rows kept aside: %1"));
}

Result<qint64> SyncLocal::ownChangesThrough() const
{
    // A row kept aside may be applied later over this device's own writes to it: the
    // service's copy must then come again.
    auto held = count(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_held)"), tr("Cannot count the rows kept aside: %1"));
    if (!held)
        return held;
    if (*held)
        return -1;
    return count(QStringLiteral("SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'outbox'), 0)"),
                 tr("Cannot read the changes sent: %1"));
}

Result<int> SyncLocal::retryHeld(bool all)
{
    const QString stamp = versionStamp();
    QList<PulledRow> rows;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT row_json FROM sync_held WHERE ? OR tried_with <> ? ORDER BY held_at, table_name, row_id"));
        q.addBindValue(all ? 1 : 0);
        q.addBindValue(stamp);
        if (!q.exec())
            return Error { tr("Cannot read the rows kept aside: %1").arg(SqlError::text(q.lastError())) };
        while (q.next()) {
            auto row = PulledRow::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
            if (row)
                rows << *row;
        }
    }
    if (rows.isEmpty())
        return 0;
    QSqlQuery fk(m_db.connection());
    fk.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    int applied = 0;
    Status result = [&]() -> Status {
        SqlTransaction tx(m_db.connection());
        if (!tx.active())
            return Error { tr("The database is busy: %1").arg(tx.beginError()) };
        QSqlQuery any(m_db.connection());
        const bool checkPending = !any.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM outbox)")) || !any.next()
            || any.value(0).toInt() != 0;
        any.finish();
        auto before = heldCount();
        if (!before)
            return before.failure();
        m_anyHeld = true;
        for (const PulledRow& row : std::as_const(rows)) {
            if (Status s = applyOrHold(row, checkPending); !s)
                return s;
        }
        auto after = heldCount();
        if (!after)
            return after.failure();
        applied = int(*before - *after);
        return tx.commit();
    }();
    fk.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!result)
        return result.failure();
    return applied;
}

Result<QList<RefusedChange>> SyncLocal::refusedChanges() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT mutation_id, table_name, row_id, op, reason, refused_at FROM sync_failures "
                               "ORDER BY seq")))
        return Error { tr("Cannot read the refused changes: %1").arg(SqlError::text(q.lastError())) };
    QList<RefusedChange> list;
    while (q.next())
        list << RefusedChange { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toString(), q.value(5).toString() };
    return list;
}

} // namespace qf::sync

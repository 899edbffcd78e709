// The push: a batch of mutations merged into the central rows in one transaction, in
// steps: (1) load what the batch touches, (2) authorise and place each change, (3) merge
// its clocks (both SyncMerge.cpp), (4) store the rows and the answers, (5) answer.
#include "server/SyncService.h"
#include "server/Log.h"

#include "server/PushBatch.h"
#include "server/ServiceJson.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace qf::server {

using namespace detail;

namespace {

QJsonObject parseObject(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

// A row as jsonb_to_recordset reads it into qf.rows.
QJsonObject storedRow(const PushRow& s)
{
    return QJsonObject { { QStringLiteral("tbl"), s.table },
                         { QStringLiteral("id"), s.id },
                         { QStringLiteral("office"), s.office.isEmpty() ? QJsonValue() : QJsonValue(s.office) },
                         { QStringLiteral("restricted"), s.restricted },
                         { QStringLiteral("needs_identity"), s.needsIdentity },
                         { QStringLiteral("data"), s.data },
                         { QStringLiteral("clocks"), s.clocks },
                         { QStringLiteral("created_hlc"), s.createdHlc },
                         { QStringLiteral("hlc"), s.hlc },
                         { QStringLiteral("deleted"), s.deleted },
                         { QStringLiteral("echo_device"), s.echoDevice ? QJsonValue(s.echoDevice) : QJsonValue() },
                         { QStringLiteral("echo_after"), s.echoDevice ? QJsonValue(s.echoAfter) : QJsonValue() } };
}

// The device whose own writes a row written by the batch holds, and from which state of it.
void markEcho(PushRow& s, qint64 device)
{
    if (!s.asSent) {
        s.echoDevice = s.echoAfter = 0;
        return;
    }
    // A row the device wrote last already holds its writes since echo_after.
    if (s.echoDevice != device)
        s.echoAfter = s.stored ? s.seq : 0;
    s.echoDevice = device;
}

} // namespace

Response SyncService::push(const Caller& caller, const Request& request)
{
    auto in = sync::decode<sync::PushRequest>(request.body);
    if (!in)
        return jsonError(400, in.error());
    // A change without a valid id cannot be answered by it; any other fault is its own refusal.
    for (const sync::Mutation& m : std::as_const(in->mutations))
        if (!isWord(m.id))
            return jsonError(400, tr("A change in the batch has no valid id."));
    PushBatch b { caller, request.protocol, std::move(in->mutations) };

    if (Status s = begin(caller); !s)
        return jsonError(503, s.error());
    if (Status s = loadBatch(b); !s)
        return jsonError(503, s.error());
    for (sync::Mutation& m : b.mutations)
        decide(b, m);
    QSqlQuery q(m_db);
    if (Status s = storeRows(b, q); !s)
        return jsonError(503, s.error());
    if (Status s = storeAnswers(b, q); !s)
        return jsonError(503, s.error());
    if (Status s = commit(); !s)
        return jsonError(503, s.error());
    stallPoint("after-commit");
    return { 200, sync::encode(sync::PushResult { b.results, serverHlc() }) };
}

Error SyncService::batchFailed(const QSqlQuery& q)
{
    static_cast<void>(databaseError(q.lastError(), QStringLiteral("push")));
    rollback();
    return Error { tr("The central database could not take the batch; it is kept on the workstation and sent again "
                      "later."),
                   ErrorCode::Unavailable };
}

// Step 1: everything the batch touches, read once.
Status SyncService::loadBatch(PushBatch& b)
{
    QSqlQuery q(m_db);
    // Batches are applied one at a time, so the change log's order is the commit order and a
    // reader's cursor never skips a change that commits later with a smaller number.
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7171)")))
        return batchFailed(q);
    if (Status s = loadAnswered(b, q); !s)
        return s;
    if (Status s = loadRows(b, q); !s)
        return s;
    if (Status s = loadIdentities(b, q); !s)
        return s;
    if (Status s = loadTakenNumbers(b, q); !s)
        return s;
    if (Status s = loadHidden(b, q); !s)
        return s;
    b.nowMs = QDateTime::currentMSecsSinceEpoch();
    b.nowText = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    return {};
}

// The answers to mutations of the batch sent before (a device that did not hear them).
Status SyncService::loadAnswered(PushBatch& b, QSqlQuery& q)
{
    // Every answer kept is of a change numbered at most the device's last one taken (both are
    // written by the same transaction): a change numbered after it is new, and not looked for.
    q.prepare(QStringLiteral("SELECT qf.device_last_seq(?, current_user)"));
    q.addBindValue(b.caller.deviceId);
    if (!q.exec() || !q.next())
        return batchFailed(q);
    const qint64 lastTaken = q.isNull(0) ? std::numeric_limits<qint64>::max() : q.value(0).toLongLong();
    q.finish();
    QStringList ids;
    for (const sync::Mutation& m : std::as_const(b.mutations))
        if (m.seq <= lastTaken)
            ids << m.id;
    if (ids.isEmpty())
        return {};
    q.prepare(QStringLiteral("SELECT mutation_id, result::text FROM qf.mutations WHERE mutation_id = ANY(?::text[])"));
    q.addBindValue(textArray(ids));
    if (!q.exec())
        return batchFailed(q);
    while (q.next()) {
        auto answer = sync::MutationResult::fromJson(parseObject(q.value(1)));
        if (!answer) {
            rollback();
            return Error { tr("An answer kept by the central database cannot be read: %1").arg(answer.error()) };
        }
        b.answered.insert(q.value(0).toString(), *answer);
    }
    return {};
}

// The rows changed and the reports they belong to.
Status SyncService::loadRows(PushBatch& b, QSqlQuery& q)
{
    QStringList tables, ids;
    for (const sync::Mutation& m : std::as_const(b.mutations)) {
        if (!isWord(m.table) || !isWord(m.row))
            continue; // refused by itself
        tables << m.table;
        ids << m.row;
        const QString parent = m.fields.value(QLatin1String("report_id")).toString();
        if (!parent.isEmpty() && isWord(parent)) {
            tables << QStringLiteral("reports");
            ids << parent;
        }
    }
    if (Status s = loadRowsOf(b, q, tables, ids); !s)
        return s;
    // Parents of rows that are only updated (their report id is in the stored row).
    QStringList moreTables, moreIds;
    for (const PushRow& s : std::as_const(b.rows)) {
        const QString parent = s.data.value(QLatin1String("report_id")).toString();
        if (!parent.isEmpty() && isWord(parent) && !b.rows.contains(rowKey(QStringLiteral("reports"), parent))) {
            moreTables << QStringLiteral("reports");
            moreIds << parent;
        }
    }
    if (moreIds.isEmpty())
        return {};
    return loadRowsOf(b, q, moreTables, moreIds);
}

Status SyncService::loadRowsOf(PushBatch& b, QSqlQuery& q, const QStringList& tables, const QStringList& ids)
{
    q.prepare(QStringLiteral(
        "SELECT r.tbl, r.id, r.office, r.restricted, r.needs_identity, r.data::text, r.clocks::text, r.created_hlc, "
        "r.hlc, r.deleted, r.seq, coalesce(r.echo_device, 0), coalesce(r.echo_after, 0) FROM (SELECT DISTINCT * "
        "FROM unnest(?::text[], ?::text[])) AS k(tbl, id) "
        "JOIN qf.rows r ON r.tbl = k.tbl AND r.id = k.id"));
    q.addBindValue(textArray(tables));
    q.addBindValue(textArray(ids));
    if (!q.exec())
        return batchFailed(q);
    while (q.next()) {
        PushRow s;
        s.exists = true;
        s.stored = true;
        s.table = q.value(0).toString();
        s.id = q.value(1).toString();
        s.office = q.value(2).toString();
        s.restricted = q.value(3).toBool();
        s.needsIdentity = q.value(4).toBool();
        s.data = parseObject(q.value(5));
        s.clocks = parseObject(q.value(6));
        s.createdHlc = q.value(7).toLongLong();
        s.hlc = q.value(8).toLongLong();
        s.deleted = q.value(9).toBool();
        s.seq = q.value(10).toLongLong();
        s.echoDevice = q.value(11).toLongLong();
        s.echoAfter = q.value(12).toLongLong();
        b.rows.insert(rowKey(s.table, s.id), s);
    }
    return {};
}

// The sealed identities of the persons changed (kept apart from their rows).
Status SyncService::loadIdentities(PushBatch& b, QSqlQuery& q)
{
    QStringList personIds;
    for (const sync::Mutation& m : std::as_const(b.mutations))
        if (m.table == QLatin1String("persons") && isWord(m.row))
            personIds << m.row;
    if (personIds.isEmpty())
        return {};
    q.prepare(QStringLiteral("SELECT id, data::text FROM qf.identities WHERE tbl = 'persons' AND id = ANY(?::text[])"));
    q.addBindValue(textArray(personIds));
    if (!q.exec())
        return batchFailed(q);
    while (q.next()) {
        auto it = b.rows.find(rowKey(QStringLiteral("persons"), q.value(0).toString()));
        if (it != b.rows.end())
            it->identity = parseObject(q.value(1));
    }
    return {};
}

// Registration numbers already given anywhere (the check sees every office's numbers, but
// returns nothing else).
Status SyncService::loadTakenNumbers(PushBatch& b, QSqlQuery& q)
{
    QStringList numbers;
    for (const sync::Mutation& m : std::as_const(b.mutations)) {
        if (m.table == QLatin1String("reports")) {
            const QString n = m.fields.value(QLatin1String("reg_no")).toString();
            if (!n.isEmpty() && isWord(n))
                numbers << n;
        }
    }
    if (numbers.isEmpty())
        return {};
    q.prepare(QStringLiteral("SELECT n, id FROM qf.reg_numbers_taken(?::text[])"));
    q.addBindValue(textArray(numbers));
    if (!q.exec())
        return batchFailed(q);
    while (q.next())
        b.takenNumbers.insert(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString());
    return {};
}

// Rows the batch changes that exist but are not the caller's to see (another office's, or
// restricted): known by their key only, so that a change to one is refused by name.
Status SyncService::loadHidden(PushBatch& b, QSqlQuery& q)
{
    QStringList tables, ids;
    for (const sync::Mutation& m : std::as_const(b.mutations)) {
        if (isWord(m.table) && isWord(m.row) && !b.rows.contains(rowKey(m.table, m.row))) {
            tables << m.table;
            ids << m.row;
        }
    }
    if (ids.isEmpty())
        return {};
    q.prepare(QStringLiteral("SELECT tbl, id FROM qf.rows_present(?::text[], ?::text[])"));
    q.addBindValue(textArray(tables));
    q.addBindValue(textArray(ids));
    if (!q.exec())
        return batchFailed(q);
    while (q.next())
        b.hidden.insert(rowKey(q.value(0).toString(), q.value(1).toString()));
    return {};
}

// Step 4: the rows changed (and the conflicts recorded), then their identities.
Status SyncService::storeRows(PushBatch& b, QSqlQuery& q)
{
    // New rows go in whole; a stored row takes only what the batch changed in it (the
    // merge above decided field by field), one array element per row.
    QJsonArray rowOut, identityOut;
    QStringList tables, ids, patches, clockPatches;
    QList<bool> restricted, deleted;
    QList<qint64> hlcs, echoDevices, echoAfters;
    for (PushRow& s : b.rows) {
        if (s.dirty)
            markEcho(s, b.caller.deviceId);
        if (s.dirty && s.exists && !s.stored)
            rowOut << storedRow(s);
        if (s.dirty && s.stored) {
            tables << s.table;
            ids << s.id;
            patches << QString::fromUtf8(compact(s.patch));
            clockPatches << QString::fromUtf8(compact(s.clockPatch));
            restricted << s.restricted;
            deleted << s.deleted;
            hlcs << s.hlc;
            echoDevices << s.echoDevice;
            echoAfters << s.echoAfter;
        }
        if (s.identityDirty && s.exists)
            identityOut << QJsonObject { { QStringLiteral("tbl"), s.table },
                                         { QStringLiteral("id"), s.id },
                                         { QStringLiteral("office"), s.office },
                                         { QStringLiteral("data"), s.identity } };
    }
    for (const PushRow& c : std::as_const(b.conflicts))
        rowOut << storedRow(c);

    if (!rowOut.isEmpty()) {
        q.prepare(QStringLiteral(
            "INSERT INTO qf.rows AS r (tbl, id, office, restricted, needs_identity, data, clocks, created_hlc, hlc, "
            "deleted, seq, echo_device, echo_after) SELECT x.tbl, x.id, x.office, x.restricted, x.needs_identity, "
            "x.data, x.clocks, x.created_hlc, x.hlc, x.deleted, nextval('qf.change_seq'), x.echo_device, x.echo_after "
            "FROM jsonb_to_recordset(?::jsonb) AS x(tbl text, id text, office text, restricted boolean, needs_identity "
            "boolean, data jsonb, clocks jsonb, created_hlc bigint, hlc bigint, deleted boolean, echo_device bigint, "
            "echo_after bigint) ON CONFLICT (tbl, id) DO UPDATE SET office = excluded.office, restricted = "
            "excluded.restricted, needs_identity = excluded.needs_identity, data = excluded.data, clocks = "
            "excluded.clocks, hlc = excluded.hlc, deleted = excluded.deleted, seq = excluded.seq, echo_device = NULL, "
            "echo_after = NULL"));
        q.addBindValue(QString::fromUtf8(compact(rowOut)));
        if (!q.exec())
            return batchFailed(q);
    }
    if (!ids.isEmpty()) {
        // The batch holds the advisory lock since it read these rows, so the row's clock
        // and flags decided in memory are the ones to store; the JSON is merged in place.
        q.prepare(QStringLiteral(
            "UPDATE qf.rows AS r SET data = r.data || x.patch, clocks = r.clocks || x.clock_patch, restricted = "
            "x.restricted, hlc = x.hlc, deleted = x.deleted, seq = nextval('qf.change_seq'), echo_device = "
            "nullif(x.echo_device, 0), echo_after = CASE WHEN x.echo_device = 0 THEN NULL ELSE x.echo_after END FROM unnest(?::text[], ?::text[], "
            "?::jsonb[], ?::jsonb[], ?::boolean[], ?::bigint[], ?::boolean[], ?::bigint[], ?::bigint[]) AS x(tbl, id, "
            "patch, clock_patch, restricted, hlc, deleted, echo_device, echo_after) WHERE r.tbl = x.tbl AND r.id = "
            "x.id"));
        q.addBindValue(textArray(tables));
        q.addBindValue(textArray(ids));
        q.addBindValue(quotedArray(patches));
        q.addBindValue(quotedArray(clockPatches));
        q.addBindValue(boolArray(restricted));
        q.addBindValue(numberArray(hlcs));
        q.addBindValue(boolArray(deleted));
        q.addBindValue(numberArray(echoDevices));
        q.addBindValue(numberArray(echoAfters));
        if (!q.exec())
            return batchFailed(q);
        if (q.numRowsAffected() != ids.size()) {
            // Every row was read under the lock: one missing means the store changed under us.
            rollback();
            return Error { tr("The central database did not take every change of the batch; it is kept on the "
                              "workstation and sent again later."),
                           ErrorCode::Unavailable };
        }
    }
    stallPoint("mid-batch");
    if (!identityOut.isEmpty()) {
        q.prepare(QStringLiteral(
            "INSERT INTO qf.identities (tbl, id, office, data) SELECT x.tbl, x.id, x.office, x.data FROM "
            "jsonb_to_recordset(?::jsonb) AS x(tbl text, id text, office text, data jsonb) ON CONFLICT (tbl, id) DO "
            "UPDATE SET data = excluded.data"));
        q.addBindValue(QString::fromUtf8(compact(identityOut)));
        if (!q.exec())
            return batchFailed(q);
    }
    return {};
}

// The answers given, so that the same mutation sent again gets the same one, and how far
// the device has come.
Status SyncService::storeAnswers(PushBatch& b, QSqlQuery& q)
{
    if (!b.answerIds.isEmpty()) {
        q.prepare(QStringLiteral(
            "INSERT INTO qf.mutations (mutation_id, login, device_id, device_seq, result) SELECT x.mutation_id, ?, ?, "
            "x.device_seq, x.result FROM unnest(?::text[], ?::bigint[], ?::jsonb[]) AS x(mutation_id, device_seq, "
            "result) ON CONFLICT (mutation_id) DO NOTHING"));
        q.addBindValue(b.caller.login);
        q.addBindValue(b.caller.deviceId);
        q.addBindValue(textArray(b.answerIds));
        q.addBindValue(numberArray(b.answerSeqs));
        q.addBindValue(quotedArray(b.answerResults));
        if (!q.exec())
            return batchFailed(q);
    }
    q.prepare(QStringLiteral("SELECT qf.device_seen(?, ?, ?)"));
    q.addBindValue(b.caller.deviceId);
    q.addBindValue(b.maxSeq);
    q.addBindValue(b.protocol);
    if (!q.exec())
        return batchFailed(q);
    return {};
}

} // namespace qf::server

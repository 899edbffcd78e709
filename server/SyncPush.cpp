// The push: a batch of mutations merged into the central rows in one transaction.
#include "server/SyncService.h"
#include "server/Log.h"

#include "server/ServiceJson.h"
#include "models/Hlc.h"
#include "models/Role.h"
#include "server/ServerSchema.h"
#include "sync/SyncProtocol.h"
#include "models/Uuid7.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace qf::server {

using namespace detail;

namespace {

struct RowState
{
    bool exists = false;
    bool dirty = false;
    bool identityDirty = false;
    QString table;
    QString id;
    QString office; // null: shared by every office
    bool restricted = false;
    bool needsIdentity = false;
    QJsonObject data;
    QJsonObject clocks;
    QJsonObject identity;
    qint64 createdHlc = 0;
    qint64 hlc = 0;
    bool deleted = false;
};

QString rowKey(const QString& table, const QString& id)
{
    return table + QLatin1Char('/') + id;
}

bool truthy(const QJsonValue& v)
{
    return v.isBool() ? v.toBool() : v.toInteger() != 0;
}

} // namespace

Response SyncService::push(const Caller& caller, const Request& request)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &perr);
    if (doc.isNull())
        return jsonError(400, tr("The batch is not valid JSON: %1").arg(perr.errorString()));
    const QJsonArray mutations = doc.object().value(QLatin1String("mutations")).toArray();
    const bool withBase = request.protocol >= 2;

    if (Status s = begin(caller); !s)
        return jsonError(503, s.error());
    auto dbFail = [&](const QSqlQuery& q) {
        const QString e = q.lastError().text();
        rollback();
        qCWarning(lcSyncd) << "push failed:" << q.lastError().nativeErrorCode();
        return jsonError(503, tr("The central database could not take the batch: %1").arg(e));
    };
    QSqlQuery q(m_db);
    // Batches are applied one at a time, so the change log's order is the commit order and a
    // reader's cursor never skips a change that commits later with a smaller number.
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7171)")))
        return dbFail(q);

    QStringList ids, tables, rowIds, personIds;
    for (const QJsonValue& v : mutations) {
        const QJsonObject m = v.toObject();
        const QString id = m.value(QLatin1String("id")).toString();
        const QString table = m.value(QLatin1String("table")).toString();
        const QString row = m.value(QLatin1String("row")).toString();
        if (!isWord(id) || !isWord(table) || !isWord(row)) {
            rollback();
            return jsonError(400, tr("A change in the batch has no valid id, table or row."));
        }
        ids << id;
        tables << table;
        rowIds << row;
        const QString parent = m.value(QLatin1String("fields")).toObject().value(QLatin1String("report_id")).toString();
        if (!parent.isEmpty() && isWord(parent)) {
            tables << QStringLiteral("reports");
            rowIds << parent;
        }
        if (table == QLatin1String("persons"))
            personIds << row;
    }

    QHash<QString, QJsonObject> done;
    q.prepare(QStringLiteral("SELECT mutation_id, result::text FROM qf.mutations WHERE mutation_id = ANY(?::text[])"));
    q.addBindValue(textArray(ids));
    if (!q.exec())
        return dbFail(q);
    while (q.next())
        done.insert(q.value(0).toString(), QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());

    QHash<QString, RowState> rows;
    auto load = [&](const QStringList& t, const QStringList& r) -> bool {
        q.prepare(QStringLiteral(
            "SELECT r.tbl, r.id, r.office, r.restricted, r.needs_identity, r.data::text, r.clocks::text, r.created_hlc, "
            "r.hlc, r.deleted FROM (SELECT DISTINCT * FROM unnest(?::text[], ?::text[])) AS k(tbl, id) "
            "JOIN qf.rows r ON r.tbl = k.tbl AND r.id = k.id"));
        q.addBindValue(textArray(t));
        q.addBindValue(textArray(r));
        if (!q.exec())
            return false;
        while (q.next()) {
            RowState s;
            s.exists = true;
            s.table = q.value(0).toString();
            s.id = q.value(1).toString();
            s.office = q.value(2).toString();
            s.restricted = q.value(3).toBool();
            s.needsIdentity = q.value(4).toBool();
            s.data = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
            s.clocks = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
            s.createdHlc = q.value(7).toLongLong();
            s.hlc = q.value(8).toLongLong();
            s.deleted = q.value(9).toBool();
            rows.insert(rowKey(s.table, s.id), s);
        }
        return true;
    };
    if (!load(tables, rowIds))
        return dbFail(q);
    // Parents of rows that are only updated (their report id is in the stored row).
    QStringList moreTables, moreIds;
    for (const RowState& s : std::as_const(rows)) {
        const QString parent = s.data.value(QLatin1String("report_id")).toString();
        if (!parent.isEmpty() && isWord(parent) && !rows.contains(rowKey(QStringLiteral("reports"), parent))) {
            moreTables << QStringLiteral("reports");
            moreIds << parent;
        }
    }
    if (!moreIds.isEmpty() && !load(moreTables, moreIds))
        return dbFail(q);
    if (!personIds.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id, data::text FROM qf.identities WHERE tbl = 'persons' AND id = ANY(?::text[])"));
        q.addBindValue(textArray(personIds));
        if (!q.exec())
            return dbFail(q);
        while (q.next()) {
            auto it = rows.find(rowKey(QStringLiteral("persons"), q.value(0).toString()));
            if (it != rows.end())
                it->identity = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        }
    }
    // Registration numbers already given anywhere (the check sees every office's numbers,
    // but returns nothing else).
    QSet<QString> takenNumbers;
    {
        QStringList numbers;
        for (const QJsonValue& v : mutations) {
            const QJsonObject m = v.toObject();
            if (m.value(QLatin1String("table")).toString() == QLatin1String("reports")) {
                const QString n = m.value(QLatin1String("fields")).toObject().value(QLatin1String("reg_no")).toString();
                if (!n.isEmpty() && isWord(n))
                    numbers << n;
            }
        }
        if (!numbers.isEmpty()) {
            q.prepare(QStringLiteral("SELECT n, id FROM qf.reg_numbers_taken(?::text[])"));
            q.addBindValue(textArray(numbers));
            if (!q.exec())
                return dbFail(q);
            while (q.next())
                takenNumbers.insert(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString());
        }
    }

    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const QString nowText = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QJsonArray results;
    QJsonArray mutationRows;
    QList<RowState> conflicts;
    qint64 maxSeq = 0;

    auto addConflict = [&](const RowState& r, const QString& field, const QJsonValue& kept, const QJsonValue& other,
                           qint64 keptHlc, qint64 otherHlc, const QString& otherAuthor, const QString& kind) {
        RowState c;
        c.table = QStringLiteral("sync_conflicts");
        c.id = Uuid7::generate();
        c.office = r.office;
        c.restricted = r.restricted;
        c.needsIdentity = sync::isIdentityField(r.table, field);
        c.createdHlc = c.hlc = serverHlc();
        c.dirty = true;
        c.data = QJsonObject { { QStringLiteral("table_name"), r.table },
                               { QStringLiteral("row_id"), r.id },
                               { QStringLiteral("field"), field },
                               { QStringLiteral("kept_value"), valueText(kept) },
                               { QStringLiteral("other_value"), valueText(other) },
                               { QStringLiteral("kept_hlc"), keptHlc },
                               { QStringLiteral("other_hlc"), otherHlc },
                               { QStringLiteral("other_author"), otherAuthor },
                               { QStringLiteral("kind"), kind },
                               { QStringLiteral("created_at"), nowText } };
        conflicts << c;
    };

    for (const QJsonValue& v : mutations) {
        const QJsonObject m = v.toObject();
        const QString id = m.value(QLatin1String("id")).toString();
        maxSeq = std::max(maxSeq, m.value(QLatin1String("seq")).toInteger());
        if (auto it = done.constFind(id); it != done.constEnd()) {
            results << *it; // sent before and stored: the same answer, nothing applied twice
            continue;
        }
        const QString table = m.value(QLatin1String("table")).toString();
        const QString rowId = m.value(QLatin1String("row")).toString();
        const QString op = m.value(QLatin1String("op")).toString();
        const QString author = m.value(QLatin1String("author")).toString();
        const QJsonObject fields = m.value(QLatin1String("fields")).toObject();
        const QJsonObject base = m.value(QLatin1String("base")).toObject();
        qint64 hlc = m.value(QLatin1String("hlc")).toInteger();
        // A clock far ahead of ours would win every later edit: it is clamped to ours.
        if (Hlc::millisOf(hlc) > nowMs + sync::kMaxClockSkewMs)
            hlc = serverHlc();
        m_lastHlc = std::max(m_lastHlc, hlc);

        QString refusal;
        RowState& r = rows[rowKey(table, rowId)];
        const RowState before = r;
        if (r.table.isEmpty()) {
            r.table = table;
            r.id = rowId;
        }
        const sync::Scope scope = sync::scopeOf(table);

        for (auto it = fields.begin(); it != fields.end() && refusal.isEmpty(); ++it) {
            if (!isWord(it.key()))
                refusal = tr("The change names a field that is not valid.");
            else if (sync::isIdentityField(table, it.key()) && !Role::may(caller.role, Capability::Identities))
                refusal = tr("Your role may not record or change reporters' or visitors' identities.");
        }
        if (refusal.isEmpty() && scope == sync::Scope::Server && (op != QLatin1String("update") || !r.exists))
            refusal = tr("Conflict records are made by the server; a device can only decide them.");
        if (refusal.isEmpty() && scope == sync::Scope::Server) {
            for (auto it = fields.begin(); it != fields.end(); ++it)
                if (!it.key().startsWith(QLatin1String("resolved_")) && it.key() != QLatin1String("resolution"))
                    refusal = tr("Conflict records are made by the server; a device can only decide them.");
        }

        // Which office the row belongs to.
        QString office = r.exists ? r.office : QString();
        bool restricted = r.restricted;
        if (refusal.isEmpty() && (!r.exists || op == QLatin1String("insert"))) {
            switch (scope) {
            case sync::Scope::Global:
                office = QString();
                break;
            case sync::Scope::OwnOrg: {
                const QString org = fields.value(QLatin1String("org_id")).toString();
                office = org.isEmpty() ? caller.officeId : org;
                break;
            }
            case sync::Scope::Report: {
                const QString parentId = fields.contains(QLatin1String("report_id"))
                    ? fields.value(QLatin1String("report_id")).toString()
                    : r.data.value(QLatin1String("report_id")).toString();
                const RowState parent = rows.value(rowKey(QStringLiteral("reports"), parentId));
                if (!parent.exists)
                    refusal = tr("The report this belongs to is not on the server, or not visible to you.");
                office = parent.office;
                restricted = parent.restricted;
                break;
            }
            case sync::Scope::Author:
                office = caller.officeId;
                break;
            case sync::Scope::Server:
                break;
            }
        }
        if (refusal.isEmpty() && scope == sync::Scope::OwnOrg && fields.contains(QLatin1String("org_id"))
            && fields.value(QLatin1String("org_id")).toString() != caller.officeId)
            refusal = tr("You cannot record or move this for another office.");
        if (refusal.isEmpty() && !office.isEmpty() && office != caller.officeId)
            refusal = tr("This belongs to another office.");
        if (refusal.isEmpty() && table == QLatin1String("reports") && fields.contains(QLatin1String("reg_no"))) {
            const QString n = fields.value(QLatin1String("reg_no")).toString();
            for (const QString& t : std::as_const(takenNumbers))
                if (t.startsWith(n + QLatin1Char('/')) && t != n + QLatin1Char('/') + rowId)
                    refusal = tr("The registration number %1 was already given to another report.").arg(n);
        }

        if (refusal.isEmpty() && op == QLatin1String("delete")) {
            if (table == QLatin1String("events")) {
                refusal = tr("A report's history cannot be deleted.");
            } else if (r.exists && !r.deleted) {
                const qint64 seen = base.value(QLatin1String("$row")).toInteger();
                if (withBase && r.hlc != seen && r.hlc > seen) {
                    // Edited elsewhere since this device last saw it: the edit is kept.
                    addConflict(r, QStringLiteral("deleted"), false, true, r.hlc, hlc, author,
                                QStringLiteral("delete_vs_edit"));
                } else {
                    r.deleted = true;
                    r.clocks.insert(QStringLiteral("deleted"), hlc);
                    r.hlc = std::max(r.hlc, hlc);
                    r.dirty = true;
                }
            }
        } else if (refusal.isEmpty() && op == QLatin1String("update") && !r.exists) {
            refusal = tr("There is no such row on the server.");
        } else if (refusal.isEmpty() && (op == QLatin1String("update") || op == QLatin1String("insert"))) {
            const bool merge = r.exists; // an insert of a row that exists (reference data made on two devices)
            if (table == QLatin1String("events") && merge) {
                // Events are unioned: the same event again changes nothing.
            } else if (!merge) {
                r.exists = true;
                r.office = office;
                r.restricted = restricted;
                r.createdHlc = r.hlc = hlc;
                for (auto it = fields.begin(); it != fields.end(); ++it) {
                    if (sync::isIdentityField(table, it.key())) {
                        r.identity.insert(it.key(), it.value());
                        r.identityDirty = true;
                    } else {
                        r.data.insert(it.key(), it.value());
                    }
                }
                r.dirty = true;
            } else {
                if (table == QLatin1String("reports") && fields.contains(QLatin1String("status"))) {
                    const QString from = r.data.value(QLatin1String("status")).toString();
                    const QString to = fields.value(QLatin1String("status")).toString();
                    if (!sync::isAllowedStatusChange(from, to))
                        refusal = tr("The status cannot change from %1 to %2: it was changed elsewhere in the "
                                     "meantime.")
                                      .arg(from, to);
                }
                if (refusal.isEmpty()) {
                    if (r.deleted) {
                        addConflict(r, QStringLiteral("deleted"), false, true, hlc, r.clocks.value(QLatin1String("deleted")).toInteger(),
                                    QString(), QStringLiteral("delete_vs_edit"));
                        r.deleted = false;
                        r.clocks.insert(QStringLiteral("deleted"), hlc);
                    }
                    for (auto it = fields.begin(); it != fields.end(); ++it) {
                        const QString& f = it.key();
                        const bool identity = sync::isIdentityField(table, f);
                        const QJsonValue current = identity ? r.identity.value(f) : r.data.value(f);
                        const qint64 fieldClock = r.clocks.value(f).toInteger();
                        const qint64 effective = r.clocks.contains(f) ? fieldClock : r.createdHlc;
                        bool concurrent = false;
                        if (op == QLatin1String("insert"))
                            concurrent = true;
                        else if (withBase)
                            concurrent = base.value(f).toInteger() != fieldClock;
                        const bool differs = current != it.value();
                        if (hlc > effective) {
                            if (differs) {
                                if (identity) {
                                    r.identity.insert(f, it.value());
                                    r.identityDirty = true;
                                } else {
                                    r.data.insert(f, it.value());
                                }
                            }
                            r.clocks.insert(f, hlc);
                            if (concurrent && differs)
                                addConflict(r, f, it.value(), current, hlc, effective, QString(),
                                            QStringLiteral("concurrent_edit"));
                        } else if (concurrent && differs) {
                            addConflict(r, f, current, it.value(), effective, hlc, author,
                                        QStringLiteral("concurrent_edit"));
                        }
                    }
                    r.hlc = std::max(r.hlc, hlc);
                    if (table == QLatin1String("reports"))
                        r.restricted = truthy(r.data.value(QLatin1String("restricted")));
                    r.dirty = true;
                }
            }
        } else if (refusal.isEmpty()) {
            refusal = tr("'%1' is not a kind of change.").arg(op);
        }

        QJsonObject result { { QStringLiteral("id"), id } };
        if (refusal.isEmpty()) {
            result.insert(QStringLiteral("status"), QLatin1String(sync::kApplied));
        } else {
            r = before; // nothing of a refused change stays
            result.insert(QStringLiteral("status"), QLatin1String(sync::kRefused));
            result.insert(QStringLiteral("reason"), refusal);
        }
        results << result;
        mutationRows << QJsonObject { { QStringLiteral("mutation_id"), id },
                                      { QStringLiteral("device_seq"), m.value(QLatin1String("seq")).toInteger() },
                                      { QStringLiteral("result"), result } };
    }

    QJsonArray rowOut, identityOut;
    auto rowJson = [](const RowState& s) {
        return QJsonObject { { QStringLiteral("tbl"), s.table },
                             { QStringLiteral("id"), s.id },
                             { QStringLiteral("office"), s.office.isEmpty() ? QJsonValue() : QJsonValue(s.office) },
                             { QStringLiteral("restricted"), s.restricted },
                             { QStringLiteral("needs_identity"), s.needsIdentity },
                             { QStringLiteral("data"), s.data },
                             { QStringLiteral("clocks"), s.clocks },
                             { QStringLiteral("created_hlc"), s.createdHlc },
                             { QStringLiteral("hlc"), s.hlc },
                             { QStringLiteral("deleted"), s.deleted } };
    };
    for (const RowState& s : std::as_const(rows)) {
        if (s.dirty && s.exists)
            rowOut << rowJson(s);
        if (s.identityDirty && s.exists)
            identityOut << QJsonObject { { QStringLiteral("tbl"), s.table },
                                         { QStringLiteral("id"), s.id },
                                         { QStringLiteral("office"), s.office },
                                         { QStringLiteral("data"), s.identity } };
    }
    for (const RowState& c : std::as_const(conflicts))
        rowOut << rowJson(c);

    if (!rowOut.isEmpty()) {
        q.prepare(QStringLiteral(
            "INSERT INTO qf.rows AS r (tbl, id, office, restricted, needs_identity, data, clocks, created_hlc, hlc, "
            "deleted, seq) SELECT x.tbl, x.id, x.office, x.restricted, x.needs_identity, x.data, x.clocks, "
            "x.created_hlc, x.hlc, x.deleted, nextval('qf.change_seq') FROM jsonb_to_recordset(?::jsonb) AS x(tbl "
            "text, id text, office text, restricted boolean, needs_identity boolean, data jsonb, clocks jsonb, "
            "created_hlc bigint, hlc bigint, deleted boolean) ON CONFLICT (tbl, id) DO UPDATE SET office = "
            "excluded.office, restricted = excluded.restricted, needs_identity = excluded.needs_identity, data = "
            "excluded.data, clocks = excluded.clocks, hlc = excluded.hlc, deleted = excluded.deleted, seq = "
            "excluded.seq"));
        q.addBindValue(QString::fromUtf8(compact(rowOut)));
        if (!q.exec())
            return dbFail(q);
    }
    stallPoint("mid-batch");
    if (!identityOut.isEmpty()) {
        q.prepare(QStringLiteral(
            "INSERT INTO qf.identities (tbl, id, office, data) SELECT x.tbl, x.id, x.office, x.data FROM "
            "jsonb_to_recordset(?::jsonb) AS x(tbl text, id text, office text, data jsonb) ON CONFLICT (tbl, id) DO "
            "UPDATE SET data = excluded.data"));
        q.addBindValue(QString::fromUtf8(compact(identityOut)));
        if (!q.exec())
            return dbFail(q);
    }
    if (!mutationRows.isEmpty()) {
        q.prepare(QStringLiteral(
            "INSERT INTO qf.mutations (mutation_id, login, device_id, device_seq, result) SELECT x.mutation_id, ?, ?, "
            "x.device_seq, x.result FROM jsonb_to_recordset(?::jsonb) AS x(mutation_id text, device_seq bigint, "
            "result jsonb) ON CONFLICT (mutation_id) DO NOTHING"));
        q.addBindValue(caller.login);
        q.addBindValue(caller.deviceId);
        q.addBindValue(QString::fromUtf8(compact(mutationRows)));
        if (!q.exec())
            return dbFail(q);
    }
    q.prepare(QStringLiteral("SELECT qf.device_seen(?, ?, ?)"));
    q.addBindValue(caller.deviceId);
    q.addBindValue(maxSeq);
    q.addBindValue(request.protocol);
    if (!q.exec())
        return dbFail(q);
    if (Status s = commit(); !s)
        return jsonError(503, s.error());
    stallPoint("after-commit");
    return { 200, compact(QJsonObject { { QStringLiteral("results"), results }, { QStringLiteral("hlc"), serverHlc() } }) };
}

} // namespace qf::server

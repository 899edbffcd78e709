#include "SyncService.h"

#include "Hlc.h"
#include "ServerSchema.h"
#include "SyncProtocol.h"
#include "Uuid7.h"

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

Q_LOGGING_CATEGORY(lcSyncd, "qingfeng.syncd")

namespace qf::server {

namespace {

constexpr qint64 kChunkLimit = 4 * 1024 * 1024;
constexpr int kMaxPage = 5000;

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonArray& a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QString valueText(const QJsonValue& v)
{
    const QByteArray a = compact(QJsonArray { v });
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

QString textArray(const QStringList& items)
{
    // Only ids and table names (checked to be plain words) go in here.
    QString s = QStringLiteral("{");
    for (int i = 0; i < items.size(); ++i) {
        if (i)
            s += QLatin1Char(',');
        s += QLatin1Char('"') + items[i] + QLatin1Char('"');
    }
    return s + QLatin1Char('}');
}

bool isWord(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.:-]{1,80}$"));
    return re.match(s).hasMatch();
}

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

Response jsonError(int status, const QString& message)
{
    return { status, compact(QJsonObject { { QStringLiteral("error"), message } }) };
}

SyncService::SyncService(QSqlDatabase db)
    : m_db(std::move(db))
{
}

void SyncService::stallPoint(const char* point)
{
    static const QByteArray wanted = qgetenv("QF_SYNCD_TEST_STALL");
    if (wanted.isEmpty() || wanted != point)
        return;
    std::fprintf(stderr, "stalled at %s\n", point);
    std::fflush(stderr);
    QThread::sleep(600);
    std::_Exit(3);
}

Status SyncService::checkConnection()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user")) || !q.next())
        return Error { tr("Cannot read the central database: %1").arg(q.lastError().text()) };
    if (q.value(0).toBool())
        return Error { tr("qingfeng-syncd refuses to run as a PostgreSQL role that bypasses row-level security; "
                          "connect as qingfeng_sync.") };
    auto v = ServerSchema::version(m_db);
    if (!v)
        return Error { v.error() };
    if (*v == 0)
        return Error { tr("The central store is not set up; run qingfeng-cli server init first.") };
    return {};
}

qint64 SyncService::serverHlc()
{
    m_lastHlc = std::max(Hlc::pack(QDateTime::currentMSecsSinceEpoch(), 0), m_lastHlc + 1);
    return m_lastHlc;
}

Result<Caller> SyncService::authenticate(const QByteArray& token)
{
    if (token.isEmpty())
        return Error { tr("This device has no token; enrol it first.") };
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT device_id, login, user_id, name, office_id, office_code, role, pg_role, tag "
                             "FROM qf.authenticate(?)"));
    q.addBindValue(ServerSchema::tokenHash(token));
    if (!q.exec())
        return Error { tr("The central database is unavailable: %1").arg(q.lastError().text()) };
    if (!q.next())
        return Error { tr("The device token is not known to the server (revoked or mistyped).") };
    Caller c;
    c.deviceId = q.value(0).toLongLong();
    c.login = q.value(1).toString();
    c.userId = q.value(2).toString();
    c.name = q.value(3).toString();
    c.officeId = q.value(4).toString();
    c.officeCode = q.value(5).toString();
    c.role = q.value(6).toString();
    c.pgRole = q.value(7).toString();
    c.tag = q.value(8).toString();
    return c;
}

Status SyncService::begin(const Caller& caller)
{
    if (!m_db.transaction())
        return Error { tr("The central database is unavailable: %1").arg(m_db.lastError().text()) };
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SET LOCAL ROLE \"%1\"").arg(caller.pgRole))) {
        const QString e = q.lastError().text();
        m_db.rollback();
        return Error { tr("The service may not act for this user: %1").arg(e) };
    }
    return {};
}

Status SyncService::commit()
{
    if (!m_db.commit())
        return Error { tr("The central database did not commit: %1").arg(m_db.lastError().text()) };
    return {};
}

void SyncService::rollback()
{
    m_db.rollback();
}

Response SyncService::handle(const Request& request)
{
    if (request.protocol < sync::kOldestServedProtocol)
        return jsonError(426, tr("Upgrade required: this workstation speaks sync protocol %1, the server needs %2 to %3. "
                                 "Install the current Qingfeng on this workstation.")
                                  .arg(request.protocol)
                                  .arg(sync::kOldestServedProtocol)
                                  .arg(sync::kProtocolVersion));
    if (request.protocol > sync::kProtocolVersion)
        return jsonError(400, tr("The server speaks sync protocol up to %1 and this workstation %2: the server must be "
                                 "upgraded first.")
                                  .arg(sync::kProtocolVersion)
                                  .arg(request.protocol));
    if (!m_db.isOpen() && !m_db.open())
        return jsonError(503, tr("The central database is unavailable: %1").arg(m_db.lastError().text()));
    auto caller = authenticate(request.token);
    if (!caller) {
        if (!m_db.isOpen() || m_db.lastError().type() == QSqlError::ConnectionError)
            return jsonError(503, caller.error());
        return jsonError(401, caller.error());
    }
    const QString& p = request.path;
    if (p == QLatin1String("/v1/enrol") && request.method == "POST")
        return enrol(*caller, request);
    if (p == QLatin1String("/v1/push") && request.method == "POST")
        return push(*caller, request);
    if (p == QLatin1String("/v1/pull") && request.method == "GET")
        return pull(*caller, request);
    static const QRegularExpression blob(QStringLiteral("^/v1/blobs/([0-9a-f]{64})(/status)?$"));
    if (const auto m = blob.match(p); m.hasMatch()) {
        const QString sha = m.captured(1);
        if (!m.captured(2).isEmpty() && request.method == "GET")
            return blobStatus(*caller, sha);
        if (m.captured(2).isEmpty() && request.method == "PUT")
            return blobPut(*caller, sha, request);
        if (m.captured(2).isEmpty() && request.method == "GET")
            return blobGet(*caller, sha, request);
    }
    return jsonError(404, tr("There is no %1 %2 on this server.").arg(QString::fromLatin1(request.method), p));
}

Response SyncService::enrol(const Caller& caller, const Request& request)
{
    const QJsonObject in = QJsonDocument::fromJson(request.body).object();
    if (Status s = begin(caller); !s)
        return jsonError(503, s.error());
    QJsonObject out { { QStringLiteral("device_id"), caller.deviceId },
                      { QStringLiteral("tag"), caller.tag },
                      { QStringLiteral("protocol"), sync::kProtocolVersion },
                      { QStringLiteral("user"),
                        QJsonObject { { QStringLiteral("id"), caller.userId },
                                      { QStringLiteral("login"), caller.login },
                                      { QStringLiteral("name"), caller.name },
                                      { QStringLiteral("role"), caller.role },
                                      { QStringLiteral("office_id"), caller.officeId },
                                      { QStringLiteral("office_code"), caller.officeCode } } } };
    QSqlQuery q(m_db);
    if (sync::isIdentityRole(caller.role)) {
        q.prepare(QStringLiteral("SELECT data_key FROM qf.office_keys WHERE office = ?"));
        q.addBindValue(caller.officeId);
        if (!q.exec()) {
            rollback();
            return jsonError(503, q.lastError().text());
        }
        QByteArray key;
        if (q.next()) {
            key = q.value(0).toByteArray();
        } else {
            key = QByteArray::fromBase64(in.value(QLatin1String("offer_key")).toString().toLatin1());
            if (key.size() == 32) {
                q.prepare(QStringLiteral("INSERT INTO qf.office_keys (office, data_key) VALUES (?, ?)"));
                q.addBindValue(caller.officeId);
                q.addBindValue(key);
                if (!q.exec()) {
                    rollback();
                    return jsonError(503, q.lastError().text());
                }
            } else {
                key.clear();
            }
        }
        if (!key.isEmpty())
            out.insert(QStringLiteral("data_key"), QString::fromLatin1(key.toBase64()));
    }
    q.prepare(QStringLiteral("SELECT qf.device_seen(?, 0, ?)"));
    q.addBindValue(caller.deviceId);
    q.addBindValue(request.protocol);
    if (!q.exec()) {
        rollback();
        return jsonError(503, q.lastError().text());
    }
    if (Status s = commit(); !s)
        return jsonError(503, s.error());
    return { 200, compact(out) };
}

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
            else if (sync::isIdentityField(table, it.key()) && !sync::isIdentityRole(caller.role))
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

Response SyncService::pull(const Caller& caller, const Request& request)
{
    const qint64 cursor = request.query.queryItemValue(QStringLiteral("cursor")).toLongLong();
    const int limit = std::clamp(request.query.queryItemValue(QStringLiteral("limit")).toInt(), 1, kMaxPage);
    if (Status s = begin(caller); !s)
        return jsonError(503, s.error());
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT r.tbl, r.id, (r.data || coalesce(i.data, '{}'::jsonb))::text, r.clocks::text, r.hlc, r.deleted, r.seq, "
        "b.size, b.mime FROM qf.rows r LEFT JOIN qf.identities i ON i.tbl = r.tbl AND i.id = r.id "
        "LEFT JOIN qf.blobs b ON r.tbl = 'report_attachments' AND b.office = r.office AND b.sha256 = r.data->>'sha256' "
        "AND b.complete WHERE r.seq > ? ORDER BY r.seq LIMIT ?"));
    q.addBindValue(cursor);
    q.addBindValue(limit);
    if (!q.exec()) {
        const QString e = q.lastError().text();
        rollback();
        return jsonError(503, tr("The central database could not read the changes: %1").arg(e));
    }
    QByteArray out;
    out.reserve(1 << 20);
    out += "{\"rows\":[";
    qint64 last = cursor;
    int n = 0;
    while (q.next()) {
        if (n++)
            out += ',';
        out += "{\"table\":\"";
        out += q.value(0).toString().toUtf8();
        out += "\",\"id\":\"";
        out += q.value(1).toString().toUtf8();
        out += "\",\"data\":";
        out += q.value(2).toString().toUtf8();
        out += ",\"clocks\":";
        out += q.value(3).toString().toUtf8();
        out += ",\"hlc\":";
        out += QByteArray::number(q.value(4).toLongLong());
        out += ",\"deleted\":";
        out += q.value(5).toBool() ? "true" : "false";
        if (!q.value(7).isNull()) {
            out += ",\"blob\":{\"size\":";
            out += QByteArray::number(q.value(7).toLongLong());
            out += ",\"mime\":";
            out += valueText(q.value(8).toString()).toUtf8();
            out += '}';
        }
        out += '}';
        last = q.value(6).toLongLong();
    }
    q.finish();
    rollback(); // read only
    out += "],\"cursor\":";
    out += QByteArray::number(last);
    out += ",\"more\":";
    out += n == limit ? "true" : "false";
    out += ",\"hlc\":";
    out += QByteArray::number(serverHlc());
    out += '}';
    return { 200, out };
}

Response SyncService::blobStatus(const Caller& caller, const QString& sha)
{
    if (Status s = begin(caller); !s)
        return jsonError(503, s.error());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT size, received, complete FROM qf.blobs WHERE office = ? AND sha256 = ?"));
    q.addBindValue(caller.officeId);
    q.addBindValue(sha);
    if (!q.exec()) {
        rollback();
        return jsonError(503, q.lastError().text());
    }
    QJsonObject o { { QStringLiteral("received"), 0 }, { QStringLiteral("complete"), false } };
    if (q.next())
        o = { { QStringLiteral("size"), q.value(0).toLongLong() },
              { QStringLiteral("received"), q.value(1).toLongLong() },
              { QStringLiteral("complete"), q.value(2).toBool() } };
    rollback();
    return { 200, compact(o) };
}

Response SyncService::blobPut(const Caller& caller, const QString& sha, const Request& request)
{
    const qint64 size = request.query.queryItemValue(QStringLiteral("size")).toLongLong();
    const qint64 offset = request.query.queryItemValue(QStringLiteral("offset")).toLongLong();
    const QString mime = request.query.queryItemValue(QStringLiteral("mime"));
    if (size < 0 || offset < 0 || request.body.size() > kChunkLimit || offset + request.body.size() > size)
        return jsonError(400, tr("The piece of the file does not fit its announced size."));
    if (Status s = begin(caller); !s)
        return jsonError(503, s.error());
    QSqlQuery q(m_db);
    auto fail = [&]() {
        const QString e = q.lastError().text();
        rollback();
        return jsonError(503, e);
    };
    q.prepare(QStringLiteral("INSERT INTO qf.blobs (office, sha256, size, mime) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT DO NOTHING"));
    q.addBindValue(caller.officeId);
    q.addBindValue(sha);
    q.addBindValue(size);
    q.addBindValue(mime.isEmpty() ? QVariant() : QVariant(mime));
    if (!q.exec())
        return fail();
    q.prepare(QStringLiteral("SELECT size, received, complete FROM qf.blobs WHERE office = ? AND sha256 = ? FOR UPDATE"));
    q.addBindValue(caller.officeId);
    q.addBindValue(sha);
    if (!q.exec() || !q.next())
        return fail();
    const qint64 knownSize = q.value(0).toLongLong();
    qint64 received = q.value(1).toLongLong();
    if (q.value(2).toBool()) {
        rollback();
        return { 200, compact(QJsonObject { { QStringLiteral("received"), knownSize }, { QStringLiteral("complete"), true } }) };
    }
    if (knownSize != size) {
        rollback();
        return jsonError(409, tr("The file was announced with another size before."));
    }
    if (offset != received) {
        rollback();
        return { 409, compact(QJsonObject { { QStringLiteral("received"), received },
                                            { QStringLiteral("error"), tr("The server has %1 bytes of this file; send from "
                                                                          "there.")
                                                                           .arg(received) } }) };
    }
    if (!request.body.isEmpty()) {
        q.prepare(QStringLiteral("INSERT INTO qf.blob_chunks (office, sha256, off, data) VALUES (?, ?, ?, ?)"));
        q.addBindValue(caller.officeId);
        q.addBindValue(sha);
        q.addBindValue(offset);
        q.addBindValue(request.body);
        if (!q.exec())
            return fail();
        received += request.body.size();
    }
    bool complete = false;
    if (received == size) {
        // Verified on arrival: the pieces must hash to the name they were sent under.
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 at = 0;
        for (;;) {
            q.prepare(QStringLiteral("SELECT off, data FROM qf.blob_chunks WHERE office = ? AND sha256 = ? AND off >= ? "
                                     "ORDER BY off LIMIT 8"));
            q.addBindValue(caller.officeId);
            q.addBindValue(sha);
            q.addBindValue(at);
            if (!q.exec())
                return fail();
            int n = 0;
            while (q.next()) {
                ++n;
                const QByteArray piece = q.value(1).toByteArray();
                hash.addData(piece);
                at = q.value(0).toLongLong() + piece.size();
            }
            if (n == 0)
                break;
        }
        if (hash.result().toHex() != sha.toLatin1()) {
            q.prepare(QStringLiteral("DELETE FROM qf.blob_chunks WHERE office = ? AND sha256 = ?"));
            q.addBindValue(caller.officeId);
            q.addBindValue(sha);
            q.exec();
            q.prepare(QStringLiteral("UPDATE qf.blobs SET received = 0 WHERE office = ? AND sha256 = ?"));
            q.addBindValue(caller.officeId);
            q.addBindValue(sha);
            q.exec();
            commit();
            return jsonError(422, tr("The file arrived damaged (its SHA-256 does not match); it will be sent again."));
        }
        complete = true;
    }
    q.prepare(QStringLiteral("UPDATE qf.blobs SET received = ?, complete = ? WHERE office = ? AND sha256 = ?"));
    q.addBindValue(received);
    q.addBindValue(complete);
    q.addBindValue(caller.officeId);
    q.addBindValue(sha);
    if (!q.exec())
        return fail();
    if (Status s = commit(); !s)
        return jsonError(503, s.error());
    return { 200, compact(QJsonObject { { QStringLiteral("received"), received }, { QStringLiteral("complete"), complete } }) };
}

Response SyncService::blobGet(const Caller& caller, const QString& sha, const Request& request)
{
    const qint64 offset = request.query.queryItemValue(QStringLiteral("offset")).toLongLong();
    const qint64 length = std::clamp<qint64>(request.query.queryItemValue(QStringLiteral("length")).toLongLong(), 1,
                                             kChunkLimit);
    if (Status s = begin(caller); !s)
        return jsonError(503, s.error());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT off, data FROM qf.blob_chunks c WHERE office = ? AND sha256 = ? AND off < ? AND "
                             "off + length(data) > ? AND EXISTS (SELECT 1 FROM qf.blobs b WHERE b.office = c.office AND "
                             "b.sha256 = c.sha256 AND b.complete) ORDER BY off"));
    q.addBindValue(caller.officeId);
    q.addBindValue(sha);
    q.addBindValue(offset + length);
    q.addBindValue(offset);
    if (!q.exec()) {
        const QString e = q.lastError().text();
        rollback();
        return jsonError(503, e);
    }
    QByteArray out;
    while (q.next()) {
        const qint64 off = q.value(0).toLongLong();
        const QByteArray piece = q.value(1).toByteArray();
        const qint64 from = std::max<qint64>(0, offset - off);
        const qint64 to = std::min<qint64>(piece.size(), offset + length - off);
        if (to > from)
            out += piece.mid(from, to - from);
    }
    rollback();
    if (out.isEmpty() && offset == 0)
        return jsonError(404, tr("The server does not have this file (yet)."));
    return { 200, out, "application/octet-stream" };
}

} // namespace qf::server

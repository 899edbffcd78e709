// The push, change by change: (2) may the caller make it and where does the row belong,
// (3) the change merged into the row field by field by their clocks, concurrent edits
// kept as conflict records.
#include "server/SyncService.h"

#include "server/PushBatch.h"
#include "server/ServiceJson.h"
#include "models/Hlc.h"
#include "models/Role.h"
#include "models/Uuid7.h"

#include <algorithm>
#include <optional>

namespace qf::server {

using namespace detail;

namespace {

bool truthy(const QJsonValue& v)
{
    return v.isBool() ? v.toBool() : v.toInteger() != 0;
}

bool is(const QString& s, const char* word)
{
    return s == QLatin1String(word);
}

// A row new to the server: every field as sent.
void insertRow(const sync::Mutation& m, PushRow& r, const Placement& place, qint64 hlc)
{
    r.exists = true;
    r.office = place.office;
    r.restricted = place.restricted;
    r.createdHlc = r.hlc = hlc;
    for (auto it = m.fields.begin(); it != m.fields.end(); ++it) {
        if (sync::isIdentityField(m.table, it.key())) {
            r.identity.insert(it.key(), it.value());
            r.identityDirty = true;
        } else {
            r.data.insert(it.key(), it.value());
        }
    }
    r.dirty = true;
}

// Reference tables and the role entitled to change them (models/Role.h).
std::optional<Capability> entitlementFor(const QString& table)
{
    static const QHash<QString, Capability> tables = {
        { QStringLiteral("categories"), Capability::EditReferenceTables },
        { QStringLiteral("jurisdictions"), Capability::EditReferenceTables },
        { QStringLiteral("recusals"), Capability::EditReferenceTables },
        { QStringLiteral("capabilities"), Capability::EditReferenceTables },
        { QStringLiteral("scope_rules"), Capability::EditScopeRules },
    };
    const auto it = tables.constFind(table);
    return it == tables.constEnd() ? std::nullopt : std::optional<Capability>(*it);
}

// The field naming who made a row (set by the service to the device's user when missing)
// and the fields naming who took a decision on it: either is only ever the device's user.
QString creatorField(const QString& table)
{
    static const QHash<QString, QString> fields = {
        { QStringLiteral("reports"), QStringLiteral("created_by") },
        { QStringLiteral("visits"), QStringLiteral("created_by") },
        { QStringLiteral("events"), QStringLiteral("author_id") },
        { QStringLiteral("report_attachments"), QStringLiteral("added_by") },
        { QStringLiteral("review_proposals"), QStringLiteral("proposed_by") },
        { QStringLiteral("identity_releases"), QStringLiteral("requested_by") },
        { QStringLiteral("analysis_topics"), QStringLiteral("created_by") },
    };
    return fields.value(table);
}

QString actorField(const QString& table)
{
    static const QHash<QString, QString> fields = {
        { QStringLiteral("meeting_minutes"), QStringLiteral("confirmed_by") },
        { QStringLiteral("sync_conflicts"), QStringLiteral("resolved_by") },
        { QStringLiteral("identity_releases"), QStringLiteral("decided_by") },
    };
    return fields.value(table);
}

} // namespace

// Step 2, first part: the change is made in the name of the device's user, and of no one else.
QString SyncService::sign(const PushBatch& b, sync::Mutation& m, const PushRow& r) const
{
    m.author = b.caller.userId;
    if (is(m.op, "delete"))
        return {};
    for (const QString& field : { creatorField(m.table), actorField(m.table) }) {
        if (field.isEmpty() || !m.fields.contains(field))
            continue;
        const QJsonValue v = m.fields.value(field);
        if (v.isNull() && field == actorField(m.table))
            continue; // a decision taken back
        if (v.toString() == b.caller.userId)
            continue;
        if (r.exists && r.data.value(field) == v)
            continue; // unchanged
        return tr("A change can only be made in the name of this device's user; %1 names someone else.").arg(field);
    }
    const QString creator = creatorField(m.table);
    if (!creator.isEmpty() && !r.exists && (!m.fields.contains(creator) || m.fields.value(creator).isNull()))
        m.fields.insert(creator, b.caller.userId);
    return {};
}

void SyncService::decide(PushBatch& b, sync::Mutation& m)
{
    b.maxSeq = std::max(b.maxSeq, m.seq);
    if (auto it = b.answered.constFind(m.id); it != b.answered.constEnd()) {
        b.results << *it; // sent before and stored: the same answer, nothing applied twice
        return;
    }
    qint64 hlc = m.hlc;
    // A clock far ahead of ours would win every later edit: it is clamped to ours.
    const bool clamped = Hlc::millisOf(hlc) > b.nowMs + sync::kMaxClockSkewMs;
    if (clamped)
        hlc = serverHlc();
    m_lastHlc = std::max(m_lastHlc, hlc);

    PushRow& r = b.rows[rowKey(m.table, m.row)];
    const PushRow before = r;
    if (r.table.isEmpty()) {
        r.table = m.table;
        r.id = m.row;
    }
    Placement place;
    QString refusal = authorise(b, m, r, place);
    const qsizetype fieldsSent = m.fields.size();
    if (refusal.isEmpty())
        refusal = sign(b, m, r);
    // The row as stored differs from the device's when the service filled a field in or
    // changed the clock: the device is then sent the row back (revision 9).
    if (clamped || m.fields.size() != fieldsSent)
        r.asSent = false;
    if (refusal.isEmpty())
        refusal = merge(b, m, r, place, hlc);
    // A row already stored was checked when it came: a change that cannot break it is not
    // checked again (most edits: a text field of a report).
    if (refusal.isEmpty() && r.dirty && !is(m.op, "delete")
        && (!before.exists || before.deleted || m_schema->mayBreakRow(m.table, m.fields))) {
        // The row as every workstation of the office will apply it.
        QJsonObject whole = r.data;
        for (auto it = r.identity.begin(); it != r.identity.end(); ++it)
            whole.insert(it.key(), it.value());
        refusal = m_schema->checkRow(m.table, m.row, whole);
    }

    sync::MutationResult result { m.id, QLatin1String(sync::kApplied), {} };
    if (!refusal.isEmpty()) {
        r = before; // nothing of a refused change stays
        r.asSent = false;
        // The device holds the refused change: a row it wrote last is sent to it again.
        if (r.stored && r.echoDevice == b.caller.deviceId)
            r.dirty = true;
        result = { m.id, QLatin1String(sync::kRefused), refusal };
    }
    b.results << result;
    b.answerIds << m.id;
    b.answerSeqs << m.seq;
    b.answerResults << QString::fromUtf8(compact(result.toJson()));
}

// Step 2: the caller's role and office against the change's fields and the row's place.
QString SyncService::authorise(const PushBatch& b, const sync::Mutation& m, const PushRow& r, Placement& place) const
{
    if (!isWord(m.table) || !isWord(m.row))
        return tr("The change names no valid table or row.");
    if (!m_schema->knows(m.table))
        return tr("The server keeps no table '%1'.").arg(m.table);
    if (!is(m.op, "delete") && !is(m.op, "update") && !is(m.op, "insert"))
        return tr("'%1' is not a kind of change.").arg(m.op);
    // Who works where and in which role is the central administration's to say.
    if (is(m.table, "users") || is(m.table, "organisations"))
        return tr("Users, their roles and the offices are changed only by the central administration "
                  "(qingfeng-syncd admin), not by a workstation.");
    if (const auto needed = entitlementFor(m.table); needed && !Role::may(b.caller.role, *needed))
        return tr("Your role (%1) may not change the reference table %2.").arg(Role::name(b.caller.role), m.table);
    if (b.hidden.contains(rowKey(m.table, m.row)))
        return tr("This row belongs to another office or is not open to your role; it was not changed.");
    if (!is(m.op, "delete"))
        if (QString why = m_schema->checkFields(m.table, m.fields); !why.isEmpty())
            return why;
    if (!m.author.isEmpty() && !RowSchema::isStorableText(m.author))
        return tr("The change names its author with characters no database can keep.");
    const sync::Scope scope = sync::scopeOf(m.table);
    for (auto it = m.fields.begin(); it != m.fields.end(); ++it) {
        if (!isWord(it.key()))
            return tr("The change names a field that is not valid.");
        if (sync::isIdentityField(m.table, it.key()) && !Role::may(b.caller.role, Capability::Identities))
            return tr("Your role may not record or change reporters' or visitors' identities.");
    }
    if (scope == sync::Scope::Server) {
        bool decision = is(m.op, "update") && r.exists;
        for (auto it = m.fields.begin(); it != m.fields.end(); ++it)
            if (!it.key().startsWith(QLatin1String("resolved_")) && !is(it.key(), "resolution"))
                decision = false;
        if (!decision)
            return tr("Conflict records are made by the server; a device can only decide them.");
    }

    place = { r.exists ? r.office : QString(), r.restricted };
    if (!r.exists || is(m.op, "insert"))
        if (QString why = placeNew(b, m, r, scope, place); !why.isEmpty())
            return why;
    if (scope == sync::Scope::OwnOrg && m.fields.contains(QLatin1String("org_id"))
        && m.fields.value(QLatin1String("org_id")).toString() != b.caller.officeId)
        return tr("You cannot record or move this for another office.");
    if (!place.office.isEmpty() && place.office != b.caller.officeId)
        return tr("This belongs to another office.");
    if (is(m.table, "reports") && m.fields.contains(QLatin1String("reg_no"))) {
        const QString n = m.fields.value(QLatin1String("reg_no")).toString();
        for (const QString& t : std::as_const(b.takenNumbers))
            if (t.startsWith(n + QLatin1Char('/')) && t != n + QLatin1Char('/') + m.row)
                return tr("The registration number %1 was already given to another report.").arg(n);
    }
    return {};
}

// The office of a row the change creates (or re-creates), by its table's scope.
QString SyncService::placeNew(const PushBatch& b, const sync::Mutation& m, const PushRow& r, sync::Scope scope,
                              Placement& place) const
{
    switch (scope) {
    case sync::Scope::Global:
        place.office = QString();
        break;
    case sync::Scope::OwnOrg: {
        const QString org = m.fields.value(QLatin1String("org_id")).toString();
        place.office = org.isEmpty() ? b.caller.officeId : org;
        break;
    }
    case sync::Scope::Report: {
        const QString parentId = m.fields.contains(QLatin1String("report_id"))
            ? m.fields.value(QLatin1String("report_id")).toString()
            : r.data.value(QLatin1String("report_id")).toString();
        if (parentId.isEmpty() && is(m.table, "issued_documents")) {
            // A document of the office, of no single report (the quarterly repeat notice).
            place.office = b.caller.officeId;
            break;
        }
        const auto parent = b.rows.constFind(rowKey(QStringLiteral("reports"), parentId));
        if (parent == b.rows.constEnd() || !parent->exists) {
            place.office = QString();
            return tr("The report this belongs to is not on the server, or not visible to you.");
        }
        place.office = parent->office;
        place.restricted = parent->restricted;
        break;
    }
    case sync::Scope::Author:
        place.office = b.caller.officeId;
        break;
    case sync::Scope::Server:
        break;
    }
    return {};
}

// Step 3: the change merged into the row.
QString SyncService::merge(PushBatch& b, const sync::Mutation& m, PushRow& r, const Placement& place, qint64 hlc)
{
    if (is(m.op, "delete"))
        return mergeDelete(b, m, r, hlc);
    if (!is(m.op, "update") && !is(m.op, "insert"))
        return tr("'%1' is not a kind of change.").arg(m.op);
    if (!r.exists) {
        if (is(m.op, "update"))
            return tr("There is no such row on the server.");
        insertRow(m, r, place, hlc);
        return {};
    }
    if (is(m.table, "events"))
        return {}; // events are unioned: the same event again changes nothing
    // An update, or an insert of a row that exists (reference data made on two devices).
    return mergeFields(b, m, r, hlc);
}

QString SyncService::mergeDelete(PushBatch& b, const sync::Mutation& m, PushRow& r, qint64 hlc)
{
    if (is(m.table, "events"))
        return tr("A report's history cannot be deleted.");
    if (!r.exists || r.deleted)
        return {};
    const qint64 seen = m.base.value(QLatin1String("$row")).toInteger();
    if (b.withBase() && r.hlc != seen && r.hlc > seen) {
        // Edited elsewhere since this device last saw it: the edit is kept.
        addConflict(b, r, QStringLiteral("deleted"), false, true, r.hlc, hlc, m.author, QStringLiteral("delete_vs_edit"));
        return {};
    }
    r.deleted = true;
    r.clocks.insert(QStringLiteral("deleted"), hlc);
    r.clockPatch.insert(QStringLiteral("deleted"), hlc);
    r.hlc = std::max(r.hlc, hlc);
    r.dirty = true;
    return {};
}

QString SyncService::mergeFields(PushBatch& b, const sync::Mutation& m, PushRow& r, qint64 hlc)
{
    if (is(m.table, "reports") && m.fields.contains(QLatin1String("status"))) {
        const QString from = r.data.value(QLatin1String("status")).toString();
        const QString to = m.fields.value(QLatin1String("status")).toString();
        if (!sync::isAllowedStatusChange(from, to))
            return tr("The status cannot change from %1 to %2: it was changed elsewhere in the meantime.").arg(from, to);
    }
    if (r.deleted) {
        // An edit of a row deleted elsewhere brings it back; the delete is kept as a conflict.
        addConflict(b, r, QStringLiteral("deleted"), false, true, hlc, r.clocks.value(QLatin1String("deleted")).toInteger(),
                    QString(), QStringLiteral("delete_vs_edit"));
        r.deleted = false;
        r.clocks.insert(QStringLiteral("deleted"), hlc);
        r.clockPatch.insert(QStringLiteral("deleted"), hlc);
    }
    for (auto it = m.fields.begin(); it != m.fields.end(); ++it)
        mergeField(b, m, r, it.key(), it.value(), hlc);
    r.hlc = std::max(r.hlc, hlc);
    if (is(m.table, "reports"))
        r.restricted = truthy(r.data.value(QLatin1String("restricted")));
    r.dirty = true;
    return {};
}

// One field: the later clock wins; a change made without seeing the value it replaces
// (concurrent) is recorded as a conflict whichever wins.
void SyncService::mergeField(PushBatch& b, const sync::Mutation& m, PushRow& r, const QString& f,
                             const QJsonValue& value, qint64 hlc)
{
    const bool identity = sync::isIdentityField(m.table, f);
    const QJsonValue current = identity ? r.identity.value(f) : r.data.value(f);
    const qint64 fieldClock = r.clocks.value(f).toInteger();
    const qint64 effective = r.clocks.contains(f) ? fieldClock : r.createdHlc;
    bool concurrent = false;
    if (is(m.op, "insert"))
        concurrent = true;
    else if (b.withBase())
        concurrent = m.base.value(f).toInteger() != fieldClock;
    const bool differs = current != value;
    if (hlc > effective) {
        if (differs) {
            if (identity) {
                r.identity.insert(f, value);
                r.identityDirty = true;
            } else {
                r.data.insert(f, value);
                r.patch.insert(f, value);
            }
        }
        r.clocks.insert(f, hlc);
        r.clockPatch.insert(f, hlc);
        if (concurrent && differs)
            addConflict(b, r, f, value, current, hlc, effective, QString(), QStringLiteral("concurrent_edit"));
    } else if (differs) {
        // The device's value lost to a later one: it is sent the row back.
        r.asSent = false;
        if (concurrent)
            addConflict(b, r, f, current, value, effective, hlc, m.author, QStringLiteral("concurrent_edit"));
    }
}

void SyncService::addConflict(PushBatch& b, PushRow& r, const QString& field, const QJsonValue& kept,
                              const QJsonValue& other, qint64 keptHlc, qint64 otherHlc, const QString& otherAuthor,
                              const QString& kind)
{
    r.asSent = false; // whichever value won, the device is sent the row and the conflict
    PushRow c;
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
                           { QStringLiteral("created_at"), b.nowText } };
    b.conflicts << c;
}

} // namespace qf::server

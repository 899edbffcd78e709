#include "models/DispatchTables.h"
#include "models/SqlError.h"

#include "models/CategoryStore.h"
#include "models/Database.h"
#include "models/Uuid7.h"
#include "models/Writer.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace qf {

namespace {

const QString kJurisdictions = QStringLiteral("jurisdictions");
const QString kRecusals = QStringLiteral("recusals");
const QString kCapabilities = QStringLiteral("capabilities");

QVariant orNull(const QString& s)
{
    const QString t = s.trimmed();
    return t.isEmpty() ? QVariant() : QVariant(t);
}

} // namespace

DispatchTables::DispatchTables(Writer& writer)
    : m_writer(writer)
{
}

QStringList DispatchTables::splitList(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,，、;；\\s]+"));
    QStringList out;
    for (const QString& k : text.split(separators, Qt::SkipEmptyParts))
        if (!out.contains(k))
            out << k;
    return out;
}

Result<QString> DispatchTables::write(const QString& table, const QString& id, const QVariantMap& fields)
{
    if (Status s = m_writer.require(Capability::EditReferenceTables, tr("change the dispatch tables")); !s)
        return s.failure();
    const QString rowId = id.isEmpty() ? Uuid7::generate() : id;
    const Change c = id.isEmpty() ? Change::insert(table, rowId, fields) : Change::update(table, rowId, fields);
    if (Status s = m_writer.apply(c); !s)
        return Error { s.error() };
    return rowId;
}

Status DispatchTables::requireLive(const QString& table, const QString& id, const QString& message) const
{
    QSqlQuery q(m_writer.database().connection());
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ? AND deleted = 0").arg(table));
    q.addBindValue(id);
    if (!q.exec())
        return Error { tr("The database could not be read: %1").arg(SqlError::text(q.lastError())) };
    if (!q.next())
        return Error { message };
    return {};
}

Result<QList<JurisdictionRow>> DispatchTables::jurisdictions() const
{
    QSqlQuery q(m_writer.database().connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT j.id, j.org_id, o.name, j.unit, j.region, j.ranks, j.note FROM jurisdictions j "
                               "LEFT JOIN organisations o ON o.id = j.org_id WHERE j.deleted = 0 "
                               "ORDER BY o.code, j.unit, j.region")))
        return Error { tr("The jurisdiction table could not be read: %1").arg(SqlError::text(q.lastError())) };
    QList<JurisdictionRow> rows;
    while (q.next())
        rows.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toString(), splitList(q.value(5).toString()), q.value(6).toString() });
    return rows;
}

Result<QString> DispatchTables::save(const JurisdictionRow& r)
{
    if (Status s = m_writer.require(Capability::EditReferenceTables, tr("change the dispatch tables")); !s)
        return s.failure();
    if (r.orgId.isEmpty())
        return Error { tr("A jurisdiction rule needs an office.") };
    if (Status s = requireLive(QStringLiteral("organisations"), r.orgId, tr("The chosen office does not exist (any more).")); !s)
        return Error { s.error() };
    QStringList ranks;
    for (const QString& rank : r.ranks)
        if (!rank.trimmed().isEmpty())
            ranks << rank.trimmed();
    return write(kJurisdictions, r.id,
                 { { QStringLiteral("org_id"), r.orgId },
                   { QStringLiteral("unit"), orNull(r.unit) },
                   { QStringLiteral("region"), orNull(r.region) },
                   { QStringLiteral("ranks"), orNull(ranks.join(QLatin1Char(','))) },
                   { QStringLiteral("note"), orNull(r.note) } });
}

Result<QList<RecusalRow>> DispatchTables::recusals() const
{
    QSqlQuery q(m_writer.database().connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT r.id, r.user_id, u.name, r.unit, r.subject_name, r.reason FROM recusals r "
                               "LEFT JOIN users u ON u.id = r.user_id WHERE r.deleted = 0 "
                               "ORDER BY u.name, r.unit, r.subject_name")))
        return Error { tr("The recusal table could not be read: %1").arg(SqlError::text(q.lastError())) };
    QList<RecusalRow> rows;
    while (q.next())
        rows.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toString(), q.value(5).toString() });
    return rows;
}

Result<QString> DispatchTables::save(const RecusalRow& r)
{
    if (Status s = m_writer.require(Capability::EditReferenceTables, tr("change the dispatch tables")); !s)
        return s.failure();
    if (r.userId.isEmpty())
        return Error { tr("A recusal needs the officer who may not handle the matter.") };
    if (r.unit.trimmed().isEmpty() && r.subjectName.trimmed().isEmpty())
        return Error { tr("A recusal needs a unit or the name of a person (or both).") };
    if (Status s = requireLive(QStringLiteral("users"), r.userId, tr("The chosen officer does not exist (any more).")); !s)
        return Error { s.error() };
    return write(kRecusals, r.id,
                 { { QStringLiteral("user_id"), r.userId },
                   { QStringLiteral("unit"), orNull(r.unit) },
                   { QStringLiteral("subject_name"), orNull(r.subjectName) },
                   { QStringLiteral("reason"), orNull(r.reason) } });
}

Result<QList<CapabilityRow>> DispatchTables::capabilities() const
{
    QSqlQuery q(m_writer.database().connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT c.id, c.user_id, u.name, c.org_id, o.name, c.areas, c.base_load, c.max_load "
                               "FROM capabilities c LEFT JOIN users u ON u.id = c.user_id "
                               "LEFT JOIN organisations o ON o.id = c.org_id WHERE c.deleted = 0 "
                               "ORDER BY o.code, u.name")))
        return Error { tr("The capability table could not be read: %1").arg(SqlError::text(q.lastError())) };
    QList<CapabilityRow> rows;
    while (q.next())
        rows.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toString(), splitList(q.value(5).toString()), q.value(6).toInt(),
                      q.value(7).toInt() });
    return rows;
}

Result<QString> DispatchTables::save(const CapabilityRow& r)
{
    if (Status s = m_writer.require(Capability::EditReferenceTables, tr("change the dispatch tables")); !s)
        return s.failure();
    if (r.userId.isEmpty())
        return Error { tr("A capability row needs an officer.") };
    if (r.orgId.isEmpty())
        return Error { tr("A capability row needs the office the officer handles cases for.") };
    if (r.baseLoad < 0)
        return Error { tr("The base load cannot be negative.") };
    if (r.maxLoad < r.baseLoad)
        return Error { tr("The maximum load (%1) cannot be below the base load (%2).").arg(r.maxLoad).arg(r.baseLoad) };
    if (Status s = requireLive(QStringLiteral("users"), r.userId, tr("The chosen officer does not exist (any more).")); !s)
        return Error { s.error() };
    if (Status s = requireLive(QStringLiteral("organisations"), r.orgId, tr("The chosen office does not exist (any more).")); !s)
        return Error { s.error() };

    // Areas are category codes (an id, as older rows have, is turned into the code).
    CategoryStore categories(m_writer);
    QStringList areas;
    QStringList unknown;
    for (const QString& a : r.areas) {
        if (a.trimmed().isEmpty())
            continue;
        auto c = categories.find(a);
        if (!c)
            unknown << a.trimmed();
        else if (!areas.contains(c->code))
            areas << c->code;
    }
    if (!unknown.isEmpty())
        return Error { tr("Unknown category code(s) in the areas: %1. Use the codes of the category table.")
                           .arg(unknown.join(QStringLiteral(", "))) };

    // One row per officer and office: a second one would propose the officer twice.
    QSqlQuery dup(m_writer.database().connection());
    dup.prepare(QStringLiteral("SELECT 1 FROM capabilities WHERE user_id = ? AND org_id = ? AND id IS NOT ? AND deleted = 0"));
    dup.addBindValue(r.userId);
    dup.addBindValue(r.orgId);
    dup.addBindValue(r.id);
    if (!dup.exec())
        return Error { tr("The capability table could not be read: %1").arg(SqlError::text(dup.lastError())) };
    if (dup.next())
        return Error { tr("This officer already has a row for this office; change that row instead.") };

    return write(kCapabilities, r.id,
                 { { QStringLiteral("user_id"), r.userId },
                   { QStringLiteral("org_id"), r.orgId },
                   { QStringLiteral("areas"), orNull(areas.join(QLatin1Char(','))) },
                   { QStringLiteral("base_load"), r.baseLoad },
                   { QStringLiteral("max_load"), r.maxLoad } });
}

Status DispatchTables::remove(const QString& table, const QString& id)
{
    if (Status s = m_writer.require(Capability::EditReferenceTables, tr("change the dispatch tables")); !s)
        return s;
    if (table != kJurisdictions && table != kRecusals && table != kCapabilities)
        return Error { tr("'%1' is not one of the dispatch tables.").arg(table) };
    return m_writer.apply(Change::remove(table, id));
}

Result<QList<NamedRef>> DispatchTables::offices() const
{
    // Villages are reported on, never handle: they are left out of the choice.
    QSqlQuery q(m_writer.database().connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name FROM organisations WHERE deleted = 0 AND level <> 'village' ORDER BY code")))
        return Error { tr("The list of offices could not be read: %1").arg(SqlError::text(q.lastError())) };
    QList<NamedRef> out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toString(), {} });
    return out;
}

Result<QList<NamedRef>> DispatchTables::officers() const
{
    QSqlQuery q(m_writer.database().connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT u.id, u.name, o.name FROM users u LEFT JOIN organisations o ON o.id = u.org_id "
                               "WHERE u.deleted = 0 ORDER BY o.code, u.name")))
        return Error { tr("The list of officers could not be read: %1").arg(SqlError::text(q.lastError())) };
    QList<NamedRef> out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
    return out;
}

} // namespace qf

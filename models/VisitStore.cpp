#include "models/VisitStore.h"
#include "models/SqlError.h"

#include "models/Database.h"
#include "models/IdentityVault.h"
#include "models/RegistrationNumbers.h"
#include "models/Uuid7.h"
#include "models/Writer.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace qf {

namespace {

const QString kTable = QStringLiteral("visits");
const char* const kColumns = "id, person_id, report_id, kind, head_count, ticket_no, arrived_at, started_at, "
                             "ended_at, room, outcome, referred_to, recording_sha256, representatives_enc, "
                             "companions_enc";

QByteArray context(const char* field, const QString& id)
{
    return QByteArray("visits.") + field + ':' + id.toLatin1();
}

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// The UTC range of a local calendar day, as ISO strings (arrived_at is stored in UTC).
std::pair<QString, QString> dayRange(const QDate& day)
{
    const QDateTime from(day, QTime(0, 0), QTimeZone::systemTimeZone());
    return { iso(from), iso(from.addDays(1)) };
}

} // namespace

VisitStore::VisitStore(Writer& writer, const IdentityVault& vault)
    : m_writer(writer)
    , m_vault(vault)
{
}

bool VisitStore::isValidKind(const QString& kind)
{
    return kind == QLatin1String("individual") || kind == QLatin1String("group") || kind == QLatin1String("over_level");
}

QVariantMap VisitStore::sealed(const QString& id, const QString& representatives, const QString& companions) const
{
    QVariantMap f;
    if (!representatives.trimmed().isEmpty())
        f.insert(QStringLiteral("representatives_enc"),
                 m_vault.sealText(representatives.trimmed(), context("representatives_enc", id)));
    if (!companions.trimmed().isEmpty())
        f.insert(QStringLiteral("companions_enc"), m_vault.sealText(companions.trimmed(), context("companions_enc", id)));
    return f;
}

bool VisitStore::isValidTicketPrefix(const QString& prefix)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9]{1,3}$"));
    return re.match(prefix).hasMatch();
}

Result<QString> VisitStore::ticketPrefix() const
{
    if (!m_ticketPrefix.isEmpty()) {
        if (!isValidTicketPrefix(m_ticketPrefix))
            return Error { tr("The desk's ticket prefix '%1' is not valid: use one to three letters or digits.")
                               .arg(m_ticketPrefix) };
        return m_ticketPrefix;
    }
    return RegistrationNumbers(m_writer.database()).deviceTag();
}

Result<QString> VisitStore::nextTicketNo(const QDate& day) const
{
    auto prefix = ticketPrefix();
    if (!prefix)
        return prefix;
    const QString head = *prefix + QLatin1Char('-');
    const auto [from, to] = dayRange(day);
    QSqlQuery q(m_writer.database().connection());
    q.prepare(QStringLiteral("SELECT MAX(CAST(substr(ticket_no, ?) AS INTEGER)) FROM visits "
                             "WHERE arrived_at >= ? AND arrived_at < ? AND substr(ticket_no, 1, ?) = ?"));
    q.addBindValue(head.size() + 1);
    q.addBindValue(from);
    q.addBindValue(to);
    q.addBindValue(head.size());
    q.addBindValue(head);
    if (!q.exec())
        return Error { tr("The next ticket number could not be found: %1").arg(SqlError::text(q.lastError())) };
    const int last = q.next() ? q.value(0).toInt() : 0;
    return QString(head + QStringLiteral("%1").arg(last + 1, 3, 10, QLatin1Char('0')));
}

Result<Visit> VisitStore::arrive(Visit v)
{
    if (!isValidKind(v.kind))
        return Error { tr("'%1' is not a kind of visit (individual, group, over_level).").arg(v.kind) };
    if (v.headCount < 1)
        return Error { tr("A visit needs at least one person.") };
    if (v.kind == QLatin1String("group") && v.headCount < 2)
        return Error { tr("A group visit needs the number of people (at least two).") };
    v.id = Uuid7::generate();
    if (!v.arrivedAt.isValid())
        v.arrivedAt = QDateTime::currentDateTimeUtc();
    auto ticket = nextTicketNo(v.arrivedAt.toLocalTime().date());
    if (!ticket)
        return Error { ticket.error() };
    v.ticketNo = *ticket;
    QVariantMap f = sealed(v.id, v.representatives, v.companions);
    f.insert(QStringLiteral("kind"), v.kind);
    f.insert(QStringLiteral("head_count"), v.headCount);
    f.insert(QStringLiteral("ticket_no"), v.ticketNo);
    f.insert(QStringLiteral("arrived_at"), iso(v.arrivedAt));
    f.insert(QStringLiteral("created_by"), m_writer.author());
    if (!v.personId.isEmpty())
        f.insert(QStringLiteral("person_id"), v.personId);
    if (v.startedAt.isValid())
        f.insert(QStringLiteral("started_at"), iso(v.startedAt));
    if (!v.room.isEmpty())
        f.insert(QStringLiteral("room"), v.room);
    if (Status s = m_writer.apply(Change::insert(kTable, v.id, f)); !s)
        return Error { s.error() };
    return v;
}

Result<Visit> VisitStore::get(const QString& id) const
{
    QSqlQuery q(m_writer.database().connection());
    q.prepare(QStringLiteral("SELECT %1 FROM visits WHERE id = ? AND deleted = 0").arg(QString::fromLatin1(kColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return Error { tr("The visit could not be read: %1").arg(SqlError::text(q.lastError())) };
    if (!q.next())
        return Error { tr("There is no visit with the id %1.").arg(id) };
    Visit v;
    v.id = q.value(0).toString();
    v.personId = q.value(1).toString();
    v.reportId = q.value(2).toString();
    v.kind = q.value(3).toString();
    v.headCount = q.value(4).toInt();
    v.ticketNo = q.value(5).toString();
    v.arrivedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    v.startedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    v.endedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    v.room = q.value(9).toString();
    v.outcome = q.value(10).toString();
    v.referredTo = q.value(11).toString();
    v.recordingSha256 = q.value(12).toString();
    if (const QByteArray r = q.value(13).toByteArray(); !r.isEmpty())
        if (auto plain = m_vault.open(r, context("representatives_enc", v.id)))
            v.representatives = QString::fromUtf8(*plain);
    if (const QByteArray c = q.value(14).toByteArray(); !c.isEmpty())
        if (auto plain = m_vault.open(c, context("companions_enc", v.id)))
            v.companions = QString::fromUtf8(*plain);
    return v;
}

Result<QList<Visit>> VisitStore::waiting(const QDate& day) const
{
    const auto [from, to] = dayRange(day);
    QSqlQuery q(m_writer.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, ticket_no, arrived_at, kind, head_count FROM visits WHERE arrived_at >= ? "
                             "AND arrived_at < ? AND started_at IS NULL AND outcome IS NULL AND deleted = 0 "
                             "ORDER BY arrived_at, ticket_no"));
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec())
        return Error { tr("The waiting list could not be read: %1").arg(SqlError::text(q.lastError())) };
    QList<Visit> out;
    while (q.next()) {
        Visit v;
        v.id = q.value(0).toString();
        v.ticketNo = q.value(1).toString();
        v.arrivedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        v.kind = q.value(3).toString();
        v.headCount = q.value(4).toInt();
        out << v;
    }
    return out;
}

Result<Visit> VisitStore::callNext(const QString& room)
{
    auto list = waiting();
    if (!list)
        return Error { list.error() };
    if (list->isEmpty())
        return Error { tr("Nobody is waiting.") };
    const QString id = list->first().id;
    if (Status s = start(id, room); !s)
        return Error { s.error() };
    return get(id);
}

Status VisitStore::start(const QString& id, const QString& room)
{
    if (room.trimmed().isEmpty())
        return Error { tr("Choose the room for the conversation.") };
    return m_writer.apply(Change::update(kTable, id, { { QStringLiteral("started_at"), iso(QDateTime::currentDateTimeUtc()) },
                                                       { QStringLiteral("room"), room } }));
}

Status VisitStore::end(const QString& id)
{
    return m_writer.apply(Change::update(kTable, id, { { QStringLiteral("ended_at"), iso(QDateTime::currentDateTimeUtc()) } }));
}

Status VisitStore::update(const QString& id, QVariantMap fields)
{
    const QString reps = fields.take(QStringLiteral("representatives")).toString();
    const QString comps = fields.take(QStringLiteral("companions")).toString();
    fields.insert(sealed(id, reps, comps));
    for (auto it = fields.begin(); it != fields.end(); ++it)
        if (it.value().metaType().id() == QMetaType::QDateTime)
            it.value() = iso(it.value().toDateTime());
    return m_writer.apply(Change::update(kTable, id, fields));
}

} // namespace qf

#include "models/Callbacks.h"

#include "models/Database.h"
#include "models/IdentityVault.h"
#include "models/Role.h"
#include "models/Settings.h"
#include "models/SqlError.h"
#include "models/WorkCalendar.h"
#include "models/Writer.h"

#include <QSqlError>
#include <QSqlQuery>

namespace qf {

Callbacks::Callbacks(Writer& writer, const IdentityVault& vault)
    : m_writer(writer)
    , m_vault(vault)
{
}

QDateTime Callbacks::dueFor(const QDateTime& calledAt, const WorkCalendar& calendar, const Settings& settings)
{
    QTime endOfDay = QTime::fromString(settings.text(Settings::Key::HotlineWorkdayEnds), QStringLiteral("HH:mm"));
    if (!endOfDay.isValid())
        endOfDay = QTime(17, 30);
    const int workdays = std::max(0, settings.intValue(Settings::Key::HotlineCallbackWorkdays));
    const QDateTime local = calledAt.toLocalTime();
    QDate day = local.date();
    // A call on a day off or after hours is returned from the next working day.
    if (!calendar.isWorkingDay(day) || local.time() >= endOfDay)
        day = calendar.addWorkingDays(day, 1).date;
    if (workdays > 0)
        day = calendar.addWorkingDays(day, workdays).date;
    return QDateTime(day, endOfDay);
}

Result<QList<Callback>> Callbacks::open(const QDateTime& now) const
{
    QSqlQuery q(m_writer.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT b.id, b.call_id, c.number_enc, b.created_at, b.due_at, b.attempts, b.attempted_at "
                             "FROM callbacks b "
                             "LEFT JOIN call_records c ON c.id = b.call_id "
                             "WHERE b.done_at IS NULL AND b.deleted = 0 ORDER BY b.due_at, b.id"));
    if (!q.exec())
        return Error { tr("The callbacks could not be read: %1").arg(SqlError::text(q.lastError())), ErrorCode::Io };
    QList<Callback> out;
    const bool openNumbers = Role::may(m_writer.role(), Capability::Identities) && m_vault.canOpen();
    while (q.next()) {
        Callback b;
        b.id = q.value(0).toString();
        b.callId = q.value(1).toString();
        if (openNumbers && !q.value(2).isNull()) {
            auto n = m_vault.openText(q.value(2).toByteArray(), QByteArray("call_records.number_enc:") + b.callId.toLatin1());
            if (n)
                b.number = *n;
        }
        b.createdAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        b.dueAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        b.overdue = b.dueAt.isValid() && now > b.dueAt;
        if (q.value(5).toInt() > 0) {
            b.outcome = QStringLiteral("no_answer");
            b.attempts = q.value(5).toInt();
            b.attemptedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        }
        out << b;
    }
    return out;
}

Result<int> Callbacks::overdueCount(const QDateTime& now) const
{
    QSqlQuery q(m_writer.database().connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM callbacks WHERE done_at IS NULL AND deleted = 0 AND due_at < ?"));
    q.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec() || !q.next())
        return Error { tr("The callbacks could not be read: %1").arg(SqlError::text(q.lastError())), ErrorCode::Io };
    return q.value(0).toInt();
}

Result<int> Callbacks::attemptsSoFar(const QString& callbackId) const
{
    QSqlQuery q(m_writer.database().connection());
    q.prepare(QStringLiteral("SELECT done_at, attempts FROM callbacks WHERE id = ? AND deleted = 0"));
    q.addBindValue(callbackId);
    if (!q.exec() || !q.next())
        return Error { tr("There is no callback with the id %1.").arg(callbackId), ErrorCode::NotFound };
    if (!q.value(0).isNull())
        return Error { tr("This callback was already made."), ErrorCode::Conflict };
    return q.value(1).toInt();
}

Status Callbacks::complete(const QString& callbackId, const QString& outcome, const QString& note, const QDateTime& at)
{
    if (Status s = m_writer.require(Capability::Identities, tr("call back a caller")); !s)
        return s;
    if (outcome.trimmed().isEmpty())
        return Error { tr("Say how the callback went."), ErrorCode::Invalid };
    if (auto open = attemptsSoFar(callbackId); !open)
        return open.failure();
    return m_writer.apply(Change::update(QStringLiteral("callbacks"), callbackId,
                                         { { QStringLiteral("done_at"), at.toUTC().toString(Qt::ISODateWithMs) },
                                           { QStringLiteral("done_by"), m_writer.author() },
                                           { QStringLiteral("outcome"), outcome.trimmed() },
                                           { QStringLiteral("note"), note.trimmed() } }));
}

Status Callbacks::attempted(const QString& callbackId, const QDateTime& at)
{
    if (Status s = m_writer.require(Capability::Identities, tr("call back a caller")); !s)
        return s;
    auto attempts = attemptsSoFar(callbackId);
    if (!attempts)
        return attempts.failure();
    return m_writer.apply(Change::update(QStringLiteral("callbacks"), callbackId,
                                         { { QStringLiteral("attempts"), *attempts + 1 },
                                           { QStringLiteral("attempted_at"), at.toUTC().toString(Qt::ISODateWithMs) } }));
}

} // namespace qf

#include "models/OverviewStats.h"
#include "models/SqlError.h"

#include "models/CaseState.h"
#include "models/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace qf {

namespace {

// received_at / arrived_at are ISO 8601 texts, so a date string is a lower bound.
Result<qint64> count(const QSqlDatabase& c, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(c);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return Error { OverviewStats::tr("Cannot count for the overview: %1").arg(SqlError::text(q.lastError())) };
    return q.value(0).toLongLong();
}

} // namespace

QStringList OverviewStats::closedStatuses()
{
    // Not open: concluded (办结) and the end states of the case state machine.
    QStringList names;
    for (CaseState s : allStates()) {
        if (isTerminal(s) || s == CaseState::Concluded)
            names << stateName(s);
    }
    return names;
}

Result<OverviewStats> OverviewStats::load(const QString& databasePath, QDate today)
{
    auto db = Database::openReader(databasePath);
    if (!db)
        return Error { db.error() };
    const QSqlDatabase c = (*db)->connection();
    const QString day = today.toString(Qt::ISODate);
    const QString monday = today.addDays(1 - today.dayOfWeek()).toString(Qt::ISODate);
    QString closed;
    for (const QString& s : closedStatuses())
        closed += (closed.isEmpty() ? QString() : QStringLiteral(", ")) + QLatin1Char('\'') + s + QLatin1Char('\'');

    OverviewStats s;
    s.schemaVersion = (*db)->schemaVersion();
    const QString reportsSince = QStringLiteral("SELECT count(*) FROM reports WHERE received_at >= ? AND deleted = 0");
    auto today_ = count(c, reportsSince, { day });
    if (!today_)
        return Error { today_.error() };
    s.reportsToday = *today_;
    auto week = count(c, reportsSince, { monday });
    if (!week)
        return Error { week.error() };
    s.reportsThisWeek = *week;
    auto open = count(c,
                      QStringLiteral("SELECT count(*) FROM reports WHERE deleted = 0 AND status NOT IN (%1)").arg(closed),
                      {});
    if (!open)
        return Error { open.error() };
    s.reportsOpen = *open;
    auto visits = count(c, QStringLiteral("SELECT count(*) FROM visits WHERE arrived_at >= ? AND deleted = 0"), { day });
    if (!visits)
        return Error { visits.error() };
    s.visitsToday = *visits;
    return s;
}

} // namespace qf

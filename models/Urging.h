#pragma once

#include "models/DeadlineClock.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace qf {

class Session;
struct Report;

// One 催办: a supervisor reminded the handling office of a report that is late or nearly so.
struct Urge
{
    QString reportId;
    QDateTime at;
    QString by;        // users.id
    QString note;      // what the supervisor asks for, as written
    QString light;     // lightName() at the time
    QDateTime due;     // the due date of the clock that ran (or runs) out, if any
    int overdueDays = 0;
};

// 催办 (urging) from the supervision screen: the reminder is an event on the report's
// history (kind "urged", synced with its report) with the light and the due date it was
// given for; the 督办函 the office prints with it names the report, the due date and the
// days overdue.
class Urging
{
    Q_DECLARE_TR_FUNCTIONS(qf::Urging)

public:
    explicit Urging(Session& session);

    // Whole days past the due date on `now` (0 when not yet due or no due date).
    static int overdueDays(const DeadlineStatus& status, const QDateTime& now);
    // Records the reminder; supervisors, review-meeting chairs and administrators only.
    Status urge(const QString& reportId, const QString& note, const DeadlineStatus& status, const QDateTime& now);
    // The reminders of a report, oldest first.
    Result<QList<Urge>> of(const QString& reportId) const;
    // How many times each report was urged, for the reports urged at least once.
    static QHash<QString, int> countsByReport(const QSqlDatabase& db);

    // The 督办函 to the handling office, in the layout of the office's documents.
    static QString letterHtml(const Report& report, const QString& office, const QString& note,
                              const DeadlineStatus& status, const QDateTime& now, const QString& officeName,
                              const QString& docNo);

private:
    Session& m_session;
};

} // namespace qf

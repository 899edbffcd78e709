#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace qf {

// The figures of the overview, counted on a reader connection of its own so that it can
// run on a worker thread (never the UI thread).
struct OverviewStats
{
    qint64 reportsToday = 0;
    qint64 reportsThisWeek = 0;
    qint64 reportsOpen = 0;
    qint64 visitsToday = 0;
    int schemaVersion = 0;

    Q_DECLARE_TR_FUNCTIONS(qf::OverviewStats)

public:
    // Report statuses after which a report no longer counts as open.
    static QStringList closedStatuses();
    // Opens its own reader connection on the file; callable from any thread.
    static Result<OverviewStats> load(const QString& databasePath, QDate today);
};

} // namespace qf

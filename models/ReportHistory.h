#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace qf {

class Database;

// One entry of a report's history (its events), as a screen lists it.
struct ReportEvent
{
    QString at; // ISO 8601, UTC
    QString kind;
    QString authorName; // empty when the author is not (or no longer) on file
    QJsonObject payload;
};

// Reads a report's history and the reports linked to it. Owned by the Session
// (session.history()).
class ReportHistory
{
    Q_DECLARE_TR_FUNCTIONS(qf::ReportHistory)

public:
    explicit ReportHistory(Database& db);

    // The report's events, oldest first.
    Result<QList<ReportEvent>> events(const QString& reportId) const;
    // The ids of reports filed as repeats of this one, earliest received first.
    Result<QStringList> repeatsOf(const QString& reportId, int limit = 50) const;

private:
    Database& m_db;
};

} // namespace qf

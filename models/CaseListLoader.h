#pragma once

#include "models/CaseListFilter.h"
#include "models/DeadlineClock.h"
#include "models/WorkCalendar.h"

#include <QDateTime>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace qf {

class Database;

// The case list's worker: lives on its own thread with its own reader connection and runs
// the list's queries there. Each request carries the model's token; a key request that is
// no longer the newest is skipped before it starts.
class CaseListLoader : public QObject
{
    Q_OBJECT

public:
    CaseListLoader(QString databasePath, DeadlinePolicy policy);
    ~CaseListLoader() override;

    // Set from the model's thread: requests with an older token are stale.
    std::atomic<quint64> latestToken { 0 };

public slots:
    void loadKeys(quint64 token, const qf::CaseListFilter& filter, const QDateTime& now);
    void loadRows(quint64 token, int window, const QList<qint64>& rowIds, const QDateTime& now);
    void loadFlagged(quint64 token, bool includeRestricted, const QDateTime& now);

signals:
    void keysLoaded(quint64 token, const QList<qint64>& rowIds, const QString& error);
    void rowsLoaded(quint64 token, int window, const QList<qf::CaseListRow>& rows, const QString& error);
    void flaggedLoaded(quint64 token, const QList<qf::CaseListRow>& rows, const QString& error);

private:
    QString open();

    QString m_path;
    DeadlinePolicy m_policy;
    std::unique_ptr<Database> m_db;
    std::optional<WorkCalendar> m_calendar;
    std::unique_ptr<DeadlineClock> m_clock;
};

} // namespace qf

Q_DECLARE_METATYPE(qf::CaseListFilter)
Q_DECLARE_METATYPE(qf::CaseListRow)

#pragma once

#include "models/CaseListFilter.h"
#include "models/DeadlineClock.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace qf {

// The case list's two queries, run on a reader connection off the UI thread:
// keys() gives the ordered row ids of everything the filter matches (8 bytes a report, so
// a million fit), rows() the lines for a window of them, lights computed there.
class CaseListQuery
{
    Q_DECLARE_TR_FUNCTIONS(qf::CaseListQuery)

public:
    CaseListQuery(QSqlDatabase db, const DeadlineClock& clock, QDateTime now);

    Result<QList<qint64>> keys(const CaseListFilter& filter) const;
    // The lines for the ids, in the same order (ids no longer there are left out).
    Result<QList<CaseListRow>> rows(const QList<qint64>& rowIds) const;
    // Every report whose light is yellow or worse (open reports only), with the line.
    Result<QList<CaseListRow>> flagged(bool includeRestricted) const;

private:
    QSqlDatabase m_db;
    const DeadlineClock& m_clock;
    QDateTime m_now;
};

} // namespace qf

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
    // The WHERE clause of the filter over `reports r` (everything but the text search and
    // the light), with its bound values: the one translation of a filter into SQL, shared
    // with the analysis so that a number and the list behind it cannot disagree.
    struct Condition
    {
        QString sql;
        QVariantList binds;
    };
    static Condition condition(const CaseListFilter& filter);
    // The UTC instant (as stored: ISO text with milliseconds) at which a day begins, in China
    // Standard Time when `china`, else the day's text itself.
    static QString dayStart(const QDate& day, bool china);

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

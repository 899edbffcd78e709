#pragma once

// What models/Analysis.cpp and AnalysisWarnings.cpp share of their SQL (internal to models/).

#include "models/Analysis.h"
#include "models/CaseListQuery.h"
#include "models/Result.h"
#include "models/SqlError.h"
#include "models/SqliteStatement.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace qf::analysis_sql {

inline QString monthKey(const QDate& d) { return d.toString(QStringLiteral("yyyy-MM")); }


// Largest first, then by key.
inline void sortCells(QList<AnalysisCell>& cells)
{
    std::sort(cells.begin(), cells.end(), [](const AnalysisCell& a, const AnalysisCell& b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.key < b.key;
    });
}

// The month a report counts under as the index in `keys` (filled with the months from `from`
// to `to`, "YYYY-MM"): a CASE over the months' first moments in China time, much cheaper than
// formatting a date for every report.
inline QString monthIndexExpr(const QDate& from, const QDate& to, QStringList& keys)
{
    keys.clear();
    QString expr = QStringLiteral("CASE");
    for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1)) {
        if (!keys.isEmpty())
            expr += QStringLiteral(" WHEN r.received_at < '%1' THEN %2").arg(CaseListQuery::dayStart(m, true)).arg(keys.size() - 1);
        keys << monthKey(m);
    }
    return keys.size() <= 1 ? QStringLiteral("0") : expr + QStringLiteral(" ELSE %1 END").arg(keys.size() - 1);
}

// Prepares `sql` on the SQLite handle under the connection, with the binds: the analysis' passes
// over many reports read through it rather than QSqlQuery.
inline Status prepareWith(SqliteStatement& st, const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {})
{
    if (!st.prepare(SqliteStatement::handleOf(db), sql))
        return Error { Analysis::tr("Cannot compute the figures: %1").arg(st.lastError()) };
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds.at(i));
    return {};
}

inline Status bindAndRun(QSqlQuery& q, const QString& sql, const QVariantList& binds)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Error { Analysis::tr("Cannot compute the figures: %1").arg(SqlError::text(q.lastError())) };
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Error { Analysis::tr("Cannot compute the figures: %1").arg(SqlError::text(q.lastError())) };
    return {};
}

} // namespace qf::analysis_sql

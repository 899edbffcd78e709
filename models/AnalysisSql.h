#pragma once

// What models/Analysis.cpp and AnalysisWarnings.cpp share of their SQL (internal to models/).

#include "models/Analysis.h"
#include "models/Result.h"
#include "models/SqlError.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace qf::analysis_sql {

inline QString monthKey(const QDate& d) { return d.toString(QStringLiteral("yyyy-MM")); }

// The month a report counts under: its receipt in China Standard Time.
inline constexpr const char* kMonthExpr = "strftime('%Y-%m', r.received_at, '+8 hours')";

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

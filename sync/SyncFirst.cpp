// A first sync into an empty store: the history is applied bare, and the indexes kept beside
// reports (short terms, near-duplicate fingerprints, full text, the analysis') are built once
// at its end (SyncClient::pullChanges).
#include "sync/SyncLocal.h"

#include "models/Database.h"
#include "models/DuplicateIndex.h"
#include "models/ReportSearch.h"
#include "models/ShortTermIndex.h"
#include "models/SqlError.h"
#include "models/SqlTransaction.h"
#include "sync/Log.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace qf::sync {

namespace {

// Indexes a first sync builds once at its end instead of row by row: the analysis' (revision
// 20), kept beside every report, reported person and event. Their statements wait in the meta
// table meanwhile, as SQLite kept them.
const char* const kDeferredIndexes[] = { "reports_analysis", "subjects_report_units", "events_begin_handling",
                                         "persons_key_petitioners" };
const QString kDeferredIndexesMeta = QStringLiteral("sync_deferred_indexes");

} // namespace

Status SyncLocal::deferIndexes()
{
    QJsonArray statements;
    QSqlQuery q(m_db.connection());
    for (const char* name : kDeferredIndexes) {
        q.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?"));
        q.addBindValue(QLatin1String(name));
        if (!q.exec())
            return Error { tr("Cannot read the indexes: %1").arg(SqlError::text(q.lastError())) };
        if (q.next())
            statements.append(q.value(0).toString());
    }
    q.finish();
    if (statements.isEmpty())
        return {};
    // Kept first, dropped after: an interruption in between leaves an index that is there.
    if (Status s = m_db.setMeta(kDeferredIndexesMeta, QString::fromUtf8(QJsonDocument(statements).toJson(QJsonDocument::Compact)));
        !s)
        return s;
    for (const char* name : kDeferredIndexes)
        if (!q.exec(QStringLiteral("DROP INDEX IF EXISTS \"%1\"").arg(QLatin1String(name))))
            return Error { tr("Cannot put off an index: %1").arg(SqlError::text(q.lastError())) };
    return {};
}

Status SyncLocal::restoreIndexes(QSqlQuery& q)
{
    const QJsonArray statements = QJsonDocument::fromJson(m_db.meta(kDeferredIndexesMeta).toUtf8()).array();
    for (const QJsonValue& v : statements) {
        QString sql = v.toString();
        // As SQLite kept it ("CREATE INDEX name ON ..."): made only where it is not there.
        if (sql.startsWith(QLatin1String("CREATE INDEX "), Qt::CaseInsensitive))
            sql.insert(13, QLatin1String("IF NOT EXISTS "));
        if (!q.exec(sql))
            return Error { tr("Cannot build an index: %1").arg(SqlError::text(q.lastError())) };
    }
    if (!q.exec(QStringLiteral("DELETE FROM meta WHERE key = '%1'").arg(kDeferredIndexesMeta)))
        return Error { tr("Cannot build an index: %1").arg(SqlError::text(q.lastError())) };
    return {};
}

Result<bool> SyncLocal::beginFirstSync()
{
    if (ReportSearch::indexBeingBuilt(m_db.connection()))
        return true; // an interrupted first sync, resumed
    if (cursor() != 0 || m_db.schemaVersion() < 16)
        return false;
    auto reports = count(QStringLiteral("SELECT EXISTS (SELECT 1 FROM reports)"), tr("Cannot read the reports: %1"));
    if (!reports)
        return reports.failure();
    if (*reports != 0)
        return false; // reports registered here before the first sync: indexed as they come
    if (Status s = m_db.setMeta(QLatin1String(ReportSearch::kIndexPendingKey),
                                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        !s)
        return s.failure();
    if (Status s = deferIndexes(); !s)
        return s.failure();
    return true;
}

Status SyncLocal::finishFirstSync(const std::function<void(qint64, qint64)>& progress)
{
    if (!ReportSearch::indexBeingBuilt(m_db.connection()))
        return {};
    QElapsedTimer phase;
    phase.start();
    // The short-term and near-duplicate indexes first (each in chunks, started again from
    // nothing if this is interrupted); then the full-text indexes and the mark in one
    // transaction, so no report written meanwhile can miss them.
    auto shortTerms = ShortTermIndex::rebuild(m_db, [&](qint64 done, qint64 total) {
        if (progress)
            progress(done / 2, total);
        return true;
    });
    if (!shortTerms)
        return shortTerms.failure();
    qCInfo(lcSync) << "first sync: short-term index built in" << phase.restart() << "ms";
    DuplicateIndex duplicates(m_db);
    auto fingerprinted = duplicates.rebuild([&](qint64 done, qint64 total) {
        if (progress)
            progress(total / 2 + done / 2, total);
        return true;
    });
    if (!fingerprinted)
        return fingerprinted.failure();
    qCInfo(lcSync) << "first sync: near-duplicate index built in" << phase.restart() << "ms";
    SqlTransaction tx(m_db.connection());
    if (!tx.active())
        return Error { tr("The database is busy: %1").arg(tx.beginError()) };
    QSqlQuery q(m_db.connection());
    for (const char* sql : { "INSERT INTO report_fts(report_fts) VALUES ('rebuild')",
                             "INSERT INTO subject_fts(subject_fts) VALUES ('rebuild')",
                             "DELETE FROM meta WHERE key = 'text_index_pending'" })
        if (!q.exec(QLatin1String(sql)))
            return Error { tr("Cannot build the search index: %1").arg(SqlError::text(q.lastError())) };
    qCInfo(lcSync) << "first sync: full-text index built in" << phase.restart() << "ms";
    if (Status s = restoreIndexes(q); !s)
        return s;
    const Status committed = tx.commit();
    qCInfo(lcSync) << "first sync: analysis indexes built in" << phase.elapsed() << "ms";
    return committed;
}

} // namespace qf::sync

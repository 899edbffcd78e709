#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class QSqlQuery;

namespace qf {

struct Change;
class Database;
class DuplicateIndex;
class ShortTermIndex;

// The one place that keeps the indexes derived from a reports row: the full text (the
// report_fts triggers of ReportSearch fire in the same statement), the index for one- and
// two-character searches (ShortTermIndex) and the near-duplicate fingerprint
// (DuplicateIndex). Called around every change to reports and subjects, inside the
// change's transaction: by the Writer for every local insert and edit (registration, the
// editor, the demo generator) and by the sync for every row that arrives (SyncLocal). A new
// report is fingerprinted on insert, an edit of the content or 何事 refreshes it, so no path
// can leave a missing or stale entry behind.
class ReportTextIndexes
{
    Q_DECLARE_TR_FUNCTIONS(qf::ReportTextIndexes)

public:
    explicit ReportTextIndexes(Database& db);
    ~ReportTextIndexes();

    // Before the change is written: keeps what an update replaces.
    Status before(const Change& change);
    // After it is written (rowId: the row's rowid for an insert).
    Status after(const Change& change, qint64 insertedRowId);

private:
    static bool touchesText(const Change& change);
    static bool touchesSubjects(const Change& change);
    // The rowid of a report and the names and units of its reported persons.
    Result<std::pair<qint64, QStringList>> subjectsOf(const QString& reportId);

    Database& m_db;
    std::unique_ptr<DuplicateIndex> m_duplicates;
    std::unique_ptr<ShortTermIndex> m_shortTerms;
    bool m_enabled = false; // a database at an older schema (tests of the upgrade path)
    qint64 m_rowId = 0;
    QStringList m_before;
    QList<std::pair<QString, QStringList>> m_subjectsBefore; // report id, its persons before the change
    std::unique_ptr<QSqlQuery> m_subjectsQuery;
};

} // namespace qf

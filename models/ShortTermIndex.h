#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>

struct sqlite3;

namespace qf {

class Database;
class SqliteStatement;

// The index behind one- and two-character searches (schema 9), which the trigram index of
// ReportSearch cannot answer: two contentless FTS5 tables whose tokens are every character
// and every pair of adjacent characters (letters and digits, case folded) of a text -
// report_grams with the content and the 八何 fields of each report, subject_grams with the
// names and units of each report's reported persons - both with one document per report
// (rowid = the report's rowid). Looking up a short term is then one token's doclist in
// each, newest first without a sort.
//
// Local, derived data (not synced). The Writer keeps it in step with every insert and every
// change of those fields. A database upgraded from before schema 9 starts without it:
// isReady() stays false (searches take the slower path through the trigram vocabulary)
// until rebuild() has indexed the reports already there.
class ShortTermIndex
{
    Q_DECLARE_TR_FUNCTIONS(qf::ShortTermIndex)

public:
    enum class Table { Reports, Subjects };

    // The report columns indexed, in this order.
    static const QStringList& columns();
    // The tokens of some texts: unique characters and adjacent pairs, separated by spaces.
    static QString tokensOf(const QStringList& texts);
    // True when the term (one word of a query) is answered by this index: one or two
    // characters, each a letter or a digit.
    static bool covers(const QString& term);
    // The full-text query of such a term.
    static QString matchOf(const QString& term);

    static constexpr int SchemaVersion = 9;
    // Its tables and the ready mark of a new database: schema revision 9
    // (resources/schema/sqlite/0009-repeat-check-and-short-searches.sql, which names the
    // meta key "short_search_ready" literally).

    static bool isReady(const Database& db);
    // Indexes every report again; progress(done, total) returning false stops early (the
    // index then stays not ready). Returns the number of reports indexed.
    static Result<qint64> rebuild(Database& db, const std::function<bool(qint64, qint64)>& progress = {});

    // The write path's side: inside the caller's transaction.
    explicit ShortTermIndex(sqlite3* handle);
    ~ShortTermIndex();
    // A new report's texts (in the order of columns()).
    Status add(Table table, qint64 rowId, const QStringList& texts);
    // A report's texts changed from `before` to `after` (in subject_grams: the names and
    // units of all its reported persons).
    Status replace(Table table, qint64 rowId, const QStringList& before, const QStringList& after);

private:
    Status insertTokens(Table table, qint64 rowId, const QString& tokens);

    sqlite3* m_handle = nullptr;
    std::unique_ptr<SqliteStatement> m_insert[2], m_delete[2];
};

} // namespace qf

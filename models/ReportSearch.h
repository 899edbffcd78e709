#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace qf {

// Full-text search over reports: the content, the 八何 fields and the reported persons'
// names and units; never reporter identities (they live sealed in persons).
//
// Index (migration 4): two external-content FTS5 tables with the trigram tokenizer,
// report_fts over reports and subject_fts over subjects, kept in step by triggers. Every
// indexed column gets two trailing spaces, so every character of the text starts at least
// one trigram.
//
// Terms of three or more characters are trigram MATCH queries. Shorter ones (which the
// trigram tokenizer cannot match) are looked up in the index of characters and character
// pairs (ShortTermIndex, schema 9) of the content, the 八何 fields and the reported
// persons. Until that index is built on an upgraded database they are answered from the
// trigram index through fts5vocab 'instance' tables: every trigram that starts with the
// term, a range scan of the term list, thanks to the padding exactly the documents
// containing the term.
//
// Numbers are found too, the first thing a clerk types when a citizen calls with a receipt:
// a registration number whole or its start ("2023-QM3-000001", "2023-QM3"), the last digits
// of its running number (three or more: "001529"), and a follow-up code (the sixteen digits,
// spaces or dashes between them allowed), which is kept only as a hash and checked as such.
//
// Several terms separated by spaces must all occur. Results are newest first: in the order
// of registration (rowid), which is the order of receipt for everything registered live.
class ReportSearch
{
    Q_DECLARE_TR_FUNCTIONS(qf::ReportSearch)

public:
    struct Hit
    {
        qint64 rowId = 0;
        QString id;
        QString regNo;
    };

    explicit ReportSearch(QSqlDatabase db);

    // One page of matches, newest first.
    Result<QList<Hit>> search(const QString& text, int limit, int offset = 0) const;
    // Every matching report (rowid), newest first; deleted reports included (callers filter).
    Result<QList<qint64>> matchingRowIds(const QString& text) const;

    // The words of a query: split at white space, case folded, empty when nothing to look for.
    static QStringList terms(const QString& text);
    // The FTS tables, their triggers and vocabulary tables: schema revision 4
    // (resources/schema/sqlite/0004-search-and-case-list.sql).

    static constexpr int TrigramLength = 3;

    // Whether the text indexes are still being built at the end of this workstation's first
    // sync (meta key kIndexPendingKey, schema revision 16): searches then miss reports.
    static bool indexBeingBuilt(const QSqlDatabase& db);
    static constexpr const char* kIndexPendingKey = "text_index_pending";

private:
    Result<QList<qint64>> termRowIds(const QString& term) const;
    // Reports whose registration number the term is, starts or ends.
    Result<QList<qint64>> numberMatches(const QString& term) const;
    // The report a whole follow-up code belongs to (none, or one).
    Result<QList<qint64>> followUpMatches(const QString& text) const;
    Result<QList<qint64>> newestMatches(const QString& term, int limit) const;
    bool shortTermsIndexed(const QString& term) const;
    // Reports whose reported persons match; for short terms the newest ones only when
    // `newest` is set (that many).
    Result<QList<qint64>> subjectMatches(const QString& term, int newest = 0) const;
    Result<QList<qint64>> rowIds(const QString& sql, const QVariantList& binds) const;

    QSqlDatabase m_db;
};

} // namespace qf

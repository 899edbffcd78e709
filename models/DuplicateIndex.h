#pragma once

#include "MinHash.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>

#include <functional>

namespace qf {

class Database;

// A report whose content is close to the text looked up.
struct SimilarReport
{
    QString reportId;
    double similarity = 0; // exact Jaccard similarity of the shingle sets
};

// The near-duplicate index of report content (tables dup_signatures and dup_bands, schema
// 5): one MinHash signature per report and one row per LSH band key. Local, derived data:
// not synced; rebuild() makes it again from the reports. add() writes in the caller's
// transaction, so a registration and its fingerprint are committed together.
class DuplicateIndex
{
    Q_DECLARE_TR_FUNCTIONS(qf::DuplicateIndex)

public:
    explicit DuplicateIndex(Database& db);

    // The text that is fingerprinted: the free content, or what happened (何事) without it.
    static QString textOf(const QString& content, const QString& what);

    // Adds or replaces a report's fingerprint.
    Status add(const QString& reportId, const QString& text);

    // Reports whose exact similarity to the text is at least the threshold (0..1), best
    // first. Candidates come from shared band keys, are screened by their signatures and
    // verified on their text.
    Result<QList<SimilarReport>> find(const QString& text, double threshold, const QString& excludeId = {},
                                      int limit = 20);

    // Fingerprints every report again; progress(done, total) returning false stops (what
    // was committed stays). Returns the number of reports indexed.
    Result<qint64> rebuild(const std::function<bool(qint64, qint64)>& progress = {});

    // How many reports are fingerprinted.
    Result<qint64> size() const;

private:
    bool prepare();

    Database& m_db;
    bool m_prepared = false;
    QSqlQuery m_findSeq, m_insertSig, m_insertBand, m_deleteBand, m_bandLookup, m_readSig, m_readText;
};

} // namespace qf

#pragma once

#include "models/MinHash.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <memory>

namespace qf {

class Database;

// A report whose content is close to the text looked up.
struct SimilarReport
{
    QString reportId;
    // Jaccard similarity of the shingle sets: exact (verified on the text) or estimated
    // from the sketches, within a few points.
    double similarity = 0;
    bool estimated = false;
};

// The near-duplicate index of report content (tables dup_signatures and dup_bands, schema
// 9): one MinHash sketch per report and one row per LSH band key. Local, derived data: not
// synced; rebuild() makes it again from the reports. add() writes in the caller's
// transaction, so a registration and its fingerprint are committed together; the Writer
// refreshes it when a report's text changes (ReportTextIndexes).
//
// A look-up reads the reports that share a band key with the text and screens them by their
// sketches: clearly similar ones are taken on the estimate, those whose estimate is close to
// the threshold are verified on their text (exact similarity), 4096 at most, and the
// estimate decides for any further ones. The
// sketches are screened in memory: every sketch of the database is loaded once per process
// (128 bytes a report) and topped up with the ones added since, so a look-up touches the
// database only for the band keys and the texts it verifies.
class DuplicateIndex
{
    Q_DECLARE_TR_FUNCTIONS(qf::DuplicateIndex)

public:
    explicit DuplicateIndex(Database& db);
    ~DuplicateIndex();

    // The text that is fingerprinted: the free content, or what happened (何事) without it.
    static QString textOf(const QString& content, const QString& what);

    // Adds or replaces a report's fingerprint.
    Status add(const QString& reportId, const QString& text);
    // Replaces a report's fingerprint when its text changed (the old text names the band
    // rows to drop).
    Status replace(const QString& reportId, const QString& oldText, const QString& newText);

    // What one look-up did (for the benchmark and the debug log).
    struct FindStats
    {
        int candidates = 0; // reports sharing a band key
        int close = 0;      // of them, estimated near or above the threshold
        int verified = 0;   // of them, compared on their text
    };

    // Reports whose similarity to the text is at least the threshold (0..1), best first.
    Result<QList<SimilarReport>> find(const QString& text, double threshold, const QString& excludeId = {},
                                      int limit = 20, FindStats* stats = nullptr);

    // How many uncertain candidates one look-up verifies on their text at most (default
    // 4096); the benchmark compares budgets on the same data.
    void setVerifyBudget(int budget) { m_verifyBudget = budget; }

    // Fingerprints every report again; progress(done, total) returning false stops (what
    // was committed stays). Returns the number of reports indexed.
    Result<qint64> rebuild(const std::function<bool(qint64, qint64)>& progress = {});

    // Loads the sketches into this index's memory through another connection (the first
    // look-up does it otherwise): the window calls it with a reader connection on a
    // background thread after start, so the first repeat check does not wait seconds.
    Status warm(Database& reader);

    // After a rollback on this connection: forgets the sketches read into memory that the
    // rollback took back (their seq numbers are given out again).
    void forgetUncommitted();

    // How many reports are fingerprinted.
    Result<qint64> size() const;

    struct Statements;
    struct SketchCache;

private:
    Status prepare();
    Status remove(const QString& reportId, const QString& oldText);
    Status refreshCache();

    Database& m_db;
    std::unique_ptr<Statements> m_st;
    std::unique_ptr<SketchCache> m_cache;
    int m_verifyBudget;
};

} // namespace qf

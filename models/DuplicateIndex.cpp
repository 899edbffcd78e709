#include "models/DuplicateIndex.h"
#include "models/SqlError.h"

#include "models/Log.h"
#include "models/Database.h"
#include "models/SqlTransaction.h"
#include "models/SqliteStatement.h"

#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

namespace qf {

namespace {

// The estimate from 128 sketch values has a standard deviation of about 0.044 near the
// threshold. Candidates whose estimate lies within this margin of the threshold are
// uncertain and verified on their text; above it the estimate is trusted (a pair estimated
// 0.1 above the threshold and truly below it is rarer than one in a hundred), below it
// they are dropped.
constexpr double kScreenMargin = 0.1;
// At most this many uncertain candidates are verified on their text in one look-up (beyond
// them the estimate decides). A verification reads a text by its key and compares shingle
// sets, about 15 microseconds on 1,000,000 demo reports; only a crowd of near-identical
// boilerplate (a campaign of copied letters) comes near it, and the cap bounds its look-up.
// Measured with qingfeng-bench duplicates, which compares budgets on the same data: on
// 1,000,000 demo reports the largest crowd had 1,783 close candidates; a budget of 1,024
// still let through proposals below the threshold, 4,096 none, at the same p95.
constexpr int kDefaultVerifyBudget = 4096;
constexpr int kRebuildChunk = 5000;

QString bandPlaceholders()
{
    QStringList marks;
    for (int i = 0; i < MinHash::Bands; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

// A prepared statement straight on the SQLite handle: the look-up runs thousands of them.
struct Stmt
{
    sqlite3_stmt* s = nullptr;
    ~Stmt()
    {
        if (s)
            sqlite3_finalize(s);
    }
    bool prepare(sqlite3* db, const QString& sql)
    {
        const QByteArray utf8 = sql.toUtf8();
        return sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &s, nullptr)
            == SQLITE_OK;
    }
    void bindText(int i, const QString& v)
    {
        const QByteArray utf8 = v.toUtf8();
        sqlite3_bind_text(s, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bindInt(int i, qint64 v) { sqlite3_bind_int64(s, i, v); }
    void bindBlob(int i, const void* data, int size) { sqlite3_bind_blob(s, i, data, size, SQLITE_TRANSIENT); }
    bool row() { return sqlite3_step(s) == SQLITE_ROW; }
    bool run()
    {
        const int rc = sqlite3_step(s);
        sqlite3_reset(s);
        return rc == SQLITE_DONE || rc == SQLITE_ROW;
    }
    void reset() { sqlite3_reset(s); }
    QString text(int column) const
    {
        const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(s, column));
        return t ? QString::fromUtf8(t, sqlite3_column_bytes(s, column)) : QString();
    }
};

} // namespace

struct DuplicateIndex::Statements
{
    sqlite3* db = nullptr;
    Stmt findSeq, insertSig, insertBand, deleteBand, deleteSig, bandLookup, readId, readText, loadSketches;

    QString error() const { return SqlError::text(db); }
};

// Every sketch of the database, by seq (which only grows: AUTOINCREMENT). Each index (one
// per session) keeps its own and reads only the sketches added since, so rows written by
// another connection (the sync thread, an import) are seen at the next look-up.
struct DuplicateIndex::SketchCache
{
    QMutex mutex;
    qint64 lastSeq = 0;
    std::vector<quint8> sketches; // seq * Hashes
    std::vector<bool> present;

    const quint8* at(qint64 seq) const
    {
        if (seq <= 0 || size_t(seq) >= present.size() || !present[size_t(seq)])
            return nullptr;
        return sketches.data() + size_t(seq) * MinHash::Hashes;
    }
    void clear()
    {
        lastSeq = 0;
        sketches.clear();
        sketches.shrink_to_fit();
        present.clear();
        present.shrink_to_fit();
    }
};

namespace {

// Reads the sketches added since the cache was last read; called with the cache locked.
Status loadSketches(DuplicateIndex::SketchCache& c, Stmt& load, sqlite3* db)
{
    load.bindInt(1, c.lastSeq);
    while (load.row()) {
        const qint64 seq = sqlite3_column_int64(load.s, 0);
        const int bytes = sqlite3_column_bytes(load.s, 1);
        const auto* blob = static_cast<const quint8*>(sqlite3_column_blob(load.s, 1));
        c.lastSeq = std::max(c.lastSeq, seq);
        if (bytes != MinHash::Hashes || !blob)
            continue;
        if (size_t(seq) >= c.present.size()) {
            const size_t grown = std::max(size_t(seq) + 1, c.present.size() + c.present.size() / 2 + 1024);
            c.present.resize(grown, false);
            c.sketches.resize(grown * MinHash::Hashes);
        }
        std::copy(blob, blob + MinHash::Hashes, c.sketches.begin() + qsizetype(size_t(seq) * MinHash::Hashes));
        c.present[size_t(seq)] = true;
    }
    const int rc = sqlite3_errcode(db);
    load.reset();
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        return Error { DuplicateIndex::tr("Cannot read the duplicate index: %1").arg(SqlError::text(db)), ErrorCode::Io };
    return {};
}

} // namespace

DuplicateIndex::DuplicateIndex(Database& db)
    : m_db(db)
    , m_cache(std::make_unique<SketchCache>())
    , m_verifyBudget(kDefaultVerifyBudget)
{
}

DuplicateIndex::~DuplicateIndex() = default;

Status DuplicateIndex::prepare()
{
    if (m_st)
        return {};
    auto st = std::make_unique<Statements>();
    st->db = SqliteStatement::handleOf(m_db.connection());
    sqlite3* h = st->db;
    const bool ok = h && st->findSeq.prepare(h, QStringLiteral("SELECT seq FROM dup_signatures WHERE report_id = ?"))
        && st->insertSig.prepare(h, QStringLiteral("INSERT INTO dup_signatures (report_id, sketch) VALUES (?, ?)"))
        && st->insertBand.prepare(h, QStringLiteral("INSERT OR IGNORE INTO dup_bands (band_key, seq) VALUES (?, ?)"))
        && st->deleteBand.prepare(h, QStringLiteral("DELETE FROM dup_bands WHERE band_key = ? AND seq = ?"))
        && st->deleteSig.prepare(h, QStringLiteral("DELETE FROM dup_signatures WHERE seq = ?"))
        && st->bandLookup.prepare(h, QStringLiteral("SELECT seq FROM dup_bands WHERE band_key IN (%1)").arg(bandPlaceholders()))
        && st->readId.prepare(h, QStringLiteral("SELECT report_id FROM dup_signatures WHERE seq = ?"))
        && st->readText.prepare(h, QStringLiteral("SELECT content, what FROM reports WHERE id = ? AND deleted = 0"))
        && st->loadSketches.prepare(h, QStringLiteral("SELECT seq, sketch FROM dup_signatures WHERE seq > ? ORDER BY seq"));
    if (!ok)
        return Error { tr("The duplicate index cannot be used (is the database at schema 9?): %1")
                           .arg(h ? st->error() : QStringLiteral("not an SQLite database")) };
    m_st = std::move(st);
    return {};
}

QString DuplicateIndex::textOf(const QString& content, const QString& what)
{
    return content.trimmed().isEmpty() ? what : content;
}

Status DuplicateIndex::remove(const QString& reportId, const QString& oldText)
{
    Statements& st = *m_st;
    st.findSeq.bindText(1, reportId);
    const qint64 seq = st.findSeq.row() ? sqlite3_column_int64(st.findSeq.s, 0) : 0;
    st.findSeq.reset();
    if (seq == 0)
        return {};
    // The old band rows go when the old text is known; otherwise they stay behind pointing
    // at a seq that no longer exists (never used again), and look-ups pass over them.
    if (!oldText.isNull()) {
        for (const qint64 key : MinHash::bandKeys(MinHash::signature(MinHash::shingles(oldText)))) {
            st.deleteBand.bindInt(1, key);
            st.deleteBand.bindInt(2, seq);
            if (!st.deleteBand.run())
                return Error { tr("Cannot update the duplicate index: %1").arg(st.error()) };
        }
    }
    st.deleteSig.bindInt(1, seq);
    if (!st.deleteSig.run())
        return Error { tr("Cannot update the duplicate index: %1").arg(st.error()) };
    return {};
}

Status DuplicateIndex::add(const QString& reportId, const QString& text)
{
    return replace(reportId, QString(), text);
}

Status DuplicateIndex::replace(const QString& reportId, const QString& oldText, const QString& newText)
{
    if (Status s = prepare(); !s)
        return s;
    if (Status s = remove(reportId, oldText); !s)
        return s;
    Statements& st = *m_st;
    const MinHash::Signature sig = MinHash::signature(MinHash::shingles(newText));
    const MinHash::Sketch sketch = MinHash::sketch(sig);
    st.insertSig.bindText(1, reportId);
    st.insertSig.bindBlob(2, sketch.data(), int(sketch.size()));
    if (!st.insertSig.run())
        return Error { tr("Cannot add to the duplicate index: %1").arg(st.error()) };
    const qint64 seq = sqlite3_last_insert_rowid(st.db);
    for (const qint64 key : MinHash::bandKeys(sig)) {
        st.insertBand.bindInt(1, key);
        st.insertBand.bindInt(2, seq);
        if (!st.insertBand.run())
            return Error { tr("Cannot add to the duplicate index: %1").arg(st.error()) };
    }
    return {};
}

Status DuplicateIndex::warm(Database& reader)
{
    Stmt load;
    sqlite3* h = SqliteStatement::handleOf(reader.connection());
    if (!h || !load.prepare(h, QStringLiteral("SELECT seq, sketch FROM dup_signatures WHERE seq > ? ORDER BY seq")))
        return Error { tr("Cannot read the duplicate index: %1").arg(SqlError::text(h)),
                       ErrorCode::Io };
    QMutexLocker lock(&m_cache->mutex);
    return loadSketches(*m_cache, load, h);
}

void DuplicateIndex::forgetUncommitted()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM dup_signatures")) || !q.next())
        return;
    const qint64 last = q.value(0).toLongLong();
    QMutexLocker lock(&m_cache->mutex);
    for (size_t seq = size_t(last) + 1; seq < m_cache->present.size(); ++seq)
        m_cache->present[seq] = false;
    m_cache->lastSeq = std::min(m_cache->lastSeq, last);
}

Status DuplicateIndex::refreshCache()
{
    // Called with the cache locked.
    return loadSketches(*m_cache, m_st->loadSketches, m_st->db);
}


Result<QList<SimilarReport>> DuplicateIndex::find(const QString& text, double threshold, const QString& excludeId,
                                                 int limit, FindStats* stats)
{
    if (Status s = prepare(); !s)
        return Error { s.error() };
    const MinHash::Shingles shingles = MinHash::shingles(text);
    if (shingles.empty())
        return QList<SimilarReport> {};
    const MinHash::Signature sig = MinHash::signature(shingles);
    const MinHash::Sketch sketch = MinHash::sketch(sig);
    Statements& st = *m_st;

    // Candidates: every report sharing a band key.
    std::vector<qint64> candidates;
    const auto keys = MinHash::bandKeys(sig);
    for (int i = 0; i < MinHash::Bands; ++i)
        st.bandLookup.bindInt(i + 1, keys[size_t(i)]);
    while (st.bandLookup.row())
        candidates.push_back(sqlite3_column_int64(st.bandLookup.s, 0));
    st.bandLookup.reset();
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

    // Screened on their sketches, in memory.
    std::vector<std::pair<double, qint64>> close; // (estimate, seq)
    {
        QMutexLocker lock(&m_cache->mutex);
        if (Status s = refreshCache(); !s)
            return Error { s.error() };
        for (const qint64 seq : candidates) {
            const quint8* other = m_cache->at(seq);
            if (!other)
                continue;
            const double estimate = MinHash::estimate(sketch, other);
            if (estimate >= threshold - kScreenMargin)
                close.emplace_back(estimate, seq);
        }
    }
    // The verification budget goes to the uncertain ones: first those estimated just below
    // the threshold (skipping one loses a true repeat), then those just above it (taking
    // one unverified may propose a report that is not quite similar enough).
    std::sort(close.begin(), close.end(), [threshold](const auto& a, const auto& b) {
        const auto rank = [threshold](double e) {
            if (e >= threshold + kScreenMargin)
                return 2;
            return e < threshold ? 0 : 1;
        };
        const int ra = rank(a.first), rb = rank(b.first);
        if (ra != rb)
            return ra < rb;
        return ra == 1 ? a.first < b.first : a.first > b.first;
    });

    QList<SimilarReport> found;
    int verified = 0;
    for (const auto& [estimate, seq] : close) {
        const bool uncertain = estimate < threshold + kScreenMargin;
        const bool byText = uncertain && verified < m_verifyBudget;
        if (!byText && estimate < threshold)
            continue;
        st.readId.bindInt(1, seq);
        const QString reportId = st.readId.row() ? st.readId.text(0) : QString();
        st.readId.reset();
        if (reportId.isEmpty() || reportId == excludeId)
            continue; // replaced meanwhile, or the report itself
        if (!byText) {
            found << SimilarReport { reportId, estimate, true };
            continue;
        }
        ++verified;
        st.readText.bindText(1, reportId);
        const bool live = st.readText.row();
        const QString otherText = live ? textOf(st.readText.text(0), st.readText.text(1)) : QString();
        st.readText.reset();
        if (!live)
            continue; // removed
        const double similarity = MinHash::jaccard(shingles, MinHash::shingles(otherText));
        if (similarity >= threshold)
            found << SimilarReport { reportId, similarity, false };
    }
    if (stats)
        *stats = FindStats { int(candidates.size()), int(close.size()), verified };
    qCDebug(lcCases) << "duplicate check:" << candidates.size() << "candidates," << close.size() << "close,"
                     << verified << "verified on text," << found.size() << "similar";
    std::sort(found.begin(), found.end(), [](const SimilarReport& a, const SimilarReport& b) {
        return a.similarity != b.similarity ? a.similarity > b.similarity : a.reportId < b.reportId;
    });
    if (found.size() > limit)
        found.resize(limit);
    return found;
}

Result<qint64> DuplicateIndex::size() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM dup_signatures")) || !q.next())
        return Error { tr("Cannot read the duplicate index: %1").arg(SqlError::text(q.lastError())) };
    return q.value(0).toLongLong();
}

Result<qint64> DuplicateIndex::rebuild(const std::function<bool(qint64, qint64)>& progress)
{
    if (Status s = prepare(); !s)
        return Error { s.error() };
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM reports WHERE deleted = 0")) || !q.next())
        return Error { tr("Cannot read the reports: %1").arg(SqlError::text(q.lastError())) };
    const qint64 total = q.value(0).toLongLong();
    {
        SqlTransaction tx(m_db.connection());
        if (!tx.active())
            return Error { tr("The database is busy or read-only: %1").arg(tx.beginError()) };
        if (!q.exec(QStringLiteral("DELETE FROM dup_bands")) || !q.exec(QStringLiteral("DELETE FROM dup_signatures")))
            return Error { tr("Cannot clear the duplicate index: %1").arg(SqlError::text(q.lastError())) };
        if (Status s = tx.commit(); !s)
            return Error { s.error() };
    }
    {
        QMutexLocker lock(&m_cache->mutex);
        m_cache->clear();
    }

    QSqlQuery read(m_db.connection());
    read.setForwardOnly(true);
    read.prepare(QStringLiteral("SELECT rowid, id, content, what FROM reports WHERE rowid > ? AND deleted = 0 "
                                "ORDER BY rowid LIMIT %1")
                     .arg(kRebuildChunk));
    qint64 lastRowId = -1;
    qint64 done = 0;
    for (;;) {
        read.addBindValue(lastRowId);
        if (!read.exec())
            return Error { tr("Cannot read the reports: %1").arg(SqlError::text(read.lastError())) };
        QList<std::pair<QString, QString>> chunk;
        while (read.next()) {
            lastRowId = read.value(0).toLongLong();
            chunk.append({ read.value(1).toString(), textOf(read.value(2).toString(), read.value(3).toString()) });
        }
        read.finish();
        if (chunk.isEmpty())
            break;
        SqlTransaction tx(m_db.connection());
        if (!tx.active())
            return Error { tr("The database is busy or read-only: %1").arg(tx.beginError()) };
        for (const auto& [id, text] : std::as_const(chunk)) {
            if (Status s = replace(id, QString(), text); !s)
                return Error { s.error() };
        }
        if (Status s = tx.commit(); !s)
            return Error { s.error() };
        done += chunk.size();
        if (progress && !progress(done, total))
            break;
    }
    qCInfo(lcCases) << "duplicate index rebuilt:" << done << "reports";
    return done;
}

} // namespace qf

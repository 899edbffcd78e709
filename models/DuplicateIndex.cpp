#include "DuplicateIndex.h"

#include "CaseLog.h"
#include "Database.h"
#include "SqlTransaction.h"

#include <QHash>
#include <QSqlError>

#include <algorithm>

namespace qf {

namespace {

// A candidate is verified on its text only when its signature estimate comes this close to
// the threshold: a few standard deviations of the estimate with 64 hashes.
constexpr double kScreenMargin = 0.2;
// Candidates beyond this many (ranked by shared bands) are not looked at: only very common
// boilerplate makes so many, and true near-duplicates share most bands.
constexpr int kMaxCandidates = 2000;
constexpr int kRebuildChunk = 5000;

QString bandPlaceholders()
{
    QStringList marks;
    for (int i = 0; i < MinHash::Bands; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

} // namespace

DuplicateIndex::DuplicateIndex(Database& db)
    : m_db(db)
    , m_findSeq(db.connection())
    , m_insertSig(db.connection())
    , m_insertBand(db.connection())
    , m_deleteBand(db.connection())
    , m_bandLookup(db.connection())
    , m_readSig(db.connection())
    , m_readText(db.connection())
{
}

bool DuplicateIndex::prepare()
{
    if (m_prepared)
        return true;
    m_bandLookup.setForwardOnly(true);
    m_prepared = m_findSeq.prepare(QStringLiteral("SELECT seq, signature FROM dup_signatures WHERE report_id = ?"))
        && m_insertSig.prepare(QStringLiteral("INSERT INTO dup_signatures (report_id, signature) VALUES (?, ?)"))
        && m_insertBand.prepare(QStringLiteral("INSERT OR IGNORE INTO dup_bands (band_key, seq) VALUES (?, ?)"))
        && m_deleteBand.prepare(QStringLiteral("DELETE FROM dup_bands WHERE band_key = ? AND seq = ?"))
        && m_bandLookup.prepare(QStringLiteral("SELECT seq FROM dup_bands WHERE band_key IN (%1)").arg(bandPlaceholders()))
        && m_readSig.prepare(QStringLiteral("SELECT report_id, signature FROM dup_signatures WHERE seq = ?"))
        && m_readText.prepare(QStringLiteral("SELECT content, what FROM reports WHERE id = ? AND deleted = 0"));
    return m_prepared;
}

QString DuplicateIndex::textOf(const QString& content, const QString& what)
{
    return content.trimmed().isEmpty() ? what : content;
}

Status DuplicateIndex::add(const QString& reportId, const QString& text)
{
    if (!prepare())
        return Error { tr("The duplicate index cannot be used (is the database at schema 5?): %1")
                           .arg(m_db.connection().lastError().text()) };
    const MinHash::Signature sig = MinHash::signature(MinHash::shingles(text));

    m_findSeq.addBindValue(reportId);
    if (!m_findSeq.exec())
        return Error { tr("Cannot read the duplicate index: %1").arg(m_findSeq.lastError().text()) };
    if (m_findSeq.next()) {
        // Replace: the old bands go, then the old signature.
        const qint64 seq = m_findSeq.value(0).toLongLong();
        MinHash::Signature old {};
        if (MinHash::fromBlob(m_findSeq.value(1).toByteArray(), &old)) {
            for (const qint64 key : MinHash::bandKeys(old)) {
                m_deleteBand.addBindValue(key);
                m_deleteBand.addBindValue(seq);
                if (!m_deleteBand.exec())
                    return Error { tr("Cannot update the duplicate index: %1").arg(m_deleteBand.lastError().text()) };
            }
        }
        m_findSeq.finish();
        QSqlQuery del(m_db.connection());
        del.prepare(QStringLiteral("DELETE FROM dup_signatures WHERE seq = ?"));
        del.addBindValue(seq);
        if (!del.exec())
            return Error { tr("Cannot update the duplicate index: %1").arg(del.lastError().text()) };
    }
    m_findSeq.finish();

    m_insertSig.addBindValue(reportId);
    m_insertSig.addBindValue(MinHash::toBlob(sig));
    if (!m_insertSig.exec())
        return Error { tr("Cannot add to the duplicate index: %1").arg(m_insertSig.lastError().text()) };
    const qint64 seq = m_insertSig.lastInsertId().toLongLong();
    for (const qint64 key : MinHash::bandKeys(sig)) {
        m_insertBand.addBindValue(key);
        m_insertBand.addBindValue(seq);
        if (!m_insertBand.exec())
            return Error { tr("Cannot add to the duplicate index: %1").arg(m_insertBand.lastError().text()) };
    }
    return {};
}

Result<QList<SimilarReport>> DuplicateIndex::find(const QString& text, double threshold, const QString& excludeId,
                                                 int limit)
{
    if (!prepare())
        return Error { tr("The duplicate index cannot be used (is the database at schema 5?): %1")
                           .arg(m_db.connection().lastError().text()) };
    const MinHash::Shingles shingles = MinHash::shingles(text);
    if (shingles.empty())
        return QList<SimilarReport> {};
    const MinHash::Signature sig = MinHash::signature(shingles);

    QHash<qint64, int> shared;
    for (const qint64 key : MinHash::bandKeys(sig))
        m_bandLookup.addBindValue(key);
    if (!m_bandLookup.exec())
        return Error { tr("Cannot read the duplicate index: %1").arg(m_bandLookup.lastError().text()) };
    while (m_bandLookup.next())
        ++shared[m_bandLookup.value(0).toLongLong()];
    m_bandLookup.finish();

    std::vector<std::pair<int, qint64>> candidates; // (shared bands, seq)
    candidates.reserve(size_t(shared.size()));
    for (auto it = shared.cbegin(); it != shared.cend(); ++it)
        candidates.emplace_back(it.value(), it.key());
    std::sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    if (candidates.size() > size_t(kMaxCandidates)) {
        qCDebug(lcCases) << "duplicate check: candidates cut from" << candidates.size() << "to" << kMaxCandidates;
        candidates.resize(size_t(kMaxCandidates));
    }

    QList<SimilarReport> found;
    for (const auto& [bands, seq] : candidates) {
        m_readSig.addBindValue(seq);
        if (!m_readSig.exec())
            return Error { tr("Cannot read the duplicate index: %1").arg(m_readSig.lastError().text()) };
        if (!m_readSig.next())
            continue;
        const QString reportId = m_readSig.value(0).toString();
        MinHash::Signature other {};
        const bool decoded = MinHash::fromBlob(m_readSig.value(1).toByteArray(), &other);
        m_readSig.finish();
        if (!decoded || reportId == excludeId || MinHash::estimate(sig, other) < threshold - kScreenMargin)
            continue;
        m_readText.addBindValue(reportId);
        if (!m_readText.exec())
            return Error { tr("Cannot read the reports: %1").arg(m_readText.lastError().text()) };
        if (!m_readText.next())
            continue; // removed meanwhile
        const QString otherText = textOf(m_readText.value(0).toString(), m_readText.value(1).toString());
        m_readText.finish();
        const double similarity = MinHash::jaccard(shingles, MinHash::shingles(otherText));
        if (similarity >= threshold)
            found << SimilarReport { reportId, similarity };
    }
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
        return Error { tr("Cannot read the duplicate index: %1").arg(q.lastError().text()) };
    return q.value(0).toLongLong();
}

Result<qint64> DuplicateIndex::rebuild(const std::function<bool(qint64, qint64)>& progress)
{
    if (!prepare())
        return Error { tr("The duplicate index cannot be used (is the database at schema 5?): %1")
                           .arg(m_db.connection().lastError().text()) };
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM reports WHERE deleted = 0")) || !q.next())
        return Error { tr("Cannot read the reports: %1").arg(q.lastError().text()) };
    const qint64 total = q.value(0).toLongLong();
    {
        SqlTransaction tx(m_db.connection());
        if (!tx.active())
            return Error { tr("The database is busy or read-only: %1").arg(tx.beginError()) };
        if (!q.exec(QStringLiteral("DELETE FROM dup_bands")) || !q.exec(QStringLiteral("DELETE FROM dup_signatures")))
            return Error { tr("Cannot clear the duplicate index: %1").arg(q.lastError().text()) };
        if (Status s = tx.commit(); !s)
            return Error { s.error() };
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
            return Error { tr("Cannot read the reports: %1").arg(read.lastError().text()) };
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
            if (Status s = add(id, text); !s)
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

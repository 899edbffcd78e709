#include "models/ReportSearch.h"
#include "models/SqlError.h"
#include "models/Log.h"

#include "models/FollowUpCode.h"
#include "models/ShortTermIndex.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <vector>

namespace qf {

namespace {

QString phrase(const QString& term)
{
    QString t = term;
    t.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

// The upper end of the term range of every trigram that starts with `term`.
QString rangeEnd(const QString& term)
{
    return term + QString::fromUcs4(U"\U0010FFFF");
}

// Whether a term is too short for a trigram: counted in characters (code points), as the
// tokenizer counts them. A QString holds a character beyond the Basic Multilingual Plane
// (CJK Extension B and later: 𠮷) as two UTF-16 units, so its size() would say 3 for the
// two characters of "𠮷家", which no trigram matches.
bool belowTrigram(const QString& term)
{
    qsizetype characters = 0;
    for (qsizetype i = 0; i < term.size(); ++i) {
        if (!(term.at(i).isLowSurrogate() && i > 0 && term.at(i - 1).isHighSurrogate()))
            ++characters;
    }
    return characters < ReportSearch::TrigramLength;
}

void sortNewestFirst(QList<qint64>& ids)
{
    std::sort(ids.begin(), ids.end(), std::greater<qint64>());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

} // namespace

ReportSearch::ReportSearch(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QStringList ReportSearch::terms(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList out;
    for (const QString& t : text.split(space, Qt::SkipEmptyParts)) {
        const QString folded = t.toLower();
        if (!out.contains(folded))
            out << folded;
    }
    return out;
}

Result<QList<qint64>> ReportSearch::rowIds(const QString& sql, const QVariantList& binds) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Error { tr("Cannot search: %1").arg(SqlError::text(q.lastError())) };
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Error { tr("Cannot search: %1").arg(SqlError::text(q.lastError())) };
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

Result<QList<qint64>> ReportSearch::subjectMatches(const QString& term, int newest) const
{
    if (belowTrigram(term) && shortTermsIndexed(term)) {
        // Documents of subject_grams are reports already (rowid = the report's rowid).
        if (newest > 0)
            return rowIds(QStringLiteral("SELECT rowid FROM subject_grams WHERE subject_grams MATCH ? ORDER BY rowid DESC LIMIT ?"),
                          { ShortTermIndex::matchOf(term), newest });
        return rowIds(QStringLiteral("SELECT rowid FROM subject_grams WHERE subject_grams MATCH ?"),
                      { ShortTermIndex::matchOf(term) });
    }
    if (!belowTrigram(term))
        return rowIds(QStringLiteral("SELECT r.rowid FROM subject_fts f JOIN subjects s ON s.rowid = f.rowid "
                                     "JOIN reports r ON r.id = s.report_id WHERE subject_fts MATCH ?"),
                      { phrase(term) });
    return rowIds(QStringLiteral("SELECT r.rowid FROM (SELECT DISTINCT doc FROM subject_fts_terms "
                                 "WHERE term >= ? AND term < ?) v JOIN subjects s ON s.rowid = v.doc "
                                 "JOIN reports r ON r.id = s.report_id"),
                  { term, rangeEnd(term) });
}

Result<QList<qint64>> ReportSearch::newestMatches(const QString& term, int limit) const
{
    if (belowTrigram(term))
        return rowIds(QStringLiteral("SELECT rowid FROM report_grams WHERE report_grams MATCH ? ORDER BY rowid DESC LIMIT ?"),
                      { ShortTermIndex::matchOf(term), limit });
    return rowIds(QStringLiteral("SELECT rowid FROM report_fts WHERE report_fts MATCH ? ORDER BY rowid DESC LIMIT ?"),
                  { phrase(term), limit });
}

Result<QList<qint64>> ReportSearch::numberMatches(const QString& term) const
{
    // Terms arrive case folded; numbers are stored upper case ("2026-K7Q-000123").
    static const QRegularExpression numberStart(QStringLiteral("^\\d{4}-[0-9a-z]{1,3}(-\\d*)?$"));
    static const QRegularExpression digits(QStringLiteral("^\\d{3,}$"));
    if (numberStart.match(term).hasMatch()) {
        const QString upper = term.toUpper();
        return rowIds(QStringLiteral("SELECT rowid FROM reports WHERE reg_no >= ? AND reg_no < ?"),
                      { upper, QString(upper + QChar(0xFFFF)) });
    }
    if (digits.match(term).hasMatch() && term.size() <= 9) // the running number's end
        return rowIds(QStringLiteral("SELECT rowid FROM reports WHERE reg_no GLOB ?"), { QString(QStringLiteral("*-*") + term) });
    return QList<qint64> {};
}

Result<QList<qint64>> ReportSearch::followUpMatches(const QString& text) const
{
    const auto code = FollowUpCode::normalise(text);
    if (!code)
        return QList<qint64> {};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT f.code_hash, r.rowid FROM followup_codes f JOIN reports r ON r.id = f.report_id "
                             "WHERE f.lookup = ? AND f.deleted = 0"));
    q.addBindValue(FollowUpCode::lookupKey(*code));
    if (!q.exec())
        return Error { tr("Cannot search: %1").arg(SqlError::text(q.lastError())) };
    QList<qint64> out;
    while (q.next()) {
        if (FollowUpCode::matches(q.value(0).toString(), *code))
            out << q.value(1).toLongLong();
    }
    return out;
}

bool ReportSearch::indexBeingBuilt(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM meta WHERE key = ?"));
    q.addBindValue(QLatin1String(kIndexPendingKey));
    return q.exec() && q.next();
}

bool ReportSearch::shortTermsIndexed(const QString& term) const
{
    if (!ShortTermIndex::covers(term))
        return false;
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'short_search_ready'")) && q.next()
        && q.value(0).toString() == QLatin1String("1");
}

Result<QList<qint64>> ReportSearch::termRowIds(const QString& term) const
{
    auto content = !belowTrigram(term)
        ? rowIds(QStringLiteral("SELECT rowid FROM report_fts WHERE report_fts MATCH ?"), { phrase(term) })
        : shortTermsIndexed(term)
        ? rowIds(QStringLiteral("SELECT rowid FROM report_grams WHERE report_grams MATCH ?"),
                 { ShortTermIndex::matchOf(term) })
        : rowIds(QStringLiteral("SELECT DISTINCT doc FROM report_fts_terms WHERE term >= ? AND term < ?"),
                 { term, rangeEnd(term) });
    if (!content)
        return content;
    auto subjects = subjectMatches(term);
    if (!subjects)
        return subjects;
    auto numbers = numberMatches(term);
    if (!numbers)
        return numbers;
    QList<qint64> all = std::move(*content);
    all << *subjects << *numbers;
    sortNewestFirst(all);
    return all;
}

Result<QList<qint64>> ReportSearch::matchingRowIds(const QString& text) const
{
    // A follow-up code read out on the phone ("6214 0385 2291 7746") is one thing, not four.
    auto code = followUpMatches(text);
    if (!code)
        return code;
    if (!code->isEmpty())
        return code;
    const QStringList words = terms(text);
    QList<qint64> result;
    for (int i = 0; i < words.size(); ++i) {
        auto ids = termRowIds(words[i]);
        if (!ids)
            return ids;
        if (i == 0) {
            result = std::move(*ids);
            continue;
        }
        QList<qint64> both;
        std::set_intersection(result.begin(), result.end(), ids->begin(), ids->end(), std::back_inserter(both),
                              std::greater<qint64>());
        result = std::move(both);
    }
    return result;
}

Result<QList<ReportSearch::Hit>> ReportSearch::search(const QString& text, int limit, int offset) const
{
    const QStringList words = terms(text);
    if (words.isEmpty() || limit <= 0)
        return QList<Hit> {};
    QList<qint64> ids;
    auto code = followUpMatches(text);
    if (!code)
        return Error { code.error() };
    if (!code->isEmpty()) {
        ids = std::move(*code);
    } else if (words.size() == 1 && (!belowTrigram(words[0]) || shortTermsIndexed(words[0]))) {
        // Only the newest page of content matches is needed; matches on reported persons
        // are few and taken whole.
        auto newest = newestMatches(words[0], offset + limit);
        if (!newest)
            return Error { newest.error() };
        auto subjects = subjectMatches(words[0], belowTrigram(words[0]) ? offset + limit : 0);
        if (!subjects)
            return Error { subjects.error() };
        auto numbers = numberMatches(words[0]);
        if (!numbers)
            return Error { numbers.error() };
        ids = std::move(*newest);
        ids << *subjects << *numbers;
        sortNewestFirst(ids);
    } else {
        auto all = matchingRowIds(text);
        if (!all)
            return Error { all.error() };
        ids = std::move(*all);
    }
    ids = ids.mid(offset, limit);
    if (ids.isEmpty())
        return QList<Hit> {};

    QStringList marks(ids.size(), QStringLiteral("?"));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rowid, id, reg_no FROM reports WHERE deleted = 0 AND rowid IN (%1)")
                  .arg(marks.join(QLatin1Char(','))));
    for (qint64 id : std::as_const(ids))
        q.addBindValue(id);
    if (!q.exec())
        return Error { tr("Cannot search: %1").arg(SqlError::text(q.lastError())) };
    QHash<qint64, Hit> found;
    while (q.next())
        found.insert(q.value(0).toLongLong(), Hit { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString() });
    QList<Hit> hits;
    for (qint64 id : std::as_const(ids)) {
        if (auto it = found.constFind(id); it != found.constEnd())
            hits << *it;
    }
    qCDebug(lcSearch) << "search:" << words.size() << "terms," << hits.size() << "hits";
    return hits;
}

} // namespace qf

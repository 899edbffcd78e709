#include "models/ReportSearch.h"
#include "models/Log.h"

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

// The text indexed for a report: content, and the 八何 fields in one column (a newline
// between fields, so no trigram spans two of them in a way a query could match). Two
// trailing spaces pad each column (see the class comment). `row` is new, old or nothing.
QString bodyOf(const QString& row)
{
    return QStringLiteral("coalesce(%1content, '') || '  '").arg(row);
}

QString factsOf(const QString& row)
{
    QStringList parts;
    for (const char* c : { "who", "what", "when_text", "where_text", "why", "result", "demand", "disposition" })
        parts << QStringLiteral("coalesce(%1%2, '')").arg(row, QString::fromLatin1(c));
    return parts.join(QStringLiteral(" || char(10) || ")) + QStringLiteral(" || '  '");
}

QString subjectNameOf(const QString& row)
{
    return QStringLiteral("coalesce(%1name, '') || '  '").arg(row);
}

QString subjectUnitOf(const QString& row)
{
    return QStringLiteral("coalesce(%1unit, '') || '  '").arg(row);
}

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

QStringList ReportSearch::schemaStatements()
{
    const QString n = QStringLiteral("new."), o = QStringLiteral("old.");
    QStringList reportColumns = { QStringLiteral("content") };
    for (const char* c : { "who", "what", "when_text", "where_text", "why", "result", "demand", "disposition" })
        reportColumns << QString::fromLatin1(c);
    const QString watched = reportColumns.join(QStringLiteral(", "));
    return {
        // The views are the external content: what 'rebuild' reads and what was indexed.
        QStringLiteral("CREATE VIEW report_fts_source AS SELECT rowid AS rid, %1 AS body, %2 AS facts FROM reports")
            .arg(bodyOf({}), factsOf({})),
        QStringLiteral("CREATE VIRTUAL TABLE report_fts USING fts5(body, facts, content='report_fts_source', "
                       "content_rowid='rid', tokenize='trigram')"),
        QStringLiteral("CREATE TRIGGER report_fts_ai AFTER INSERT ON reports BEGIN "
                       "INSERT INTO report_fts(rowid, body, facts) VALUES (new.rowid, %1, %2); END")
            .arg(bodyOf(n), factsOf(n)),
        QStringLiteral("CREATE TRIGGER report_fts_ad AFTER DELETE ON reports BEGIN "
                       "INSERT INTO report_fts(report_fts, rowid, body, facts) VALUES ('delete', old.rowid, %1, %2); END")
            .arg(bodyOf(o), factsOf(o)),
        QStringLiteral("CREATE TRIGGER report_fts_au AFTER UPDATE OF %1 ON reports BEGIN "
                       "INSERT INTO report_fts(report_fts, rowid, body, facts) VALUES ('delete', old.rowid, %2, %3); "
                       "INSERT INTO report_fts(rowid, body, facts) VALUES (new.rowid, %4, %5); END")
            .arg(watched, bodyOf(o), factsOf(o), bodyOf(n), factsOf(n)),

        QStringLiteral("CREATE VIEW subject_fts_source AS SELECT rowid AS sid, %1 AS name, %2 AS unit FROM subjects")
            .arg(subjectNameOf({}), subjectUnitOf({})),
        QStringLiteral("CREATE VIRTUAL TABLE subject_fts USING fts5(name, unit, content='subject_fts_source', "
                       "content_rowid='sid', tokenize='trigram')"),
        QStringLiteral("CREATE TRIGGER subject_fts_ai AFTER INSERT ON subjects BEGIN "
                       "INSERT INTO subject_fts(rowid, name, unit) VALUES (new.rowid, %1, %2); END")
            .arg(subjectNameOf(n), subjectUnitOf(n)),
        QStringLiteral("CREATE TRIGGER subject_fts_ad AFTER DELETE ON subjects BEGIN "
                       "INSERT INTO subject_fts(subject_fts, rowid, name, unit) VALUES ('delete', old.rowid, %1, %2); END")
            .arg(subjectNameOf(o), subjectUnitOf(o)),
        QStringLiteral("CREATE TRIGGER subject_fts_au AFTER UPDATE OF name, unit ON subjects BEGIN "
                       "INSERT INTO subject_fts(subject_fts, rowid, name, unit) VALUES ('delete', old.rowid, %1, %2); "
                       "INSERT INTO subject_fts(rowid, name, unit) VALUES (new.rowid, %3, %4); END")
            .arg(subjectNameOf(o), subjectUnitOf(o), subjectNameOf(n), subjectUnitOf(n)),

        // The term lists, for terms shorter than a trigram.
        QStringLiteral("CREATE VIRTUAL TABLE report_fts_terms USING fts5vocab(report_fts, 'instance')"),
        QStringLiteral("CREATE VIRTUAL TABLE subject_fts_terms USING fts5vocab(subject_fts, 'instance')"),

        // Index what is already there (an upgraded database).
        QStringLiteral("INSERT INTO report_fts(report_fts) VALUES ('rebuild')"),
        QStringLiteral("INSERT INTO subject_fts(subject_fts) VALUES ('rebuild')"),
    };
}

Result<QList<qint64>> ReportSearch::rowIds(const QString& sql, const QVariantList& binds) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Error { tr("Cannot search: %1").arg(q.lastError().text()) };
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Error { tr("Cannot search: %1").arg(q.lastError().text()) };
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

Result<QList<qint64>> ReportSearch::subjectMatches(const QString& term, int newest) const
{
    if (term.size() < TrigramLength && shortTermsIndexed(term)) {
        // Documents of subject_grams are reports already (rowid = the report's rowid).
        if (newest > 0)
            return rowIds(QStringLiteral("SELECT rowid FROM subject_grams WHERE subject_grams MATCH ? ORDER BY rowid DESC LIMIT ?"),
                          { ShortTermIndex::matchOf(term), newest });
        return rowIds(QStringLiteral("SELECT rowid FROM subject_grams WHERE subject_grams MATCH ?"),
                      { ShortTermIndex::matchOf(term) });
    }
    if (term.size() >= TrigramLength)
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
    if (term.size() < TrigramLength)
        return rowIds(QStringLiteral("SELECT rowid FROM report_grams WHERE report_grams MATCH ? ORDER BY rowid DESC LIMIT ?"),
                      { ShortTermIndex::matchOf(term), limit });
    return rowIds(QStringLiteral("SELECT rowid FROM report_fts WHERE report_fts MATCH ? ORDER BY rowid DESC LIMIT ?"),
                  { phrase(term), limit });
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
    auto content = term.size() >= TrigramLength
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
    QList<qint64> all = std::move(*content);
    all << *subjects;
    sortNewestFirst(all);
    return all;
}

Result<QList<qint64>> ReportSearch::matchingRowIds(const QString& text) const
{
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
    if (words.size() == 1 && (words[0].size() >= TrigramLength || shortTermsIndexed(words[0]))) {
        // Only the newest page of content matches is needed; matches on reported persons
        // are few and taken whole.
        auto newest = newestMatches(words[0], offset + limit);
        if (!newest)
            return Error { newest.error() };
        auto subjects = subjectMatches(words[0], words[0].size() < TrigramLength ? offset + limit : 0);
        if (!subjects)
            return Error { subjects.error() };
        ids = std::move(*newest);
        ids << *subjects;
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
        return Error { tr("Cannot search: %1").arg(q.lastError().text()) };
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

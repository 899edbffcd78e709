#include "models/ShortTermIndex.h"
#include "models/SqlError.h"
#include "models/Log.h"

#include "models/Database.h"
#include "models/SqlTransaction.h"
#include "models/SqliteStatement.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <vector>

namespace qf {

namespace {

constexpr int kRebuildChunk = 5000;
const QString kReadyKey = QStringLiteral("short_search_ready");

QString tableName(ShortTermIndex::Table table)
{
    return table == ShortTermIndex::Table::Reports ? QStringLiteral("report_grams") : QStringLiteral("subject_grams");
}

bool indexed(char32_t c)
{
    return QChar::isLetterOrNumber(c);
}

} // namespace

const QStringList& ShortTermIndex::columns()
{
    static const QStringList c = { QStringLiteral("content"),    QStringLiteral("who"),    QStringLiteral("what"),
                                   QStringLiteral("when_text"),  QStringLiteral("where_text"), QStringLiteral("why"),
                                   QStringLiteral("result"),     QStringLiteral("demand"), QStringLiteral("disposition") };
    return c;
}

QString ShortTermIndex::tokensOf(const QStringList& texts)
{
    // Characters and pairs packed in one number each (21 bits a character, the length on
    // top), sorted and made unique, then written out: no string per token on the way.
    std::vector<quint64> keys;
    for (const QString& text : texts) {
        const QList<uint> chars = text.toLower().toUcs4();
        keys.reserve(keys.size() + size_t(chars.size()) * 2);
        for (qsizetype i = 0; i < chars.size(); ++i) {
            const quint64 c = chars[i];
            if (!indexed(char32_t(c)))
                continue;
            keys.push_back(quint64(1) << 42 | c);
            if (i + 1 < chars.size() && indexed(char32_t(chars[i + 1])))
                keys.push_back(quint64(2) << 42 | c << 21 | quint64(chars[i + 1]));
        }
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    QString out;
    out.reserve(qsizetype(keys.size()) * 3);
    constexpr quint64 mask = (quint64(1) << 21) - 1;
    for (const quint64 key : keys) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        if (key >> 42 == 1) {
            const char32_t c = char32_t(key & mask);
            out += QString::fromUcs4(&c, 1);
        } else {
            const char32_t pair[2] = { char32_t((key >> 21) & mask), char32_t(key & mask) };
            out += QString::fromUcs4(pair, 2);
        }
    }
    return out;
}

bool ShortTermIndex::covers(const QString& term)
{
    const QList<uint> chars = term.toUcs4();
    if (chars.isEmpty() || chars.size() > 2)
        return false;
    return std::all_of(chars.begin(), chars.end(), [](uint c) { return indexed(char32_t(c)); });
}

QString ShortTermIndex::matchOf(const QString& term)
{
    return QLatin1Char('"') + term.toLower() + QLatin1Char('"');
}

bool ShortTermIndex::isReady(const Database& db)
{
    return db.meta(kReadyKey) == QLatin1String("1");
}

ShortTermIndex::ShortTermIndex(sqlite3* handle)
    : m_handle(handle)
{
}

ShortTermIndex::~ShortTermIndex() = default;

Status ShortTermIndex::insertTokens(Table table, qint64 rowId, const QString& tokens)
{
    auto& insert = m_insert[int(table)];
    if (!insert) {
        insert = std::make_unique<SqliteStatement>();
        if (!insert->prepare(m_handle, QStringLiteral("INSERT INTO %1(rowid, tokens) VALUES (?, ?)").arg(tableName(table)))) {
            const QString error = insert->lastError();
            insert.reset();
            return Error { tr("The search index for short terms cannot be used: %1").arg(error) };
        }
    }
    insert->bindInt(1, rowId);
    insert->bindText(2, tokens);
    if (!insert->exec())
        return Error { tr("Cannot update the search index for short terms: %1").arg(insert->lastError()) };
    return {};
}

Status ShortTermIndex::add(Table table, qint64 rowId, const QStringList& texts)
{
    return insertTokens(table, rowId, tokensOf(texts));
}

Status ShortTermIndex::replace(Table table, qint64 rowId, const QStringList& before, const QStringList& after)
{
    const QString old = tokensOf(before);
    const QString now = tokensOf(after);
    if (old == now)
        return {};
    auto& remove = m_delete[int(table)];
    if (!remove) {
        // A contentless index forgets a document only when given its tokens; a report
        // indexed before (not one of a database still waiting for its rebuild) is forgotten.
        remove = std::make_unique<SqliteStatement>();
        if (!remove->prepare(m_handle, QStringLiteral("INSERT INTO %1(%1, rowid, tokens) SELECT 'delete', ?1, ?2 "
                                                      "WHERE EXISTS (SELECT 1 FROM %1_docsize WHERE id = ?1)")
                                           .arg(tableName(table)))) {
            const QString error = remove->lastError();
            remove.reset();
            return Error { tr("The search index for short terms cannot be used: %1").arg(error) };
        }
    }
    remove->bindInt(1, rowId);
    remove->bindText(2, old);
    if (!remove->exec())
        return Error { tr("Cannot update the search index for short terms: %1").arg(remove->lastError()) };
    if (now.isEmpty())
        return {};
    return insertTokens(table, rowId, now);
}

Result<qint64> ShortTermIndex::rebuild(Database& db, const std::function<bool(qint64, qint64)>& progress)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM reports")) || !q.next())
        return Error { tr("Cannot read the reports: %1").arg(SqlError::text(q.lastError())) };
    const qint64 total = q.value(0).toLongLong();
    {
        SqlTransaction tx(db.connection());
        if (!tx.active())
            return Error { tr("The database is busy or read-only: %1").arg(tx.beginError()) };
        if (!q.exec(QStringLiteral("DELETE FROM meta WHERE key = '%1'").arg(kReadyKey))
            || !q.exec(QStringLiteral("INSERT INTO report_grams(report_grams) VALUES ('delete-all')"))
            || !q.exec(QStringLiteral("INSERT INTO subject_grams(subject_grams) VALUES ('delete-all')")))
            return Error { tr("Cannot clear the search index for short terms: %1").arg(SqlError::text(q.lastError())) };
        if (Status s = tx.commit(); !s)
            return Error { s.error() };
    }
    ShortTermIndex index(SqliteStatement::handleOf(db.connection()));
    QSqlQuery read(db.connection());
    read.setForwardOnly(true);
    read.prepare(QStringLiteral("SELECT rowid, %1 FROM reports WHERE rowid > ? ORDER BY rowid LIMIT %2")
                     .arg(columns().join(QStringLiteral(", ")))
                     .arg(kRebuildChunk));
    qint64 last = 0;
    qint64 done = 0;
    for (;;) {
        read.addBindValue(last);
        if (!read.exec())
            return Error { tr("Cannot read the reports: %1").arg(SqlError::text(read.lastError())) };
        QList<std::pair<qint64, QStringList>> chunk;
        while (read.next()) {
            QStringList texts;
            for (int i = 0; i < columns().size(); ++i)
                texts << read.value(i + 1).toString();
            last = read.value(0).toLongLong();
            chunk.append({ last, texts });
        }
        read.finish();
        if (chunk.isEmpty())
            break;
        SqlTransaction tx(db.connection());
        if (!tx.active())
            return Error { tr("The database is busy or read-only: %1").arg(tx.beginError()) };
        for (const auto& [rowId, texts] : std::as_const(chunk)) {
            if (Status s = index.add(Table::Reports, rowId, texts); !s)
                return Error { s.error() };
        }
        // The reported persons of the same reports.
        QSqlQuery subjects(db.connection());
        subjects.setForwardOnly(true);
        subjects.prepare(QStringLiteral("SELECT r.rowid, s.name, s.unit FROM reports r JOIN subjects s ON s.report_id = r.id "
                                        "WHERE r.rowid BETWEEN ? AND ? ORDER BY r.rowid"));
        subjects.addBindValue(chunk.first().first);
        subjects.addBindValue(chunk.last().first);
        if (!subjects.exec())
            return Error { tr("Cannot read the reports: %1").arg(SqlError::text(subjects.lastError())) };
        qint64 current = 0;
        QStringList names;
        auto flush = [&]() -> Status {
            if (current == 0 || names.isEmpty())
                return {};
            return index.add(Table::Subjects, current, names);
        };
        while (subjects.next()) {
            const qint64 rowId = subjects.value(0).toLongLong();
            if (rowId != current) {
                if (Status s = flush(); !s)
                    return Error { s.error() };
                current = rowId;
                names.clear();
            }
            names << subjects.value(1).toString() << subjects.value(2).toString();
        }
        if (Status s = flush(); !s)
            return Error { s.error() };
        if (Status s = tx.commit(); !s)
            return Error { s.error() };
        done += chunk.size();
        if (progress && !progress(done, total))
            return done;
    }
    if (Status s = db.setMeta(kReadyKey, QStringLiteral("1")); !s)
        return Error { s.error() };
    qCInfo(lcSearch) << "short-term search index rebuilt:" << done << "reports";
    return done;
}

} // namespace qf

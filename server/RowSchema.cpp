#include "server/RowSchema.h"
#include "server/Log.h"

#include "models/Migrations.h"
#include "models/SyncedTables.h"
#include "server/ServiceJson.h"
#include "sync/SyncProtocol.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace qf::server {

namespace {

bool isWhole(double d)
{
    return d == static_cast<double>(static_cast<qint64>(d));
}

// The characters of every text in a value, counted for the change's size.
qint64 charsOf(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString().size();
    case QJsonValue::Object: {
        qint64 n = 0;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            n += it.key().size() + charsOf(it.value());
        return n;
    }
    case QJsonValue::Array: {
        qint64 n = 0;
        for (const QJsonValue& x : v.toArray())
            n += charsOf(x);
        return n;
    }
    default:
        return 8;
    }
}

bool storable(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return RowSchema::isStorableText(v.toString());
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!RowSchema::isStorableText(it.key()) || !storable(it.value()))
                return false;
        return true;
    }
    case QJsonValue::Array:
        for (const QJsonValue& x : v.toArray())
            if (!storable(x))
                return false;
        return true;
    default:
        return true;
    }
}

} // namespace

bool RowSchema::isStorableText(const QString& s)
{
    const qsizetype n = s.size();
    const QChar* c = s.constData();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = c[i].unicode();
        if (u >= 0x20 && (u < 0xd800 || u > 0xdfff))
            continue;
        if (u == 0)
            return false;
        if (QChar::isHighSurrogate(u)) {
            if (i + 1 >= n || !QChar::isLowSurrogate(c[i + 1].unicode()))
                return false;
            ++i;
        } else if (QChar::isLowSurrogate(u)) {
            return false;
        }
    }
    return true;
}

RowSchema::RowSchema()
    : m_connection(QStringLiteral("qf-row-schema-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_scratch = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_scratch.setDatabaseName(QStringLiteral(":memory:"));
    if (!m_scratch.open()) {
        qCCritical(lcSyncd) << "cannot open the tables' copy in memory:" << m_scratch.lastError().text();
        return;
    }
    QSqlQuery q(m_scratch);
    for (const Migration& m : migrations())
        for (const QString& sql : m.statements)
            if (!q.exec(sql))
                qCWarning(lcSyncd) << "revision" << m.version << "of the workstation tables:" << q.lastError().text();
    // Only the tables' own constraints decide; what the workstation does beside a row (its
    // search indexes, its append-only guards) is no concern of a row's shape.
    QStringList triggers;
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
        while (q.next())
            triggers << q.value(0).toString();
    for (const QString& t : std::as_const(triggers))
        q.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(t));
    for (const QString& table : syncedTables()) {
        Table t;
        if (!q.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table)))
            continue;
        while (q.next()) {
            const QString type = q.value(2).toString().toUpper();
            Column c;
            if (type.contains(QLatin1String("INT")))
                c.kind = Kind::Integer;
            else if (type.contains(QLatin1String("TEXT")) || type.contains(QLatin1String("CHAR")))
                c.kind = Kind::Text;
            else if (type.contains(QLatin1String("BLOB")))
                c.kind = Kind::Blob;
            else if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA")))
                c.kind = Kind::Real;
            c.required = q.value(3).toBool();
            t.columns.insert(q.value(1).toString(), c);
        }
        // The columns each CHECK constraint names (the table's statement as SQLite keeps it).
        if (q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '%1'").arg(table)) && q.next()) {
            const QString sql = q.value(0).toString();
            static const QRegularExpression word(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*"));
            for (qsizetype at = sql.indexOf(QLatin1String("CHECK"), 0, Qt::CaseInsensitive); at >= 0;
                 at = sql.indexOf(QLatin1String("CHECK"), at + 5, Qt::CaseInsensitive)) {
                qsizetype open = sql.indexOf(QLatin1Char('('), at);
                if (open < 0)
                    break;
                int depth = 0;
                qsizetype end = open;
                for (; end < sql.size(); ++end) {
                    if (sql[end] == QLatin1Char('('))
                        ++depth;
                    else if (sql[end] == QLatin1Char(')') && --depth == 0)
                        break;
                }
                const QString expression = sql.mid(open, end - open);
                for (auto it = word.globalMatch(expression); it.hasNext();)
                    if (auto c = t.columns.find(it.next().captured(0)); c != t.columns.end())
                        c->checked = true;
            }
        }
        if (q.exec(QStringLiteral("PRAGMA foreign_key_list(\"%1\")").arg(table)))
            while (q.next())
                if (auto it = t.columns.find(q.value(3).toString()); it != t.columns.end())
                    it->reference = true;
        if (!t.columns.isEmpty())
            m_tables.insert(table, t);
    }
}

RowSchema::~RowSchema()
{
    m_inserts.clear();
    m_clears.clear();
    m_scratch.close();
    m_scratch = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

bool RowSchema::mayBreakRow(const QString& table, const QJsonObject& fields) const
{
    const auto t = m_tables.constFind(table);
    if (t == m_tables.constEnd())
        return true;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const auto c = t->columns.constFind(it.key());
        if (c == t->columns.constEnd() || c->checked || (c->required && it.value().isNull()))
            return true;
    }
    return false;
}

bool RowSchema::knows(const QString& table) const
{
    return m_tables.contains(table);
}

QString RowSchema::checkValue(const QString& table, const QString& field, const Column& c, const QJsonValue& v) const
{
    if (v.isNull())
        return {};
    if (!storable(v))
        return tr("The field %1 holds a character no database can keep (a NUL or half of a surrogate pair).").arg(field);
    const bool bytes = v.isObject() && v.toObject().size() == 1 && v.toObject().value(QLatin1String("$b64")).isString();
    switch (c.kind) {
    case Kind::Blob:
        if (!bytes)
            return tr("The field %1 must hold bytes.").arg(field);
        return {};
    case Kind::Integer:
        if (v.isBool() || (v.isDouble() && isWhole(v.toDouble())))
            return {};
        return tr("The field %1 must hold a whole number.").arg(field);
    case Kind::Real:
        if (v.isBool() || v.isDouble())
            return {};
        return tr("The field %1 must hold a number.").arg(field);
    case Kind::Text:
        if (v.isString()) {
            const QString s = v.toString();
            const int max = table == QLatin1String("reports") && field == QLatin1String("content")
                ? m_limits.maxReportContentChars
                : m_limits.maxFieldChars;
            if (s.size() > max)
                return tr("The field %1 is longer than the server takes (%2 characters at most).").arg(field).arg(max);
            if (c.reference && !detail::isWord(s))
                return tr("The field %1 must name a row by its id.").arg(field);
            return {};
        }
        if (v.isDouble() || v.isBool())
            return c.reference ? tr("The field %1 must name a row by its id.").arg(field) : QString();
        return tr("The field %1 must hold text.").arg(field);
    case Kind::Any:
        if (v.isArray() || (v.isObject() && !bytes))
            return tr("The field %1 must hold a single value.").arg(field);
        return {};
    }
    return {};
}

QString RowSchema::checkFields(const QString& table, const QJsonObject& fields) const
{
    const auto t = m_tables.constFind(table);
    if (t == m_tables.constEnd())
        return tr("The server keeps no table '%1'.").arg(table);
    qint64 chars = 0;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const auto c = t->columns.constFind(it.key());
        if (c == t->columns.constEnd() || it.key() == QLatin1String("id") || it.key() == QLatin1String("hlc")
            || it.key() == QLatin1String("deleted"))
            return tr("The table %1 has no field %2 that a change may set.").arg(table, it.key());
        if (QString why = checkValue(table, it.key(), *c, it.value()); !why.isEmpty())
            return why;
        chars += charsOf(it.value());
    }
    if (chars > m_limits.maxMutationChars)
        return tr("The change is larger than the server takes (%1 characters at most).").arg(m_limits.maxMutationChars);
    return {};
}

QString RowSchema::checkRow(const QString& table, const QString& id, const QJsonObject& row)
{
    const auto t = m_tables.constFind(table);
    if (t == m_tables.constEnd())
        return tr("The server keeps no table '%1'.").arg(table);
    if (!m_scratch.isOpen())
        return {};
    QStringList columns { QStringLiteral("id") };
    QVariantList values { id };
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (!t->columns.contains(it.key()) || it.key() == QLatin1String("id") || it.key() == QLatin1String("hlc")
            || it.key() == QLatin1String("deleted"))
            continue;
        columns << it.key();
        values << sync::fromJson(it.value());
    }
    const QString key = table + QLatin1Char(':') + columns.join(QLatin1Char(','));
    auto cached = m_inserts.find(key);
    if (cached == m_inserts.end()) {
        if (m_inserts.size() > 500)
            m_inserts.clear();
        auto prepared = std::make_unique<QSqlQuery>(m_scratch);
        prepared->prepare(QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)")
                              .arg(table, columns.join(QLatin1Char(',')),
                                   QString(QStringLiteral("?,")).repeated(columns.size()).chopped(1)));
        cached = m_inserts.emplace(key, std::move(prepared)).first;
    }
    QSqlQuery& q = *cached->second;
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    QString refusal;
    if (!q.exec()) {
        // The workstation's own words ("NOT NULL constraint failed: reports.reg_no") name
        // the field; the refusal says it for people.
        const QString e = q.lastError().databaseText();
        if (e.contains(QLatin1String("NOT NULL"))) {
            refusal = tr("A row of %1 needs the field %2.").arg(table, e.section(QLatin1Char('.'), -1).trimmed());
        } else {
            QString named;
            for (const QString& c : std::as_const(columns))
                if (e.contains(c))
                    named = c;
            refusal = named.isEmpty() ? tr("The row is not one a workstation's table %1 can keep.").arg(table)
                                      : tr("The value of %1 is not one the table %2 allows.").arg(named, table);
        }
    }
    q.finish();
    auto clear = m_clears.find(table);
    if (clear == m_clears.end()) {
        auto prepared = std::make_unique<QSqlQuery>(m_scratch);
        prepared->prepare(QStringLiteral("DELETE FROM \"%1\"").arg(table));
        clear = m_clears.emplace(table, std::move(prepared)).first;
    }
    clear->second->exec();
    clear->second->finish();
    return refusal;
}

} // namespace qf::server

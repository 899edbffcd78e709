#include "Writer.h"

#include "Database.h"
#include "SqlTransaction.h"
#include "Uuid7.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlRecord>

namespace qf {

namespace {

const QSet<QString>& syncedTables()
{
    static const QSet<QString> tables = {
        QStringLiteral("organisations"), QStringLiteral("users"),  QStringLiteral("persons"),
        QStringLiteral("categories"),    QStringLiteral("reports"), QStringLiteral("subjects"),
        QStringLiteral("visits"),        QStringLiteral("events"),  QStringLiteral("report_attachments"),
        QStringLiteral("settings"),
        QStringLiteral("jurisdictions"), QStringLiteral("recusals"), QStringLiteral("capabilities"),
    };
    return tables;
}

QJsonValue toJson(const QVariant& v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::QByteArray:
        return QJsonObject { { QStringLiteral("$b64"), QString::fromLatin1(v.toByteArray().toBase64()) } };
    case QMetaType::Bool:
        return v.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return v.toLongLong();
    case QMetaType::Double:
        return v.toDouble();
    case QMetaType::QDateTime:
        return v.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    default:
        return v.toString();
    }
}

QVariant toSql(const QVariant& v)
{
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    if (v.typeId() == QMetaType::QDate)
        return v.toDate().toString(Qt::ISODate);
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? 1 : 0;
    return v;
}

QString opName(Change::Op op)
{
    switch (op) {
    case Change::Op::Insert:
        return QStringLiteral("insert");
    case Change::Op::Update:
        return QStringLiteral("update");
    case Change::Op::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

} // namespace

Writer::Writer(Database& db)
    : m_db(db)
{
    m_clock.restore(m_db.meta(QStringLiteral("hlc_last")).toLongLong());
}

Writer::~Writer()
{
    qDeleteAll(m_queries);
}

QSet<QString> Writer::columnsOf(const QString& table)
{
    if (!syncedTables().contains(table))
        return {};
    auto it = m_columns.find(table);
    if (it != m_columns.end())
        return *it;
    QSet<QString> cols;
    const QSqlRecord rec = m_db.connection().record(table);
    for (int i = 0; i < rec.count(); ++i)
        cols.insert(rec.fieldName(i));
    cols.remove(QStringLiteral("id"));
    cols.remove(QStringLiteral("hlc"));
    cols.remove(QStringLiteral("deleted"));
    m_columns.insert(table, cols);
    return cols;
}

QSqlQuery* Writer::prepared(const QString& key, const QString& sql)
{
    auto it = m_queries.find(key);
    if (it != m_queries.end())
        return *it;
    auto* q = new QSqlQuery(m_db.connection());
    if (!q->prepare(sql)) {
        delete q;
        return nullptr;
    }
    m_queries.insert(key, q);
    return q;
}

Status Writer::stage(const Change& change)
{
    const QSet<QString> cols = columnsOf(change.table);
    if (cols.isEmpty())
        return Error { tr("'%1' is not a table that can be changed.").arg(change.table) };
    if (change.rowId.isEmpty())
        return Error { tr("A change to %1 has no row id.").arg(change.table) };
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it) {
        if (!cols.contains(it.key()))
            return Error { tr("%1 has no field '%2'.").arg(change.table, it.key()) };
    }
    if (change.op == Change::Op::Update && change.fields.isEmpty())
        return {};

    const qint64 hlc = m_clock.now();
    const QStringList names = change.fields.keys();
    const QString nameKey = names.join(QLatin1Char(','));
    QSqlQuery* q = nullptr;

    switch (change.op) {
    case Change::Op::Insert: {
        QString placeholders;
        for (int i = 0; i < names.size(); ++i)
            placeholders += QStringLiteral(", ?");
        const QString sql = QStringLiteral("INSERT INTO %1 (id, hlc%2%3) VALUES (?, ?%4)")
                                .arg(change.table, names.isEmpty() ? QString() : QStringLiteral(", "), nameKey,
                                     placeholders);
        q = prepared(QStringLiteral("I|") + change.table + QLatin1Char('|') + nameKey, sql);
        break;
    }
    case Change::Op::Update: {
        QStringList sets;
        for (const QString& n : names)
            sets << n + QStringLiteral(" = ?");
        const QString sql = QStringLiteral("UPDATE %1 SET %2, hlc = ? WHERE id = ?")
                                .arg(change.table, sets.join(QStringLiteral(", ")));
        q = prepared(QStringLiteral("U|") + change.table + QLatin1Char('|') + nameKey, sql);
        break;
    }
    case Change::Op::Delete:
        q = prepared(QStringLiteral("D|") + change.table,
                     QStringLiteral("UPDATE %1 SET deleted = 1, hlc = ? WHERE id = ?").arg(change.table));
        break;
    }
    if (!q)
        return Error { tr("Cannot prepare the change to %1: %2").arg(change.table, m_db.connection().lastError().text()) };

    if (change.op == Change::Op::Insert) {
        q->addBindValue(change.rowId);
        q->addBindValue(hlc);
        for (const QString& n : names)
            q->addBindValue(toSql(change.fields.value(n)));
    } else if (change.op == Change::Op::Update) {
        for (const QString& n : names)
            q->addBindValue(toSql(change.fields.value(n)));
        q->addBindValue(hlc);
        q->addBindValue(change.rowId);
    } else {
        q->addBindValue(hlc);
        q->addBindValue(change.rowId);
    }
    if (!q->exec())
        return Error { tr("The change to %1 was refused by the database: %2").arg(change.table, q->lastError().text()) };
    if (change.op != Change::Op::Insert && q->numRowsAffected() == 0)
        return Error { tr("There is no row %1 in %2.").arg(change.rowId, change.table) };

    if (change.op != Change::Op::Insert) {
        // Per-field clocks: an inserted row's fields all carry the row's own clock, so
        // only fields changed later need an entry of their own.
        QSqlQuery* fc = prepared(QStringLiteral("FC"),
                                 QStringLiteral("INSERT INTO field_clocks (table_name, row_id, field, hlc) "
                                                "VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET hlc = excluded.hlc"));
        const QStringList fieldNames = change.op == Change::Op::Delete ? QStringList { QStringLiteral("deleted") } : names;
        for (const QString& n : fieldNames) {
            fc->addBindValue(change.table);
            fc->addBindValue(change.rowId);
            fc->addBindValue(n);
            fc->addBindValue(hlc);
            if (!fc->exec())
                return Error { tr("Cannot record the change's clock: %1").arg(fc->lastError().text()) };
        }
    }

    QJsonObject payload;
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it)
        payload.insert(it.key(), toJson(it.value()));
    QSqlQuery* ob = prepared(QStringLiteral("OB"),
                             QStringLiteral("INSERT INTO outbox (mutation_id, table_name, row_id, op, payload, hlc, "
                                            "author_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    ob->addBindValue(Uuid7::generate());
    ob->addBindValue(change.table);
    ob->addBindValue(change.rowId);
    ob->addBindValue(opName(change.op));
    ob->addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    ob->addBindValue(hlc);
    ob->addBindValue(m_author.isEmpty() ? QVariant() : QVariant(m_author));
    ob->addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!ob->exec())
        return Error { tr("Cannot queue the change for sync: %1").arg(ob->lastError().text()) };
    return {};
}

Status Writer::saveClock()
{
    return m_db.setMeta(QStringLiteral("hlc_last"), QString::number(m_clock.last()));
}

Status Writer::apply(const QList<Change>& changes)
{
    auto batch = begin();
    if (!batch)
        return Error { batch.error() };
    for (const Change& c : changes) {
        if (Status s = (*batch)->stage(c); !s)
            return s;
    }
    return (*batch)->commit();
}

Writer::Batch::Batch(Writer& writer)
    : m_writer(writer)
    , m_tx(std::make_unique<SqlTransaction>(writer.m_db.connection()))
{
}

Status Writer::Batch::commit()
{
    if (Status s = m_writer.saveClock(); !s)
        return s;
    return m_tx->commit();
}

Result<std::unique_ptr<Writer::Batch>> Writer::begin()
{
    std::unique_ptr<Batch> batch(new Batch(*this));
    if (!batch->m_tx->active())
        return Error { tr("The database is busy or read-only: %1").arg(batch->m_tx->beginError()) };
    return batch;
}

} // namespace qf

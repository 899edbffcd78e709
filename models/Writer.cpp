#include "models/Writer.h"
#include "models/StoreEvents.h"

#include "models/Database.h"
#include "models/InputCheck.h"
#include "models/ReportTextIndexes.h"
#include "models/SqlTransaction.h"
#include "models/SqliteStatement.h"
#include "models/SyncedTables.h"
#include "models/Uuid7.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlRecord>

#include <sqlite3.h>

namespace qf {

const QSet<QString>& syncedTables()
{
    static const QSet<QString> tables = {
        QStringLiteral("organisations"), QStringLiteral("users"),  QStringLiteral("persons"),
        QStringLiteral("categories"),    QStringLiteral("reports"), QStringLiteral("subjects"),
        QStringLiteral("visits"),        QStringLiteral("events"),  QStringLiteral("report_attachments"),
        QStringLiteral("settings"),
        QStringLiteral("jurisdictions"), QStringLiteral("recusals"), QStringLiteral("capabilities"),
        QStringLiteral("scope_rules"),
        QStringLiteral("meetings"), QStringLiteral("meeting_participants"), QStringLiteral("meeting_items"), QStringLiteral("review_proposals"), QStringLiteral("meeting_minutes"),
        QStringLiteral("sync_conflicts"),
        QStringLiteral("followup_codes"), QStringLiteral("identity_releases"),
        QStringLiteral("issued_documents"),
        QStringLiteral("call_records"), QStringLiteral("callbacks"),
        QStringLiteral("analysis_topics"),
    };
    return tables;
}

namespace {

// The outbox payload as compact JSON, written directly (the values are already plain):
// bytes as {"$b64": "..."}, dates as ISO 8601 text, keys in the map's (sorted) order.
void appendJsonString(QByteArray& out, const QString& s)
{
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20) {
                char esc[8];
                qsnprintf(esc, sizeof esc, "\\u%04x", u);
                out += esc;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void appendJson(QByteArray& out, const QVariant& v)
{
    if (v.isNull()) {
        out += "null";
        return;
    }
    switch (v.typeId()) {
    case QMetaType::QByteArray:
        out += "{\"$b64\":\"";
        out += v.toByteArray().toBase64();
        out += "\"}";
        return;
    case QMetaType::Bool:
        out += v.toBool() ? "true" : "false";
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        out += QByteArray::number(v.toLongLong());
        return;
    case QMetaType::Double:
        out += QByteArray::number(v.toDouble(), 'g', 17);
        return;
    case QMetaType::QDateTime:
        appendJsonString(out, v.toDateTime().toUTC().toString(Qt::ISODateWithMs));
        return;
    case QMetaType::QDate:
        appendJsonString(out, v.toDate().toString(Qt::ISODate));
        return;
    default:
        appendJsonString(out, v.toString());
    }
}

QByteArray payloadJson(const QVariantMap& fields)
{
    QByteArray out;
    out.reserve(256);
    out += '{';
    bool first = true;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!first)
            out += ',';
        first = false;
        appendJsonString(out, it.key());
        out += ':';
        appendJson(out, it.value());
    }
    out += '}';
    return out;
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
    , m_handle(SqliteStatement::handleOf(db.connection()))
    , m_events(std::make_unique<StoreEvents>())
    , m_textIndexes(std::make_unique<ReportTextIndexes>(db))
{
    m_clock.restore(m_db.meta(QStringLiteral("hlc_last")).toLongLong());
}

Writer::~Writer()
{
    qDeleteAll(m_statements);
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

SqliteStatement* Writer::statement(const QString& key, const std::function<QString()>& sql)
{
    auto it = m_statements.find(key);
    if (it != m_statements.end())
        return *it;
    auto* st = new SqliteStatement;
    if (!st->prepare(m_handle, sql())) {
        m_lastPrepareError = st->lastError();
        delete st;
        return nullptr;
    }
    m_statements.insert(key, st);
    return st;
}

Status Writer::stage(const Change& change)
{
    if (Status s = validate(change); !s)
        return s;
    if (change.op == Change::Op::Update && change.fields.isEmpty())
        return {};
    const qint64 hlc = m_clock.now();
    const QStringList names = change.fields.keys();
    auto base = baseClocks(change, names);
    if (!base)
        return base.failure();
    if (Status s = writeRow(change, names, hlc); !s)
        return s;
    if (Status s = recordFieldClocks(change, names, hlc); !s)
        return s;
    if (Status s = queueOutbox(change, hlc, *base); !s)
        return s;
    const bool isReport = change.table == QLatin1String("reports");
    m_events->noteChange(change.table, isReport ? change.rowId : change.fields.value(QStringLiteral("report_id")).toString());
    return {};
}

Status Writer::validate(const Change& change)
{
    const QSet<QString> cols = columnsOf(change.table);
    if (cols.isEmpty())
        return Error { tr("'%1' is not a table that can be changed.").arg(change.table) };
    if (change.rowId.isEmpty())
        return Error { tr("A change to %1 has no row id.").arg(change.table) };
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it) {
        if (!cols.contains(it.key()))
            return Error { tr("%1 has no field '%2'.").arg(change.table, it.key()) };
        // The last guard of every entry path: text the central store could never take
        // (a NUL, another control character, a broken character) is not written here.
        if (it->typeId() == QMetaType::QString) {
            const QString& text = *static_cast<const QString*>(it->constData());
            if (!InputCheck::isClean(text))
                return InputCheck::check(change.table + QLatin1Char('.') + it.key(), text);
        }
    }
    return {};
}

Result<QByteArray> Writer::baseClocks(const Change& change, const QStringList& names)
{
    // The clocks this change was made on: the sync tells a concurrent edit (someone else
    // changed the field since) from a later one by comparing them with the server's.
    QByteArray base;
    if (change.op == Change::Op::Delete) {
        // A delete is based on the row as this device last saw it.
        SqliteStatement* rh = statement(QStringLiteral("#rowhlc:") + change.table, [&] {
            return QStringLiteral("SELECT hlc FROM %1 WHERE id = ?").arg(change.table);
        });
        if (!rh)
            return Error { tr("Cannot read the change's clock: %1").arg(m_lastPrepareError) };
        rh->bindText(1, change.rowId);
        const qint64 rowClock = rh->step() ? rh->columnInt(0) : 0;
        rh->reset();
        base = "{\"$row\":" + QByteArray::number(rowClock) + '}';
    } else if (change.op == Change::Op::Update) {
        SqliteStatement* rd = statement(QStringLiteral("#base"), [] {
            return QStringLiteral("SELECT hlc FROM field_clocks WHERE table_name = ? AND row_id = ? AND field = ?");
        });
        if (!rd)
            return Error { tr("Cannot read the change's clock: %1").arg(m_lastPrepareError) };
        base += '{';
        for (const QString& n : names) {
            rd->bindText(1, change.table);
            rd->bindText(2, change.rowId);
            rd->bindText(3, n);
            qint64 clock = 0;
            if (rd->step())
                clock = rd->columnInt(0);
            rd->reset();
            if (base.size() > 1)
                base += ',';
            appendJsonString(base, n);
            base += ':';
            base += QByteArray::number(clock);
        }
        base += '}';
    }
    return base;
}

SqliteStatement* Writer::rowStatement(const Change& change, const QStringList& names)
{
    QString key;
    key.reserve(64);
    key += QLatin1Char(change.op == Change::Op::Insert ? 'I' : change.op == Change::Op::Update ? 'U' : 'D');
    key += change.table;
    if (change.op != Change::Op::Delete) {
        for (const QString& n : names) {
            key += QLatin1Char('|');
            key += n;
        }
    }
    switch (change.op) {
    case Change::Op::Insert:
        return statement(key, [&] {
            QString placeholders;
            for (int i = 0; i < names.size(); ++i)
                placeholders += QStringLiteral(", ?");
            return QStringLiteral("INSERT INTO %1 (id, hlc%2%3) VALUES (?, ?%4)")
                .arg(change.table, names.isEmpty() ? QString() : QStringLiteral(", "), names.join(QLatin1Char(',')),
                     placeholders);
        });
    case Change::Op::Update:
        return statement(key, [&] {
            QStringList sets;
            for (const QString& n : names)
                sets << n + QStringLiteral(" = ?");
            return QStringLiteral("UPDATE %1 SET %2, hlc = ? WHERE id = ?").arg(change.table, sets.join(QStringLiteral(", ")));
        });
    case Change::Op::Delete:
        return statement(key, [&] { return QStringLiteral("UPDATE %1 SET deleted = 1, hlc = ? WHERE id = ?").arg(change.table); });
    }
    return nullptr;
}

Status Writer::writeRow(const Change& change, const QStringList& names, qint64 hlc)
{
    SqliteStatement* st = rowStatement(change, names);
    if (!st)
        return Error { tr("Cannot prepare the change to %1: %2").arg(change.table, m_lastPrepareError) };
    int i = 1;
    if (change.op == Change::Op::Insert) {
        st->bindText(i++, change.rowId);
        st->bindInt(i++, hlc);
        for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it)
            st->bind(i++, toSql(it.value()));
    } else if (change.op == Change::Op::Update) {
        for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it)
            st->bind(i++, toSql(it.value()));
        st->bindInt(i++, hlc);
        st->bindText(i++, change.rowId);
    } else {
        st->bindInt(i++, hlc);
        st->bindText(i++, change.rowId);
    }
    // The indexes derived from report text, in the same transaction (ReportTextIndexes).
    if (Status s = m_textIndexes->before(change); !s)
        return s;
    if (!st->exec())
        return Error { tr("The change to %1 was refused by the database: %2").arg(change.table, st->lastError()) };
    if (change.op != Change::Op::Insert && st->changes() == 0)
        return Error { tr("There is no row %1 in %2.").arg(change.rowId, change.table) };
    return m_textIndexes->after(change, change.op == Change::Op::Insert ? sqlite3_last_insert_rowid(m_handle) : 0);
}

Status Writer::recordFieldClocks(const Change& change, const QStringList& names, qint64 hlc)
{
    // Per-field clocks: an inserted row's fields all carry the row's own clock, so only
    // fields changed later need an entry of their own.
    if (change.op == Change::Op::Insert)
        return {};
    SqliteStatement* fc = statement(QStringLiteral("#field_clocks"), [] {
        return QStringLiteral("INSERT INTO field_clocks (table_name, row_id, field, hlc) "
                              "VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET hlc = excluded.hlc");
    });
    if (!fc)
        return Error { tr("Cannot record the change's clock: %1").arg(m_lastPrepareError) };
    const QStringList fieldNames = change.op == Change::Op::Delete ? QStringList { QStringLiteral("deleted") } : names;
    for (const QString& n : fieldNames) {
        fc->bindText(1, change.table);
        fc->bindText(2, change.rowId);
        fc->bindText(3, n);
        fc->bindInt(4, hlc);
        if (!fc->exec())
            return Error { tr("Cannot record the change's clock: %1").arg(fc->lastError()) };
    }
    return {};
}

Status Writer::queueOutbox(const Change& change, qint64 hlc, const QByteArray& base)
{
    SqliteStatement* ob = statement(QStringLiteral("#outbox"), [] {
        return QStringLiteral("INSERT INTO outbox (mutation_id, table_name, row_id, op, payload, hlc, author_id, "
                              "created_at, base) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    });
    if (!ob)
        return Error { tr("Cannot queue the change for sync: %1").arg(m_lastPrepareError) };
    if (m_createdAt.isEmpty() || m_createdAtMillis != Hlc::millisOf(hlc)) {
        m_createdAtMillis = Hlc::millisOf(hlc);
        m_createdAt = QDateTime::fromMSecsSinceEpoch(m_createdAtMillis, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8();
    }
    ob->bindText(1, Uuid7::generate());
    ob->bindText(2, change.table);
    ob->bindText(3, change.rowId);
    ob->bindText(4, opName(change.op));
    ob->bindText(5, payloadJson(change.fields));
    ob->bindInt(6, hlc);
    if (m_author.isEmpty())
        ob->bindNull(7);
    else
        ob->bindText(7, m_author);
    ob->bindText(8, m_createdAt);
    if (base.isEmpty())
        ob->bindNull(9);
    else
        ob->bindText(9, base);
    if (!ob->exec())
        return Error { tr("Cannot queue the change for sync: %1").arg(ob->lastError()) };
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
    if (Status s = m_tx->commit(); !s)
        return s;
    m_writer.m_events->commit();
    return {};
}

Result<std::unique_ptr<Writer::Batch>> Writer::begin()
{
    std::unique_ptr<Batch> batch(new Batch(*this));
    if (!batch->m_tx->active())
        return Error { tr("The database is busy or read-only: %1").arg(batch->m_tx->beginError()) };
    return batch;
}

Status Writer::require(Capability what, const QString& action) const
{
    if (Role::may(m_role, what))
        return {};
    return Role::refusal(m_role, action);
}

} // namespace qf

#pragma once

#include "models/Hlc.h"
#include "models/Result.h"
#include "models/Role.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariantMap>

#include <functional>
#include <memory>

struct sqlite3;

namespace qf {

class Database;
class ReportTextIndexes;
class SqliteStatement;
class SqlTransaction;
class StoreEvents;

// One change to one row of a synced table.
struct Change
{
    enum class Op { Insert, Update, Delete };

    QString table;
    QString rowId;
    Op op = Op::Update;
    QVariantMap fields;

    static Change insert(QString table, QString rowId, QVariantMap fields)
    {
        return { std::move(table), std::move(rowId), Op::Insert, std::move(fields) };
    }
    static Change update(QString table, QString rowId, QVariantMap fields)
    {
        return { std::move(table), std::move(rowId), Op::Update, std::move(fields) };
    }
    static Change remove(QString table, QString rowId) { return { std::move(table), std::move(rowId), Op::Delete, {} }; }
};

// The one write path of the store. Each change updates its row, stamps the row (and, for
// updates, each changed field) with a hybrid-logical-clock time, and appends an outbox
// entry carrying a unique mutation id, the author and the new values - all in the same
// SQLite transaction - so that the sync can later ship exactly what changed.
class Writer
{
    Q_DECLARE_TR_FUNCTIONS(qf::Writer)

public:
    explicit Writer(Database& db);
    ~Writer();

    // The signed-in user: the author of every change, and the role the stores check.
    void setActor(const QString& userId, const QString& role)
    {
        m_author = userId;
        m_role = role;
    }
    // Another author for the changes that follow (the demonstration data's simulated
    // users), the role checked stays the signed-in user's.
    void setAuthor(const QString& userId) { m_author = userId; }
    const QString& author() const { return m_author; }
    const QString& role() const { return m_role; }
    // Refused (ErrorCode::Refused) unless the signed-in user's role may do `what`; `action`
    // says what was tried ("change the categories").
    Status require(Capability what, const QString& action) const;
    Hlc& clock() { return m_clock; }
    Database& database() { return m_db; }

    // Applies the changes in one transaction: all or none.
    Status apply(const QList<Change>& changes);
    Status apply(const Change& change) { return apply(QList<Change> { change }); }

    // For bulk work: open a transaction, stage many changes, commit once.
    class Batch
    {
    public:
        Status stage(const Change& change) { return m_writer.stage(change); }
        Status commit();

    private:
        friend class Writer;
        Batch(Writer& writer);
        Writer& m_writer;
        std::unique_ptr<SqlTransaction> m_tx;
    };
    Result<std::unique_ptr<Batch>> begin();

    // Columns the write path accepts for a table (empty when the table is not synced).
    QSet<QString> columnsOf(const QString& table);

    // What was committed, for the screens that show it (signals after each commit).
    StoreEvents& events() { return *m_events; }

private:
    // One change: checked, its base clocks read, the row written with its text indexes,
    // its field clocks and its outbox entry.
    Status stage(const Change& change);
    Status validate(const Change& change);
    Result<QByteArray> baseClocks(const Change& change, const QStringList& names);
    SqliteStatement* rowStatement(const Change& change, const QStringList& names);
    Status writeRow(const Change& change, const QStringList& names, qint64 hlc);
    Status recordFieldClocks(const Change& change, const QStringList& names, qint64 hlc);
    Status queueOutbox(const Change& change, qint64 hlc, const QByteArray& base);
    SqliteStatement* statement(const QString& key, const std::function<QString()>& sql);
    Status saveClock();

    Database& m_db;
    Hlc m_clock;
    QString m_author;
    QString m_role;
    QHash<QString, QSet<QString>> m_columns;
    sqlite3* m_handle = nullptr;
    QHash<QString, SqliteStatement*> m_statements;
    std::unique_ptr<StoreEvents> m_events;
    std::unique_ptr<ReportTextIndexes> m_textIndexes; // fingerprint and short-term index of report text
    QString m_lastPrepareError;
    QByteArray m_createdAt;
    qint64 m_createdAtMillis = -1;
};

} // namespace qf

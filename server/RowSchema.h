#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <map>
#include <memory>

namespace qf::server {

// The limits the service puts on what a change may hold (syncd.conf, SyncdConfig).
struct ContentLimits
{
    int maxFieldChars = 100000;        // characters of one text field
    int maxReportContentChars = 200000; // characters of a report's content (reports.content)
    int maxMutationChars = 4 << 20;    // characters of all of one change's values (sealed files included)
};

// The workstation's own tables (the SQLite revisions of models/, compiled in), as the service
// checks a change against them before storing it: a row every workstation of the office must
// be able to apply. Each change's own values are checked for their kind (text, number, bytes),
// their size, their text (no NUL, no lone surrogate) and, for references, their form; the row
// as it will be after the change is then written into an empty copy of the table in memory,
// so that its NOT NULL and CHECK constraints decide exactly as a workstation's would.
class RowSchema
{
    Q_DECLARE_TR_FUNCTIONS(qf::server::RowSchema)

public:
    RowSchema();
    ~RowSchema();
    RowSchema(const RowSchema&) = delete;
    RowSchema& operator=(const RowSchema&) = delete;

    void setLimits(const ContentLimits& limits) { m_limits = limits; }
    const ContentLimits& limits() const { return m_limits; }

    // Whether the table is one a workstation keeps (and so one a device may send).
    bool knows(const QString& table) const;
    // The change's own values; the refusal (for people), or empty.
    QString checkFields(const QString& table, const QJsonObject& fields) const;
    // The whole row as it will be stored; the refusal, or empty.
    QString checkRow(const QString& table, const QString& id, const QJsonObject& row);
    // Whether a change to a row already stored can break the row's constraints: it empties a
    // required field or sets one that a CHECK names. (Else checkRow need not run again.)
    bool mayBreakRow(const QString& table, const QJsonObject& fields) const;

    // A text a database cannot keep (a NUL, or half of a surrogate pair), for refusals.
    static bool isStorableText(const QString& s);

private:
    enum class Kind { Text, Integer, Real, Blob, Any };
    struct Column
    {
        Kind kind = Kind::Any;
        bool reference = false;
        bool required = false; // NOT NULL
        bool checked = false;  // named by a CHECK constraint
    };
    struct Table
    {
        QHash<QString, Column> columns;
    };
    QString checkValue(const QString& table, const QString& field, const Column& c, const QJsonValue& v) const;

    QHash<QString, Table> m_tables;
    QString m_connection;
    QSqlDatabase m_scratch;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_inserts; // by table and columns
    std::map<QString, std::unique_ptr<QSqlQuery>> m_clears;
    ContentLimits m_limits;
};

} // namespace qf::server

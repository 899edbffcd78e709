#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace qf {

// A schema revision kept as a compiled-in .sql resource (resources/schema/<dialect>/NNNN-name.sql).
// The file opens with a header of comment lines:
//   -- Revision 3: case work: stages, approvals, dispatch tables
//   -- Compatible from: 1          (SQLite only: the oldest schema a program must know)
// then its statements, each ending with ';'. Comment lines between statements are left out.
struct SqlScript
{
    Q_DECLARE_TR_FUNCTIONS(qf::SqlScript)

public:
    enum class Dialect {
        Sqlite,     // a statement ends where SQLite says so (sqlite3_complete: triggers included)
        PostgreSql, // at a ';' outside quotes, dollar quotes and comments
    };

    int version = 0;
    QByteArray description;
    int compatibleFrom = 0;
    QStringList statements;

    static Result<SqlScript> parse(const QString& text, Dialect dialect);
    static Result<SqlScript> read(const QString& path, Dialect dialect);
    // Every NNNN-*.sql file of the folder (a resource folder), in the order of their names.
    static Result<QList<SqlScript>> readFolder(const QString& folder, Dialect dialect);
    static QStringList split(const QString& text, Dialect dialect);
};

} // namespace qf

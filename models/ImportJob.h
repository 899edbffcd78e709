#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>

#include <functional>

namespace qf {

class Database;
class ReportRegistrar;

// A line (or CSV record) of an import and what became of it.
struct ImportLine
{
    int line = 0;
    QString regNo;   // when registered
    QString reason;  // why rejected, or the corrections needed (joined)
};

struct ImportSummary
{
    QString format; // "jsonl" or "csv"
    int records = 0;
    int imported = 0;
    int alreadyPresent = 0;
    QList<ImportLine> rejected;
    QList<ImportLine> corrections; // imported and marked needs_correction
    QList<ImportLine> repeats;     // imported with repeat proposals (reason: the candidates' numbers)

    bool complete() const { return rejected.isEmpty(); }
};

// Imports the online reporting platform's daily export (网络举报): JSON Lines, one report an
// object a line, or CSV with the same column names (header row, RFC 4180 quoting, UTF-8 with
// or without BOM, or UTF-16 as a spreadsheet saves "Unicode text"; LF, CRLF or CR line ends).
// A CSV quote left open does not swallow the rows after it: they are read again from the
// line after it, and its line says so. Each report is registered in its own transaction,
// so a malformed or truncated file never leaves half a report; a report already present
// (channel online, same source_id) is not imported again. Each record goes through the
// session's ReportRegistrar: a draft its rules refuse (text the store cannot keep, a time
// of receipt before 1900 or ahead of now) is a rejected line with the registrar's reason
// (the same as at the intake). Runs in steps so a window can show progress.
class ImportJob
{
    Q_DECLARE_TR_FUNCTIONS(qf::ImportJob)

public:
    // The repeat check runs on every imported report when asked for (5 proposals at most).
    ImportJob(ReportRegistrar& registrar, Database& db, bool checkRepeats = true);

    // Reads and splits the file. Fails (nothing imported) when it cannot be read, is
    // binary, is neither UTF-8 nor UTF-16 or is a CSV file without the required columns.
    Status open(const QString& path);
    // Registers up to maxRecords more records. Fails only when the database does.
    Status step(int maxRecords);
    bool atEnd() const { return m_next >= m_records.size(); }
    int total() const { return int(m_records.size()); }
    int done() const { return int(m_next); }
    const ImportSummary& summary() const { return m_summary; }

    // open() + steps to the end; progress(done, total) returning false stops.
    Status run(const QString& path, const std::function<bool(int, int)>& progress = {});

private:
    struct Raw
    {
        int line = 0;
        QVariantMap values;
        QString error;
    };
    Status splitJsonLines(const QByteArray& data);
    Status splitCsv(const QByteArray& data);
    Status importOne(const Raw& raw);
    Result<QString> categoryId(const QString& name);

    ReportRegistrar& m_registrar;
    Database& m_db;
    bool m_checkRepeats;
    QList<Raw> m_records;
    qsizetype m_next = 0;
    ImportSummary m_summary;
    QHash<QString, QString> m_categories;
};

} // namespace qf

#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QString>

namespace qf {

class Database;

// 发文字号 (文号) of the documents an office issues: the office's prefix, the year in
// 六角括号 and a running number, e.g. "清纪信告〔2026〕K7Q-15号". A number is taken when a
// document is issued and printed on it. Like registration numbers, the running number is
// kept per device tag (reg_counters, key "doc|prefix|year|tag") and the tag is part of the
// number, so two workstations issuing offline never give the same 文号.
class DocumentNumbers
{
    Q_DECLARE_TR_FUNCTIONS(qf::DocumentNumbers)

public:
    explicit DocumentNumbers(Database& db);

    // The next 文号 of the series; an empty prefix means the office does not number its
    // documents, and the result is an empty string.
    Result<QString> next(const QString& prefix, int year);
    // The 文号 next() would give now, without taking it (a document shown in the print preview
    // carries it; it is taken only when the document is issued).
    Result<QString> peek(const QString& prefix, int year);

    static QString format(const QString& prefix, int year, const QString& tag, qint64 n);

private:
    Database& m_db;
};

} // namespace qf

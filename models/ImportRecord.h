#pragma once

#include "models/ReportDraft.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace qf {

// One report of the online platform's export, checked: a draft ready to register, or the
// reason it cannot be. Required keys: source_id, received_at (ISO 8601), content. Optional:
// category, anonymous, reporter_name, reporter_id_number, reporter_phone, subject_name,
// subject_unit, subject_rank, region. A bad optional value does not stop the import: the
// draft carries a correction reason (信息校正) instead. Text that cannot be stored (a NUL,
// another control character, a broken surrogate: InputCheck) refuses the record, whichever
// key holds it; line ends inside a value are read as line feeds.
class ImportRecord
{
    Q_DECLARE_TR_FUNCTIONS(qf::ImportRecord)

public:
    static QStringList requiredKeys();
    static QStringList knownKeys();

    // values: JSON values (strings, booleans, numbers) or CSV strings by key.
    static Result<ImportRecord> parse(const QVariantMap& values);
    // ISO 8601 date and time; without an offset it is China time (UTC+8); a bare date is
    // midnight China time. Anything else is refused with the reason (InputCheck::parseTime),
    // never cut to the date.
    static Result<QDateTime> parseTime(const QString& text);

    ReportDraft draft;        // channel online, source id, content, subjects, reporter, corrections
    QString categoryName;     // matched against the categories table by the importer
};

} // namespace qf

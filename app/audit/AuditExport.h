#pragma once

#include "models/AuditQuery.h"
#include "models/Result.h"

#include <QCoreApplication>

#include <optional>

namespace qf {

class Session;

// The audit viewer's and `qingfeng-cli audit export`'s files: the entries a filter matches as
// a PDF (Qt's PDF writer; needs a QGuiApplication) or an .xlsx workbook (libxlsxwriter; the
// entry numbers as numbers, the times as dates). Refused to a role that may not read the audit
// (models/AuditQuery); every export is itself kept in the audit log.
class AuditExport
{
    Q_DECLARE_TR_FUNCTIONS(qf::AuditExport)

public:
    enum class Format { Pdf, Xlsx };
    // By the file's suffix (.pdf or .xlsx); nullopt for any other.
    static std::optional<Format> formatFor(const QString& path);

    // Writes the file and records the export; the number of entries written.
    static Result<qsizetype> write(Session& session, const AuditFilter& filter, const QString& path);

    static Status writeXlsx(const QString& path, const QList<AuditEntry>& entries);
    static Status writePdf(const QString& path, const QList<AuditEntry>& entries, const QString& filterText,
                           const QString& chainText);

    // What the file's header says of the filter and of the chain, in the user's language.
    static QString filterText(const AuditFilter& filter);
    static QString chainText(Session& session);
    static QString userText(const AuditEntry& e);
};

} // namespace qf

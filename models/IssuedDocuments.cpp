#include "models/IssuedDocuments.h"

#include "models/AttachmentStore.h"
#include "models/Database.h"
#include "models/DocumentNumbers.h"
#include "models/Log.h"
#include "models/ReportStore.h"
#include "models/Settings.h"
#include "models/SqlError.h"
#include "models/SqlTransaction.h"
#include "models/Uuid7.h"
#include "models/Writer.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace qf {

namespace {

const QString kTable = QStringLiteral("issued_documents");

IssuedDocument fromQuery(const QSqlQuery& q)
{
    IssuedDocument d;
    d.id = q.value(0).toString();
    d.kind = q.value(1).toString();
    d.docNo = q.value(2).toString();
    d.reportId = q.value(3).toString();
    d.issuedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    d.issuedBy = q.value(5).toString();
    d.pdfSha256 = q.value(6).toString();
    d.attachmentId = q.value(7).toString();
    return d;
}

const char* kColumns = "id, kind, doc_no, report_id, issued_at, issued_by, pdf_sha256, attachment_id";

} // namespace

IssuedDocuments::IssuedDocuments(Writer& writer, AttachmentStore& attachments)
    : m_writer(writer)
    , m_attachments(attachments)
{
}

Result<std::optional<IssuedDocument>> IssuedDocuments::find(const QString& kind, const QString& reportId) const
{
    QSqlQuery q(m_writer.database().connection());
    q.prepare(QStringLiteral("SELECT %1 FROM issued_documents WHERE kind = ? AND coalesce(report_id, '') = ? AND deleted = 0 "
                             "ORDER BY issued_at DESC, id DESC LIMIT 1")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(kind);
    q.addBindValue(reportId.isEmpty() ? QStringLiteral("") : reportId); // '' (not NULL): the office's documents
    if (!q.exec())
        return Error { tr("Cannot read the issued documents: %1").arg(SqlError::text(q.lastError())) };
    if (!q.next())
        return std::optional<IssuedDocument>();
    return std::optional<IssuedDocument>(fromQuery(q));
}

Result<QList<IssuedDocument>> IssuedDocuments::forReport(const QString& reportId) const
{
    QSqlQuery q(m_writer.database().connection());
    q.prepare(QStringLiteral("SELECT %1 FROM issued_documents WHERE report_id = ? AND deleted = 0 ORDER BY issued_at, id")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(reportId);
    if (!q.exec())
        return Error { tr("Cannot read the issued documents: %1").arg(SqlError::text(q.lastError())) };
    QList<IssuedDocument> out;
    while (q.next())
        out << fromQuery(q);
    return out;
}

Result<IssuedDocuments::Number> IssuedDocuments::number(const QString& kind, const QString& reportId,
                                                        const QDate& on, bool reuse) const
{
    Number n;
    if (reuse) {
        // The report's document of this kind; for a document of the office (no report), its kind's.
        auto earlier = find(kind, reportId);
        if (!earlier)
            return earlier.failure();
        if (*earlier) {
            n.docNo = (*earlier)->docNo;
            n.reprint = true;
            return n;
        }
    }
    const Settings settings(m_writer);
    auto next = DocumentNumbers(m_writer.database())
                    .peek(settings.text(Settings::Key::DocumentNumberPrefix),
                          (on.isValid() ? on : QDate::currentDate()).year());
    if (!next)
        return next.failure();
    n.docNo = *next;
    return n;
}

Result<IssuedDocument> IssuedDocuments::issue(const QString& kind, const QString& reportId, const Number& number,
                                              const QByteArray& pdf, const QString& title)
{
    IssuedDocument d;
    d.kind = kind;
    d.docNo = number.docNo;
    d.reportId = reportId;
    d.issuedAt = QDateTime::currentDateTimeUtc();
    d.issuedBy = m_writer.author();
    d.pdfSha256 = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
    if (number.docNo.isEmpty())
        return d; // the office does not number its documents: nothing to keep
    if (number.reprint) {
        if (!reportId.isEmpty())
            if (Status s = m_writer.apply(ReportStore::eventChange(
                    reportId, QStringLiteral("document_reprinted"),
                    { { QStringLiteral("kind"), kind }, { QStringLiteral("doc_no"), number.docNo },
                      { QStringLiteral("title"), title }, { QStringLiteral("pdf_sha256"), d.pdfSha256 } },
                    d.issuedAt, d.issuedBy));
                !s)
                return s.failure();
        return d;
    }
    d.id = Uuid7::generate();
    {
        auto batch = m_writer.begin();
        if (!batch)
            return batch.failure();
        const Settings settings(m_writer);
        // The number printed was the next one when the document was shown; take it now, in
        // the same transaction as the row (a rollback gives it back).
        auto taken = DocumentNumbers(m_writer.database())
                         .next(settings.text(Settings::Key::DocumentNumberPrefix), d.issuedAt.toLocalTime().date().year());
        if (!taken)
            return taken.failure();
        if (*taken != number.docNo)
            return Error { tr("The document number %1 was given to another document meanwhile; please print the "
                              "document again (it will carry %2).")
                               .arg(number.docNo, *taken),
                           ErrorCode::Conflict };
        QVariantMap f { { QStringLiteral("kind"), kind },
                        { QStringLiteral("doc_no"), d.docNo },
                        { QStringLiteral("issued_at"), d.issuedAt },
                        { QStringLiteral("pdf_sha256"), d.pdfSha256 } };
        if (!reportId.isEmpty())
            f.insert(QStringLiteral("report_id"), reportId);
        if (!d.issuedBy.isEmpty())
            f.insert(QStringLiteral("issued_by"), d.issuedBy);
        if (Status s = (*batch)->stage(Change::insert(kTable, d.id, f)); !s)
            return s.failure();
        if (!reportId.isEmpty())
            if (Status s = (*batch)->stage(ReportStore::eventChange(
                    reportId, QStringLiteral("document_issued"),
                    { { QStringLiteral("kind"), kind }, { QStringLiteral("doc_no"), d.docNo },
                      { QStringLiteral("title"), title }, { QStringLiteral("pdf_sha256"), d.pdfSha256 } },
                    d.issuedAt, d.issuedBy));
                !s)
                return s.failure();
        if (Status s = (*batch)->commit(); !s)
            return s.failure();
    }
    // The PDF goes with the report's files; the 文号 is kept even if that fails.
    if (!reportId.isEmpty() && !pdf.isEmpty()) {
        const QString fileName = QStringLiteral("%1 %2.pdf").arg(title, d.docNo);
        auto stored = m_attachments.attachData(reportId, pdf, fileName, QStringLiteral("issued_document"));
        if (!stored) {
            qCWarning(lcCases) << "issued document kept without its PDF:" << stored.error();
        } else {
            d.attachmentId = stored->linkId;
            if (Status s = m_writer.apply(Change::update(kTable, d.id, { { QStringLiteral("attachment_id"), d.attachmentId } }));
                !s)
                qCWarning(lcCases) << "issued document: the PDF link was not kept:" << s.error();
        }
    }
    return d;
}

} // namespace qf

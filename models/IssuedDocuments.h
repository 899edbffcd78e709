#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace qf {

class AttachmentStore;
class Writer;

// One numbered document the office issued (table issued_documents).
struct IssuedDocument
{
    QString id;
    QString kind;     // receipt, referral, acceptance_notice, result_feedback, transfer, ...
    QString docNo;    // 文号
    QString reportId; // empty for a document of no single report
    QDateTime issuedAt;
    QString issuedBy; // users.id
    QString pdfSha256;
    QString attachmentId; // the report_attachments row holding the PDF
};

// The documents an office issued with their 文号. A document is numbered when it is first
// issued (printed, or saved as PDF): number() says which 文号 it will carry - the one it was
// issued with before, so a reprint never takes a new number, or else the next of the
// office's series (DocumentNumbers), not taken yet, so a preview closed without printing
// leaves no gap. issue() then takes that number, keeps the row, the PDF (as an attachment of
// the report, with its SHA-256) and a 'document_issued' event in the report's history, in
// one write; a reprint adds only a 'document_reprinted' event.
class IssuedDocuments
{
    Q_DECLARE_TR_FUNCTIONS(qf::IssuedDocuments)

public:
    IssuedDocuments(Writer& writer, AttachmentStore& attachments);

    struct Number
    {
        QString docNo;        // empty: the office does not number its documents
        bool reprint = false; // issued before with this 文号
    };
    // The 文号 the kind of document of this report carries: the stored one, else the next of
    // the office's series (Settings DocumentNumberPrefix, the year of `on`). reuse false: a
    // new document of its kind (the form of a new dispatch), always the next number.
    Result<Number> number(const QString& kind, const QString& reportId, const QDate& on = {}, bool reuse = true) const;

    // Records the issue of a document printed (or saved) with `number`. pdf: the document as
    // PDF (kept with the report). A new number must still be the next of its series (another
    // window of this workstation may have taken it meanwhile: then an error, print again).
    Result<IssuedDocument> issue(const QString& kind, const QString& reportId, const Number& number,
                                 const QByteArray& pdf, const QString& title);

    Result<std::optional<IssuedDocument>> find(const QString& kind, const QString& reportId) const;
    Result<QList<IssuedDocument>> forReport(const QString& reportId) const; // oldest first

private:
    Writer& m_writer;
    AttachmentStore& m_attachments;
};

} // namespace qf

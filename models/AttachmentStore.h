#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace qf {

class Writer;

struct StoredAttachment
{
    QString linkId; // the report_attachments row
    QString sha256;
    qint64 size = 0;
    bool newFile = false; // the content was not in the store before
};

// A file linked to a report, as the attachments list shows it.
struct AttachmentInfo
{
    QString linkId;
    QString sha256;
    QString fileName;
    QString kind;
    QString mime;
    qint64 size = 0;
    QDateTime addedAt;
};

// Files (scanned letters, recordings, photos) stored once by content address: the SHA-256
// of the bytes names the file under <root>/ab/cdef..., so the same page attached twice is
// kept once, and a damaged copy is recognised.
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(qf::AttachmentStore)

public:
    AttachmentStore(Writer& writer, QString rootFolder);

    // Default root: "attachments" beside the database file.
    static QString defaultRoot(const QString& databasePath);

    // Copies the file into the store (streamed, verified) and links it to the report.
    Result<StoredAttachment> attachFile(const QString& reportId, const QString& sourcePath, const QString& kind);
    Result<StoredAttachment> attachData(const QString& reportId, const QByteArray& data, const QString& fileName,
                                        const QString& kind);

    // The files linked to a report, in the order they were added.
    Result<QList<AttachmentInfo>> list(const QString& reportId) const;

    // Where the content lives; verifies it against its address when asked.
    QString pathOf(const QString& sha256) const;
    static QString pathIn(const QString& root, const QString& sha256);
    Status verify(const QString& sha256) const;

    // Copies a file into the store and records it (size, type) without linking it to a
    // report (a call's recording; sync sends it with the row that names it); returns its
    // SHA-256.
    Result<QString> importFile(const QString& sourcePath, qint64* size);

    // Removes a stored file that no row links to (what a registration that was rolled back
    // had stored new).
    void discard(const QString& sha256);

private:
    // The folder a stored file goes in, made private (0700) with the store's root.
    Status makeFolderFor(const QString& file) const;
    // Copies a file in (sha256, size, newFile; no link yet).
    Result<StoredAttachment> copyIn(const QString& sourcePath);
    // The stored file's row in `attachments` (kept once per content).
    Status record(const QString& sha, qint64 size);
    Result<StoredAttachment> link(const QString& reportId, const QString& sha, qint64 size, const QString& fileName,
                                  const QString& kind);

    Writer& m_writer;
    QString m_root;
};

} // namespace qf

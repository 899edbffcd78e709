#include "models/AttachmentStore.h"
#include "models/SqlError.h"

#include "models/Database.h"
#include "models/PrivateFiles.h"
#include "models/Uuid7.h"
#include "models/Writer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace qf {

namespace {

Result<QByteArray> hashFile(const QString& path, qint64* size)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error { AttachmentStore::tr("Cannot read %1: %2").arg(path, f.errorString()) };
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return Error { AttachmentStore::tr("Cannot read %1: %2").arg(path, f.errorString()) };
    *size = f.size();
    return h.result();
}

// Scans, recordings and photos are the account's own, whatever the umask.
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

Status AttachmentStore::makeFolderFor(const QString& file) const
{
    // The store's folders (0700), the root too when an older version made it readable.
    if (Status s = PrivateFiles::makeFolder(m_root, true); !s)
        return Error { tr("Cannot create the attachments folder %1.").arg(m_root), ErrorCode::Io };
    if (Status s = PrivateFiles::makeFolder(QFileInfo(file).absolutePath(), true); !s)
        return Error { tr("Cannot create the attachments folder %1.").arg(QFileInfo(file).absolutePath()), ErrorCode::Io };
    return {};
}

AttachmentStore::AttachmentStore(Writer& writer, QString rootFolder)
    : m_writer(writer)
    , m_root(std::move(rootFolder))
{
}

QString AttachmentStore::defaultRoot(const QString& databasePath)
{
    return QFileInfo(databasePath).absolutePath() + QStringLiteral("/attachments");
}

QString AttachmentStore::pathOf(const QString& sha256) const
{
    return pathIn(m_root, sha256);
}

QString AttachmentStore::pathIn(const QString& root, const QString& sha256)
{
    return root + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256.mid(2);
}

Result<QString> AttachmentStore::importFile(const QString& sourcePath, qint64* size)
{
    auto copied = copyIn(sourcePath);
    if (!copied)
        return copied.failure();
    if (Status s = record(copied->sha256, copied->size); !s)
        return s.failure();
    *size = copied->size;
    return copied->sha256;
}

Status AttachmentStore::record(const QString& sha, qint64 size)
{
    QSqlQuery q(m_writer.database().connection());
    q.prepare(QStringLiteral("INSERT INTO attachments (sha256, size, mime, created_at) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT(sha256) DO NOTHING"));
    q.addBindValue(sha);
    q.addBindValue(size);
    q.addBindValue(QMimeDatabase().mimeTypeForFile(pathOf(sha)).name());
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec())
        return Error { tr("Cannot record the attachment: %1").arg(SqlError::text(q.lastError())) };
    return {};
}

Result<StoredAttachment> AttachmentStore::copyIn(const QString& sourcePath)
{
    if (m_writer.database().isOwnFile(sourcePath))
        return Error { tr("%1 is this workstation's database; it cannot be attached.").arg(sourcePath) };
    qint64 bytes = 0;
    auto digest = hashFile(sourcePath, &bytes);
    if (!digest)
        return Error { digest.error() };
    const QString sha = QString::fromLatin1(digest->toHex());
    const QString target = pathOf(sha);
    if (QFileInfo::exists(target) && verify(sha).ok())
        return StoredAttachment { {}, sha, bytes, false }; // already stored

    if (Status s = makeFolderFor(target); !s)
        return s.failure();
    QFile in(sourcePath);
    if (!in.open(QIODevice::ReadOnly))
        return Error { tr("Cannot read %1: %2").arg(sourcePath, in.errorString()) };
    // Written to a temporary name and renamed when complete: a full disk or a crash never
    // leaves a truncated file under a content address.
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(kOwnerOnly))
        return Error { tr("Cannot store the attachment: %1").arg(out.errorString()) };
    QCryptographicHash h(QCryptographicHash::Sha256);
    QByteArray chunk;
    while (!(chunk = in.read(1 << 20)).isEmpty()) {
        h.addData(chunk);
        if (out.write(chunk) != chunk.size()) {
            out.cancelWriting();
            return Error { tr("Cannot store the attachment (is the disk full?): %1").arg(out.errorString()) };
        }
    }
    if (h.result() != *digest) {
        out.cancelWriting();
        return Error { tr("%1 changed while it was being stored; please try again.").arg(sourcePath) };
    }
    if (!out.commit())
        return Error { tr("Cannot store the attachment (is the disk full?): %1").arg(out.errorString()) };
    return StoredAttachment { {}, sha, bytes, true };
}

Result<StoredAttachment> AttachmentStore::link(const QString& reportId, const QString& sha, qint64 size,
                                               const QString& fileName, const QString& kind)
{
    if (Status s = record(sha, size); !s)
        return s.failure();
    StoredAttachment stored { Uuid7::generate(), sha, size };
    const Status s = m_writer.apply(Change::insert(QStringLiteral("report_attachments"), stored.linkId,
                                                   { { QStringLiteral("report_id"), reportId },
                                                     { QStringLiteral("sha256"), sha },
                                                     { QStringLiteral("file_name"), fileName },
                                                     { QStringLiteral("kind"), kind },
                                                     { QStringLiteral("added_at"),
                                                       QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
                                                     { QStringLiteral("added_by"), m_writer.author() } }));
    if (!s)
        return Error { s.error() };
    return stored;
}

Result<QList<AttachmentInfo>> AttachmentStore::list(const QString& reportId) const
{
    QSqlQuery q(m_writer.database().connection());
    q.prepare(QStringLiteral("SELECT l.id, l.sha256, l.file_name, l.kind, a.mime, a.size, l.added_at"
                             " FROM report_attachments l JOIN attachments a ON a.sha256 = l.sha256"
                             " WHERE l.report_id = ? AND l.deleted = 0 ORDER BY l.added_at, l.id"));
    q.addBindValue(reportId);
    if (!q.exec())
        return Error { tr("Cannot read the attachments: %1").arg(SqlError::text(q.lastError())) };
    QList<AttachmentInfo> out;
    while (q.next())
        out << AttachmentInfo { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(),
                                QDateTime::fromString(q.value(6).toString(), Qt::ISODate) };
    return out;
}

Result<StoredAttachment> AttachmentStore::attachFile(const QString& reportId, const QString& sourcePath,
                                                     const QString& kind)
{
    auto copied = copyIn(sourcePath);
    if (!copied)
        return copied.failure();
    auto linked = link(reportId, copied->sha256, copied->size, QFileInfo(sourcePath).fileName(), kind);
    if (!linked) {
        if (copied->newFile)
            discard(copied->sha256);
        return linked;
    }
    linked->newFile = copied->newFile;
    return linked;
}

Result<StoredAttachment> AttachmentStore::attachData(const QString& reportId, const QByteArray& data,
                                                     const QString& fileName, const QString& kind)
{
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    const QString target = pathOf(sha);
    const bool newFile = !QFileInfo::exists(target) || !verify(sha).ok();
    if (newFile) {
        if (Status s = makeFolderFor(target); !s)
            return s.failure();
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(kOwnerOnly) || out.write(data) != data.size()
            || !out.commit())
            return Error { tr("Cannot store the attachment (is the disk full?): %1").arg(out.errorString()) };
    }
    auto linked = link(reportId, sha, data.size(), fileName, kind);
    if (!linked) {
        if (newFile)
            discard(sha);
        return linked;
    }
    linked->newFile = newFile;
    return linked;
}

void AttachmentStore::discard(const QString& sha256)
{
    if (sha256.size() > 2)
        QFile::remove(pathOf(sha256));
}

Status AttachmentStore::verify(const QString& sha256) const
{
    qint64 size = 0;
    auto digest = hashFile(pathOf(sha256), &size);
    if (!digest)
        return Error { digest.error() };
    if (QString::fromLatin1(digest->toHex()) != sha256)
        return Error { tr("The stored file %1 is damaged (its content no longer matches its address).").arg(sha256) };
    return {};
}

} // namespace qf

// Attachments: pieces up, verified on arrival, and pieces down.
#include "server/SyncService.h"

#include "server/ServiceJson.h"
#include "models/Hlc.h"
#include "server/ServerSchema.h"
#include "sync/SyncProtocol.h"
#include "models/Uuid7.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace qf::server {

using namespace detail;

Response SyncService::blobStatus(const Caller& caller, const QString& sha)
{
    if (Status s = begin(caller); !s)
        return jsonError(503, s.error());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT size, received, complete FROM qf.blobs WHERE office = ? AND sha256 = ?"));
    q.addBindValue(caller.officeId);
    q.addBindValue(sha);
    if (!q.exec()) {
        const Response out = databaseFailed(q.lastError(), QStringLiteral("blob status"));
        rollback();
        return out;
    }
    sync::BlobStatus status; // nothing announced yet
    if (q.next())
        status = { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toBool() };
    rollback();
    return { 200, sync::encode(status) };
}

Response SyncService::blobPut(const Caller& caller, const QString& sha, const Request& request)
{
    const auto piece = sync::BlobPiece::fromQuery(request.query);
    if (!piece)
        return jsonError(400, piece.error());
    const qint64 size = piece->size;
    const qint64 offset = piece->offset;
    const QString& mime = piece->mime;
    if (request.body.size() > sync::kChunkLimit || offset + request.body.size() > size)
        return jsonError(400, tr("The piece of the file does not fit its announced size."));
    if (Status s = begin(caller); !s)
        return jsonError(503, s.error());
    QSqlQuery q(m_db);
    auto fail = [&]() {
        const Response out = databaseFailed(q.lastError(), QStringLiteral("blob piece"));
        rollback();
        return out;
    };
    q.prepare(QStringLiteral("INSERT INTO qf.blobs (office, sha256, size, mime) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT DO NOTHING"));
    q.addBindValue(caller.officeId);
    q.addBindValue(sha);
    q.addBindValue(size);
    q.addBindValue(mime.isEmpty() ? QVariant() : QVariant(mime));
    if (!q.exec())
        return fail();
    q.prepare(QStringLiteral("SELECT size, received, complete FROM qf.blobs WHERE office = ? AND sha256 = ? FOR UPDATE"));
    q.addBindValue(caller.officeId);
    q.addBindValue(sha);
    if (!q.exec() || !q.next())
        return fail();
    const qint64 knownSize = q.value(0).toLongLong();
    qint64 received = q.value(1).toLongLong();
    if (q.value(2).toBool()) {
        rollback();
        return { 200, sync::encode(sync::BlobReceipt { knownSize, true }) };
    }
    if (knownSize != size) {
        rollback();
        return jsonError(409, tr("The file was announced with another size before."));
    }
    if (offset != received) {
        rollback();
        return { 409, sync::encode(sync::BlobResume {
                          received, tr("The server has %1 bytes of this file; send from there.").arg(received) }) };
    }
    if (!request.body.isEmpty()) {
        q.prepare(QStringLiteral("INSERT INTO qf.blob_chunks (office, sha256, off, data) VALUES (?, ?, ?, ?)"));
        q.addBindValue(caller.officeId);
        q.addBindValue(sha);
        q.addBindValue(offset);
        q.addBindValue(request.body);
        if (!q.exec())
            return fail();
        received += request.body.size();
    }
    bool complete = false;
    if (received == size) {
        // Verified on arrival: the pieces must hash to the name they were sent under.
        auto intact = piecesMatch(caller, sha, q);
        if (!intact)
            return fail();
        if (!*intact) {
            q.prepare(QStringLiteral("DELETE FROM qf.blob_chunks WHERE office = ? AND sha256 = ?"));
            q.addBindValue(caller.officeId);
            q.addBindValue(sha);
            q.exec();
            q.prepare(QStringLiteral("UPDATE qf.blobs SET received = 0 WHERE office = ? AND sha256 = ?"));
            q.addBindValue(caller.officeId);
            q.addBindValue(sha);
            q.exec();
            if (Status s = commit(); !s)
                return jsonError(503, s.error());
            return jsonError(422, tr("The file arrived damaged (its SHA-256 does not match); it will be sent again."));
        }
        complete = true;
    }
    q.prepare(QStringLiteral("UPDATE qf.blobs SET received = ?, complete = ? WHERE office = ? AND sha256 = ?"));
    q.addBindValue(received);
    q.addBindValue(complete);
    q.addBindValue(caller.officeId);
    q.addBindValue(sha);
    if (!q.exec())
        return fail();
    if (Status s = commit(); !s)
        return jsonError(503, s.error());
    return { 200, sync::encode(sync::BlobReceipt { received, complete }) };
}

Result<bool> SyncService::piecesMatch(const Caller& caller, const QString& sha, QSqlQuery& q)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 at = 0;
    for (;;) {
        q.prepare(QStringLiteral("SELECT off, data FROM qf.blob_chunks WHERE office = ? AND sha256 = ? AND off >= ? "
                                 "ORDER BY off LIMIT 8"));
        q.addBindValue(caller.officeId);
        q.addBindValue(sha);
        q.addBindValue(at);
        if (!q.exec())
            return databaseError(q.lastError(), QStringLiteral("blob check"));
        int n = 0;
        while (q.next()) {
            ++n;
            const QByteArray piece = q.value(1).toByteArray();
            hash.addData(piece);
            at = q.value(0).toLongLong() + piece.size();
        }
        if (n == 0)
            break;
    }
    return hash.result().toHex() == sha.toLatin1();
}

Response SyncService::blobGet(const Caller& caller, const QString& sha, const Request& request)
{
    const auto range = sync::BlobRange::fromQuery(request.query);
    if (!range)
        return jsonError(400, range.error());
    const qint64 offset = range->offset;
    const qint64 length = range->length;
    if (Status s = begin(caller); !s)
        return jsonError(503, s.error());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT off, data FROM qf.blob_chunks c WHERE office = ? AND sha256 = ? AND off < ? AND "
                             "off + length(data) > ? AND EXISTS (SELECT 1 FROM qf.blobs b WHERE b.office = c.office AND "
                             "b.sha256 = c.sha256 AND b.complete) ORDER BY off"));
    q.addBindValue(caller.officeId);
    q.addBindValue(sha);
    q.addBindValue(offset + length);
    q.addBindValue(offset);
    if (!q.exec()) {
        const Response out = databaseFailed(q.lastError(), QStringLiteral("blob read"));
        rollback();
        return out;
    }
    QByteArray out;
    while (q.next()) {
        const qint64 off = q.value(0).toLongLong();
        const QByteArray piece = q.value(1).toByteArray();
        const qint64 from = std::max<qint64>(0, offset - off);
        const qint64 to = std::min<qint64>(piece.size(), offset + length - off);
        if (to > from)
            out += piece.mid(from, to - from);
    }
    rollback();
    if (out.isEmpty() && offset == 0)
        return jsonError(404, tr("The server does not have this file (yet)."));
    return { 200, out, "application/octet-stream" };
}

} // namespace qf::server

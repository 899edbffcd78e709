// The audit chain heads (protocol 3): before every sync a workstation reports the head of its
// audit chain; the service keeps the last head it accepted per device and refuses, with an
// alarm for the administrators (qf.audit_alarms), a chain that no longer extends it.
#include "server/SyncService.h"
#include "server/Log.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace qf::server {

Response SyncService::auditHead(const Caller& caller)
{
    if (Status s = begin(caller); !s)
        return jsonError(503, s.error());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT seq, hash FROM qf.audit_head(?)"));
    q.addBindValue(caller.deviceId);
    if (!q.exec()) {
        const Response out = databaseFailed(q.lastError(), QStringLiteral("audit head"));
        rollback();
        return out;
    }
    sync::AuditHead head;
    if (q.next())
        head = { q.value(0).toLongLong(), q.value(1).toByteArray(), true };
    q.finish();
    rollback(); // read only
    return { 200, sync::encode(head) };
}

Response SyncService::auditStanding(const Caller& caller, int protocol)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT qf.audit_standing(?, ?)"));
    q.addBindValue(caller.deviceId);
    q.addBindValue(protocol);
    if (!q.exec() || !q.next())
        return databaseFailed(q.lastError(), QStringLiteral("audit standing"));
    const QString standing = q.value(0).toString();
    if (standing == QLatin1String("refused"))
        return jsonError(403, tr("The server refused this workstation's audit log and exchanges no data with it; the "
                                 "administrators of the central store have been alerted."));
    if (standing == QLatin1String("downgraded"))
        return jsonError(403, tr("This workstation has reported its audit log before and must go on doing so: it needs "
                                 "sync protocol %1 (the current Qingfeng).")
                                  .arg(sync::kAuditHeadProtocol));
    return { 0, {} };
}

Response SyncService::auditReport(const Caller& caller, const Request& request)
{
    const auto in = sync::decode<sync::AuditReport>(request.body);
    if (!in)
        return jsonError(400, in.error());
    if (Status s = begin(caller); !s)
        return jsonError(503, s.error());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT qf.audit_extend(?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(caller.deviceId);
    q.addBindValue(caller.login);
    q.addBindValue(in->baseSeq);
    q.addBindValue(in->hasBase);
    q.addBindValue(in->baseHash);
    q.addBindValue(in->seq);
    q.addBindValue(in->hash);
    q.addBindValue(in->brokenAt > 0 ? QVariant(in->brokenAt) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!q.exec() || !q.next()) {
        const Response out = databaseFailed(q.lastError(), QStringLiteral("audit report"));
        rollback();
        return out;
    }
    const QString verdict = q.value(0).toString();
    q.finish();
    // An alarm is kept even though the device is refused.
    if (Status s = commit(); !s)
        return jsonError(503, s.error());
    if (verdict == QLatin1String("accepted") || verdict == QLatin1String("first"))
        return { 200, sync::encode(sync::AuditHead { in->seq, in->hash, true }) };
    qCWarning(lcSyncd).noquote() << "device" << caller.deviceId << "refused: audit chain" << verdict << "(kept head"
                                 << in->baseSeq << ", reported" << in->seq << ")";
    QString why;
    if (verdict == QLatin1String("broken"))
        why = tr("this workstation's audit log was altered at entry %1").arg(in->brokenAt);
    else if (verdict == QLatin1String("truncated"))
        why = tr("entries of this workstation's audit log up to %1, which the server has seen, are missing")
                  .arg(in->baseSeq);
    else
        why = tr("this workstation's audit log no longer extends the one the server saw at entry %1; its history was "
                 "rewritten")
                  .arg(in->baseSeq);
    return jsonError(409, tr("The server refuses to sync with this workstation: %1. The administrators of the central "
                             "store have been alerted; nothing was sent or received.")
                              .arg(why));
}

} // namespace qf::server

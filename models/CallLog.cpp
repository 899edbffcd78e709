#include "models/CallLog.h"

#include "models/AttachmentStore.h"
#include "models/AuditLog.h"
#include "models/CaseState.h"
#include "models/Callbacks.h"
#include "models/Database.h"
#include "models/IdentityVault.h"
#include "models/PersonStore.h"
#include "models/Role.h"
#include "models/Settings.h"
#include "models/SqlError.h"
#include "models/Uuid7.h"
#include "models/WorkCalendar.h"
#include "models/Writer.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <algorithm>

namespace qf {

namespace {

struct OutcomeInfo
{
    CallOutcome outcome;
    const char* code;
    const char* name;
};

constexpr OutcomeInfo kOutcomes[] = {
    { CallOutcome::Ringing, "ringing", QT_TRANSLATE_NOOP("qf::CallLog", "Ringing") },
    { CallOutcome::Answered, "answered", QT_TRANSLATE_NOOP("qf::CallLog", "Answered") },
    { CallOutcome::Missed, "missed", QT_TRANSLATE_NOOP("qf::CallLog", "Missed") },
    { CallOutcome::Declined, "declined", QT_TRANSLATE_NOOP("qf::CallLog", "Declined") },
    { CallOutcome::CallerHungUp, "caller_hung_up", QT_TRANSLATE_NOOP("qf::CallLog", "Caller hung up") },
    { CallOutcome::Failed, "failed", QT_TRANSLATE_NOOP("qf::CallLog", "Failed") },
};

QString isoUtc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QVariant& v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

// The seconds of audio in a RIFF/WAVE file (its data chunk over its byte rate); 0 when the
// file is not one.
double wavSeconds(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray head = f.read(12);
    if (head.size() < 12 || !head.startsWith("RIFF") || head.mid(8, 4) != "WAVE")
        return 0;
    quint32 byteRate = 0;
    while (!f.atEnd()) {
        const QByteArray chunk = f.read(8);
        if (chunk.size() < 8)
            break;
        const quint32 size = qFromLittleEndian<quint32>(chunk.constData() + 4);
        if (chunk.startsWith("fmt ")) {
            const QByteArray fmt = f.read(size);
            if (fmt.size() >= 12)
                byteRate = qFromLittleEndian<quint32>(fmt.constData() + 8);
        } else if (chunk.startsWith("data")) {
            // A recorder stopped abruptly may leave the size unset: the rest of the file.
            const qint64 bytes = (size == 0 || size == 0xffffffffu) ? f.size() - f.pos()
                                                                   : std::min<qint64>(size, f.size() - f.pos());
            return byteRate ? double(bytes) / byteRate : 0;
        } else {
            f.seek(f.pos() + size + (size & 1));
        }
    }
    return 0;
}

} // namespace

QString callOutcomeCode(CallOutcome o)
{
    for (const OutcomeInfo& i : kOutcomes)
        if (i.outcome == o)
            return QString::fromLatin1(i.code);
    return {};
}

std::optional<CallOutcome> callOutcomeFromCode(const QString& code)
{
    for (const OutcomeInfo& i : kOutcomes)
        if (code == QLatin1String(i.code))
            return i.outcome;
    return std::nullopt;
}

QString callOutcomeName(CallOutcome o)
{
    for (const OutcomeInfo& i : kOutcomes)
        if (i.outcome == o)
            return CallLog::tr(i.name);
    return {};
}

bool needsCallback(CallOutcome o)
{
    return o == CallOutcome::Missed || o == CallOutcome::Declined || o == CallOutcome::CallerHungUp;
}

CallLog::CallLog(Writer& writer, const IdentityVault& vault, AuditLog& audit, AttachmentStore& attachments)
    : m_writer(writer)
    , m_vault(vault)
    , m_audit(audit)
    , m_attachments(attachments)
{
}

Result<QString> CallLog::ring(const QString& line, const QString& number, const QDateTime& at, bool outgoing)
{
    if (Status s = m_writer.require(Capability::Identities, tr("take calls on the hotline")); !s)
        return s.failure();
    if (!m_vault.canSeal())
        return Error { tr("The call cannot be recorded: nobody is signed in with the office's keys."),
                       ErrorCode::Refused };
    const QString id = Uuid7::generate();
    QVariantMap f { { QStringLiteral("line"), line },
                    { QStringLiteral("operator_id"), m_writer.author() },
                    { QStringLiteral("started_at"), isoUtc(at) },
                    { QStringLiteral("outcome"), QStringLiteral("ringing") },
                    { QStringLiteral("direction"), outgoing ? QStringLiteral("out") : QStringLiteral("in") } };
    const QString trimmed = number.trimmed();
    if (!trimmed.isEmpty()) {
        f.insert(QStringLiteral("number_enc"),
                 m_vault.sealText(trimmed, QByteArray("call_records.number_enc:") + id.toLatin1()));
        const QByteArray index = m_vault.blindIndex(IdentityVault::Index::Phone, trimmed);
        if (!index.isEmpty())
            f.insert(QStringLiteral("number_bidx"), index);
    }
    if (Status s = m_writer.apply(Change::insert(QStringLiteral("call_records"), id, f)); !s)
        return s.failure();
    return id;
}

Status CallLog::answered(const QString& callId, const QDateTime& at)
{
    if (Status s = m_writer.require(Capability::Identities, tr("take calls on the hotline")); !s)
        return s;
    return m_writer.apply(Change::update(QStringLiteral("call_records"), callId,
                                         { { QStringLiteral("answered_at"), isoUtc(at) },
                                           { QStringLiteral("operator_id"), m_writer.author() },
                                           { QStringLiteral("outcome"), QStringLiteral("answered") } }));
}

Result<CallClosed> CallLog::ended(const QString& callId, const CallEnd& end, const WorkCalendar& calendar)
{
    if (Status s = m_writer.require(Capability::Identities, tr("take calls on the hotline")); !s)
        return s.failure();
    QSqlQuery q(m_writer.database().connection());
    q.prepare(QStringLiteral("SELECT started_at, answered_at, number_bidx, direction FROM call_records WHERE id = ? AND deleted = 0"));
    q.addBindValue(callId);
    if (!q.exec())
        return Error { tr("The call could not be read: %1").arg(SqlError::text(q.lastError())), ErrorCode::Io };
    if (!q.next())
        return Error { tr("There is no call with the id %1.").arg(callId), ErrorCode::NotFound };
    const QDateTime started = fromIso(q.value(0));
    const QDateTime answeredAt = fromIso(q.value(1));
    const QByteArray index = q.value(2).toByteArray();
    const bool outgoing = q.value(3).toString() == QLatin1String("out");

    CallClosed closed;
    QVariantMap f { { QStringLiteral("ended_at"), isoUtc(end.endedAt) },
                    { QStringLiteral("outcome"), callOutcomeCode(end.outcome) },
                    { QStringLiteral("announced"), end.announced ? 1 : 0 } };
    if (answeredAt.isValid())
        f.insert(QStringLiteral("duration_s"), std::max<qint64>(0, (end.endedAt.toMSecsSinceEpoch()
                                                                     - answeredAt.toMSecsSinceEpoch() + 500) / 1000));
    if (!end.recordingPath.isEmpty() && QFile::exists(end.recordingPath) && QFile(end.recordingPath).size() > 0) {
        closed.recordingSeconds = wavSeconds(end.recordingPath);
        auto sha = m_attachments.importFile(end.recordingPath, &closed.recordingBytes);
        if (!sha)
            return sha.failure();
        closed.recordingSha256 = *sha;
        f.insert(QStringLiteral("recording_sha256"), closed.recordingSha256);
        f.insert(QStringLiteral("recording_seconds"), closed.recordingSeconds);
    }
    QList<Change> changes { Change::update(QStringLiteral("call_records"), callId, f) };
    if (needsCallback(end.outcome) && !outgoing) {
        closed.callbackId = Uuid7::generate();
        closed.callbackDue = Callbacks::dueFor(started.isValid() ? started : end.endedAt, calendar, Settings(m_writer));
        QVariantMap c { { QStringLiteral("call_id"), callId },
                        { QStringLiteral("created_at"), isoUtc(end.endedAt) },
                        { QStringLiteral("due_at"), isoUtc(closed.callbackDue) } };
        if (!index.isEmpty())
            c.insert(QStringLiteral("number_bidx"), index);
        changes << Change::insert(QStringLiteral("callbacks"), closed.callbackId, c);
    }
    if (Status s = m_writer.apply(changes); !s)
        return s.failure();
    // The recording's fingerprint in the audit chain: a recording changed later is told.
    if (!closed.recordingSha256.isEmpty()) {
        if (Status s = m_audit.record(QStringLiteral("call.recording"), QStringLiteral("call_records"), callId,
                                      QStringLiteral("sha256=%1 seconds=%2")
                                          .arg(closed.recordingSha256)
                                          .arg(closed.recordingSeconds, 0, 'f', 2));
            !s)
            return s.failure();
    }
    return closed;
}

Status CallLog::linkReport(const QString& callId, const QString& reportId)
{
    if (Status s = m_writer.require(Capability::Identities, tr("link a call to a report")); !s)
        return s;
    auto c = call(callId);
    if (!c)
        return c.failure();
    QSqlQuery q(m_writer.database().connection());
    q.prepare(QStringLiteral("SELECT 1 FROM reports WHERE id = ? AND deleted = 0"));
    q.addBindValue(reportId);
    if (!q.exec() || !q.next())
        return Error { tr("There is no report with the id %1.").arg(reportId), ErrorCode::NotFound };
    if (Status s = m_writer.apply(Change::update(QStringLiteral("call_records"), callId,
                                                 { { QStringLiteral("report_id"), reportId } }));
        !s)
        return s;
    if (c->recordingSha256.isEmpty())
        return {};
    // The recording travels with the report (and by sync like every attachment of it).
    auto linked = m_attachments.attachFile(reportId, m_attachments.pathOf(c->recordingSha256),
                                           QStringLiteral("call_recording"));
    if (!linked)
        return linked.failure();
    return {};
}

Result<CallRecord> CallLog::read(const QString& where, const QVariantList& binds, int limit,
                                 QList<CallRecord>* all) const
{
    QSqlQuery q(m_writer.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, line, number_enc, operator_id, started_at, answered_at, ended_at, duration_s, "
                             "outcome, recording_sha256, recording_seconds, announced, report_id, direction FROM call_records "
                             "WHERE deleted = 0 %1 ORDER BY started_at DESC, id DESC LIMIT %2")
                  .arg(where)
                  .arg(limit));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    // Numbers are identities: opened only for a role entitled to them, and the view recorded.
    const bool openNumbers = Role::may(m_writer.role(), Capability::Identities) && m_vault.canOpen();
    if (!q.exec())
        return Error { tr("The calls could not be read: %1").arg(SqlError::text(q.lastError())), ErrorCode::Io };
    CallRecord first;
    bool any = false;
    while (q.next()) {
        CallRecord c;
        c.id = q.value(0).toString();
        c.line = q.value(1).toString();
        if (openNumbers && !q.value(2).isNull()) {
            auto n = m_vault.openText(q.value(2).toByteArray(), QByteArray("call_records.number_enc:") + c.id.toLatin1());
            if (n)
                c.number = *n;
        }
        c.operatorId = q.value(3).toString();
        c.startedAt = fromIso(q.value(4));
        c.answeredAt = fromIso(q.value(5));
        c.endedAt = fromIso(q.value(6));
        c.durationSeconds = q.value(7).toInt();
        c.outcome = callOutcomeFromCode(q.value(8).toString()).value_or(CallOutcome::Failed);
        c.recordingSha256 = q.value(9).toString();
        c.recordingSeconds = q.value(10).toDouble();
        c.announced = q.value(11).toBool();
        c.reportId = q.value(12).toString();
        c.outgoing = q.value(13).toString() == QLatin1String("out");
        if (!any)
            first = c;
        any = true;
        if (all)
            all->append(c);
    }
    if (!any && !all)
        return Error { tr("There is no such call."), ErrorCode::NotFound };
    if (any && openNumbers)
        m_audit.record(QStringLiteral("call.view"), QStringLiteral("call_records"), all ? QString() : first.id,
                       QStringLiteral("numbers=%1").arg(all ? all->size() : 1));
    return first;
}

Result<QString> CallLog::reportByNumber(const QString& regNo) const
{
    QSqlQuery q(m_writer.database().connection());
    q.prepare(QStringLiteral("SELECT id FROM reports WHERE reg_no = ? AND deleted = 0"));
    q.addBindValue(regNo.trimmed());
    if (!q.exec())
        return Error { tr("The report could not be read: %1").arg(SqlError::text(q.lastError())), ErrorCode::Io };
    if (!q.next())
        return Error { tr("There is no report numbered %1.").arg(regNo.trimmed()), ErrorCode::NotFound };
    return q.value(0).toString();
}

Result<CallRecord> CallLog::call(const QString& callId) const
{
    return read(QStringLiteral("AND id = ?"), { callId }, 1, nullptr);
}

Result<QList<CallRecord>> CallLog::recent(int limit) const
{
    QList<CallRecord> all;
    if (auto r = read({}, {}, limit, &all); !r)
        return r.failure();
    return all;
}

Result<CallerHistory> CallLog::history(const QString& number, const QString& exceptCall, int limit) const
{
    CallerHistory h;
    const QByteArray index = m_vault.blindIndex(IdentityVault::Index::Phone, number);
    if (index.isEmpty())
        return h;
    QSqlDatabase db = m_writer.database().connection();
    const auto failed = [](const QSqlQuery& q) {
        return Error { tr("The caller's history could not be read: %1").arg(SqlError::text(q.lastError())), ErrorCode::Io };
    };

    // Earlier calls of the number, with the report each was about.
    QSqlQuery c(db);
    c.setForwardOnly(true);
    c.prepare(QStringLiteral("SELECT c.started_at, c.outcome, r.reg_no, r.status, r.what, r.restricted, r.id "
                             "FROM call_records c LEFT JOIN reports r ON r.id = c.report_id AND r.deleted = 0 "
                             "WHERE c.number_bidx = ? AND c.deleted = 0 AND c.id <> ? "
                             "ORDER BY c.started_at DESC LIMIT ?"));
    c.addBindValue(index);
    c.addBindValue(exceptCall);
    c.addBindValue(limit);
    if (!c.exec())
        return failed(c);
    QStringList callReports;
    while (c.next()) {
        ++h.calls;
        const bool restricted = c.value(5).toBool();
        QString summary = restricted ? QString() : c.value(4).toString();
        if (summary.size() > 40)
            summary = summary.left(40) + QChar(0x2026);
        const QString outcome = c.value(1).toString();
        h.entries.append({ fromIso(c.value(0)), QStringLiteral("call"), c.value(2).toString(),
                           c.value(2).isNull() ? outcome : c.value(3).toString(), summary, restricted,
                           c.value(6).toString() });
        if (!c.value(6).isNull())
            callReports << c.value(6).toString();
    }

    // The persons with that phone: their visits and reports.
    QSqlQuery p(db);
    p.setForwardOnly(true);
    p.prepare(QStringLiteral("SELECT id FROM persons WHERE phone_bidx = ? AND deleted = 0"));
    p.addBindValue(index);
    if (!p.exec())
        return failed(p);
    QStringList persons;
    while (p.next())
        persons << p.value(0).toString();
    if (!persons.isEmpty()) {
        PersonStore store(m_writer, m_vault, m_audit);
        VisitorHistoryLookup lookup(m_writer, store, m_vault, m_audit);
        auto v = lookup.byPersons(persons, limit);
        if (!v)
            return v.failure();
        h.visits = v->visits;
        h.reports = v->reports + v->calls;
        for (const HistoryEntry& e : v->entries)
            if (!callReports.contains(e.reportId) || e.reportId.isEmpty())
                h.entries.append(e);
    }

    // A repeat caller: a matter of theirs is still open (neither closed nor concluded).
    if (!persons.isEmpty() || !callReports.isEmpty()) {
        QStringList closed;
        for (CaseState s : allStates())
            if (isTerminal(s) || s == CaseState::Concluded)
                closed << QLatin1Char('\'') + stateName(s) + QLatin1Char('\'');
        const QString pm = QStringList(persons.size(), QStringLiteral("?")).join(QLatin1Char(','));
        const QString rm = QStringList(callReports.size(), QStringLiteral("?")).join(QLatin1Char(','));
        QSqlQuery o(db);
        o.prepare(QStringLiteral("SELECT 1 FROM reports WHERE deleted = 0 AND status NOT IN (%1) AND (reporter_id IN (%2) "
                                 "OR id IN (%3)) LIMIT 1")
                      .arg(closed.join(QLatin1Char(',')), pm.isEmpty() ? QStringLiteral("NULL") : pm,
                           rm.isEmpty() ? QStringLiteral("NULL") : rm));
        for (const QString& id : std::as_const(persons))
            o.addBindValue(id);
        for (const QString& id : std::as_const(callReports))
            o.addBindValue(id);
        if (!o.exec())
            return failed(o);
        h.repeatCaller = o.next();
    }
    std::sort(h.entries.begin(), h.entries.end(),
              [](const HistoryEntry& a, const HistoryEntry& b) { return a.at > b.at; });
    if (h.entries.size() > limit)
        h.entries.resize(limit);
    return h;
}

} // namespace qf

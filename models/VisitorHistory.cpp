#include "models/VisitorHistory.h"
#include "models/SqlError.h"

#include "models/AuditLog.h"
#include "models/Database.h"
#include "models/IdentityVault.h"
#include "models/PersonStore.h"
#include "models/Writer.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace qf {

VisitorHistoryLookup::VisitorHistoryLookup(Writer& writer, PersonStore& persons, const IdentityVault& vault,
                                           AuditLog& audit)
    : m_writer(writer)
    , m_persons(persons)
    , m_vault(vault)
    , m_audit(audit)
{
}

Result<VisitorHistory> VisitorHistoryLookup::byIdNumber(const QString& idNumber, int limit) const
{
    auto ids = m_persons.findByIdNumber(idNumber);
    if (!ids)
        return Error { ids.error() };
    return byPersons(*ids, limit);
}

Result<VisitorHistory> VisitorHistoryLookup::byPersons(const QStringList& personIds, int limit) const
{
    VisitorHistory h;
    h.personIds = personIds;
    if (personIds.isEmpty())
        return h;
    QSqlDatabase db = m_writer.database().connection();
    const QString marks = QStringList(personIds.size(), QStringLiteral("?")).join(QLatin1Char(','));
    auto run = [&](QSqlQuery& q, const QString& sql) {
        q.setForwardOnly(true);
        q.prepare(sql.arg(marks));
        for (const QString& id : personIds)
            q.addBindValue(id);
        return q.exec();
    };

    QSqlQuery p(db);
    if (!run(p, QStringLiteral("SELECT key_petitioner, key_file_enc IS NOT NULL FROM persons WHERE id IN (%1)")))
        return Error { tr("The visitor's history could not be read: %1").arg(SqlError::text(p.lastError())) };
    while (p.next()) {
        h.keyPetitioner = h.keyPetitioner || p.value(0).toBool();
        h.hasKeyFile = h.hasKeyFile || p.value(1).toBool();
    }

    QSqlQuery v(db);
    if (!run(v, QStringLiteral("SELECT v.arrived_at, v.outcome, r.reg_no, v.report_id FROM visits v "
                               "LEFT JOIN reports r ON r.id = v.report_id "
                               "WHERE v.person_id IN (%1) AND v.deleted = 0")))
        return Error { tr("The visitor's history could not be read: %1").arg(SqlError::text(v.lastError())) };
    QStringList visitReports;
    while (v.next()) {
        ++h.visits;
        h.entries.append({ QDateTime::fromString(v.value(0).toString(), Qt::ISODateWithMs), QStringLiteral("visit"),
                           v.value(2).toString(), v.value(1).toString(), {}, false, v.value(3).toString() });
        visitReports << v.value(3).toString();
    }

    QSqlQuery r(db);
    if (!run(r, QStringLiteral("SELECT received_at, channel, reg_no, status, what, content, restricted, id "
                               "FROM reports WHERE reporter_id IN (%1) AND deleted = 0")))
        return Error { tr("The visitor's history could not be read: %1").arg(SqlError::text(r.lastError())) };
    while (r.next()) {
        const QString channel = r.value(1).toString();
        if (channel == QLatin1String("phone"))
            ++h.calls;
        else
            ++h.reports;
        const bool restricted = r.value(6).toBool();
        QString summary = r.value(4).toString();
        if (summary.isEmpty())
            summary = r.value(5).toString();
        if (summary.size() > 40)
            summary = summary.left(40) + QChar(0x2026);
        const QString regNo = r.value(2).toString();
        // A visit's own report is shown once, on the visit's line.
        if (visitReports.contains(r.value(7).toString())) {
            for (HistoryEntry& e : h.entries)
                if (e.kind == QLatin1String("visit") && e.regNo == regNo && !restricted)
                    e.summary = summary;
            continue;
        }
        h.entries.append({ r.value(0).toDateTime(), channel, regNo, r.value(3).toString(),
                           restricted ? QString() : summary, restricted });
    }
    std::sort(h.entries.begin(), h.entries.end(),
              [](const HistoryEntry& a, const HistoryEntry& b) { return a.at > b.at; });
    if (h.entries.size() > limit)
        h.entries.resize(limit);
    return h;
}

Result<QString> VisitorHistoryLookup::keyFile(const QString& personId, const QString& purpose)
{
    QSqlQuery q(m_writer.database().connection());
    q.prepare(QStringLiteral("SELECT key_file_enc FROM persons WHERE id = ?"));
    q.addBindValue(personId);
    if (!q.exec() || !q.next())
        return Error { tr("The key petitioner's file could not be read.") };
    const QByteArray sealed = q.value(0).toByteArray();
    q.finish(); // no snapshot held while the audit entry takes the write lock
    if (sealed.isEmpty())
        return QString();
    if (Status s = m_audit.record(QStringLiteral("key_file.view"), QStringLiteral("persons"), personId, purpose); !s)
        return Error { s.error() };
    auto plain = m_vault.open(sealed, QByteArray("persons.key_file_enc:") + personId.toLatin1());
    if (!plain)
        return Error { plain.error() };
    return QString::fromUtf8(*plain);
}

} // namespace qf

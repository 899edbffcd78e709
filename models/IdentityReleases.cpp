#include "models/IdentityReleases.h"

#include "models/Accounts.h"
#include "models/IdentityVault.h"
#include "models/InputCheck.h"
#include "models/ReportStore.h"
#include "models/Session.h"
#include "models/Settings.h"
#include "models/SqlError.h"
#include "models/Uuid7.h"
#include "models/Writer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace qf {

namespace {

QByteArray context(const QString& id)
{
    return QByteArray("identity_releases.sealed_identity:") + id.toLatin1();
}

const QString kTable = QStringLiteral("identity_releases");

QString stamp(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parse(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QByteArray identityJson(const PersonIdentity& p)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("name"), p.name },
                                       { QStringLiteral("id_number"), p.idNumber },
                                       { QStringLiteral("phone"), p.phone },
                                       { QStringLiteral("address"), p.address } })
        .toJson(QJsonDocument::Compact);
}

} // namespace

IdentityReleases::IdentityReleases(Session& session)
    : m_session(session)
{
}

Result<QString> IdentityReleases::request(const QString& reportId, const QString& reason)
{
    if (!m_session.signedIn())
        return Error { tr("Sign in first."), ErrorCode::Refused };
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error { tr("Say why you need the reporter's identity."), ErrorCode::Invalid };
    if (Status s = InputCheck::check(tr("The reason"), why); !s)
        return s.failure();
    auto report = m_session.reports().get(reportId);
    if (!report)
        return report.failure();
    if (report->reporterId.isEmpty())
        return Error { tr("This report is anonymous: there is no identity to release."), ErrorCode::Invalid };
    if (m_session.accounts().publicKeyOf(m_session.userId()).isEmpty())
        return Error { tr("Your account has no key to receive an identity; ask the administrator to reset your password.") };
    const QString id = Uuid7::generate();
    // The request travels with its report (a custodian decides on another workstation), and
    // goes on the report's history in the same transaction.
    const QList<Change> changes {
        Change::insert(kTable, id,
                       { { QStringLiteral("report_id"), reportId },
                         { QStringLiteral("person_id"), report->reporterId },
                         { QStringLiteral("requested_by"), m_session.userId() },
                         { QStringLiteral("requested_at"), stamp(QDateTime::currentDateTimeUtc()) },
                         { QStringLiteral("reason"), why } }),
        historyChange(reportId, QStringLiteral("release_requested"), { { QStringLiteral("request_id"), id }, { QStringLiteral("reason"), why } }),
    };
    if (Status s = m_session.writer().apply(changes); !s)
        return Error { tr("The request could not be saved: %1").arg(s.error()) };
    if (Status s = m_session.audit().record(QStringLiteral("release.request"), QStringLiteral("reports"), reportId, why); !s)
        return s.failure();
    return id;
}

Result<QList<ReleaseRequest>> IdentityReleases::select(const QString& where, const QVariantList& values) const
{
    QSqlQuery q(m_session.database().connection());
    q.prepare(QStringLiteral("SELECT id, report_id, requested_by, requested_at, reason, decided_by, decided_at, decision, "
                             "decision_reason, expires_at FROM identity_releases WHERE ")
              + where + QStringLiteral(" ORDER BY requested_at DESC, id DESC"));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Error { tr("The requests could not be read: %1").arg(SqlError::text(q.lastError())) };
    QList<ReleaseRequest> out;
    while (q.next()) {
        ReleaseRequest r;
        r.id = q.value(0).toString();
        r.reportId = q.value(1).toString();
        r.requestedBy = q.value(2).toString();
        r.requestedAt = parse(q.value(3));
        r.reason = q.value(4).toString();
        r.decidedBy = q.value(5).toString();
        r.decidedAt = parse(q.value(6));
        r.decision = q.value(7).toString();
        r.decisionReason = q.value(8).toString();
        r.expiresAt = parse(q.value(9));
        out << r;
    }
    return out;
}

Result<ReleaseRequest> IdentityReleases::get(const QString& id) const
{
    auto list = select(QStringLiteral("id = ?"), { id });
    if (!list)
        return list.failure();
    if (list->isEmpty())
        return Error { tr("There is no release request %1.").arg(id), ErrorCode::NotFound };
    return list->constFirst();
}

Status IdentityReleases::requireCustodian(const ReleaseRequest& r) const
{
    if (!m_session.isCustodian() || !m_session.vault().canOpen())
        return Error { tr("Only a custodian decides on releasing an identity."), ErrorCode::Refused };
    if (r.requestedBy == m_session.userId())
        return Error { tr("A custodian does not decide on their own request."), ErrorCode::Refused };
    if (!r.waiting())
        return Error { tr("This request has been decided already."), ErrorCode::Conflict };
    return {};
}

Result<QList<ReleaseRequest>> IdentityReleases::waiting() const
{
    if (!m_session.isCustodian())
        return Error { tr("Only a custodian decides on releasing an identity."), ErrorCode::Refused };
    return select(QStringLiteral("decision IS NULL"), {});
}

Status IdentityReleases::decide(const QString& requestId, const QString& decision, const QString& reason)
{
    auto r = get(requestId);
    if (!r)
        return r.failure();
    if (Status s = requireCustodian(*r); !s)
        return s;
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error { tr("Give the requester a reason for the decision."), ErrorCode::Invalid };
    QVariant sealed;
    QVariant expires;
    if (decision == QLatin1String("approved")) {
        QSqlQuery p(m_session.database().connection());
        p.prepare(QStringLiteral("SELECT person_id FROM identity_releases WHERE id = ?"));
        p.addBindValue(requestId);
        if (!p.exec() || !p.next())
            return Error { tr("The request could not be read.") };
        const QString personId = p.value(0).toString();
        p.finish();
        auto identity = m_session.persons().reveal(personId, tr("release to the requester of %1").arg(requestId));
        if (!identity)
            return identity.failure();
        const QByteArray recipient = m_session.accounts().publicKeyOf(r->requestedBy);
        if (recipient.isEmpty())
            return Error { tr("The requester's account is disabled or has no key.") };
        sealed = IdentityVault::sealFor(recipient, identityJson(*identity), context(requestId));
        const int hours = qMax(1, Settings(m_session.writer()).intValue(Settings::Key::ReleaseHours));
        expires = stamp(QDateTime::currentDateTimeUtc().addSecs(3600LL * hours));
    }
    if (!r->waiting())
        return Error { tr("This request has been decided already."), ErrorCode::Conflict };
    QJsonObject payload { { QStringLiteral("request_id"), requestId }, { QStringLiteral("reason"), why } };
    if (expires.isValid())
        payload.insert(QStringLiteral("expires_at"), expires.toString());
    const QList<Change> changes {
        Change::update(kTable, requestId,
                       { { QStringLiteral("decided_by"), m_session.userId() },
                         { QStringLiteral("decided_at"), stamp(QDateTime::currentDateTimeUtc()) },
                         { QStringLiteral("decision"), decision },
                         { QStringLiteral("decision_reason"), why },
                         { QStringLiteral("expires_at"), expires },
                         { QStringLiteral("sealed_identity"), sealed } }),
        historyChange(r->reportId,
                      decision == QLatin1String("approved") ? QStringLiteral("release_approved") : QStringLiteral("release_refused"),
                      payload),
    };
    if (Status s = m_session.writer().apply(changes); !s)
        return Error { tr("The decision could not be saved: %1").arg(s.error()) };
    return m_session.audit().record(decision == QLatin1String("approved") ? QStringLiteral("release.approve")
                                                                          : QStringLiteral("release.refuse"),
                                    QStringLiteral("reports"), r->reportId, why);
}

Change IdentityReleases::historyChange(const QString& reportId, const QString& kind, const QJsonObject& payload) const
{
    // The report's history (synced with it): who asked, who decided, why - never the identity.
    return ReportStore::eventChange(reportId, kind, payload, QDateTime::currentDateTimeUtc(), m_session.userId());
}

Status IdentityReleases::approve(const QString& requestId, const QString& reason)
{
    return decide(requestId, QStringLiteral("approved"), reason);
}

Status IdentityReleases::refuse(const QString& requestId, const QString& reason)
{
    return decide(requestId, QStringLiteral("refused"), reason);
}

Result<PersonIdentity> IdentityReleases::view(const QString& requestId)
{
    auto r = get(requestId);
    if (!r)
        return r.failure();
    if (r->requestedBy != m_session.userId())
        return Error { tr("An identity is released to its requester only."), ErrorCode::Refused };
    if (r->decision == QLatin1String("refused"))
        return Error { tr("The custodian refused: %1").arg(r->decisionReason), ErrorCode::Refused };
    if (r->waiting())
        return Error { tr("The custodian has not decided yet."), ErrorCode::Refused };
    QSqlQuery q(m_session.database().connection());
    if (r->expiresAt <= QDateTime::currentDateTimeUtc()) {
        // What has run out is removed, not only hidden (on every workstation).
        if (Status s = m_session.writer().apply(Change::update(kTable, requestId, { { QStringLiteral("sealed_identity"), QVariant() } }));
            !s)
            return s.failure();
        return Error { tr("The release ran out at %1; ask again if you still need it.")
                           .arg(r->expiresAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                       ErrorCode::Refused };
    }
    q.prepare(QStringLiteral("SELECT sealed_identity FROM identity_releases WHERE id = ?"));
    q.addBindValue(requestId);
    if (!q.exec() || !q.next())
        return Error { tr("The request could not be read.") };
    const QByteArray sealed = q.value(0).toByteArray();
    q.finish();
    // Record the view first: if it cannot be recorded, nothing is shown.
    if (Status s = m_session.audit().record(QStringLiteral("release.view"), QStringLiteral("reports"), r->reportId, requestId);
        !s)
        return s.failure();
    if (Status s = m_session.writer().apply(historyChange(r->reportId, QStringLiteral("release_viewed"),
                                                          { { QStringLiteral("request_id"), requestId } }));
        !s)
        return s.failure();
    auto plain = IdentityVault::openWith(m_session.keys().userSecret, sealed, context(requestId));
    if (!plain)
        return plain.failure();
    const QJsonObject o = QJsonDocument::fromJson(*plain).object();
    PersonIdentity p;
    p.name = o.value(QStringLiteral("name")).toString();
    p.idNumber = o.value(QStringLiteral("id_number")).toString();
    p.phone = o.value(QStringLiteral("phone")).toString();
    p.address = o.value(QStringLiteral("address")).toString();
    return p;
}

Result<QList<ReleaseRequest>> IdentityReleases::mine() const
{
    return select(QStringLiteral("requested_by = ?"), { m_session.userId() });
}

Result<QList<ReleaseRequest>> IdentityReleases::forReport(const QString& reportId) const
{
    return select(QStringLiteral("report_id = ?"), { reportId });
}

} // namespace qf

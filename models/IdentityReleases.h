#pragma once

#include "models/PersonStore.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace qf {

class Session;

// One request to see a report's reporter, and what became of it.
struct ReleaseRequest
{
    QString id;
    QString reportId;
    QString requestedBy;
    QDateTime requestedAt;
    QString reason;
    QString decidedBy;
    QDateTime decidedAt;
    QString decision; // empty (waiting), "approved" or "refused"
    QString decisionReason;
    QDateTime expiresAt; // of an approval
    bool waiting() const { return decision.isEmpty(); }
};

// Custodian release (table identity_releases, revision 13): a user not entitled to
// identities asks for a report's reporter with a reason; a custodian (an account the
// administrator named, of a role holding the identity key) approves or refuses with a reason
// the requester sees. An approval seals the identity to the requester's own public key, so it
// opens for them only, and only until the office's release time (release.hours) runs out.
// Every request, decision and view is in the audit log.
class IdentityReleases
{
    Q_DECLARE_TR_FUNCTIONS(qf::IdentityReleases)

public:
    explicit IdentityReleases(Session& session);

    Result<QString> request(const QString& reportId, const QString& reason);
    // The custodian's queue: requests not decided yet (custodians only).
    Result<QList<ReleaseRequest>> waiting() const;
    Status approve(const QString& requestId, const QString& reason);
    Status refuse(const QString& requestId, const QString& reason);
    // The identity an approval released, for its requester while it lasts.
    Result<PersonIdentity> view(const QString& requestId);
    // The signed-in user's requests, newest first.
    Result<QList<ReleaseRequest>> mine() const;
    // Every request about a report (its history), newest first.
    Result<QList<ReleaseRequest>> forReport(const QString& reportId) const;

private:
    Result<ReleaseRequest> get(const QString& id) const;
    Result<QList<ReleaseRequest>> select(const QString& where, const QVariantList& values) const;
    Status requireCustodian(const ReleaseRequest& r) const;
    Status decide(const QString& requestId, const QString& decision, const QString& reason);
    struct Change historyChange(const QString& reportId, const QString& kind, const QJsonObject& payload) const;

    Session& m_session;
};

} // namespace qf

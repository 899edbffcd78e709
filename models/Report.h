#pragma once

#include "models/CaseState.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace qf {

struct Subject
{
    QString id;
    QString name;
    QString unit;
    QString rank;
    QString position;
    bool principalLeader = false;
};

// A report as read back from the store; carries no reporter identity, only the person id.
struct Report
{
    QString id;
    QString regNo;
    QString channel;
    QDateTime receivedAt;
    CaseState state = CaseState::Registered;
    bool anonymous = true;
    QString reporterId;
    QString orgId;
    QString categoryId;
    QString region;
    QString sourceId;
    QString who, what, whenText, whereText, why, result, demand, disposition;
    QString content;
    std::optional<TriageClass> triageClass;
    int verifiability = 0, typicality = 0, timeliness = 0; // 0 = not scored
    QString handlingOrgId;
    QString handlerId;
    QString repeatOf;
    bool restricted = false;
    bool principalLeader = false;
    std::optional<Outcome> outcome;
    std::optional<CaseState> pendingFrom;
    QString dispatchKind;
    bool supervised = false;
    QString referredTo;
    QDateTime statusAt, signedAt, acceptedAt, triagedAt, evidenceRequestedAt, evidenceReceivedAt, dispatchedAt,
        concludedAt, reviewedAt, acceptanceNoticeAt, resultFeedbackAt;
    std::optional<bool> substantiated;
    std::optional<bool> satisfied;
    QList<Subject> subjects;

    bool realName() const { return !anonymous; }
    // The moment the office has the item: signing for forwarded items, receipt otherwise.
    QDateTime intakeAt() const { return signedAt.isValid() ? signedAt : receivedAt; }
};

// A time as the store keeps it (ISO 8601 text, with or without milliseconds); invalid for
// NULL or anything else.
QDateTime storedTime(const QVariant& value);

} // namespace qf

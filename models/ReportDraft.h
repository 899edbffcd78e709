#pragma once

#include "models/PersonStore.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace qf {

// A reported person (被反映人): a public official, not a reporter identity.
struct SubjectDraft
{
    QString name;
    QString unit;
    QString rank;
    QString position;
    // The principal leader (一把手) of the office itself: the report goes to the higher
    // office and is restricted.
    bool principalLeader = false;
};

// A change to a report's reported persons: id empty = a new one; remove = taken off;
// principalLeader: the flag set or cleared (none = left as it is).
struct SubjectEdit
{
    QString id;
    QString name;
    QString unit;
    QString rank;
    QString position;
    bool remove = false;
    std::optional<bool> principalLeader;
};

// What the intake desk collects for a new report, from any channel.
struct ReportDraft
{
    QString channel; // letter, visit, phone, online, forwarded, handed_over
    QDateTime receivedAt; // default: now
    QString orgId;        // the owning office
    QString categoryId;
    QString region;
    QString sourceId; // online platform id / forwarding document number
    // 八何
    QString who, what, whenText, whereText, why, result, demand, disposition;
    QString content;
    QList<SubjectDraft> subjects;
    // Real-name reporter: a new identity, or an existing person; neither = anonymous.
    std::optional<PersonIdentity> reporter;
    QString reporterId;
    // Values that need correcting (信息校正), e.g. an invalid ID number from the online
    // platform: the report is marked needs_correction and an event names each reason.
    QStringList corrections;
};

struct RegisteredReport
{
    QString id;
    QString regNo;
};

} // namespace qf

#pragma once

#include "models/DeadlineClock.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace qf {

// What the case list shows: the filters (empty = any) and the sort.
struct CaseListFilter
{
    enum class SortKey { Received, RegNo, Channel, Status, TriageClass, Office, Handler };

    QString search;           // ReportSearch text
    QStringList statuses;     // stateName() codes
    QString triageClass;      // "A", "B", "C", or "none" for untriaged
    std::optional<Light> light;
    QString channel;
    QString officeId;         // handling office (organisations.id)
    QString handlerId;        // users.id
    QDate from, to;           // received, both days included
    // from/to are days in China Standard Time (UTC+8), the office's days, as the analysis
    // counts them; false: the days of the UTC text as stored (for a caller that needs them).
    bool chinaDays = true;
    bool includeRestricted = false; // reports about the principal leader (ReportStore::canView)
    // The analysis' drill-down (models/Analysis): every report behind one of its numbers.
    // "none" in a text field means "not recorded".
    QStringList excludeStatuses;
    QStringList categoryIds;  // any of these categories ("none": no category)
    QStringList handlingOrgIds; // handled by any of these offices ("none": no handling office)
    QString region;
    QStringList regions;      // any of these regions (a topic's)
    QStringList anySubjectUnits; // a reported person of any of these units (a topic's)
    QStringList subjectUnits; // a reported person of each of these units ("none": no reported person's unit)
    QString subjectRank;      // a reported person of this rank ("none": no rank recorded)
    QString outcome;          // outcomeName() code, or "none"
    std::optional<bool> anonymous;
    std::optional<bool> repeat;   // repeat_of recorded
    std::optional<bool> referred; // lawfully referred elsewhere (status out_of_scope)
    QString reporterId;       // reported by this person (persons.id; a key petitioner's reports)
    std::optional<QStringList> reportIds; // exactly these reports (reports.id), e.g. the late ones of a deadline clock
    SortKey sort = SortKey::Received;
    bool descending = true;

    bool operator==(const CaseListFilter&) const = default;
};

// One line of the list. The light is computed only when the line is loaded.
struct CaseListRow
{
    qint64 rowId = 0;
    QString id;
    QString regNo;
    QDateTime receivedAt;
    QString channel;
    QString category;
    QString subjects;         // "name（unit）；…"
    QString status;
    QString triageClass;
    Light light = Light::None;
    QString lightReason;
    QDateTime due;            // when the clock that set the light runs out
    QString clock;            // that clock (DeadlineStatus::clock)
    QString office;
    QString handler;
    bool restricted = false;
};

} // namespace qf

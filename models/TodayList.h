#pragma once

#include "models/CaseListFilter.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace qf {

class DeadlineClock;

// 今日待办: what needs the signed-in user today - the reports handled by them, and the
// office's reports nobody handles yet - by what is to be done, worst light first; and
// today's review meeting.
struct TodayItem
{
    enum class Kind { Triage, EvidenceReply, Dispatch, Feedback, SentBack };
    Kind kind = Kind::Triage;
    CaseListRow row;
};

struct TodayList
{
    QList<TodayItem> items;
    QString meetingId;     // today's meeting, when there is one
    int meetingOpen = 0;   // its cases not decided yet
    int count(TodayItem::Kind kind) const;
    int total() const { return int(items.size()) + (meetingId.isEmpty() ? 0 : 1); }
};

class TodayQuery
{
    Q_DECLARE_TR_FUNCTIONS(qf::TodayQuery)

public:
    TodayQuery(QSqlDatabase db, const DeadlineClock& clock, QDateTime now);

    // userId's items (and, for an office's clerks, the office's unassigned ones).
    // Feedback (acceptance notices and result feedback) is listed when due: light yellow or
    // worse (the office's working-day thresholds).
    Result<TodayList> load(const QString& userId, const QString& orgId, bool includeRestricted) const;

    static QString kindName(TodayItem::Kind kind);
    static QList<TodayItem::Kind> kinds();

private:
    QSqlDatabase m_db;
    const DeadlineClock& m_clock;
    QDateTime m_now;
};

} // namespace qf

#include "models/TodayList.h"

#include "models/CaseListQuery.h"
#include "models/SqlError.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace qf {

int TodayList::count(TodayItem::Kind kind) const
{
    return int(std::count_if(items.cbegin(), items.cend(), [kind](const TodayItem& i) { return i.kind == kind; }));
}

TodayQuery::TodayQuery(QSqlDatabase db, const DeadlineClock& clock, QDateTime now)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_now(std::move(now))
{
}

QList<TodayItem::Kind> TodayQuery::kinds()
{
    using K = TodayItem::Kind;
    return { K::Triage, K::EvidenceReply, K::Dispatch, K::Feedback, K::SentBack };
}

QString TodayQuery::kindName(TodayItem::Kind kind)
{
    switch (kind) {
    case TodayItem::Kind::Triage: return tr("To sign for, accept and triage");
    case TodayItem::Kind::EvidenceReply: return tr("Waiting for evidence replies");
    case TodayItem::Kind::Dispatch: return tr("To dispatch");
    case TodayItem::Kind::Feedback: return tr("Acceptance notices and result feedback due");
    case TodayItem::Kind::SentBack: return tr("Sent back");
    }
    return {};
}

Result<TodayList> TodayQuery::load(const QString& userId, const QString& orgId, bool includeRestricted) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT rowid, status FROM reports WHERE deleted = 0 AND (? = 1 OR restricted = 0) "
        "AND status IN ('awaiting_signature', 'registered', 'accepted', 'evidence_requested', 'decided', "
        "'dispatched', 'handling', 'send_back_pending', 'concluded') "
        "AND (handler_id = ? OR (handler_id IS NULL AND (handling_org_id IS NULL OR handling_org_id = ?))) "
        "ORDER BY received_at"));
    q.addBindValue(includeRestricted ? 1 : 0);
    q.addBindValue(userId);
    q.addBindValue(orgId);
    if (!q.exec())
        return Error { tr("Cannot list today's work: %1").arg(SqlError::text(q.lastError())) };
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    auto rows = CaseListQuery(m_db, m_clock, m_now).rows(ids);
    if (!rows)
        return Error { rows.error() };
    TodayList out;
    using K = TodayItem::Kind;
    for (const CaseListRow& r : std::as_const(*rows)) {
        std::optional<K> kind;
        if (r.status == QLatin1String("awaiting_signature") || r.status == QLatin1String("registered")
            || r.status == QLatin1String("accepted"))
            kind = K::Triage;
        else if (r.status == QLatin1String("evidence_requested"))
            kind = K::EvidenceReply;
        else if (r.status == QLatin1String("decided"))
            kind = K::Dispatch;
        else if (r.status == QLatin1String("send_back_pending"))
            kind = K::SentBack;
        else if (int(r.light) >= int(Light::Yellow))
            kind = K::Feedback;
        if (kind)
            out.items << TodayItem { *kind, r };
    }
    std::stable_sort(out.items.begin(), out.items.end(), [](const TodayItem& a, const TodayItem& b) {
        return a.kind != b.kind ? int(a.kind) < int(b.kind) : int(a.row.light) > int(b.row.light);
    });

    QSqlQuery m(m_db);
    m.prepare(QStringLiteral("SELECT m.id, (SELECT COUNT(*) FROM meeting_items i WHERE i.meeting_id = m.id AND "
                             "i.deleted = 0 AND (i.decision IS NULL OR i.decision = 'deferred')) FROM meetings m "
                             "WHERE m.deleted = 0 AND m.held_on = ? LIMIT 1"));
    m.addBindValue(m_now.date().toString(Qt::ISODate));
    if (m.exec() && m.next()) {
        out.meetingId = m.value(0).toString();
        out.meetingOpen = m.value(1).toInt();
    }
    return out;
}

} // namespace qf

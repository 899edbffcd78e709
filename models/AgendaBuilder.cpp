#include "models/AgendaBuilder.h"
#include "models/SqlError.h"

#include "models/Database.h"
#include "models/MeetingStore.h"
#include "models/Writer.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace qf {

AgendaBuilder::AgendaBuilder(Database& db)
    : m_db(db)
{ }

Result<QList<AgendaCandidate>> AgendaBuilder::candidates() const
{
    // The states from which a case can come to the meeting's decision.
    const QString reviewable
        = QStringLiteral("('awaiting_review', 'triaged', 'evidence_received', 'key_attention')");
    const QString sql
        = QStringLiteral("SELECT r.id, r.reg_no, 'must_review', 0 AS grp, r.received_at FROM reports r "
                         "JOIN categories c ON c.id = r.category_id "
                         "WHERE r.deleted = 0 AND c.must_review = 1 AND r.status IN %1 "
                         "UNION ALL "
                         "SELECT r.id, r.reg_no, 'class_a', 1, r.received_at FROM reports r "
                         "WHERE r.deleted = 0 AND r.status = 'awaiting_review' AND r.triage_class = 'A' "
                         "UNION ALL "
                         "SELECT r.id, r.reg_no, 'put_forward', 2, r.received_at FROM review_proposals p "
                         "JOIN reports r ON r.id = p.report_id "
                         "WHERE p.deleted = 0 AND p.meeting_id IS NULL AND r.deleted = 0 AND r.status IN %1 "
                         "ORDER BY 4, 5, 1")
              .arg(reviewable);
    QSqlQuery q(m_db.connection());
    if (!q.exec(sql))
        return Error { tr("The agenda could not be built: %1").arg(SqlError::text(q.lastError())) };
    QList<AgendaCandidate> out;
    QSet<QString> seen;
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        out << AgendaCandidate { id, q.value(1).toString(), q.value(2).toString() };
    }
    return out;
}

Result<int> AgendaBuilder::fill(MeetingStore& store, const QString& meetingId) const
{
    auto list = candidates();
    if (!list)
        return Error { list.error() };
    auto meeting = store.load(meetingId);
    if (!meeting)
        return Error { meeting.error() };
    QSet<QString> present;
    for (const AgendaItem& i : meeting->items)
        present.insert(i.reportId);
    int added = 0;
    for (const AgendaCandidate& c : *list) {
        if (present.contains(c.reportId))
            continue;
        auto id = store.addItem(meetingId, c.reportId, c.reason);
        if (!id)
            return Error { id.error() };
        ++added;
    }
    // The proposals of the cases now on this agenda are taken.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT p.id FROM review_proposals p JOIN meeting_items i ON i.report_id = p.report_id "
        "WHERE p.meeting_id IS NULL AND p.deleted = 0 AND i.meeting_id = ? AND i.deleted = 0"));
    q.addBindValue(meetingId);
    if (!q.exec())
        return Error { tr("The proposals could not be read: %1").arg(SqlError::text(q.lastError())) };
    QList<Change> taken;
    while (q.next())
        taken << Change::update(QStringLiteral("review_proposals"), q.value(0).toString(),
            { { QStringLiteral("meeting_id"), meetingId } });
    if (!taken.isEmpty())
        if (Status s = store.writer().apply(taken); !s)
            return Error { s.error() };
    return added;
}

} // namespace qf

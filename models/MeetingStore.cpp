#include "models/MeetingStore.h"
#include "models/SqlError.h"
#include "models/Log.h"

#include "models/CaseLabels.h"
#include "models/Database.h"
#include "models/ReportStore.h"
#include "models/Uuid7.h"
#include "models/SqlTransaction.h"
#include "models/Writer.h"
#include "models/Role.h"

#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QSqlError>
#include <QJsonDocument>
#include <QSqlRecord>
#include <QSqlQuery>
#include <algorithm>

namespace qf {

namespace {

const QString kMeetings = QStringLiteral("meetings");
const QString kParticipants = QStringLiteral("meeting_participants");
const QString kItems = QStringLiteral("meeting_items");
const QString kProposals = QStringLiteral("review_proposals");
const QString kMinutes = QStringLiteral("meeting_minutes");

struct DecisionName
{
    MeetingDecision decision;
    const char* name;
};
constexpr DecisionName kDecisionNames[] = {
    { MeetingDecision::TalkInquiry, "talk_inquiry" },
    { MeetingDecision::PreliminaryVerification, "preliminary_verification" },
    { MeetingDecision::StoredPending, "stored_pending" },
    { MeetingDecision::ClosedNoAction, "closed_no_action" },
    { MeetingDecision::Dispatch, "dispatch" },
    { MeetingDecision::SendBack, "send_back" },
    { MeetingDecision::Deferred, "deferred" },
};

std::optional<Outcome> outcomeOf(MeetingDecision d)
{
    switch (d) {
    case MeetingDecision::TalkInquiry:
        return Outcome::TalkInquiry;
    case MeetingDecision::PreliminaryVerification:
        return Outcome::PreliminaryVerification;
    case MeetingDecision::StoredPending:
        return Outcome::StoredPending;
    case MeetingDecision::ClosedNoAction:
        return Outcome::ClosedNoAction;
    default:
        return std::nullopt;
    }
}

AgendaItem itemFrom(const QSqlQuery& q)
{
    AgendaItem i;
    i.id = q.value(0).toString();
    i.reportId = q.value(1).toString();
    i.position = q.value(2).toInt();
    i.reason = q.value(3).toString();
    i.decision = meetingDecisionFromName(q.value(4).toString());
    i.targetOrg = q.value(5).toString();
    i.reasons = q.value(6).toString();
    i.opinions = q.value(7).toString();
    i.dissent = q.value(8).toString();
    i.deadline = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    i.seconds = q.value(10).toInt();
    i.decidedAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODate);
    return i;
}

const char* kItemColumns
    = "id, report_id, position, reason, decision, target_org, reasons, opinions, dissent, "
      "deadline, seconds, decided_at";

Minutes minutesFrom(const QSqlQuery& q)
{
    Minutes m;
    m.id = q.value(0).toString();
    m.meetingId = q.value(1).toString();
    m.version = q.value(2).toInt();
    m.amends = q.value(3).toString();
    m.confirmed = q.value(4).toString() == QLatin1String("confirmed");
    m.body = q.value(5).toString();
    m.confirmedBy = q.value(6).toString();
    m.confirmedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    return m;
}

const char* kMinutesColumns = "id, meeting_id, version, amends_id, status, body, confirmed_by, confirmed_at";

} // namespace

QString meetingDecisionName(MeetingDecision d)
{
    for (const auto& n : kDecisionNames)
        if (n.decision == d)
            return QString::fromLatin1(n.name);
    return {};
}

MeetingDecision meetingDecisionFromName(const QString& name)
{
    for (const auto& n : kDecisionNames)
        if (name == QLatin1String(n.name))
            return n.decision;
    return MeetingDecision::None;
}

MeetingStore::MeetingStore(Writer& writer, ReportStore& reports, CaseStateMachine& machine)
    : m_writer(writer)
    , m_reports(reports)
    , m_machine(machine)
{ }

QStringList MeetingStore::departments()
{
    return { QStringLiteral("case_management"), QStringLiteral("trial"), QStringLiteral("inspection"),
        QStringLiteral("organisation"), QStringLiteral("audit"), QStringLiteral("registry") };
}

QString MeetingStore::departmentName(const QString& code)
{
    if (code == QLatin1String("case_management"))
        return tr("Case management");
    if (code == QLatin1String("trial"))
        return tr("Trial");
    if (code == QLatin1String("inspection"))
        return tr("Inspection tours");
    if (code == QLatin1String("organisation"))
        return tr("Organisation");
    if (code == QLatin1String("audit"))
        return tr("Audit");
    if (code == QLatin1String("registry"))
        return tr("Registry");
    return code;
}

Result<QDate> MeetingStore::decidedDeadline(const Database& db, const QString& reportId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT deadline FROM meeting_items WHERE report_id = ? AND deleted = 0 AND deadline IS NOT NULL "
                             "AND decision IS NOT NULL ORDER BY decided_at DESC LIMIT 1"));
    q.addBindValue(reportId);
    if (!q.exec())
        return Error { tr("Cannot read the meeting's decisions: %1").arg(SqlError::text(q.lastError())) };
    return q.next() ? QDate::fromString(q.value(0).toString(), Qt::ISODate) : QDate();
}

Result<QString> MeetingStore::create(const QDate& heldOn, const QString& place, const QString& chairId)
{
    if (!heldOn.isValid())
        return Error { tr("A meeting needs the date it is held on.") };
    const QString id = Uuid7::generate();
    auto number = nextNumber(heldOn.year());
    if (!number)
        return number.failure();
    QVariantMap f { { QStringLiteral("held_on"), heldOn.toString(Qt::ISODate) },
        { QStringLiteral("place"), place },
        { QStringLiteral("number"), *number },
        { QStringLiteral("created_at"), QDateTime::currentDateTimeUtc() } };
    if (!chairId.isEmpty())
        f.insert(QStringLiteral("chair_id"), chairId);
    if (Status s = m_writer.apply(Change::insert(kMeetings, id, f)); !s)
        return Error { s.error() };
    qCInfo(lcMeeting) << "meeting created" << id;
    return id;
}

Result<int> MeetingStore::nextNumber(int year) const
{
    QSqlQuery q(m_writer.database().connection());
    q.prepare(QStringLiteral("SELECT coalesce(max(number), 0) + 1 FROM meetings WHERE deleted = 0 AND substr(held_on, 1, 4) = ?"));
    q.addBindValue(QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0')));
    if (!q.exec() || !q.next())
        return Error { tr("The meetings could not be read: %1").arg(SqlError::text(q.lastError())) };
    return q.value(0).toInt();
}

Status MeetingStore::setHeading(const QString& meetingId, int number, const QString& place, const QString& chairName,
                                const QString& recorder)
{
    if (number < 0 || number > 999)
        return Error { tr("The meeting's number must be between 1 and 999."), ErrorCode::Invalid };
    auto m = load(meetingId);
    if (!m)
        return m.failure();
    return m_writer.apply(Change::update(kMeetings, meetingId,
                                         { { QStringLiteral("number"), number > 0 ? QVariant(number) : QVariant() },
                                           { QStringLiteral("place"), place.trimmed() },
                                           { QStringLiteral("chair_name"), chairName.trimmed() },
                                           { QStringLiteral("recorder"), recorder.trimmed() } }));
}

Result<Meeting> MeetingStore::load(const QString& meetingId) const
{
    QSqlQuery q(m_writer.database().connection());
    q.prepare(
        QStringLiteral("SELECT id, held_on, place, chair_id, number, chair_name, recorder FROM meetings "
                       "WHERE id = ? AND deleted = 0"));
    q.addBindValue(meetingId);
    if (!q.exec())
        return Error { tr("The meeting could not be read: %1").arg(SqlError::text(q.lastError())) };
    if (!q.next())
        return Error { tr("There is no meeting %1.").arg(meetingId) };
    Meeting m;
    m.id = q.value(0).toString();
    m.heldOn = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    m.place = q.value(2).toString();
    m.chairId = q.value(3).toString();
    m.number = q.value(4).toInt();
    m.chairName = q.value(5).toString();
    m.recorder = q.value(6).toString();

    q.prepare(QStringLiteral(
        "SELECT id, name, department, sitting_in FROM meeting_participants WHERE meeting_id = ? AND deleted = 0 "
        "ORDER BY rowid"));
    q.addBindValue(meetingId);
    if (!q.exec())
        return Error { tr("The participants could not be read: %1").arg(SqlError::text(q.lastError())) };
    while (q.next())
        m.participants << MeetingParticipant { q.value(0).toString(), q.value(1).toString(),
            q.value(2).toString(), q.value(3).toBool() };

    q.prepare(
        QStringLiteral("SELECT %1 FROM meeting_items WHERE meeting_id = ? AND deleted = 0 ORDER BY position")
            .arg(QLatin1String(kItemColumns)));
    q.addBindValue(meetingId);
    if (!q.exec())
        return Error { tr("The agenda could not be read: %1").arg(SqlError::text(q.lastError())) };
    while (q.next())
        m.items << itemFrom(q);
    return m;
}

Result<QList<Meeting>> MeetingStore::list() const
{
    QSqlQuery q(m_writer.database().connection());
    if (!q.exec(QStringLiteral("SELECT id, held_on, place, chair_id, number FROM meetings WHERE deleted = 0 ORDER BY "
                               "held_on DESC, id DESC")))
        return Error { tr("The meetings could not be read: %1").arg(SqlError::text(q.lastError())) };
    QList<Meeting> out;
    while (q.next()) {
        Meeting m;
        m.id = q.value(0).toString();
        m.heldOn = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        m.place = q.value(2).toString();
        m.chairId = q.value(3).toString();
        m.number = q.value(4).toInt();
        out << m;
    }
    return out;
}

Result<QString> MeetingStore::addParticipant(
    const QString& meetingId, const QString& name, const QString& department, bool sittingIn)
{
    if (name.trimmed().isEmpty())
        return Error { tr("A participant needs a name.") };
    if (!departments().contains(department))
        return Error { tr("'%1' is not a department of the review meeting.").arg(department) };
    const QString id = Uuid7::generate();
    if (Status s = m_writer.apply(Change::insert(kParticipants, id,
            { { QStringLiteral("meeting_id"), meetingId }, { QStringLiteral("name"), name.trimmed() },
                { QStringLiteral("department"), department },
                { QStringLiteral("sitting_in"), sittingIn ? 1 : 0 } }));
        !s)
        return Error { s.error() };
    return id;
}

Status MeetingStore::removeParticipant(const QString& participantId)
{
    return m_writer.apply(Change::remove(kParticipants, participantId));
}

Result<QString> MeetingStore::addItem(
    const QString& meetingId, const QString& reportId, const QString& reason)
{
    auto meeting = load(meetingId);
    if (!meeting)
        return Error { meeting.error() };
    for (const AgendaItem& i : meeting->items)
        if (i.reportId == reportId)
            return Error { tr("This case is already on the agenda.") };
    const QString id = Uuid7::generate();
    if (Status s = m_writer.apply(Change::insert(kItems, id,
            { { QStringLiteral("meeting_id"), meetingId }, { QStringLiteral("report_id"), reportId },
                { QStringLiteral("position"), int(meeting->items.size()) + 1 },
                { QStringLiteral("reason"), reason } }));
        !s)
        return Error { s.error() };
    return id;
}

Status MeetingStore::moveItem(const QString& meetingId, const QString& itemId, int newPosition)
{
    auto meeting = load(meetingId);
    if (!meeting)
        return Error { meeting.error() };
    QList<AgendaItem>& items = meeting->items;
    qsizetype from = -1;
    for (qsizetype i = 0; i < items.size(); ++i)
        if (items[i].id == itemId)
            from = i;
    if (from < 0)
        return Error { tr("This item is not on the agenda.") };
    const qsizetype to = std::clamp<qsizetype>(newPosition - 1, 0, items.size() - 1);
    items.move(from, to);
    QList<Change> changes;
    for (qsizetype i = 0; i < items.size(); ++i)
        if (items[i].position != i + 1)
            changes << Change::update(kItems, items[i].id, { { QStringLiteral("position"), int(i + 1) } });
    return changes.isEmpty() ? Status {} : m_writer.apply(changes);
}

Status MeetingStore::saveNotes(const AgendaItem& item)
{
    QVariantMap f { { QStringLiteral("reasons"), item.reasons },
        { QStringLiteral("opinions"), item.opinions }, { QStringLiteral("dissent"), item.dissent },
        { QStringLiteral("seconds"), item.seconds },
        { QStringLiteral("deadline"),
            item.deadline.isValid() ? QVariant(item.deadline.toString(Qt::ISODate)) : QVariant() } };
    return m_writer.apply(Change::update(kItems, item.id, f));
}

Result<QString> MeetingStore::propose(
    const QString& reportId, const QString& proposedBy, const QString& reason)
{
    auto report = m_reports.get(reportId);
    if (!report)
        return Error { report.error() };
    const QString id = Uuid7::generate();
    if (Status s = m_writer.apply(Change::insert(kProposals, id,
            { { QStringLiteral("report_id"), report->id }, { QStringLiteral("proposed_by"), proposedBy },
                { QStringLiteral("reason"), reason },
                { QStringLiteral("created_at"), QDateTime::currentDateTimeUtc() } }));
        !s)
        return Error { s.error() };
    return id;
}

Result<AgendaItem> MeetingStore::item(const QString& itemId, QString* meetingId) const
{
    QSqlQuery q(m_writer.database().connection());
    q.prepare(QStringLiteral("SELECT %1, meeting_id FROM meeting_items WHERE id = ? AND deleted = 0")
                  .arg(QLatin1String(kItemColumns)));
    q.addBindValue(itemId);
    if (!q.exec() || !q.next())
        return Error { tr("This item is not on the agenda.") };
    if (meetingId)
        *meetingId = q.value(12).toString();
    return itemFrom(q);
}

bool MeetingStore::needsReasons(MeetingDecision decision)
{
    return decision == MeetingDecision::ClosedNoAction || decision == MeetingDecision::SendBack;
}

Result<QVariantMap> MeetingStore::reportFields(const QString& reportId)
{
    QSqlQuery q(m_writer.database().connection());
    q.prepare(QStringLiteral("SELECT * FROM reports WHERE id = ?"));
    q.addBindValue(reportId);
    if (!q.exec() || !q.next())
        return Error { tr("The case could not be read: %1").arg(SqlError::text(q.lastError())) };
    const QSet<QString> writable = m_writer.columnsOf(QStringLiteral("reports"));
    const QSqlRecord rec = q.record();
    QVariantMap out;
    for (int i = 0; i < rec.count(); ++i) {
        const QString name = rec.fieldName(i);
        if (name != QLatin1String("id") && writable.contains(name) && q.value(i).typeId() != QMetaType::QByteArray)
            out.insert(name, q.value(i));
    }
    return out;
}

namespace {

// A value as it goes into the event's JSON and comes back: null, number or text.
QJsonValue jsonOf(const QVariant& v)
{
    if (v.isNull())
        return QJsonValue::Null;
    if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::Double)
        return QJsonValue(v.toDouble());
    return QJsonValue(v.toString());
}

QVariant variantOf(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant();
    if (v.isDouble())
        return QVariant(qint64(v.toDouble()));
    return QVariant(v.toString());
}

bool sameValue(const QVariant& a, const QJsonValue& b)
{
    const QJsonValue ja = jsonOf(a);
    if (ja.isNull() || b.isNull())
        return ja.isNull() && b.isNull();
    if (ja.isDouble() && b.isDouble())
        return ja.toDouble() == b.toDouble();
    return variantOf(ja).toString() == variantOf(b).toString();
}

} // namespace

Status MeetingStore::decide(
    const QString& itemId, MeetingDecision decision, const Actor& chair, const QString& targetOrg)
{
    QString meetingId;
    auto current = item(itemId, &meetingId);
    if (!current)
        return Error { current.error() };
    if (decision == MeetingDecision::None)
        return Error { tr("Choose a decision.") };
    if (current->decision != MeetingDecision::None && current->decision != MeetingDecision::Deferred)
        return Error { tr("This case has already been decided at this meeting.") };
    if (decision == MeetingDecision::Dispatch && targetOrg.isEmpty())
        return Error { tr("A dispatch needs the office the case goes to.") };
    if (needsReasons(decision) && current->reasons.trimmed().isEmpty())
        return Error { decision == MeetingDecision::ClosedNoAction
                ? tr("Closing a case with no action needs the reasons: write them under Reasons first.")
                : tr("Sending a case back needs the reasons: write them under Reasons first."),
            ErrorCode::Invalid };

    auto before = reportFields(current->reportId);
    if (!before)
        return Error { before.error() };
    auto batch = m_writer.begin();
    if (!batch)
        return Error { batch.error() };
    if (Status s = applyToCase(meetingId, *current, decision, chair, targetOrg); !s)
        return s;
    auto after = reportFields(current->reportId);
    if (!after)
        return Error { after.error() };
    QJsonObject was, now_;
    for (auto it = after->cbegin(); it != after->cend(); ++it) {
        const QVariant old = before->value(it.key());
        if (!sameValue(old, jsonOf(it.value()))) {
            was.insert(it.key(), jsonOf(old));
            now_.insert(it.key(), jsonOf(it.value()));
        }
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject payload { { QStringLiteral("meeting"), meetingId },
        { QStringLiteral("decision"), meetingDecisionName(decision) },
        { QStringLiteral("item"), itemId }, { QStringLiteral("before"), was }, { QStringLiteral("after"), now_ } };
    if (current->deadline.isValid())
        payload.insert(QStringLiteral("deadline"), current->deadline.toString(Qt::ISODate));
    if (!targetOrg.isEmpty())
        payload.insert(QStringLiteral("target_org"), targetOrg);
    Change event = ReportStore::eventChange(
        current->reportId, QStringLiteral("meeting_decision"), payload, now, chair.userId);
    event.fields.insert(QStringLiteral("source"), QString(QStringLiteral("meeting:") + meetingId));
    QVariantMap f { { QStringLiteral("decision"), meetingDecisionName(decision) },
        { QStringLiteral("decided_at"), now } };
    if (!targetOrg.isEmpty())
        f.insert(QStringLiteral("target_org"), targetOrg);
    for (const Change& c : { Change::update(kItems, itemId, f), event })
        if (Status s = (*batch)->stage(c); !s)
            return s;
    if (Status s = (*batch)->commit(); !s)
        return s;
    qCInfo(lcMeeting) << "decision recorded" << meetingDecisionName(decision) << "item" << itemId;
    return {};
}

Status MeetingStore::undo(const QString& itemId, const Actor& chair)
{
    if (Status s = m_writer.require(Capability::Approve, tr("undo a meeting decision")); !s)
        return s;
    QString meetingId;
    auto current = item(itemId, &meetingId);
    if (!current)
        return Error { current.error() };
    if (current->decision == MeetingDecision::None)
        return Error { tr("This case has not been decided at this meeting.") };
    if (auto m = latestMinutes(meetingId); m && m->confirmed)
        return Error { tr("The minutes of this meeting are confirmed: its decisions can no longer be undone.") };

    // The decision's own event: what it changed on the case.
    QSqlQuery q(m_writer.database().connection());
    q.prepare(QStringLiteral("SELECT payload FROM events WHERE report_id = ? AND kind = 'meeting_decision' "
                             "AND source = ? AND deleted = 0 ORDER BY at DESC, rowid DESC"));
    q.addBindValue(current->reportId);
    q.addBindValue(QString(QStringLiteral("meeting:") + meetingId));
    if (!q.exec())
        return Error { tr("The decision could not be read: %1").arg(SqlError::text(q.lastError())) };
    QJsonObject payload;
    while (q.next()) {
        const QJsonObject p = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        if (p.value(QStringLiteral("item")).toString() == itemId) {
            payload = p;
            break;
        }
    }
    if (payload.isEmpty())
        return Error { tr("This decision was recorded before decisions could be undone; change the case in its "
                          "editor instead.") };
    const QJsonObject was = payload.value(QStringLiteral("before")).toObject();
    const QJsonObject now_ = payload.value(QStringLiteral("after")).toObject();
    auto fields = reportFields(current->reportId);
    if (!fields)
        return Error { fields.error() };
    for (auto it = now_.constBegin(); it != now_.constEnd(); ++it)
        if (!sameValue(fields->value(it.key()), it.value()))
            return Error { tr("The case has changed since the decision; change it in its editor instead.") };

    QVariantMap back;
    for (auto it = was.constBegin(); it != was.constEnd(); ++it)
        back.insert(it.key(), variantOf(it.value()));
    const QDateTime at = QDateTime::currentDateTimeUtc();
    QList<Change> changes;
    if (!back.isEmpty())
        changes << Change::update(QStringLiteral("reports"), current->reportId, back);
    changes << Change::update(kItems, itemId,
        { { QStringLiteral("decision"), QVariant() }, { QStringLiteral("decided_at"), QVariant() },
            { QStringLiteral("target_org"), QVariant() } });
    Change event = ReportStore::eventChange(current->reportId, QStringLiteral("meeting_decision_undone"),
        QJsonObject { { QStringLiteral("meeting"), meetingId }, { QStringLiteral("item"), itemId },
            { QStringLiteral("decision"), meetingDecisionName(current->decision) } },
        at, chair.userId);
    event.fields.insert(QStringLiteral("source"), QString(QStringLiteral("meeting:") + meetingId));
    changes << event;
    if (Status s = m_writer.apply(changes); !s)
        return s;
    qCInfo(lcMeeting) << "decision undone" << meetingDecisionName(current->decision) << "item" << itemId;
    return {};
}

Status MeetingStore::applyToCase(const QString& meetingId, const AgendaItem& item, MeetingDecision decision,
    const Actor& chair, const QString& targetOrg)
{
    auto report = m_reports.get(item.reportId);
    if (!report)
        return Error { report.error() };
    const QVariantMap base { { QStringLiteral("meeting"), meetingId } };
    const auto toReview = [&]() -> Status {
        const CaseState s = report->state;
        if (s == CaseState::Triaged || s == CaseState::EvidenceReceived || s == CaseState::KeyAttention)
            return m_machine.apply(report->id, Transition::SubmitForReview, base, chair);
        return {};
    };
    const auto decide = [&](Outcome o) -> Status {
        if (Status s = toReview(); !s)
            return s;
        QVariantMap p = base;
        p.insert(QStringLiteral("outcome"), outcomeName(o));
        return m_machine.apply(report->id, Transition::Decide, p, chair);
    };

    if (auto o = outcomeOf(decision))
        return decide(*o);
    switch (decision) {
    case MeetingDecision::Dispatch: {
        const bool decided = report->state == CaseState::Decided
            && (report->outcome == Outcome::TalkInquiry
                || report->outcome == Outcome::PreliminaryVerification);
        if (!decided)
            if (Status s = decide(Outcome::PreliminaryVerification); !s)
                return s;
        QVariantMap p = base;
        p.insert(QStringLiteral("target_org"), targetOrg);
        return m_machine.apply(report->id, Transition::Transfer, p, chair);
    }
    case MeetingDecision::SendBack: {
        if (report->state != CaseState::Dispatched && report->state != CaseState::Handling)
            return Error {
                tr("Only a dispatched case can be sent back; this one is %1.").arg(CaseLabels::status(stateName(report->state)))
            };
        QVariantMap p = base;
        p.insert(QStringLiteral("reason"),
            item.reasons.isEmpty() ? tr("Sent back by the review meeting.") : item.reasons);
        return m_machine.apply(report->id, Transition::RequestSendBack, p, chair);
    }
    default:
        return {}; // deferred: the case waits for a later meeting; only the event is written
    }
}

Result<Minutes> MeetingStore::latestMinutes(const QString& meetingId) const
{
    QSqlQuery q(m_writer.database().connection());
    q.prepare(QStringLiteral("SELECT %1 FROM meeting_minutes WHERE meeting_id = ? AND deleted = 0 "
                             "ORDER BY version DESC LIMIT 1")
                  .arg(QLatin1String(kMinutesColumns)));
    q.addBindValue(meetingId);
    if (!q.exec())
        return Error { tr("The minutes could not be read: %1").arg(SqlError::text(q.lastError())) };
    if (!q.next())
        return Error { tr("This meeting has no minutes yet.") };
    return minutesFrom(q);
}

Result<Minutes> MeetingStore::minutes(const QString& minutesId) const
{
    QSqlQuery q(m_writer.database().connection());
    q.prepare(QStringLiteral("SELECT %1 FROM meeting_minutes WHERE id = ? AND deleted = 0")
                  .arg(QLatin1String(kMinutesColumns)));
    q.addBindValue(minutesId);
    if (!q.exec() || !q.next())
        return Error { tr("There are no such minutes.") };
    return minutesFrom(q);
}

Result<QString> MeetingStore::saveDraft(const QString& meetingId, const QString& body)
{
    auto latest = latestMinutes(meetingId);
    if (latest) {
        if (Status s = updateMinutes(latest->id, body); !s)
            return Error { s.error() };
        return latest->id;
    }
    const QString id = Uuid7::generate();
    if (Status s = m_writer.apply(Change::insert(kMinutes, id,
            { { QStringLiteral("meeting_id"), meetingId }, { QStringLiteral("version"), 1 },
                { QStringLiteral("status"), QStringLiteral("draft") }, { QStringLiteral("body"), body },
                { QStringLiteral("created_at"), QDateTime::currentDateTimeUtc() } }));
        !s)
        return Error { s.error() };
    return id;
}

Status MeetingStore::updateMinutes(const QString& minutesId, const QString& body)
{
    auto m = minutes(minutesId);
    if (!m)
        return Error { m.error() };
    if (m->confirmed)
        return Error { tr("These minutes were confirmed on %1 and can no longer be changed. "
                          "Make an amendment instead: it is kept as a new record linked to them.")
                           .arg(QLocale().toString(m->confirmedAt.toLocalTime(), QLocale::ShortFormat)) };
    return m_writer.apply(Change::update(kMinutes, minutesId, { { QStringLiteral("body"), body } }));
}

Status MeetingStore::confirm(const QString& minutesId, const Actor& chair)
{
    auto m = minutes(minutesId);
    if (!m)
        return Error { m.error() };
    if (m->confirmed)
        return Error { tr("These minutes are already confirmed.") };
    // The signed-in user's role decides, whatever the caller says the chair is.
    if (Status s = m_writer.require(Capability::ConfirmMinutes, tr("confirm minutes")); !s)
        return s;
    if (!Role::may(chair.role, Capability::ConfirmMinutes))
        return Error { tr(
            "Only the chair of the meeting, a supervisor or an administrator can confirm minutes.") };
    if (m->body.trimmed().isEmpty())
        return Error { tr("The minutes are empty.") };
    return m_writer.apply(Change::update(kMinutes, minutesId,
        { { QStringLiteral("status"), QStringLiteral("confirmed") },
            { QStringLiteral("confirmed_by"), chair.userId },
            { QStringLiteral("confirmed_at"), QDateTime::currentDateTimeUtc() } }));
}

Result<QString> MeetingStore::amend(const QString& minutesId, const QString& body)
{
    auto m = minutes(minutesId);
    if (!m)
        return Error { m.error() };
    if (!m->confirmed)
        return Error { tr("A draft is edited directly; only confirmed minutes are amended.") };
    auto latest = latestMinutes(m->meetingId);
    if (latest && latest->id != m->id)
        return Error { tr("These minutes have already been amended; amend the newest version.") };
    const QString id = Uuid7::generate();
    if (Status s = m_writer.apply(Change::insert(kMinutes, id,
            { { QStringLiteral("meeting_id"), m->meetingId }, { QStringLiteral("version"), m->version + 1 },
                { QStringLiteral("amends_id"), m->id }, { QStringLiteral("status"), QStringLiteral("draft") },
                { QStringLiteral("body"), body },
                { QStringLiteral("created_at"), QDateTime::currentDateTimeUtc() } }));
        !s)
        return Error { s.error() };
    return id;
}

} // namespace qf

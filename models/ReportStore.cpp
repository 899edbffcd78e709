#include "models/ReportStore.h"
#include "models/SqlError.h"

#include "models/Role.h"
#include "models/Log.h"
#include "models/Database.h"
#include "models/DuplicateIndex.h"
#include "models/PersonStore.h"
#include "models/RegistrationNumbers.h"
#include "models/ReportRegistrar.h"
#include "models/SqlTransaction.h"
#include "models/Uuid7.h"
#include "models/Writer.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace qf {

namespace {

const QString Reports = QStringLiteral("reports");

std::optional<bool> flagOf(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt() != 0;
}

// CLI / UI field name -> reports column (subject fields are handled apart).
QString columnOf(const QString& field)
{
    static const QStringList plain = { QStringLiteral("content"),   QStringLiteral("region"),
                                       QStringLiteral("who"),       QStringLiteral("what"),
                                       QStringLiteral("when_text"), QStringLiteral("where_text"),
                                       QStringLiteral("why"),       QStringLiteral("result"),
                                       QStringLiteral("demand"),    QStringLiteral("disposition") };
    return plain.contains(field) ? field : QString();
}

} // namespace

ReportStore::ReportStore(Writer& writer, PersonStore& persons, DuplicateIndex& duplicates)
    : m_writer(writer)
    , m_persons(persons)
    , m_numbers(std::make_unique<RegistrationNumbers>(writer.database()))
    , m_duplicates(duplicates)
{
}

ReportStore::~ReportStore() = default;

bool ReportStore::isValidChannel(const QString& channel)
{
    static const QStringList channels = { QStringLiteral("letter"), QStringLiteral("visit"),
                                          QStringLiteral("phone"),  QStringLiteral("online"),
                                          QStringLiteral("forwarded"), QStringLiteral("handed_over") };
    return channels.contains(channel);
}

bool ReportStore::canView(const QString& role, const Report& report)
{
    return !report.restricted || Role::may(role, Capability::SeeRestricted);
}

QStringList ReportStore::editableFields()
{
    return { QStringLiteral("content"),      QStringLiteral("category"),     QStringLiteral("region"),
             QStringLiteral("who"),          QStringLiteral("what"),         QStringLiteral("when_text"),
             QStringLiteral("where_text"),   QStringLiteral("why"),          QStringLiteral("result"),
             QStringLiteral("demand"),       QStringLiteral("disposition"),  QStringLiteral("subject_name"),
             QStringLiteral("subject_unit"), QStringLiteral("subject_rank"), QStringLiteral("subject_position") };
}

Change ReportStore::eventChange(const QString& reportId, const QString& kind, const QJsonObject& payload,
                                const QDateTime& at, const QString& authorId)
{
    QVariantMap f {
        { QStringLiteral("report_id"), reportId },
        { QStringLiteral("at"), at.isValid() ? at : QDateTime::currentDateTimeUtc() },
        { QStringLiteral("kind"), kind },
        { QStringLiteral("payload"), QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)) },
    };
    if (!authorId.isEmpty())
        f.insert(QStringLiteral("author_id"), authorId);
    return Change::insert(QStringLiteral("events"), Uuid7::generate(), f);
}

Result<RegisteredReport> ReportStore::add(const ReportDraft& d)
{
    if (Status s = ReportRegistrar::problems(d); !s)
        return s.failure();
    auto batch = m_writer.begin();
    if (!batch)
        return batch.failure();
    auto staged = stageNew(**batch, d, PersonRoles { .reporter = true });
    if (!staged)
        return staged.failure();
    if (Status s = (*batch)->commit(); !s)
        return s.failure();
    return RegisteredReport { staged->id, staged->regNo };
}

Result<ReportStore::StagedReport> ReportStore::stageNew(Writer::Batch& batch, const ReportDraft& d, PersonRoles reporterRoles)
{
    const QDateTime received = d.receivedAt.isValid() ? d.receivedAt : QDateTime::currentDateTimeUtc();
    auto regNo = m_numbers->next(received.date().year());
    if (!regNo)
        return regNo.failure();

    QString reporterId = d.reporterId;
    if (d.reporter) {
        reporterId = Uuid7::generate();
        for (const Change& c : m_persons.insertChanges(reporterId, *d.reporter, reporterRoles))
            if (Status s = batch.stage(c); !s)
                return s.failure();
    }
    const QString id = Uuid7::generate();
    if (Status s = batch.stage(Change::insert(Reports, id, reportRow(d, *regNo, received, reporterId))); !s)
        return s.failure();
    // The row's derived indexes (full text, short terms, near-duplicate fingerprint) are
    // kept by the write path itself (ReportTextIndexes), in this transaction.
    for (const SubjectDraft& s : d.subjects) {
        QVariantMap sf { { QStringLiteral("report_id"), id },
                         { QStringLiteral("name"), s.name.trimmed() },
                         { QStringLiteral("principal_leader"), s.principalLeader ? 1 : 0 } };
        if (!s.unit.isEmpty())
            sf.insert(QStringLiteral("unit"), s.unit);
        if (!s.rank.isEmpty())
            sf.insert(QStringLiteral("rank"), s.rank);
        if (!s.position.isEmpty())
            sf.insert(QStringLiteral("position"), s.position);
        if (Status st = batch.stage(Change::insert(QStringLiteral("subjects"), Uuid7::generate(), sf)); !st)
            return st.failure();
    }
    const bool principal = std::any_of(d.subjects.cbegin(), d.subjects.cend(),
                                       [](const SubjectDraft& s) { return s.principalLeader; });
    QJsonObject payload { { QStringLiteral("channel"), d.channel },
                          { QStringLiteral("reg_no"), *regNo },
                          { QStringLiteral("real_name"), !reporterId.isEmpty() } };
    if (principal)
        payload.insert(QStringLiteral("restricted"), true);
    if (Status s = batch.stage(eventChange(id, QStringLiteral("registered"), payload, received, m_writer.author())); !s)
        return s.failure();
    if (!d.corrections.isEmpty()) {
        const QJsonObject why { { QStringLiteral("reasons"), QJsonArray::fromStringList(d.corrections) } };
        if (Status s = batch.stage(eventChange(id, QStringLiteral("needs_correction"), why, received, m_writer.author()));
            !s)
            return s.failure();
    }
    return StagedReport { id, *regNo, reporterId };
}

QVariantMap ReportStore::reportRow(const ReportDraft& d, const QString& regNo, const QDateTime& received,
                                   const QString& reporterId) const
{
    const bool principal = std::any_of(d.subjects.cbegin(), d.subjects.cend(),
                                       [](const SubjectDraft& s) { return s.principalLeader; });
    const bool needsSignature = d.channel == QLatin1String("forwarded") || d.channel == QLatin1String("handed_over");
    QVariantMap f {
        { QStringLiteral("reg_no"), regNo },
        { QStringLiteral("channel"), d.channel },
        { QStringLiteral("received_at"), received },
        { QStringLiteral("status"), needsSignature ? QStringLiteral("awaiting_signature") : QStringLiteral("registered") },
        { QStringLiteral("status_at"), received },
        { QStringLiteral("anonymous"), reporterId.isEmpty() ? 1 : 0 },
        { QStringLiteral("content"), d.content },
        { QStringLiteral("restricted"), principal ? 1 : 0 },
        { QStringLiteral("principal_leader"), principal ? 1 : 0 },
        { QStringLiteral("created_at"), QDateTime::currentDateTimeUtc() },
    };
    auto setIf = [&f](const char* column, const QString& v) {
        if (!v.isEmpty())
            f.insert(QString::fromLatin1(column), v);
    };
    setIf("reporter_id", reporterId);
    setIf("org_id", d.orgId);
    setIf("category_id", d.categoryId);
    setIf("region", d.region);
    setIf("source_id", d.sourceId);
    setIf("who", d.who);
    setIf("what", d.what);
    setIf("when_text", d.whenText);
    setIf("where_text", d.whereText);
    setIf("why", d.why);
    setIf("result", d.result);
    setIf("demand", d.demand);
    setIf("disposition", d.disposition);
    setIf("created_by", m_writer.author());
    if (!d.corrections.isEmpty())
        f.insert(QStringLiteral("needs_correction"), 1);
    return f;
}

Result<QString> ReportStore::resolve(const QString& idOrRegNo) const
{
    QSqlQuery q(m_writer.database().connection());
    q.prepare(QStringLiteral("SELECT id FROM reports WHERE (id = ? OR reg_no = ?) AND deleted = 0"));
    q.addBindValue(idOrRegNo);
    q.addBindValue(idOrRegNo);
    if (!q.exec())
        return Error { tr("Cannot read the reports: %1").arg(SqlError::text(q.lastError())) };
    if (!q.next())
        return Error { tr("There is no report %1.").arg(idOrRegNo) };
    return q.value(0).toString();
}

Report ReportStore::fromRecord(const QSqlRecord& r)
{
    auto s = [&r](const char* c) { return r.value(QString::fromLatin1(c)).toString(); };
    auto t = [&r](const char* c) { return storedTime(r.value(QString::fromLatin1(c))); };
    Report x;
    x.id = s("id");
    x.regNo = s("reg_no");
    x.channel = s("channel");
    x.receivedAt = t("received_at");
    x.state = stateFromName(s("status")).value_or(CaseState::Registered);
    x.anonymous = r.value(QStringLiteral("anonymous")).toInt() != 0;
    x.reporterId = s("reporter_id");
    x.orgId = s("org_id");
    x.categoryId = s("category_id");
    x.region = s("region");
    x.sourceId = s("source_id");
    x.who = s("who");
    x.what = s("what");
    x.whenText = s("when_text");
    x.whereText = s("where_text");
    x.why = s("why");
    x.result = s("result");
    x.demand = s("demand");
    x.disposition = s("disposition");
    x.content = s("content");
    x.triageClass = triageClassFromName(s("triage_class"));
    x.verifiability = r.value(QStringLiteral("verifiability")).toInt();
    x.typicality = r.value(QStringLiteral("typicality")).toInt();
    x.timeliness = r.value(QStringLiteral("timeliness")).toInt();
    x.handlingOrgId = s("handling_org_id");
    x.handlerId = s("handler_id");
    x.repeatOf = s("repeat_of");
    x.restricted = r.value(QStringLiteral("restricted")).toInt() != 0;
    x.principalLeader = r.value(QStringLiteral("principal_leader")).toInt() != 0;
    x.outcome = outcomeFromName(s("outcome"));
    x.pendingFrom = stateFromName(s("pending_from"));
    x.dispatchKind = s("dispatch_kind");
    x.supervised = r.value(QStringLiteral("supervised")).toInt() != 0;
    x.referredTo = s("referred_to");
    x.statusAt = t("status_at");
    x.signedAt = t("signed_at");
    x.acceptedAt = t("accepted_at");
    x.triagedAt = t("triaged_at");
    x.evidenceRequestedAt = t("evidence_requested_at");
    x.evidenceReceivedAt = t("evidence_received_at");
    x.dispatchedAt = t("dispatched_at");
    x.concludedAt = t("concluded_at");
    x.reviewedAt = t("reviewed_at");
    x.acceptanceNoticeAt = t("acceptance_notice_at");
    x.resultFeedbackAt = t("result_feedback_at");
    x.substantiated = flagOf(r.value(QStringLiteral("substantiated")));
    x.satisfied = flagOf(r.value(QStringLiteral("satisfied")));
    return x;
}

Result<Report> ReportStore::get(const QString& idOrRegNo) const
{
    auto id = resolve(idOrRegNo);
    if (!id)
        return Error { id.error() };
    QSqlQuery q(m_writer.database().connection());
    q.prepare(QStringLiteral("SELECT * FROM reports WHERE id = ?"));
    q.addBindValue(*id);
    if (!q.exec() || !q.next())
        return Error { tr("Cannot read report %1: %2").arg(idOrRegNo, SqlError::text(q.lastError())) };
    Report report = fromRecord(q.record());

    QSqlQuery sq(m_writer.database().connection());
    sq.prepare(QStringLiteral("SELECT id, name, unit, rank, position, principal_leader FROM subjects "
                              "WHERE report_id = ? AND deleted = 0 ORDER BY rowid"));
    sq.addBindValue(*id);
    if (!sq.exec())
        return Error { tr("Cannot read the reported persons: %1").arg(SqlError::text(sq.lastError())) };
    while (sq.next())
        report.subjects << Subject { sq.value(0).toString(), sq.value(1).toString(), sq.value(2).toString(),
                                     sq.value(3).toString(), sq.value(4).toString(), sq.value(5).toInt() != 0 };
    return report;
}

Result<QList<Report>> ReportStore::listOpen() const
{
    QSqlQuery q(m_writer.database().connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT * FROM reports WHERE deleted = 0 AND status NOT IN "
                               "('out_of_scope', 'filed', 'removed', 'reviewed') ORDER BY received_at")))
        return Error { tr("Cannot read the reports: %1").arg(SqlError::text(q.lastError())) };
    QList<Report> list;
    while (q.next())
        list << fromRecord(q.record());
    return list;
}

Status ReportStore::setField(const QString& reportId, const QString& field, const QString& value)
{
    return setFields(reportId, { { field, value } });
}

Status ReportStore::setFields(const QString& reportId, const QList<std::pair<QString, QString>>& fields)
{
    return edit(reportId, fields, {});
}

Status ReportStore::edit(const QString& reportId, const QList<std::pair<QString, QString>>& fields,
                         const QList<SubjectEdit>& subjects, const QString& role)
{
    for (const auto& [field, value] : fields)
        if (!editableFields().contains(field))
            return Error { tr("'%1' is not a field that can be changed; use one of: %2.")
                               .arg(field, editableFields().join(QStringLiteral(", "))) };
    if (fields.isEmpty() && subjects.isEmpty())
        return {};
    auto report = get(reportId);
    if (!report)
        return Error { report.error() };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Change> changes;
    QVariantMap reportColumns;
    QVariantMap subjectColumns;
    for (const auto& [field, value] : fields) {
        if (field.startsWith(QLatin1String("subject_"))) {
            const QString column = field.mid(8);
            if (column == QLatin1String("name") && value.trimmed().isEmpty())
                return Error { tr("A reported person needs a name.") };
            subjectColumns.insert(column, report->subjects.isEmpty() ? QVariant(value.trimmed()) : QVariant(value));
        } else if (field == QLatin1String("category")) {
            QVariant categoryId;
            if (!value.isEmpty()) {
                QSqlQuery q(m_writer.database().connection());
                q.prepare(QStringLiteral("SELECT id FROM categories WHERE (id = ? OR code = ?) AND deleted = 0"));
                q.addBindValue(value);
                q.addBindValue(value);
                if (!q.exec() || !q.next())
                    return Error { tr("There is no category '%1'.").arg(value) };
                categoryId = q.value(0);
            }
            reportColumns.insert(QStringLiteral("category_id"), categoryId);
        } else {
            const bool keepEmpty = field == QLatin1String("content");
            reportColumns.insert(columnOf(field), value.isEmpty() && !keepEmpty ? QVariant() : value);
        }
    }
    if (!subjectColumns.isEmpty()) {
        if (report->subjects.isEmpty()) {
            if (!subjectColumns.contains(QStringLiteral("name")))
                return Error { tr("The report names no reported person yet; set subject_name first.") };
            subjectColumns.insert(QStringLiteral("report_id"), report->id);
            changes << Change::insert(QStringLiteral("subjects"), Uuid7::generate(), subjectColumns);
        } else {
            changes << Change::update(QStringLiteral("subjects"), report->subjects.first().id, subjectColumns);
        }
    }
    if (!reportColumns.isEmpty())
        changes << Change::update(Reports, report->id, reportColumns);
    for (const auto& [field, value] : fields)
        changes << eventChange(report->id, QStringLiteral("field_changed"), { { QStringLiteral("field"), field } },
                               now, m_writer.author());

    int added = 0, changed = 0, removed = 0, flagged = 0, unflagged = 0;
    bool principal = false; // any reported person flagged after the edit
    for (const Subject& s : report->subjects) {
        const auto e = std::find_if(subjects.cbegin(), subjects.cend(), [&](const SubjectEdit& x) { return x.id == s.id; });
        if (e == subjects.cend())
            principal = principal || s.principalLeader;
        else if (!e->remove)
            principal = principal || e->principalLeader.value_or(s.principalLeader);
    }
    for (const SubjectEdit& e : subjects) {
        const auto existing = std::find_if(report->subjects.cbegin(), report->subjects.cend(),
                                           [&](const Subject& s) { return s.id == e.id; });
        if (!e.id.isEmpty() && existing == report->subjects.cend())
            return Error { tr("The reported person %1 is not on this report.").arg(e.id) };
        if (e.remove) {
            if (existing == report->subjects.cend())
                continue;
            if (existing->principalLeader)
                return Error { tr("The office's own principal leader cannot be taken off a report.") };
            changes << Change::remove(QStringLiteral("subjects"), e.id);
            ++removed;
            continue;
        }
        if (e.name.trimmed().isEmpty())
            return Error { tr("Every reported person needs a name.") };
        const QVariantMap values { { QStringLiteral("name"), e.name.trimmed() },
                                   { QStringLiteral("unit"), e.unit.trimmed() },
                                   { QStringLiteral("rank"), e.rank.trimmed() },
                                   { QStringLiteral("position"), e.position.trimmed() } };
        const bool wasLeader = existing != report->subjects.cend() && existing->principalLeader;
        const bool leader = e.principalLeader.value_or(wasLeader);
        if (wasLeader && !leader && !Role::may(role, Capability::SeeRestricted))
            return Error { tr("Only a supervisor, a review-meeting chair or an administrator may clear the "
                              "principal-leader flag.") };
        flagged += leader && !wasLeader ? 1 : 0;
        unflagged += wasLeader && !leader ? 1 : 0;
        principal = principal || (existing == report->subjects.cend() && leader);
        if (existing == report->subjects.cend()) {
            QVariantMap row = values;
            row.insert(QStringLiteral("report_id"), report->id);
            row.insert(QStringLiteral("principal_leader"), leader ? 1 : 0);
            changes << Change::insert(QStringLiteral("subjects"), Uuid7::generate(), row);
            ++added;
        } else if (existing->name != e.name.trimmed() || existing->unit != e.unit.trimmed()
                   || existing->rank != e.rank.trimmed() || existing->position != e.position.trimmed()) {
            QVariantMap row = values;
            if (leader != wasLeader)
                row.insert(QStringLiteral("principal_leader"), leader ? 1 : 0);
            changes << Change::update(QStringLiteral("subjects"), e.id, row);
            ++changed;
        } else if (leader != wasLeader) {
            changes << Change::update(QStringLiteral("subjects"), e.id, { { QStringLiteral("principal_leader"), leader ? 1 : 0 } });
        }
    }
    if (flagged + unflagged > 0) {
        // Routed and restricted as at intake; never unrestricted here (see the header).
        QVariantMap flags { { QStringLiteral("principal_leader"), principal ? 1 : 0 } };
        if (flagged > 0)
            flags.insert(QStringLiteral("restricted"), 1);
        changes << Change::update(Reports, report->id, flags);
        changes << eventChange(report->id, QStringLiteral("principal_leader_changed"),
                               { { QStringLiteral("set"), flagged }, { QStringLiteral("cleared"), unflagged },
                                 { QStringLiteral("restricted"), flagged > 0 || report->restricted } },
                               now, m_writer.author());
    }
    if (added + changed + removed > 0)
        changes << eventChange(report->id, QStringLiteral("subjects_changed"),
                               { { QStringLiteral("added"), added }, { QStringLiteral("changed"), changed },
                                 { QStringLiteral("removed"), removed } },
                               now, m_writer.author());
    if (changes.isEmpty())
        return {};
    return m_writer.apply(changes);
}

QDateTime storedTime(const QVariant& v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t;
}

} // namespace qf

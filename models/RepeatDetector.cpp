#include "models/RepeatDetector.h"
#include "models/SqlError.h"

#include "models/Log.h"
#include "models/Database.h"
#include "models/ReportStore.h"
#include "models/Settings.h"
#include "models/Writer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace qf {

namespace {

constexpr int kPerReason = 20; // at most this many candidates of each kind, newest first

QStringList ids(QSqlQuery& q)
{
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

QStringList RepeatProposal::reasons() const
{
    QStringList out;
    if (sameReporter)
        out << RepeatDetector::tr("same reporter");
    if (sameSubject)
        out << RepeatDetector::tr("same reported person");
    if (similarity > 0)
        out << RepeatDetector::tr("similar content (%1%)").arg(qRound(similarity * 100));
    return out;
}

RepeatDetector::RepeatDetector(ReportStore& reports)
    : m_reports(reports)
    , m_index(reports.duplicates())
{
}

double RepeatDetector::threshold() const
{
    if (m_threshold >= 0)
        return m_threshold;
    return Settings(m_reports.writer()).intValue(Settings::Key::RepeatSimilarityPercent) / 100.0;
}

Result<QStringList> RepeatDetector::sameReporter(const QString& reportId, const QString& reporterId)
{
    if (reporterId.isEmpty())
        return QStringList {};
    // Persons with the same keyed hash of ID number or phone: found without decrypting anyone.
    // Their newest reports come from the index alone (schema 9), however many they sent.
    QSqlQuery q(m_reports.writer().database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id FROM reports INDEXED BY reports_reporter_received WHERE deleted = 0 AND id <> ? AND reporter_id IN ("
        " SELECT id FROM persons WHERE id_bidx = (SELECT id_bidx FROM persons WHERE id = ?) AND deleted = 0"
        " UNION SELECT id FROM persons WHERE phone_bidx = (SELECT phone_bidx FROM persons WHERE id = ?) AND deleted = 0"
        " UNION SELECT ?) ORDER BY received_at DESC LIMIT %1")
                  .arg(kPerReason));
    q.addBindValue(reportId);
    q.addBindValue(reporterId);
    q.addBindValue(reporterId);
    q.addBindValue(reporterId);
    if (!q.exec())
        return Error { tr("Cannot look for earlier reports by the same reporter: %1").arg(SqlError::text(q.lastError())) };
    return ids(q);
}

Result<QStringList> RepeatDetector::sameSubject(const QString& reportId)
{
    QSqlQuery q(m_reports.writer().database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT other.report_id FROM subjects mine JOIN subjects other "
                             "ON other.name = mine.name AND other.unit = mine.unit "
                             "WHERE mine.report_id = ? AND mine.deleted = 0 AND mine.unit <> '' "
                             "AND other.report_id <> mine.report_id AND other.deleted = 0 LIMIT %1")
                  .arg(kPerReason * 5));
    q.addBindValue(reportId);
    if (!q.exec())
        return Error { tr("Cannot look for reports about the same person: %1").arg(SqlError::text(q.lastError())) };
    return ids(q);
}

Result<QStringList> RepeatDetector::rejected(const QString& reportId)
{
    QSqlQuery q(m_reports.writer().database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT payload FROM events WHERE report_id = ? AND kind = 'repeat_rejected'"));
    q.addBindValue(reportId);
    if (!q.exec())
        return Error { tr("Cannot read the report's history: %1").arg(SqlError::text(q.lastError())) };
    QStringList out;
    while (q.next())
        out << QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object().value(QStringLiteral("candidate")).toString();
    return out;
}

Result<QList<RepeatProposal>> RepeatDetector::check(const QString& reportId, int limit)
{
    auto report = m_reports.get(reportId);
    if (!report)
        return Error { report.error() };
    QHash<QString, RepeatProposal> byId;

    auto reporter = sameReporter(report->id, report->reporterId);
    if (!reporter)
        return Error { reporter.error() };
    for (const QString& id : std::as_const(*reporter))
        byId[id].sameReporter = true;

    auto subject = sameSubject(report->id);
    if (!subject)
        return Error { subject.error() };
    for (const QString& id : std::as_const(*subject))
        byId[id].sameSubject = true;

    auto similar = m_index.find(DuplicateIndex::textOf(report->content, report->what), threshold(), report->id, kPerReason);
    if (!similar)
        return Error { similar.error() };
    for (const SimilarReport& s : std::as_const(*similar))
        byId[s.reportId].similarity = s.similarity;

    auto no = rejected(report->id);
    if (!no)
        return Error { no.error() };
    for (const QString& id : std::as_const(*no))
        byId.remove(id);

    QSqlQuery q(m_reports.writer().database().connection());
    q.prepare(QStringLiteral("SELECT reg_no, received_at FROM reports WHERE id = ? AND deleted = 0"));
    QList<RepeatProposal> out;
    for (auto it = byId.begin(); it != byId.end(); ++it) {
        q.addBindValue(it.key());
        if (!q.exec())
            return Error { tr("Cannot read the reports: %1").arg(SqlError::text(q.lastError())) };
        if (!q.next())
            continue;
        RepeatProposal p = it.value();
        p.reportId = it.key();
        p.regNo = q.value(0).toString();
        p.receivedAt = storedTime(q.value(1));
        out << p;
    }
    std::sort(out.begin(), out.end(), [](const RepeatProposal& a, const RepeatProposal& b) {
        if (a.reasonCount() != b.reasonCount())
            return a.reasonCount() > b.reasonCount();
        if (a.similarity != b.similarity)
            return a.similarity > b.similarity;
        return a.receivedAt > b.receivedAt;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

Status RepeatDetector::recordProposals(const QString& reportId, const QList<RepeatProposal>& proposals,
                                       const QString& authorId)
{
    if (proposals.isEmpty())
        return {};
    return m_reports.writer().apply(proposalEvent(reportId, proposals, authorId));
}

Change RepeatDetector::proposalEvent(const QString& reportId, const QList<RepeatProposal>& proposals,
                                     const QString& authorId)
{
    QJsonArray list;
    for (const RepeatProposal& p : proposals)
        list.append(QJsonObject { { QStringLiteral("report_id"), p.reportId },
                                  { QStringLiteral("reg_no"), p.regNo },
                                  { QStringLiteral("same_reporter"), p.sameReporter },
                                  { QStringLiteral("same_subject"), p.sameSubject },
                                  { QStringLiteral("similarity"), qRound(p.similarity * 1000) / 1000.0 } });
    return ReportStore::eventChange(reportId, QStringLiteral("repeat_proposed"), { { QStringLiteral("candidates"), list } },
                                    {}, authorId);
}

Status RepeatDetector::confirm(const QString& reportId, const QString& repeatOf, bool newFacts, const Actor& actor)
{
    auto report = m_reports.get(reportId);
    if (!report)
        return Error { report.error() };
    auto original = m_reports.get(repeatOf);
    if (!original)
        return Error { original.error() };
    if (original->id == report->id)
        return Error { tr("A report cannot repeat itself.") };
    if (original->repeatOf == report->id)
        return Error { tr("Report %1 is already recorded as a repeat of %2.").arg(original->regNo, report->regNo) };

    const QJsonObject payload { { QStringLiteral("repeat_of"), original->id },
                                { QStringLiteral("repeat_of_reg_no"), original->regNo },
                                { QStringLiteral("new_facts"), newFacts } };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (newFacts) {
        // Registered and kept with its link; it goes on to triage and the review meeting.
        return m_reports.writer().apply(
            { Change::update(QStringLiteral("reports"), report->id,
                             { { QStringLiteral("repeat_of"), original->id }, { QStringLiteral("repeat_new_facts"), 1 } }),
              ReportStore::eventChange(report->id, QStringLiteral("repeat_confirmed"), payload, now, actor.userId) });
    }
    // No new facts: kept on file through the state machine (which also sets repeat_of).
    CaseStateMachine machine(m_reports);
    const QVariantMap params { { QStringLiteral("repeat_of"), original->id }, { QStringLiteral("new_facts"), false } };
    if (Status s = machine.apply(report->id, Transition::FileAsRepeat, params, actor); !s)
        return s;
    qCDebug(lcCases) << "repeat confirmed";
    return m_reports.writer().apply(
        ReportStore::eventChange(report->id, QStringLiteral("repeat_confirmed"), payload, now, actor.userId));
}

Status RepeatDetector::reject(const QString& reportId, const QString& candidate, const QString& note, const Actor& actor)
{
    auto id = m_reports.resolve(reportId);
    if (!id)
        return Error { id.error() };
    auto other = m_reports.resolve(candidate);
    if (!other)
        return Error { other.error() };
    QJsonObject payload { { QStringLiteral("candidate"), *other } };
    if (!note.isEmpty())
        payload.insert(QStringLiteral("note"), note);
    return m_reports.writer().apply(ReportStore::eventChange(*id, QStringLiteral("repeat_rejected"), payload,
                                                             QDateTime::currentDateTimeUtc(), actor.userId));
}

std::pair<QDateTime, QDateTime> RepeatDetector::quarterBounds(const QString& quarter)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-?[Qq]([1-4])$"));
    const auto m = re.match(quarter.trimmed());
    if (!m.hasMatch())
        return {};
    const int year = m.captured(1).toInt();
    const int q = m.captured(2).toInt();
    static const QTimeZone china(8 * 3600);
    const QDateTime start(QDate(year, 3 * (q - 1) + 1, 1), QTime(0, 0), china);
    return { start.toUTC(), start.addMonths(3).toUTC() };
}

Result<QList<QuarterlyRepeat>> RepeatDetector::quarterly(const QString& quarter)
{
    const auto [start, end] = quarterBounds(quarter);
    if (!start.isValid())
        return Error { tr("'%1' is not a quarter; write it like 2026Q3.").arg(quarter) };
    QSqlQuery q(m_reports.writer().database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT x.dept, org.name, x.id, x.reg_no, x.received_at, x.status, x.orig_id, x.orig_reg_no, x.new_facts "
        "FROM (SELECT COALESCE(o.handling_org_id, r.handling_org_id, r.org_id, '') AS dept, r.id, r.reg_no, "
        "      r.received_at, r.status, o.id AS orig_id, o.reg_no AS orig_reg_no, r.repeat_new_facts AS new_facts "
        "      FROM reports r JOIN reports o ON o.id = r.repeat_of "
        "      WHERE r.repeat_of IS NOT NULL AND r.deleted = 0 AND r.received_at >= ? AND r.received_at < ?) x "
        "LEFT JOIN organisations org ON org.id = x.dept "
        "ORDER BY COALESCE(org.name, ''), x.dept, x.received_at, x.reg_no"));
    // Without a zone suffix the bounds sort before every stored form of the same second.
    const QString format = QStringLiteral("yyyy-MM-ddTHH:mm:ss");
    q.addBindValue(start.toString(format));
    q.addBindValue(end.toString(format));
    if (!q.exec())
        return Error { tr("Cannot list the repeats: %1").arg(SqlError::text(q.lastError())) };
    QList<QuarterlyRepeat> out;
    while (q.next()) {
        QuarterlyRepeat r;
        r.departmentId = q.value(0).toString();
        r.department = q.value(1).toString();
        r.reportId = q.value(2).toString();
        r.regNo = q.value(3).toString();
        r.receivedAt = storedTime(q.value(4));
        r.status = q.value(5).toString();
        r.repeatOfId = q.value(6).toString();
        r.repeatOfRegNo = q.value(7).toString();
        r.newFacts = q.value(8).toInt() != 0;
        out << r;
    }
    return out;
}

} // namespace qf

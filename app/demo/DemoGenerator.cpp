#include "app/demo/DemoGenerator.h"
#include "models/SqlError.h"
#include "app/Log.h"

#include "app/demo/DemoIdentities.h"
#include "app/demo/DemoReference.h"
#include "app/demo/DemoText.h"
#include "models/RegistrationNumbers.h"
#include "models/Report.h"
#include "models/Session.h"
#include "models/SqlTransaction.h"
#include "models/Uuid7.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QRandomGenerator>
#include <QTimeZone>

namespace qf {

namespace {

using namespace demo;

constexpr int kReportsPerBatch = 1000; // about 3,900 changes per transaction
constexpr int kMemory = 4000;         // earlier reports and reporters kept for planting
constexpr int kDays = 3 * 365;

struct Reporter
{
    QString personId;
    PersonIdentity identity;
    QString reportId; // the earlier report by this person
    QDateTime received; // when that report came in
    bool key = false;
};

struct Prior
{
    QString reportId;
    QDateTime received;
    int kind = 0;
    DemoReportText text;
    bool hasReporter = false;
    Reporter reporter;
};

struct ChannelShare
{
    const char* name;
    int weight;
};
const ChannelShare kChannels[] = { { "letter", 25 }, { "visit", 15 },     { "phone", 15 },
                                   { "online", 35 }, { "forwarded", 7 }, { "handed_over", 3 } };

template <typename T>
void remember(std::vector<T>& memory, T item, DemoRandom& rng)
{
    if (memory.size() < static_cast<size_t>(kMemory))
        memory.push_back(std::move(item));
    else
        memory[rng.below(kMemory)] = std::move(item);
}

// One run: the state that carries from one report to the next.
class DemoRun
{
    Q_DECLARE_TR_FUNCTIONS(qf::DemoGenerator)

public:
    DemoRun(Session& session, const DemoOptions& options, const DemoReference& ref, DemoSummary& summary)
        : m_session(session)
        , m_ref(ref)
        , m_summary(summary)
        , m_rng(options.seed)
        , m_text(m_rng)
        , m_ids(m_rng, m_text)
        , m_numbers(session.database())
        , m_total(options.reports)
        , m_end(options.endDate.isValid() ? options.endDate : QDateTime::currentDateTimeUtc().date())
        , m_label(session.database().connection())
    {
        int sum = 0;
        for (const DemoKind& k : demoKinds())
            m_kindWeights.push_back(sum += k.weight);
    }

    Status prepare()
    {
        if (!m_label.prepare(QStringLiteral("INSERT INTO demo_labels (report_id, near_duplicate_of, repeat_person_of) "
                                            "VALUES (?, ?, ?)")))
            return Error { tr("Cannot prepare the demo labels: %1").arg(SqlError::text(m_label.lastError())) };
        if (auto tag = m_numbers.deviceTag(); !tag)
            return Error { tag.error() };
        return {};
    }

    Status report(Writer::Batch& batch, qint64 index);
    // Registration numbers are counted in memory during a batch and saved before it commits.
    void beginBatch() { m_numbers.beginBulk(); }
    Status endBatch() { return m_numbers.flush(); }
    void abortBatch() { m_numbers.discard(); }

private:
    Status stage(Writer::Batch& batch, const Change& change)
    {
        ++m_summary.changes;
        return batch.stage(change);
    }
    int pickKind()
    {
        const int r = m_rng.below(m_kindWeights.back());
        return static_cast<int>(std::upper_bound(m_kindWeights.begin(), m_kindWeights.end(), r) - m_kindWeights.begin());
    }
    const char* pickChannel()
    {
        int r = m_rng.below(100);
        for (const ChannelShare& c : kChannels) {
            if ((r -= c.weight) < 0)
                return c.name;
        }
        return kChannels[0].name;
    }
    QDateTime receivedAt(qint64 index, bool anyHour);
    const QString& user(const char* role)
    {
        const QStringList& users = m_ref.usersByRole[QString::fromLatin1(role)];
        return users.at(m_rng.below(static_cast<int>(users.size())));
    }
    void fillStatus(QVariantMap& f, const DemoKind& kind, int ageDays, const QDateTime& received);
    void fillConclusion(QVariantMap& f, int ageDays, const QDateTime& received);
    void fillStages(QVariantMap& f, int ageDays, const QDateTime& received, int evidenceRequests);
    Status reporterFor(Writer::Batch& batch, const Prior* original, bool visitor, const QString& reportId,
                       const QDateTime& received, Reporter* out, const Reporter** earlierOut);

    Session& m_session;
    const DemoReference& m_ref;
    DemoSummary& m_summary;
    DemoRandom m_rng;
    DemoText m_text;
    DemoIdentities m_ids;
    RegistrationNumbers m_numbers;
    qint64 m_total;
    QDate m_end;
    QSqlQuery m_label;
    std::vector<int> m_kindWeights;
    std::vector<Prior> m_priors;
    std::vector<Reporter> m_reporters;
    std::vector<Reporter> m_keyPetitioners;
};

QDateTime DemoRun::receivedAt(qint64 index, bool anyHour)
{
    // Spread evenly over the three years in order of generation, so earlier reports are
    // older; desks work on working days and office hours (China time).
    QDate day = m_end.addDays(-kDays + static_cast<int>(index * kDays / std::max<qint64>(m_total, 1)));
    if (!anyHour && day.dayOfWeek() >= 6 && m_rng.chance(0.9))
        day = day.addDays(8 - day.dayOfWeek());
    if (day > m_end)
        day = m_end;
    int minute;
    if (anyHour)
        minute = m_rng.below(24 * 60);
    else if (m_rng.chance(0.55))
        minute = 8 * 60 + 30 + m_rng.below(210); // 08:30-12:00
    else
        minute = 14 * 60 + 30 + m_rng.below(180); // 14:30-17:30
    static const QTimeZone china(8 * 3600);
    return QDateTime(day, QTime(minute / 60, minute % 60, m_rng.below(60)), china).toUTC();
}

void DemoRun::fillStatus(QVariantMap& f, const DemoKind& kind, int ageDays, const QDateTime& received)
{
    // State names as in CaseState (models/CaseState.cpp); older reports are further along.
    if (ageDays < 2) {
        f.insert(QStringLiteral("status"), QStringLiteral("registered"));
        return;
    }
    if (kind.outOfScope) {
        f.insert(QStringLiteral("status"), QStringLiteral("out_of_scope"));
        f.insert(QStringLiteral("disposition"), QStringLiteral("不属于纪检监察机关受理范围，已出具《依法分类告知单》，引导其向有关部门反映"));
        return;
    }
    const int verifiability = m_rng.between(1, 5);
    const QString triage = verifiability >= 4 ? QStringLiteral("A") : (verifiability >= 2 ? QStringLiteral("B") : QStringLiteral("C"));
    const char* status = "accepted";
    if (triage == QStringLiteral("C") && ageDays >= 5) {
        status = "reminder_sent";
    } else if (ageDays < 10) {
        static const char* const early[] = { "accepted", "triaged", "evidence_requested" };
        status = early[m_rng.below(3)];
    } else if (triage == QStringLiteral("B") && m_rng.chance(0.3)) {
        status = "key_attention";
    } else if (ageDays < 60) {
        static const char* const mid[] = { "triaged",   "evidence_requested", "evidence_received",
                                           "awaiting_review", "dispatched",   "handling" };
        status = mid[m_rng.below(6)];
    } else {
        const int roll = m_rng.below(100);
        status = roll < 60 ? "concluded" : roll < 85 ? "reviewed" : "handling";
        // A case still in handling five months after receipt is rare; older ones are concluded
        // (the same draws as before, so the rest of the demo data stays as it was).
        if (qstrcmp(status, "handling") == 0 && ageDays > 150)
            status = "concluded";
    }
    f.insert(QStringLiteral("status"), QString::fromLatin1(status));
    if (qstrcmp(status, "accepted") == 0)
        return;
    f.insert(QStringLiteral("verifiability"), verifiability);
    f.insert(QStringLiteral("typicality"), m_rng.between(1, 5));
    f.insert(QStringLiteral("timeliness"), m_rng.between(1, 5));
    f.insert(QStringLiteral("triage_class"), triage);
    const bool dispatched = qstrcmp(status, "dispatched") == 0 || qstrcmp(status, "handling") == 0;
    const bool concluded = qstrcmp(status, "concluded") == 0 || qstrcmp(status, "reviewed") == 0;
    if (dispatched || concluded) {
        const int office = m_rng.below(static_cast<int>(m_ref.supervisionOffices.size()));
        f.insert(QStringLiteral("handling_org_id"), m_ref.supervisionOffices.at(office));
        f.insert(QStringLiteral("handler_id"), user("case_officer"));
        f.insert(QStringLiteral("disposition"), concluded ? QStringLiteral("已办结，已向实名举报人反馈")
                                                          : QStringLiteral("经集体研判，移送纪检监察室处置"));
    }
    if (concluded)
        fillConclusion(f, ageDays, received);
}

void DemoRun::fillStages(QVariantMap& f, int ageDays, const QDateTime& received, int evidenceRequests)
{
    // When each stage was reached, as the write path records it, so that the deadline clocks,
    // the on-time shares and the quarterly flags have their times. Its own generator, seeded
    // by the receipt time: the main sequence stays as it was. Nothing lies after the demo's end.
    QRandomGenerator g(quint32(received.toSecsSinceEpoch()) ^ 0x57a9e5u);
    const QDateTime end = received.addDays(ageDays);
    const QString status = f.value(QStringLiteral("status")).toString();
    const QDateTime concluded = storedTime(f.value(QStringLiteral("concluded_at")));
    auto put = [&](const char* column, const QDateTime& at) {
        if (at.isValid() && at <= end)
            f.insert(QString::fromLatin1(column), at.toString(Qt::ISODate));
    };
    const QString channel = f.value(QStringLiteral("channel")).toString();
    QDateTime intake = received;
    if (channel == QStringLiteral("forwarded") || channel == QStringLiteral("handed_over")) {
        intake = received.addSecs(3600 * qint64(2 + g.bounded(g.bounded(100) < 90 ? 70 : 200)));
        put("signed_at", intake);
    }
    if (status == QStringLiteral("registered"))
        return;
    const QDateTime accepted = intake.addSecs(60 * qint64(20 + g.bounded(300)));
    put("accepted_at", accepted);
    if (status == QStringLiteral("accepted") || status == QStringLiteral("out_of_scope"))
        return;
    // Triage: mostly within the day, one in eight later.
    const QDateTime triaged = accepted.addSecs(60 * qint64(g.bounded(100) < 88 ? 30 + g.bounded(900) : 1500 + g.bounded(3000)));
    put("triaged_at", triaged);
    const bool classA = f.value(QStringLiteral("triage_class")).toString() == QStringLiteral("A");
    if (evidenceRequests > 0)
        put("evidence_requested_at", received.addDays(1));
    else if (classA && status != QStringLiteral("triaged") && g.bounded(100) < 60)
        put("evidence_requested_at", triaged.addDays(1 + g.bounded(g.bounded(100) < 85 ? 3 : 8)));
    if (status == QStringLiteral("evidence_received"))
        put("evidence_received_at", received.addDays(3 + g.bounded(6)));
    const bool dispatched = f.contains(QStringLiteral("handling_org_id"));
    QDateTime dispatchedAt;
    if (dispatched) {
        dispatchedAt = received.addDays(2 + g.bounded(g.bounded(100) < 85 ? 7 : 15));
        if (concluded.isValid() && dispatchedAt >= concluded)
            dispatchedAt = concluded.addDays(-1);
        put("dispatched_at", dispatchedAt);
    }
    if (status == QStringLiteral("handling"))
        put("status_at", dispatchedAt.addDays(1 + g.bounded(3)));
    if (f.value(QStringLiteral("anonymous")).toInt() == 0) {
        put("acceptance_notice_at", received.addDays(g.bounded(100) < 90 ? 2 + g.bounded(16) : 22 + g.bounded(20)));
        if (concluded.isValid() && g.bounded(100) < 92)
            put("result_feedback_at", concluded.addDays(g.bounded(100) < 88 ? 1 + g.bounded(18) : 23 + g.bounded(20)));
    }
}

void DemoRun::fillConclusion(QVariantMap& f, int ageDays, const QDateTime& received)
{
    // Its own generator, seeded by the receipt time: the main sequence (and with it every
    // other demo figure) stays as it was. Handling takes 20 to 90 days; a case concluded
    // more than a week ago has almost always had its closing review (复盘) by now.
    QRandomGenerator side(quint32(received.toSecsSinceEpoch()));
    const int handling = std::min(std::max(1, ageDays - 1), 20 + int(side.bounded(70)));
    const QDateTime concludedAt = received.addDays(handling);
    f.insert(QStringLiteral("concluded_at"), concludedAt.toString(Qt::ISODate));
    f.insert(QStringLiteral("substantiated"), side.bounded(100) < 45 ? 1 : 0);
    if (side.bounded(100) < 70)
        f.insert(QStringLiteral("satisfied"), side.bounded(100) < 85 ? 1 : 0);
    const int sinceConcluded = ageDays - handling;
    if (sinceConcluded > 7 && side.bounded(100) < 97) {
        f.insert(QStringLiteral("status"), QStringLiteral("reviewed"));
        f.insert(QStringLiteral("reviewed_at"), concludedAt.addDays(1 + side.bounded(5)).toString(Qt::ISODate));
    } else {
        f.insert(QStringLiteral("status"), QStringLiteral("concluded"));
    }
}

Status DemoRun::reporterFor(Writer::Batch& batch, const Prior* original, bool visitor, const QString& reportId,
                           const QDateTime& received, Reporter* out, const Reporter** earlierOut)
{
    const Reporter* earlier = nullptr;
    if (m_rng.chance(0.15) && !m_reporters.empty()) {
        if (original && original->hasReporter && m_rng.chance(0.5))
            earlier = &original->reporter;
        else if (!m_keyPetitioners.empty() && m_rng.chance(0.4))
            earlier = &m_keyPetitioners[m_rng.below(static_cast<int>(m_keyPetitioners.size()))];
        else
            earlier = &m_reporters[m_rng.below(static_cast<int>(m_reporters.size()))];
    }
    *earlierOut = earlier;
    if (earlier) {
        ++m_summary.repeatPersons;
        if (earlier->key) { // a known key petitioner: the desk finds the file and reuses it
            *out = *earlier;
            return {};
        }
    }
    Reporter r;
    r.reportId = earlier ? earlier->reportId : reportId;
    r.received = earlier ? earlier->received : received;
    r.personId = Uuid7::generate();
    if (earlier) {
        // Registered again as a new person: same name and ID number, the phone typed
        // another way, sometimes another address.
        r.identity = earlier->identity;
        r.identity.phone = r.identity.phone.isEmpty() ? QString() : m_ids.retyped(r.identity.phone);
        if (m_rng.chance(0.3))
            r.identity.address = m_ids.address();
        if (!visitor)
            r.identity.details = {};
    } else {
        r.identity = m_ids.person(m_end, visitor);
        r.key = m_rng.chance(0.02);
    }
    const PersonRoles roles { .reporter = true, .visitor = visitor, .keyPetitioner = r.key };
    for (const Change& c : m_session.persons().insertChanges(r.personId, r.identity, roles)) {
        if (Status s = stage(batch, c); !s)
            return s;
    }
    ++m_summary.persons;
    if (!earlier) {
        if (r.key && m_keyPetitioners.size() < 200)
            m_keyPetitioners.push_back(r);
        remember(m_reporters, r, m_rng);
    }
    *out = std::move(r);
    return {};
}

Status DemoRun::report(Writer::Batch& batch, qint64 index)
{
    const QString channel = QString::fromLatin1(pickChannel());
    const bool visit = channel == QStringLiteral("visit");
    const bool online = channel == QStringLiteral("online");
    QDateTime received = receivedAt(index, online);
    const Prior* original = nullptr;
    if (!m_priors.empty() && m_rng.chance(0.08))
        original = &m_priors[m_rng.below(static_cast<int>(m_priors.size()))];
    const int kindIndex = original ? original->kind : pickKind();
    const DemoKind& kind = demoKinds()[kindIndex];
    const bool anonymous = !visit && m_rng.chance(0.47);
    // Ground truth points to earlier reports: a planted copy or repeat comes in later than
    // its source even when the source was moved off a weekend.
    auto after = [&](const QDateTime& source) {
        if (received <= source)
            received = source.addSecs(60 * m_rng.between(5, 600));
    };
    if (original)
        after(original->received);

    const QString reportId = Uuid7::generate();
    Reporter reporter;
    const Reporter* earlier = nullptr;
    if (!anonymous) {
        ++m_summary.realName;
        if (Status s = reporterFor(batch, original, visit, reportId, received, &reporter, &earlier); !s)
            return s;
        if (earlier)
            after(earlier->received);
    }
    const QString repeatOf = earlier ? earlier->reportId : QString();
    const QString receivedText = received.toString(Qt::ISODate);
    const int ageDays = static_cast<int>(received.date().daysTo(m_end));

    DemoReportText text;
    if (original) {
        text = original->text;
        text.content = m_text.nearDuplicate(original->text.content);
        ++m_summary.nearDuplicates;
    } else {
        text = m_text.report(kind, received.date(), anonymous);
    }

    auto number = m_numbers.next(received.toOffsetFromUtc(8 * 3600).date().year());
    if (!number)
        return Error { number.error() };
    const char* registrarRole = visit ? "receptionist"
        : channel == QStringLiteral("phone") ? "hotline_operator"
                                             : "registry_clerk";
    const QString registrar = user(registrarRole);
    m_session.writer().setAuthor(registrar);

    QVariantMap f;
    f.insert(QStringLiteral("reg_no"), *number);
    f.insert(QStringLiteral("channel"), channel);
    f.insert(QStringLiteral("received_at"), receivedText);
    f.insert(QStringLiteral("anonymous"), anonymous ? 1 : 0);
    if (!anonymous)
        f.insert(QStringLiteral("reporter_id"), reporter.personId);
    const bool township = kind.tier != SubjectTier::County && m_rng.chance(0.15);
    f.insert(QStringLiteral("org_id"), township ? m_ref.townshipOrgByName.value(text.region, m_ref.county) : m_ref.county);
    f.insert(QStringLiteral("category_id"), m_ref.categoryByCode.value(kind.category));
    f.insert(QStringLiteral("region"), text.region);
    if (online || channel == QStringLiteral("forwarded"))
        f.insert(QStringLiteral("source_id"), QString((online ? QStringLiteral("WB-") : QStringLiteral("ZB-")) + *number));
    f.insert(QStringLiteral("who"), text.who);
    f.insert(QStringLiteral("what"), text.what);
    f.insert(QStringLiteral("when_text"), text.whenText);
    f.insert(QStringLiteral("where_text"), text.whereText);
    f.insert(QStringLiteral("why"), text.why);
    f.insert(QStringLiteral("result"), text.result);
    f.insert(QStringLiteral("demand"), text.demand);
    f.insert(QStringLiteral("content"), text.content);
    f.insert(QStringLiteral("created_by"), registrar);
    f.insert(QStringLiteral("created_at"), receivedText);
    fillStatus(f, kind, ageDays, received);
    // What the registry did with a planted copy and how often evidence was asked for, from a
    // side generator (seeded by the receipt time) so that the main sequence stays the same.
    QRandomGenerator side(quint32(received.toSecsSinceEpoch()) ^ 0x5eedu);
    bool confirmedRepeat = false;
    if (original && ageDays >= 2 && side.bounded(100) < 75) {
        const bool newFacts = side.bounded(100) < 20;
        f.insert(QStringLiteral("repeat_of"), original->reportId);
        f.insert(QStringLiteral("repeat_new_facts"), newFacts ? 1 : 0);
        if (!newFacts)
            f.insert(QStringLiteral("status"), QStringLiteral("filed")); // 重复件存档
        confirmedRepeat = true;
    }
    const QString status = f.value(QStringLiteral("status")).toString();
    int evidenceRequests = 0;
    if (status == QStringLiteral("evidence_requested") || status == QStringLiteral("evidence_received"))
        evidenceRequests = side.bounded(100) < 15 ? 2 : 1;
    fillStages(f, ageDays, received, evidenceRequests);
    if (Status s = stage(batch, Change::insert(QStringLiteral("reports"), reportId, f)); !s)
        return s;

    for (const DemoSubject& subject : std::as_const(text.subjects)) {
        QVariantMap sf { { QStringLiteral("report_id"), reportId },
                         { QStringLiteral("name"), subject.name },
                         { QStringLiteral("unit"), subject.unit },
                         { QStringLiteral("rank"), subject.rank },
                         { QStringLiteral("position"), subject.position } };
        if (Status s = stage(batch, Change::insert(QStringLiteral("subjects"), Uuid7::generate(), sf)); !s)
            return s;
    }

    if (visit) {
        const int roll = m_rng.below(100);
        const bool group = roll < 10;
        const QDateTime started = received.addSecs(60 * m_rng.between(2, 40));
        QVariantMap vf { { QStringLiteral("person_id"), reporter.personId },
                         { QStringLiteral("report_id"), reportId },
                         { QStringLiteral("org_id"), m_ref.registry },
                         { QStringLiteral("kind"), group ? QStringLiteral("group")
                                                   : roll < 15 ? QStringLiteral("over_level")
                                                               : QStringLiteral("individual") },
                         { QStringLiteral("head_count"), group ? m_rng.between(5, 30) : 1 },
                         { QStringLiteral("ticket_no"), QStringLiteral("A-%1").arg(m_rng.between(1, 60), 3, 10, QLatin1Char('0')) },
                         { QStringLiteral("arrived_at"), receivedText },
                         { QStringLiteral("started_at"), started.toString(Qt::ISODate) },
                         { QStringLiteral("ended_at"), started.addSecs(60 * m_rng.between(10, 50)).toString(Qt::ISODate) },
                         { QStringLiteral("room"), QStringLiteral("接访室%1").arg(m_rng.between(1, 3)) },
                         { QStringLiteral("outcome"), kind.outOfScope ? QStringLiteral("referred") : QStringLiteral("registered") } };
        if (Status s = stage(batch, Change::insert(QStringLiteral("visits"), Uuid7::generate(), vf)); !s)
            return s;
    }

    QVariantMap ef { { QStringLiteral("report_id"), reportId },
                     { QStringLiteral("at"), receivedText },
                     { QStringLiteral("author_id"), registrar },
                     { QStringLiteral("kind"), QStringLiteral("registered") },
                     { QStringLiteral("payload"),
                       QStringLiteral(R"({"reg_no":"%1","channel":"%2"})").arg(*number, channel) } };
    if (Status s = stage(batch, Change::insert(QStringLiteral("events"), Uuid7::generate(), ef)); !s)
        return s;
    auto event = [&](const QString& kind, const QDateTime& at, const QString& payload) {
        const QVariantMap e { { QStringLiteral("report_id"), reportId },
                              { QStringLiteral("at"), at.toString(Qt::ISODate) },
                              { QStringLiteral("author_id"), registrar },
                              { QStringLiteral("kind"), kind },
                              { QStringLiteral("payload"), payload } };
        return stage(batch, Change::insert(QStringLiteral("events"), Uuid7::generate(), e));
    };
    if (confirmedRepeat) {
        if (Status s = event(QStringLiteral("repeat_confirmed"), received.addSecs(3600),
                             QStringLiteral(R"({"repeat_of":"%1"})").arg(original->reportId));
            !s)
            return s;
    }
    for (int i = 0; i < evidenceRequests; ++i) {
        const QDateTime at = received.addDays(1 + i * 4);
        if (Status s = event(QStringLiteral("request_evidence"), at.date() <= m_end ? at : received,
                             QStringLiteral(R"({"items":%1})").arg(2 + i));
            !s)
            return s;
    }

    if (original || !repeatOf.isEmpty()) {
        m_label.addBindValue(reportId);
        m_label.addBindValue(original ? QVariant(original->reportId) : QVariant());
        m_label.addBindValue(repeatOf.isEmpty() ? QVariant() : QVariant(repeatOf));
        if (!m_label.exec())
            return Error { tr("Cannot record the demo labels: %1").arg(SqlError::text(m_label.lastError())) };
    }
    ++m_summary.reports;

    if (!original) {
        Prior p;
        p.reportId = reportId;
        p.received = received;
        p.kind = kindIndex;
        p.text = std::move(text);
        p.hasReporter = !anonymous;
        p.reporter = std::move(reporter);
        remember(m_priors, std::move(p), m_rng);
    }
    return {};
}

} // namespace

DemoGenerator::DemoGenerator(Session& session, DemoOptions options)
    : m_session(session)
    , m_options(std::move(options))
{
}

Status DemoGenerator::run(const std::function<bool(qint64, qint64)>& progress)
{
    m_summary = {};
    if (m_options.reports < 0 || m_options.reports > MaxReports)
        return Error { tr("The number of demo reports must be between 0 and %1.").arg(MaxReports) };
    QElapsedTimer timer;
    timer.start();
    auto ref = DemoReference::ensure(m_session);
    if (!ref)
        return Error { ref.error() };

    Writer& writer = m_session.writer();
    const QString author = writer.author();
    DemoRun run(m_session, m_options, *ref, m_summary);
    Status status = run.prepare();
    qint64 done = 0;
    while (status && done < m_options.reports) {
        auto batch = writer.begin();
        if (!batch) {
            status = Error { batch.error() };
            break;
        }
        const qint64 end = std::min<qint64>(done + kReportsPerBatch, m_options.reports);
        run.beginBatch();
        for (qint64 i = done; i < end && status; ++i)
            status = run.report(**batch, i);
        if (status)
            status = run.endBatch();
        if (status)
            status = (*batch)->commit();
        if (!status) {
            run.abortBatch();
            break;
        }
        done = end;
        if (progress && !progress(done, m_options.reports))
            break;
    }
    writer.setAuthor(author);
    m_summary.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!status) {
        qCWarning(lcDemo) << "demo data stopped after" << done << "reports";
        return status;
    }
    qCInfo(lcDemo) << "demo data:" << m_summary.reports << "reports in" << m_summary.seconds << "s";
    return {};
}

} // namespace qf

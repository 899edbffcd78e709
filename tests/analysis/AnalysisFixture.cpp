#include "tests/analysis/AnalysisFixture.h"

#include "models/CaseListQuery.h"
#include "models/Database.h"
#include "models/DeadlineClock.h"
#include "models/WorkCalendar.h"
#include "models/Uuid7.h"
#include "models/Writer.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimeZone>

namespace qf::test {

QDate chinaDay(const QDateTime& utc) { return utc.toTimeZone(QTimeZone(8 * 3600)).date(); }

QSet<QString> listedIds(AnalysisFixture& fx, const CaseListFilter& filter)
{
    static const WorkCalendar calendar;
    const DeadlineClock clock(calendar, {});
    CaseListQuery query(fx.session->database().connection(), clock, QDateTime::currentDateTimeUtc());
    auto keys = query.keys(filter);
    QF_REQUIRE_OK(keys);
    auto rows = query.rows(*keys);
    QF_REQUIRE_OK(rows);
    QSet<QString> ids;
    for (const CaseListRow& r : *rows)
        ids << r.id;
    REQUIRE(ids.size() == keys->size());
    return ids;
}

AnalysisFixture::AnalysisFixture()
{
    dbPath = dir.path(QStringLiteral("analysis.sqlite"));
    session = openSession(dbPath);
    catA = addCategory(QStringLiteral("T-A"), QStringLiteral("村务管理"));
    catB = addCategory(QStringLiteral("T-B"), QStringLiteral("生态环境"));
    catA1 = addCategory(QStringLiteral("T-A1"), QStringLiteral("三资管理"), catA);
    catA2 = addCategory(QStringLiteral("T-A2"), QStringLiteral("换届选举"), catA);
    catB1 = addCategory(QStringLiteral("T-B1"), QStringLiteral("违规排污"), catB);
    catA1x = addCategory(QStringLiteral("T-A1x"), QStringLiteral("集体土地"), catA1);
    county = addOrg(QStringLiteral("A-COUNTY"), QStringLiteral("县纪委监委"), QStringLiteral("county"));
    townA = addOrg(QStringLiteral("A-TOWNA"), QStringLiteral("城关镇纪委"), QStringLiteral("township"), county);
    townB = addOrg(QStringLiteral("A-TOWNB"), QStringLiteral("河西镇纪委"), QStringLiteral("township"), county);
    villageA1 = addOrg(QStringLiteral("A-VILA1"), QStringLiteral("东村纪检委员"), QStringLiteral("village"), townA);
}

AnalysisFixture::~AnalysisFixture() { session.reset(); }

QString AnalysisFixture::addCategory(const QString& code, const QString& name, const QString& parent)
{
    const QString id = Uuid7::generate();
    QVariantMap f { { QStringLiteral("code"), code }, { QStringLiteral("name"), name } };
    if (!parent.isEmpty())
        f.insert(QStringLiteral("parent_id"), parent);
    QF_REQUIRE_OK(session->writer().apply(Change::insert(QStringLiteral("categories"), id, f)));
    categoryParent.insert(id, parent);
    return id;
}

QString AnalysisFixture::addOrg(const QString& code, const QString& name, const QString& level, const QString& parent)
{
    const QString id = Uuid7::generate();
    QVariantMap f { { QStringLiteral("code"), code }, { QStringLiteral("name"), name }, { QStringLiteral("level"), level } };
    if (!parent.isEmpty())
        f.insert(QStringLiteral("parent_id"), parent);
    QF_REQUIRE_OK(session->writer().apply(Change::insert(QStringLiteral("organisations"), id, f)));
    orgParent.insert(id, parent);
    return id;
}

QString AnalysisFixture::add(Planted p)
{
    p.id = Uuid7::generate();
    p.regNo = QStringLiteral("2026-TST-%1").arg(++serial, 6, 10, QLatin1Char('0'));
    auto orNull = [](const QString& s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    QVariantMap f {
        { QStringLiteral("reg_no"), p.regNo },
        { QStringLiteral("channel"), p.channel },
        { QStringLiteral("received_at"), p.receivedUtc.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("created_at"), p.receivedUtc.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("status"), p.status },
        { QStringLiteral("anonymous"), p.anonymous ? 1 : 0 },
        { QStringLiteral("category_id"), orNull(p.categoryId) },
        { QStringLiteral("region"), orNull(p.region) },
        { QStringLiteral("triage_class"), orNull(p.triageClass) },
        { QStringLiteral("outcome"), orNull(p.outcome) },
        { QStringLiteral("handling_org_id"), orNull(p.office) },
        { QStringLiteral("restricted"), p.restricted ? 1 : 0 },
        { QStringLiteral("dispatched_at"), orNull(p.dispatchedAt) },
        { QStringLiteral("concluded_at"), orNull(p.concludedAt) },
        { QStringLiteral("reviewed_at"), orNull(p.reviewedAt) },
        { QStringLiteral("content"), p.content },
    };
    if (p.status == QLatin1String("out_of_scope"))
        f.insert(QStringLiteral("referred_to"), QStringLiteral("区人民法院"));
    for (auto it = p.extra.constBegin(); it != p.extra.constEnd(); ++it)
        f.insert(it.key(), it.value());
    if (!p.repeatOf.isEmpty()) {
        f.insert(QStringLiteral("repeat_of"), p.repeatOf);
        p.repeat = true;
    } else if (p.repeat && !planted.isEmpty())
        f.insert(QStringLiteral("repeat_of"), planted.first().id);
    else
        p.repeat = false;
    QList<Change> changes { Change::insert(QStringLiteral("reports"), p.id, f) };
    const qsizetype persons = std::max(p.units.size(), p.ranks.size());
    for (qsizetype i = 0; i < persons; ++i) {
        QVariantMap s { { QStringLiteral("report_id"), p.id }, { QStringLiteral("name"), QStringLiteral("李某") } };
        if (i < p.units.size() && !p.units.at(i).isEmpty())
            s.insert(QStringLiteral("unit"), p.units.at(i));
        if (i < p.ranks.size() && !p.ranks.at(i).isEmpty())
            s.insert(QStringLiteral("rank"), p.ranks.at(i));
        changes << Change::insert(QStringLiteral("subjects"), Uuid7::generate(), s);
    }
    if (!p.beganHandlingAt.isEmpty())
        changes << Change::insert(QStringLiteral("events"), Uuid7::generate(),
                                  { { QStringLiteral("report_id"), p.id },
                                    { QStringLiteral("at"), p.beganHandlingAt },
                                    { QStringLiteral("kind"), QStringLiteral("begin_handling") } });
    for (int i = 0; i < p.evidenceRequests; ++i)
        changes << Change::insert(QStringLiteral("events"), Uuid7::generate(),
                                  { { QStringLiteral("report_id"), p.id },
                                    { QStringLiteral("at"), p.receivedUtc.addDays(1 + i).toUTC().toString(Qt::ISODateWithMs) },
                                    { QStringLiteral("kind"), QStringLiteral("request_evidence") } });
    QF_REQUIRE_OK(session->writer().apply(changes));
    if (p.deleted)
        QF_REQUIRE_OK(session->writer().apply(Change::remove(QStringLiteral("reports"), p.id)));
    planted << p;
    return p.id;
}

void AnalysisFixture::plantRandom(int n, quint32 seed, const QDate& from, const QDate& to)
{
    QRandomGenerator rng(seed);
    const QStringList channels { QStringLiteral("letter"), QStringLiteral("visit"), QStringLiteral("phone"),
                                 QStringLiteral("online"), QStringLiteral("forwarded"), QStringLiteral("handed_over") };
    const QStringList statuses { QStringLiteral("registered"), QStringLiteral("accepted"), QStringLiteral("out_of_scope"),
                                 QStringLiteral("filed"), QStringLiteral("decided"), QStringLiteral("handling"),
                                 QStringLiteral("concluded"), QStringLiteral("awaiting_signature") };
    const QStringList categories { catA, catB, catA1, catA2, catB1, catA1x, QString() };
    const QStringList regions { QStringLiteral("城关镇"), QStringLiteral("河西镇"), QStringLiteral("东村"), QString() };
    const QStringList units { QStringLiteral("城关镇政府"), QStringLiteral("县住建局"), QStringLiteral("东村村委会") };
    const QStringList ranks { QStringLiteral("科级"), QStringLiteral("处级"), QStringLiteral("村干部") };
    const QStringList classes { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QString() };
    const QStringList outcomes { QStringLiteral("talk_inquiry"), QStringLiteral("preliminary_verification"),
                                 QStringLiteral("stored_pending"), QStringLiteral("closed_no_action"), QString() };
    const QStringList offices { county, townA, townB, villageA1, QString() };
    const qint64 span = qint64(from.daysTo(to) + 1) * 86400;
    const QDateTime start(from, QTime(0, 0), QTimeZone(8 * 3600));
    auto pick = [&](const QStringList& l) { return l.at(int(rng.bounded(quint32(l.size())))); };
    for (int i = 0; i < n; ++i) {
        Planted p;
        p.channel = pick(channels);
        p.receivedUtc = start.addSecs(qint64(rng.bounded(double(span)))).toUTC();
        p.status = pick(statuses);
        p.anonymous = rng.bounded(2) == 0;
        p.categoryId = pick(categories);
        p.region = pick(regions);
        const int persons = int(rng.bounded(3)); // 0, 1 or 2 reported persons
        for (int k = 0; k < persons; ++k) {
            p.units << (rng.bounded(5) == 0 ? QString() : pick(units));
            p.ranks << (rng.bounded(5) == 0 ? QString() : pick(ranks));
        }
        p.repeat = rng.bounded(4) == 0;
        p.triageClass = pick(classes);
        p.outcome = pick(outcomes);
        p.office = pick(offices);
        p.restricted = rng.bounded(15) == 0;
        p.deleted = rng.bounded(25) == 0;
        add(p);
    }
}

std::unique_ptr<Analysis> AnalysisFixture::analysis()
{
    auto a = std::make_unique<Analysis>(session->database().connection());
    QF_REQUIRE_OK(a->load());
    return a;
}

void AnalysisFixture::setSetting(const QString& name, const QString& value)
{
    QSqlQuery q(session->database().connection());
    q.prepare(QStringLiteral("SELECT 1 FROM settings WHERE id = ?"));
    q.addBindValue(name);
    const bool exists = q.exec() && q.next();
    const QVariantMap f { { QStringLiteral("value"), value } };
    QF_REQUIRE_OK(session->writer().apply(exists ? Change::update(QStringLiteral("settings"), name, f)
                                                 : Change::insert(QStringLiteral("settings"), name, f)));
}

QStringList AnalysisFixture::subtree(const QString& orgId) const
{
    QStringList out { orgId };
    for (auto it = orgParent.constBegin(); it != orgParent.constEnd(); ++it)
        if (it.value() == orgId)
            out << subtree(it.key());
    return out;
}

QList<Planted> AnalysisFixture::counted(const AnalysisQuery& q, const AnalysisPeriod& period) const
{
    QList<Planted> out;
    for (const Planted& p : planted) {
        if (p.deleted || p.status == QLatin1String("awaiting_signature") || (p.restricted && !q.includeRestricted))
            continue;
        const QDate day = chinaDay(p.receivedUtc);
        if (day < period.from || day > period.to)
            continue;
        switch (q.scope.kind) {
        case AnalysisScope::Kind::Office: break;
        case AnalysisScope::Kind::HandlingOffice:
            if (p.office.isEmpty() || !subtree(q.scope.value).contains(p.office))
                continue;
            break;
        case AnalysisScope::Kind::Region:
            if (p.region != q.scope.value)
                continue;
            break;
        case AnalysisScope::Kind::Unit:
            if (!p.units.contains(q.scope.value))
                continue;
            break;
        }
        out << p;
    }
    return out;
}

QStringList AnalysisFixture::keysOf(const Planted& p, Dimension d, int level) const
{
    const QString none = QStringLiteral("none");
    auto orNone = [&](const QString& s) { return QStringList { s.isEmpty() ? none : s }; };
    auto distinctOrNone = [&](const QStringList& values) {
        QStringList out;
        for (const QString& v : values)
            if (!v.isEmpty() && !out.contains(v))
                out << v;
        return out.isEmpty() ? QStringList { none } : out;
    };
    switch (d) {
    case Dimension::Channel: return { p.channel };
    case Dimension::Category: {
        if (p.categoryId.isEmpty())
            return { none };
        QStringList path { p.categoryId };
        while (!categoryParent.value(path.last()).isEmpty())
            path << categoryParent.value(path.last());
        if (level <= 0 || path.size() <= level)
            return { p.categoryId };
        return { path.at(path.size() - level) };
    }
    case Dimension::Region: return orNone(p.region);
    case Dimension::Unit: return distinctOrNone(p.units);
    case Dimension::Rank: return distinctOrNone(p.ranks);
    case Dimension::RealName: return { p.anonymous ? QStringLiteral("anonymous") : QStringLiteral("real") };
    case Dimension::Repeat: return { p.repeat ? QStringLiteral("repeat") : QStringLiteral("first") };
    case Dimension::Referral:
        return { p.status == QLatin1String("out_of_scope") ? QStringLiteral("referred") : QStringLiteral("in_scope") };
    case Dimension::TriageClass: return orNone(p.triageClass);
    case Dimension::Outcome: return orNone(p.outcome);
    case Dimension::Status: return { p.status };
    case Dimension::Office: return orNone(p.office);
    }
    return {};
}

} // namespace qf::test

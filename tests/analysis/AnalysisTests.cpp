// The figures of the analysis against counts the test makes itself from its own data.
#include "tests/analysis/AnalysisFixture.h"

#include "models/CaseListQuery.h"
#include "models/DeadlineClock.h"
#include "models/WorkCalendar.h"

#include <QSet>

using namespace qf;
using namespace qf::test;

namespace {

QHash<QString, qint64> expectedCounts(const AnalysisFixture& fx, const AnalysisQuery& q, const AnalysisPeriod& p,
                                      Dimension d)
{
    QHash<QString, qint64> out;
    for (const Planted& r : fx.counted(q, p))
        for (const QString& k : fx.keysOf(r, d, q.categoryLevel))
            ++out[k];
    return out;
}

QHash<QString, qint64> actualCounts(const AnalysisFigures& f, Dimension d)
{
    QHash<QString, qint64> out;
    for (const AnalysisCell& c : f.cells(d))
        out.insert(c.key, c.count);
    return out;
}

QDateTime utc(const QString& iso) { return QDateTime::fromString(iso, Qt::ISODate).toUTC(); }

} // namespace

TEST_CASE("Every grouping of a quarter equals the count made from the planted reports")
{
    AnalysisFixture fx;
    fx.plantRandom(400, 16, QDate(2025, 7, 1), QDate(2026, 12, 31));
    auto a = fx.analysis();
    AnalysisQuery q;
    q.period = AnalysisPeriod::quarter(2026, 4);
    for (int level : { 0, 1, 2 }) {
        q.categoryLevel = level;
        auto fig = a->figures(q);
        QF_REQUIRE_OK(fig);
        const QList<Planted> counted = fx.counted(q, q.period);
        REQUIRE(counted.size() > 40);
        CHECK(fig->received == counted.size());
        for (Dimension d : allDimensions()) {
            INFO("dimension " << dimensionName(d).toStdString() << " level " << level);
            CHECK(actualCounts(*fig, d) == expectedCounts(fx, q, q.period, d));
        }
    }
}

TEST_CASE("Every number drills down to exactly the reports it counted")
{
    AnalysisFixture fx;
    fx.plantRandom(300, 7, QDate(2026, 1, 1), QDate(2026, 12, 31));
    auto a = fx.analysis();
    AnalysisQuery q;
    q.period = AnalysisPeriod::quarter(2026, 3);
    q.categoryLevel = 1;
    auto fig = a->figures(q);
    QF_REQUIRE_OK(fig);
    QSet<QString> all;
    for (const Planted& p : fx.counted(q, q.period))
        all << p.id;
    CHECK(listedIds(fx, a->baseFilter(q, q.period)) == all);
    int cells = 0;
    for (Dimension d : allDimensions()) {
        for (const AnalysisCell& c : fig->cells(d)) {
            INFO("dimension " << dimensionName(d).toStdString() << " key " << c.key.toStdString());
            QSet<QString> expected;
            for (const Planted& p : fx.counted(q, q.period))
                if (fx.keysOf(p, d, q.categoryLevel).contains(c.key))
                    expected << p.id;
            const QSet<QString> got = listedIds(fx, a->cellFilter(q, q.period, d, c.key));
            CHECK(got.size() == c.count);
            CHECK(got == expected);
            ++cells;
        }
    }
    CHECK(cells > 30);
    // The risk map's cells too.
    for (auto r = fig->riskMap.constBegin(); r != fig->riskMap.constEnd(); ++r)
        for (auto c = r->constBegin(); c != r->constEnd(); ++c)
            CHECK(listedIds(fx, a->riskCellFilter(q, r.key(), c.key())).size() == c.value());
}

TEST_CASE("The same period a year earlier and the previous period are counted by the same rules")
{
    AnalysisFixture fx;
    fx.plantRandom(400, 3, QDate(2025, 1, 1), QDate(2026, 12, 31));
    auto a = fx.analysis();
    AnalysisQuery q;
    q.period = AnalysisPeriod::month(2026, 3);
    auto cmp = a->compare(q);
    QF_REQUIRE_OK(cmp);
    CHECK(cmp->previous.period == AnalysisPeriod::month(2026, 2));
    CHECK(cmp->yearEarlier.period == AnalysisPeriod::month(2025, 3));
    CHECK(cmp->current.received == fx.counted(q, q.period).size());
    CHECK(cmp->previous.received == fx.counted(q, AnalysisPeriod::month(2026, 2)).size());
    CHECK(cmp->yearEarlier.received == fx.counted(q, AnalysisPeriod::month(2025, 3)).size());
    CHECK(actualCounts(cmp->yearEarlier, Dimension::Channel)
          == expectedCounts(fx, q, AnalysisPeriod::month(2025, 3), Dimension::Channel));
    CHECK(actualCounts(cmp->previous, Dimension::Category)
          == expectedCounts(fx, q, AnalysisPeriod::month(2026, 2), Dimension::Category));
}

TEST_CASE("Periods: quarters, years, ranges, the one before and a year earlier")
{
    CHECK(AnalysisPeriod::parse(QStringLiteral("2026Q1")).previous() == AnalysisPeriod::quarter(2025, 4));
    CHECK(AnalysisPeriod::parse(QStringLiteral("2026q4")).to == QDate(2026, 12, 31));
    CHECK(AnalysisPeriod::parse(QStringLiteral("2026-01")).previous() == AnalysisPeriod::month(2025, 12));
    CHECK(AnalysisPeriod::parse(QStringLiteral("2024-02")).yearEarlier().to == QDate(2023, 2, 28));
    CHECK(AnalysisPeriod::parse(QStringLiteral("2025-02")).yearEarlier().to == QDate(2024, 2, 29));
    CHECK(AnalysisPeriod::parse(QStringLiteral("2026")).previous() == AnalysisPeriod::year(2025));
    const AnalysisPeriod r = AnalysisPeriod::range(QDate(2026, 3, 11), QDate(2026, 3, 20));
    CHECK(r.previous() == AnalysisPeriod::range(QDate(2026, 3, 1), QDate(2026, 3, 10)));
    CHECK(r.yearEarlier() == AnalysisPeriod::range(QDate(2025, 3, 11), QDate(2025, 3, 20)));
    CHECK_FALSE(AnalysisPeriod::parse(QStringLiteral("2026Q5")).isValid());
    CHECK_FALSE(AnalysisPeriod::parse(QStringLiteral("2026-13")).isValid());
    CHECK_FALSE(AnalysisPeriod::parse(QStringLiteral("next month")).isValid());
}

TEST_CASE("A report counts under its day of receipt in China time")
{
    AnalysisFixture fx;
    Planted late; // 1 November, 01:00 in Beijing
    late.receivedUtc = utc(QStringLiteral("2026-10-31T17:00:00Z"));
    fx.add(late);
    Planted early; // 31 October, 23:59 in Beijing
    early.receivedUtc = utc(QStringLiteral("2026-10-31T15:59:00Z"));
    fx.add(early);
    auto a = fx.analysis();
    AnalysisQuery q;
    q.period = AnalysisPeriod::month(2026, 11);
    auto nov = a->figures(q);
    QF_REQUIRE_OK(nov);
    CHECK(nov->received == 1);
    auto oct = a->figures(q, AnalysisPeriod::month(2026, 10));
    QF_REQUIRE_OK(oct);
    CHECK(oct->received == 1);
    CHECK(oct->months.size() == 1);
    CHECK(oct->months.first().key == QStringLiteral("2026-10"));
    CHECK(oct->months.first().count == 1);
    CHECK(listedIds(fx, a->baseFilter(q, q.period)) == QSet<QString> { fx.planted.first().id });
}

TEST_CASE("Counting rules: repeats count in their own period, referrals apart, unsigned and deleted items not")
{
    AnalysisFixture fx;
    const QDateTime day = utc(QStringLiteral("2026-05-10T02:00:00Z"));
    Planted first;
    first.receivedUtc = day.addMonths(-2);
    fx.add(first);
    for (int i = 0; i < 3; ++i) {
        Planted rep;
        rep.receivedUtc = day.addDays(i);
        rep.repeat = true;
        rep.status = QStringLiteral("filed");
        fx.add(rep);
    }
    Planted referred;
    referred.receivedUtc = day;
    referred.status = QStringLiteral("out_of_scope");
    fx.add(referred);
    Planted unsigned_;
    unsigned_.receivedUtc = day;
    unsigned_.channel = QStringLiteral("forwarded");
    unsigned_.status = QStringLiteral("awaiting_signature");
    fx.add(unsigned_);
    Planted gone;
    gone.receivedUtc = day;
    gone.deleted = true;
    fx.add(gone);
    Planted plain;
    plain.receivedUtc = day;
    fx.add(plain);
    auto a = fx.analysis();
    AnalysisQuery q;
    q.period = AnalysisPeriod::month(2026, 5);
    auto fig = a->figures(q);
    QF_REQUIRE_OK(fig);
    CHECK(fig->received == 5); // 3 repeats, the referral, the plain one
    CHECK(fig->repeats == 3);
    CHECK(fig->repeatShare() == Approx(0.6));
    CHECK(fig->referred == 1);
    CHECK(fig->count(Dimension::Referral, QStringLiteral("in_scope")) == 4);
    CHECK(fig->count(Dimension::Channel, QStringLiteral("forwarded")) == 0);
    // The original counts in its own month.
    auto march = a->figures(q, AnalysisPeriod::month(2026, 3));
    QF_REQUIRE_OK(march);
    CHECK(march->received == 1);
    CHECK(march->repeats == 0);
    CHECK_FALSE(Analysis::countingRules().isEmpty());
}

TEST_CASE("Scopes: an office below with its offices, a region, a unit")
{
    AnalysisFixture fx;
    fx.plantRandom(250, 11, QDate(2026, 4, 1), QDate(2026, 6, 30));
    auto a = fx.analysis();
    const QList<AnalysisScope> scopes {
        { AnalysisScope::Kind::HandlingOffice, fx.townA, {} },
        { AnalysisScope::Kind::Region, QStringLiteral("东村"), {} },
        { AnalysisScope::Kind::Unit, QStringLiteral("县住建局"), {} },
    };
    for (const AnalysisScope& s : scopes) {
        AnalysisQuery q;
        q.period = AnalysisPeriod::quarter(2026, 2);
        q.scope = s;
        auto fig = a->figures(q);
        QF_REQUIRE_OK(fig);
        const QList<Planted> counted = fx.counted(q, q.period);
        INFO("scope " << s.value.toStdString());
        REQUIRE(counted.size() > 5);
        CHECK(fig->received == counted.size());
        for (Dimension d : { Dimension::Unit, Dimension::Office, Dimension::Status, Dimension::Region })
            CHECK(actualCounts(*fig, d) == expectedCounts(fx, q, q.period, d));
        for (const AnalysisCell& c : fig->cells(Dimension::Unit))
            CHECK(listedIds(fx, a->cellFilter(q, q.period, Dimension::Unit, c.key)).size() == c.count);
    }
    // The township's figure includes its village.
    AnalysisQuery q;
    q.period = AnalysisPeriod::quarter(2026, 2);
    q.scope = { AnalysisScope::Kind::HandlingOffice, fx.townA, {} };
    auto fig = a->figures(q);
    QF_REQUIRE_OK(fig);
    CHECK(fig->count(Dimension::Office, fx.villageA1) > 0);
    CHECK(a->officeByCode(QStringLiteral("A-TOWNA")) == fx.townA);
}

TEST_CASE("Reports about the principal leader are counted only for those entitled")
{
    AnalysisFixture fx;
    Planted open;
    open.receivedUtc = utc(QStringLiteral("2026-02-03T02:00:00Z"));
    fx.add(open);
    Planted restricted = open;
    restricted.restricted = true;
    fx.add(restricted);
    auto a = fx.analysis();
    AnalysisQuery q;
    q.period = AnalysisPeriod::month(2026, 2);
    auto fig = a->figures(q);
    QF_REQUIRE_OK(fig);
    CHECK(fig->received == 1);
    q.includeRestricted = true;
    fig = a->figures(q);
    QF_REQUIRE_OK(fig);
    CHECK(fig->received == 2);
    CHECK(listedIds(fx, a->baseFilter(q, q.period)).size() == 2);
}

TEST_CASE("The hash of the counted data changes when a counted report changes, not otherwise")
{
    AnalysisFixture fx;
    fx.plantRandom(60, 5, QDate(2026, 1, 1), QDate(2026, 3, 31));
    auto a = fx.analysis();
    AnalysisQuery q;
    q.period = AnalysisPeriod::quarter(2026, 1);
    auto one = a->figures(q);
    auto two = a->figures(q);
    QF_REQUIRE_OK(one);
    QF_REQUIRE_OK(two);
    CHECK(one->dataHash == two->dataHash);
    CHECK(one->dataHash.size() == 64);
    const Planted& p = fx.counted(q, q.period).first();
    QF_REQUIRE_OK(fx.session->writer().apply(
        Change::update(QStringLiteral("reports"), p.id, { { QStringLiteral("region"), QStringLiteral("西村") } })));
    auto three = a->figures(q);
    QF_REQUIRE_OK(three);
    CHECK(three->dataHash != one->dataHash);
}

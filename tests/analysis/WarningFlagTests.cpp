// Early warnings and the quarterly flags of the responsible offices.
#include "tests/analysis/AnalysisFixture.h"

#include <QTimeZone>

using namespace qf;
using namespace qf::test;

namespace {

QDateTime inMonth(int year, int month, int i)
{
    return QDateTime(QDate(year, month, 1 + i % 27), QTime(10, 0), QTimeZone(8 * 3600)).toUTC();
}

// Six quiet months (each category 4 to 6 reports), then July: one category jumps to 13 while
// the others fall, so the month's total, its region and its unit stay where they were.
void plantSpike(AnalysisFixture& fx)
{
    const QStringList cats { fx.catA, fx.catB, fx.catA1, fx.catA2, fx.catB1 };
    auto plant = [&](int month, const QString& cat, int n, bool located = true) {
        for (int i = 0; i < n; ++i) {
            Planted p;
            p.receivedUtc = inMonth(2026, month, i);
            p.categoryId = cat;
            if (located) {
                p.region = QStringLiteral("城关镇");
                p.units = { QStringLiteral("城关镇政府") };
            }
            fx.add(p);
        }
    };
    for (int m = 1; m <= 6; ++m)
        for (int c = 0; c < cats.size(); ++c)
            plant(m, cats.at(c), 4 + (m + c) % 3);
    for (int c = 0; c < 4; ++c)
        plant(7, cats.at(c), 3);
    plant(7, fx.catB1, 13);
    // A new category with a few reports (no region or unit recorded): below the minimum.
    plant(7, fx.catA1x, 4, false);
}

QString at(const QString& day) { return day + QStringLiteral("T02:00:00.000Z"); }

// n reports dispatched to the office on `dispatched`; the first `begun` taken up, the first
// `concluded` of those concluded on `concludedOn`, the first `reviewed` of those reviewed two
// days later and the next `late` reviewed ten days later.
void plantWork(AnalysisFixture& fx, const QString& office, const QString& dispatched, int n, int begun, int concluded,
               const QString& concludedOn, int reviewed, int late = 0)
{
    for (int i = 0; i < n; ++i) {
        Planted p;
        p.receivedUtc = QDateTime::fromString(at(dispatched), Qt::ISODate).addDays(-5);
        p.office = office;
        p.status = QStringLiteral("dispatched");
        p.dispatchedAt = at(dispatched);
        if (i < begun) {
            p.status = QStringLiteral("handling");
            p.beganHandlingAt = at(dispatched);
        }
        if (i < concluded) {
            p.status = QStringLiteral("concluded");
            p.concludedAt = at(concludedOn);
            const QDate c = QDate::fromString(concludedOn, Qt::ISODate);
            if (i < reviewed)
                p.reviewedAt = at(c.addDays(2).toString(Qt::ISODate));
            else if (i < reviewed + late)
                p.reviewedAt = at(c.addDays(10).toString(Qt::ISODate));
        }
        fx.add(p);
    }
}

const OfficeFlag* flagOf(const QList<OfficeFlag>& flags, const QString& org)
{
    for (const OfficeFlag& f : flags)
        if (f.orgId == org)
            return &f;
    return nullptr;
}

} // namespace

TEST_CASE("A planted spike raises exactly one warning, with the figures that triggered it")
{
    AnalysisFixture fx;
    plantSpike(fx);
    auto a = fx.analysis();
    const WarningRule rule = a->warningRule();
    CHECK(rule.months == 6);
    CHECK(rule.deviations == 2.0);
    CHECK(rule.minimum == 5);
    auto w = a->warnings(2026, 7, rule);
    QF_REQUIRE_OK(w);
    REQUIRE(w->size() == 1);
    const AnalysisWarning& only = w->first();
    CHECK(only.dimension == Dimension::Category);
    CHECK(only.key == fx.catB1);
    CHECK(only.label == QStringLiteral("违规排污"));
    CHECK(only.count == 13);
    CHECK(only.history.size() == 6);
    qint64 sum = 0;
    for (qint64 h : only.history)
        sum += h;
    CHECK(only.mean == Approx(sum / 6.0));
    CHECK(only.threshold == Approx(only.mean + 2 * only.deviation));
    CHECK(only.ruleText.contains(QStringLiteral("6")));
    CHECK(only.ruleText.contains(QStringLiteral("2")));
    CHECK(only.ruleText.contains(QStringLiteral("5")));
    // June was quiet.
    auto june = a->warnings(2026, 6, rule);
    QF_REQUIRE_OK(june);
    CHECK(june->isEmpty());
}

TEST_CASE("The warning rule's numbers are settings")
{
    AnalysisFixture fx;
    plantSpike(fx);
    fx.setSetting(QStringLiteral("analysis.warning_minimum"), QStringLiteral("14"));
    auto a = fx.analysis();
    WarningRule rule = a->warningRule();
    CHECK(rule.minimum == 14);
    auto w = a->warnings(2026, 7, rule);
    QF_REQUIRE_OK(w);
    CHECK(w->isEmpty());
    // A minimum of 3 lets the new category (4 reports, none before) through as well.
    fx.setSetting(QStringLiteral("analysis.warning_minimum"), QStringLiteral("3"));
    rule = a->warningRule();
    w = a->warnings(2026, 7, rule);
    QF_REQUIRE_OK(w);
    CHECK(w->size() == 2);
    CHECK(Analysis::warningRuleText(rule).contains(QStringLiteral("3")));
}

TEST_CASE("Quarterly flags follow the written formula and its weights")
{
    AnalysisFixture fx;
    plantWork(fx, fx.townA, QStringLiteral("2026-07-10"), 10, 10, 9, QStringLiteral("2026-08-20"), 9);
    plantWork(fx, fx.townB, QStringLiteral("2026-07-10"), 10, 6, 4, QStringLiteral("2026-08-20"), 2, 1);
    // Concluded before the quarter: not in its workload.
    plantWork(fx, fx.townB, QStringLiteral("2026-04-10"), 3, 3, 3, QStringLiteral("2026-05-20"), 3);
    auto a = fx.analysis();
    const FlagRule rule = a->flagRule();
    auto flags = a->flags(2026, 3, rule);
    QF_REQUIRE_OK(flags);
    REQUIRE(flags->size() == 2);
    CHECK(flags->first().orgId == fx.townA); // best first
    const OfficeFlag* b = flagOf(*flags, fx.townB);
    REQUIRE(b);
    CHECK(b->workload == 10);
    CHECK(b->accepted == 6);
    CHECK(b->concluded == 4);
    CHECK(b->concludedInQuarter == 4);
    CHECK(b->reviewedInTime == 2);
    CHECK(b->acceptance == Approx(0.6));
    CHECK(b->handling == Approx(0.4));
    CHECK(b->cooperation == Approx(0.5));
    CHECK(b->score == Approx(0.3 * 0.6 + 0.4 * 0.4 + 0.3 * 0.5));
    CHECK(b->colour == OfficeFlag::Colour::Red);
    CHECK(b->accountability);
    const OfficeFlag* g = flagOf(*flags, fx.townA);
    REQUIRE(g);
    CHECK(g->score == Approx(0.3 * 1.0 + 0.4 * 0.9 + 0.3 * 1.0));
    CHECK(g->colour == OfficeFlag::Colour::Green);
    CHECK_FALSE(g->accountability);
    CHECK_FALSE(g->interview);
    const QString formula = Analysis::flagFormula(rule);
    CHECK(formula.contains(QStringLiteral("0.3")));
    CHECK(formula.contains(QStringLiteral("0.4")));
    // Without the handling weight the score is the mean of the other two.
    fx.setSetting(QStringLiteral("flags.weight_handling"), QStringLiteral("0"));
    flags = a->flags(2026, 3, a->flagRule());
    QF_REQUIRE_OK(flags);
    b = flagOf(*flags, fx.townB);
    REQUIRE(b);
    CHECK(b->score == Approx((0.3 * 0.6 + 0.3 * 0.5) / 0.6));
}

TEST_CASE("Two yellow flags in a row mark an office for an interview, and the flags keep their history")
{
    AnalysisFixture fx;
    // Q2: 10 dispatched, all taken up, 5 concluded and reviewed: 0.3 + 0.2 + 0.3 = 0.8, yellow.
    plantWork(fx, fx.villageA1, QStringLiteral("2026-04-10"), 5, 5, 5, QStringLiteral("2026-05-20"), 5);
    plantWork(fx, fx.villageA1, QStringLiteral("2026-04-10"), 5, 5, 0, {}, 0);
    // Q3: the five still open and five new, all taken up, four concluded and reviewed:
    // 0.3 + 0.16 + 0.3 = 0.76, yellow again.
    plantWork(fx, fx.villageA1, QStringLiteral("2026-07-10"), 4, 4, 4, QStringLiteral("2026-08-20"), 4);
    plantWork(fx, fx.villageA1, QStringLiteral("2026-07-10"), 1, 1, 0, {}, 0);
    // One yellow only (Q3) for the other office.
    plantWork(fx, fx.townA, QStringLiteral("2026-07-10"), 10, 10, 5, QStringLiteral("2026-08-20"), 5);
    auto a = fx.analysis();
    auto q2 = a->flags(2026, 2, a->flagRule());
    QF_REQUIRE_OK(q2);
    REQUIRE(q2->size() == 1);
    CHECK(q2->first().colour == OfficeFlag::Colour::Yellow);
    CHECK_FALSE(q2->first().interview);
    auto q3 = a->flags(2026, 3, a->flagRule());
    QF_REQUIRE_OK(q3);
    const OfficeFlag* v = flagOf(*q3, fx.villageA1);
    REQUIRE(v);
    CHECK(v->workload == 10);
    CHECK(v->score == Approx(0.76));
    CHECK(v->colour == OfficeFlag::Colour::Yellow);
    CHECK(v->interview);
    CHECK_FALSE(v->accountability);
    CHECK(v->history == QList<OfficeFlag::Colour> { OfficeFlag::Colour::Yellow });
    CHECK(v->historyQuarters == QStringList { QStringLiteral("2026Q2") });
    const OfficeFlag* t = flagOf(*q3, fx.townA);
    REQUIRE(t);
    CHECK(t->colour == OfficeFlag::Colour::Yellow);
    CHECK_FALSE(t->interview);
    CHECK(t->history.isEmpty());
}

TEST_CASE("A reported unit's rise is warned of, a report naming the unit twice counted once")
{
    AnalysisFixture fx;
    for (int m = 1; m <= 7; ++m)
        for (int i = 0; i < (m == 7 ? 12 : 2); ++i) {
            Planted p;
            p.receivedUtc = inMonth(2026, m, i);
            p.categoryId = m == 7 && i % 2 ? fx.catA : fx.catB; // no category jumps
            p.units = { QStringLiteral("县住建局"), QStringLiteral("县住建局") }; // two persons of one unit
            fx.add(p);
        }
    auto a = fx.analysis();
    WarningRule rule;
    auto w = a->warnings(2026, 7, rule);
    QF_REQUIRE_OK(w);
    const AnalysisWarning* unit = nullptr;
    for (const AnalysisWarning& x : std::as_const(*w))
        if (x.dimension == Dimension::Unit)
            unit = &x;
    REQUIRE(unit);
    CHECK(unit->key == QStringLiteral("县住建局"));
    CHECK(unit->count == 12);
    CHECK(unit->history == QList<qint64> { 2, 2, 2, 2, 2, 2 });
}

// Dispatch proposals from the jurisdiction, recusal and capability tables.
#include "tests/cases/CaseFixture.h"

#include "models/DispatchAdvisor.h"

#include <QSqlQuery>

using namespace qf;

TEST_CASE("dispatch: proposals follow jurisdiction - skip recused officers and explain themselves", "[cases][dispatch]")
{
    test::CaseFixture f;
    DispatchAdvisor advisor(*f.reports, *f.machine);
    const QString wang = f.addUser(QStringLiteral("wang"), QStringLiteral("case_officer"), f.lower);
    const QString li = f.addUser(QStringLiteral("li"), QStringLiteral("case_officer"), f.lower);
    const QString zhou = f.addUser(QStringLiteral("zhou"), QStringLiteral("case_officer"), f.office);
    QF_REQUIRE_OK(advisor.addJurisdiction({ f.lower, QStringLiteral("城关镇政府"), {}, { QStringLiteral("科级") } }));
    QF_REQUIRE_OK(advisor.addJurisdiction({ f.office, {}, {}, { QStringLiteral("处级") } }));
    QF_REQUIRE_OK(advisor.addCapability(wang, f.lower, {}));
    QF_REQUIRE_OK(advisor.addCapability(li, f.lower, {}));
    QF_REQUIRE_OK(advisor.addCapability(zhou, f.office, {}));
    // Wang is related to the unit reported on.
    QF_REQUIRE_OK(advisor.addRecusal(wang, QStringLiteral("城关镇政府"), {}, QStringLiteral("近亲属在该单位")));

    const QString id = f.addReport({}, QStringLiteral("城关镇政府"));
    auto proposals = advisor.propose(id);
    QF_REQUIRE_OK(proposals);
    REQUIRE(proposals->size() == 1); // the county office does not manage 科级 cadres; Wang is recused
    CHECK(proposals->first().orgId == f.lower);
    CHECK(proposals->first().handlerId == li);
    CHECK(proposals->first().reasons.join(QLatin1Char(';')).contains(QStringLiteral("城关镇政府")));
    CHECK(proposals->first().reasons.join(QLatin1Char(';')).contains(QStringLiteral("not recused")));

    f.toDecided(id);
    auto recused = advisor.dispatch(id, Transition::AssignDown, f.lower, wang, QStringLiteral("熟悉情况"), f.officer);
    REQUIRE_FALSE(recused.ok());
    CHECK(recused.error().contains(QStringLiteral("recused")));
    auto noReason = advisor.dispatch(id, Transition::AssignDown, f.office, zhou, {}, f.officer);
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().contains(QStringLiteral("reason")));
    CHECK(f.reports->get(id)->state == CaseState::Decided);

    QF_REQUIRE_OK(advisor.dispatch(id, Transition::AssignDown, f.office, zhou, QStringLiteral("案情复杂，县级直办"),
                                   f.officer, { { QStringLiteral("supervised"), true } }));
    auto r = f.reports->get(id);
    CHECK(r->state == CaseState::Dispatched);
    CHECK(r->handlerId == zhou);
    CHECK(r->supervised);
    QSqlQuery q(f.session->database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT payload FROM events WHERE kind = 'assign_down'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString().contains(QStringLiteral("案情复杂，县级直办")));
}

TEST_CASE("dispatch: load ranks officers and following the proposal needs no reason", "[cases][dispatch]")
{
    test::CaseFixture f;
    DispatchAdvisor advisor(*f.reports, *f.machine);
    const QString busy = f.addUser(QStringLiteral("busy"), QStringLiteral("case_officer"), f.lower);
    const QString free = f.addUser(QStringLiteral("free"), QStringLiteral("case_officer"), f.lower);
    QF_REQUIRE_OK(advisor.addJurisdiction({ f.lower, {}, QStringLiteral("城关镇"), {} }));
    QF_REQUIRE_OK(advisor.addCapability(busy, f.lower, {}));
    QF_REQUIRE_OK(advisor.addCapability(free, f.lower, {}));

    auto make = [&] {
        const QString id = f.addReport();
        QF_REQUIRE_OK(f.reports->setField(id, QStringLiteral("region"), QStringLiteral("城关镇")));
        return id;
    };
    const QString first = make();
    f.toDecided(first);
    f.move(first, Transition::AssignDown, { { QStringLiteral("target_org"), f.lower }, { QStringLiteral("handler"), busy } });

    const QString second = make();
    auto proposals = advisor.propose(second);
    QF_REQUIRE_OK(proposals);
    REQUIRE(proposals->size() == 2);
    CHECK(proposals->at(0).handlerId == free);
    CHECK(proposals->at(1).handlerId == busy);
    CHECK(proposals->at(1).reasons.join(QLatin1Char(';')).contains(QStringLiteral("1 open case")));
    f.toDecided(second);
    QF_REQUIRE_OK(advisor.dispatch(second, Transition::Transfer, f.lower, free, {}, f.officer));
    CHECK(f.eventCount(second, QStringLiteral("case_management_notified")) == 1);
}

// qingfeng-cli stats, stats warnings, stats flags.
#include "tests/analysis/AnalysisFixture.h"

#include "models/ReportStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace qf;
using namespace qf::test;

namespace {

QJsonArray jsonOf(const ProcessResult& r)
{
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &e);
    INFO(e.errorString().toStdString() << "\n" << r.out.toStdString());
    REQUIRE(doc.isArray());
    return doc.array();
}

} // namespace

TEST_CASE("stats --by channel --json gives one object per group with the counts made from the data")
{
    AnalysisFixture fx;
    fx.plantRandom(200, 21, QDate(2025, 9, 1), QDate(2026, 12, 31));
    // A real-name report whose reporter must never appear.
    ReportDraft d;
    d.channel = QStringLiteral("visit");
    d.receivedAt = QDateTime(QDate(2026, 11, 5), QTime(9, 0), QTimeZone(8 * 3600));
    d.what = QStringLiteral("违规发放补贴");
    d.content = QStringLiteral("反映某单位违规发放补贴问题。");
    d.reporter = PersonIdentity { QStringLiteral("张小三"), QStringLiteral("11010519491231002X"),
                                  QStringLiteral("13800138000"), {}, {}, {} };
    auto added = fx.session->reports().add(d);
    QF_REQUIRE_OK(added);
    Planted visit;
    visit.id = added->id;
    visit.channel = QStringLiteral("visit");
    visit.receivedUtc = d.receivedAt.toUTC();
    visit.anonymous = false;
    fx.planted << visit;

    AnalysisQuery q;
    q.period = AnalysisPeriod::quarter(2026, 4);
    q.includeRestricted = true; // the administrator sees them
    QHash<QString, qint64> expected;
    for (const Planted& p : fx.counted(q, q.period))
        ++expected[p.channel];
    QHash<QString, qint64> previous;
    for (const Planted& p : fx.counted(q, q.period.previous()))
        ++previous[p.channel];
    QHash<QString, qint64> earlier;
    for (const Planted& p : fx.counted(q, q.period.yearEarlier()))
        ++earlier[p.channel];

    const ProcessResult r = runCli(fx.dbPath, { QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2026-10-01"),
                                                QStringLiteral("--to"), QStringLiteral("2026-12-31"), QStringLiteral("--by"),
                                                QStringLiteral("channel"), QStringLiteral("--json") });
    const QJsonArray rows = jsonOf(r);
    QHash<QString, qint64> got;
    for (const QJsonValue& v : rows) {
        const QJsonObject o = v.toObject();
        CHECK(o.value(QStringLiteral("by")).toString() == QStringLiteral("channel"));
        const QString key = o.value(QStringLiteral("key")).toString();
        got.insert(key, o.value(QStringLiteral("count")).toInteger());
        CHECK(o.value(QStringLiteral("previous")).toInteger() == previous.value(key));
        CHECK(o.value(QStringLiteral("year_earlier")).toInteger() == earlier.value(key));
    }
    CHECK(got == expected);
    CHECK_FALSE(r.out.contains(QStringLiteral("张小三")));
    CHECK_FALSE(r.out.contains(QStringLiteral("13800138000")));

    // All groupings, as text, and a scope.
    const ProcessResult all = runCli(fx.dbPath, { QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2026-10-01"),
                                                  QStringLiteral("--to"), QStringLiteral("2026-12-31"),
                                                  QStringLiteral("--scope"), QStringLiteral("A-TOWNA") });
    INFO(all.err.toStdString());
    REQUIRE(all.exitCode == 0);
    q.scope = { AnalysisScope::Kind::HandlingOffice, fx.townA, {} };
    CHECK(all.out.contains(QStringLiteral("received: %1\t").arg(fx.counted(q, q.period).size())));
    CHECK(all.out.contains(QStringLiteral("== unit")));
    CHECK_FALSE(all.out.contains(QStringLiteral("张小三")));
}

TEST_CASE("stats refuses bad input with a clear message")
{
    AnalysisFixture fx;
    auto bad = runCli(fx.dbPath, { QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2026-10-01"),
                                   QStringLiteral("--to"), QStringLiteral("2026-12-31"), QStringLiteral("--by"), QStringLiteral("colour") });
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("--by")));
    bad = runCli(fx.dbPath, { QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2026-12-31"),
                              QStringLiteral("--to"), QStringLiteral("2026-10-01") });
    CHECK(bad.exitCode == 2);
    bad = runCli(fx.dbPath, { QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2026-10-01"),
                              QStringLiteral("--to"), QStringLiteral("2026-12-31"), QStringLiteral("--scope"), QStringLiteral("NOSUCH") });
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("NOSUCH")));
    bad = runCli(fx.dbPath, { QStringLiteral("stats"), QStringLiteral("flags"), QStringLiteral("--quarter"), QStringLiteral("2026Q7") });
    CHECK(bad.exitCode == 2);
    bad = runCli(fx.dbPath, { QStringLiteral("stats"), QStringLiteral("warnings"), QStringLiteral("--month"), QStringLiteral("2026") });
    CHECK(bad.exitCode == 2);
}

TEST_CASE("stats warnings and stats flags print the warning with its rule and the flags with the formula")
{
    AnalysisFixture fx;
    for (int m = 1; m <= 7; ++m) {
        const int n = m == 7 ? 12 : 3 + m % 2;
        for (int i = 0; i < n; ++i) {
            Planted p;
            p.receivedUtc = QDateTime(QDate(2026, m, 1 + i), QTime(10, 0), QTimeZone(8 * 3600)).toUTC();
            p.categoryId = fx.catB1;
            p.office = fx.townB;
            p.status = QStringLiteral("dispatched");
            p.dispatchedAt = p.receivedUtc.addDays(1).toString(Qt::ISODateWithMs);
            fx.add(p);
        }
    }
    const QJsonArray w = jsonOf(runCli(fx.dbPath, { QStringLiteral("stats"), QStringLiteral("warnings"), QStringLiteral("--month"),
                                                    QStringLiteral("2026-07"), QStringLiteral("--json") }));
    REQUIRE(w.size() == 1);
    const QJsonObject one = w.first().toObject();
    CHECK(one.value(QStringLiteral("key")).toString() == fx.catB1);
    CHECK(one.value(QStringLiteral("count")).toInteger() == 12);
    CHECK(one.value(QStringLiteral("mean")).toDouble() == Approx(3.5));
    CHECK(one.value(QStringLiteral("history")).toArray().size() == 6);
    CHECK(one.value(QStringLiteral("rule")).toString().contains(QStringLiteral("6")));

    const QJsonArray f = jsonOf(runCli(fx.dbPath, { QStringLiteral("stats"), QStringLiteral("flags"), QStringLiteral("--quarter"),
                                                    QStringLiteral("2026Q3"), QStringLiteral("--json") }));
    REQUIRE(f.size() == 1);
    const QJsonObject town = f.first().toObject();
    CHECK(town.value(QStringLiteral("office")).toString() == QStringLiteral("河西镇纪委"));
    CHECK(town.value(QStringLiteral("flag")).toString() == QStringLiteral("red")); // nothing taken up
    CHECK(town.value(QStringLiteral("accountability")).toBool());
    CHECK(town.value(QStringLiteral("history")).toArray().size() == 2); // Q1 and Q2 had a workload too
    const ProcessResult text = runCli(fx.dbPath, { QStringLiteral("stats"), QStringLiteral("flags"), QStringLiteral("--quarter"),
                                                   QStringLiteral("2026Q3") });
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("formula: ")));
    CHECK(text.out.contains(QStringLiteral("accountability")));
}

// Topic analyses (专题分析): a saved selection of categories, words of the text, regions and
// units, counted against the test's own record of what it planted.
#include "tests/analysis/AnalysisFixture.h"

#include "models/AnalysisReport.h"
#include "models/AnalysisTopics.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

using namespace qf;
using namespace qf::test;

namespace {

// About n reports, a third of them about the village's collective funds (in their text).
void plantWithText(AnalysisFixture& fx, int n, quint32 seed)
{
    fx.plantRandom(n, seed, QDate(2026, 1, 1), QDate(2026, 12, 31));
    // The text is not random in plantRandom: set it on every third report afterwards.
    QRandomGenerator rng(seed);
    for (Planted& p : fx.planted) {
        if (p.deleted || rng.bounded(3) != 0)
            continue;
        p.content = QStringLiteral("反映村干部挪用村集体资金修路款");
        QF_REQUIRE_OK(fx.session->writer().apply(
            Change::update(QStringLiteral("reports"), p.id, { { QStringLiteral("content"), p.content } })));
    }
}

bool inSubtree(const AnalysisFixture& fx, QString category, const QString& top)
{
    for (; !category.isEmpty(); category = fx.categoryParent.value(category))
        if (category == top)
            return true;
    return false;
}

} // namespace

TEST_CASE("A topic counts exactly the reports of its categories, words, regions and units, and drills down to them")
{
    AnalysisFixture fx;
    plantWithText(fx, 360, 21);
    auto a = fx.analysis();
    AnalysisTopic topic;
    topic.name = QStringLiteral("村级三资");
    topic.categoryIds = { fx.catA };
    topic.keywords = QStringLiteral("村集体资金");
    topic.regions = { QStringLiteral("城关镇"), QStringLiteral("东村") };
    topic.units = { QStringLiteral("东村村委会"), QStringLiteral("县住建局") };
    AnalysisQuery base;
    base.period = AnalysisPeriod::of(QDate(2026, 1, 1), QDate(2026, 12, 31));
    base.includeRestricted = true;

    // Each restriction alone and all of them together.
    struct Case
    {
        const char* what;
        AnalysisTopic t;
        std::function<bool(const Planted&)> keep;
    };
    auto only = [&](auto change) {
        AnalysisTopic t;
        t.name = QStringLiteral("t");
        change(t);
        return t;
    };
    const auto category = [&](const Planted& p) { return inSubtree(fx, p.categoryId, fx.catA); };
    const auto words = [](const Planted& p) { return p.content.contains(QStringLiteral("村集体资金")); };
    const auto region = [&](const Planted& p) { return topic.regions.contains(p.region); };
    const auto unit = [&](const Planted& p) {
        for (const QString& u : p.units)
            if (topic.units.contains(u))
                return true;
        return false;
    };
    const QList<Case> cases {
        { "categories", only([&](AnalysisTopic& t) { t.categoryIds = topic.categoryIds; }), category },
        { "words", only([&](AnalysisTopic& t) { t.keywords = topic.keywords; }), words },
        { "regions", only([&](AnalysisTopic& t) { t.regions = topic.regions; }), region },
        { "units", only([&](AnalysisTopic& t) { t.units = topic.units; }), unit },
        { "all together", topic, [&](const Planted& p) { return category(p) && words(p) && region(p) && unit(p); } },
    };
    for (const Case& c : cases) {
        INFO(c.what);
        const AnalysisQuery q = c.t.applyTo(base);
        QSet<QString> expected;
        QHash<QString, qint64> byChannel;
        for (const Planted& p : fx.counted(q, q.period))
            if (c.keep(p)) {
                expected << p.id;
                ++byChannel[p.channel];
            }
        REQUIRE(!expected.isEmpty());
        auto fig = a->figures(q);
        QF_REQUIRE_OK(fig);
        CHECK(fig->received == expected.size());
        QHash<QString, qint64> got;
        for (const AnalysisCell& cell : fig->cells(Dimension::Channel))
            got.insert(cell.key, cell.count);
        CHECK(got == byChannel);
        // The list behind the topic's total and behind each channel's number.
        CHECK(listedIds(fx, a->baseFilter(q, q.period)) == expected);
        for (const AnalysisCell& cell : fig->cells(Dimension::Channel))
            CHECK(listedIds(fx, a->cellFilter(q, q.period, Dimension::Channel, cell.key)).size() == cell.count);
        // The case-work figures and the list of an export count the same reports.
        auto list = a->list(q);
        QF_REQUIRE_OK(list);
        CHECK(list->size() == expected.size());
    }
}

TEST_CASE("Topics are kept by name for the office: a name and a restriction are needed, a name is used once")
{
    AnalysisFixture fx;
    AnalysisTopics topics(fx.session->writer());
    AnalysisTopic t;
    t.name = QStringLiteral("  扶贫领域  ");
    auto refused = topics.save(t);
    REQUIRE(!refused);
    CHECK(refused.error().contains(QStringLiteral("at least one")));
    t.categoryIds = { fx.catB };
    t.keywords = QStringLiteral("  扶贫  资金 ");
    t.units = { QStringLiteral("县扶贫办"), QStringLiteral(" 县扶贫办 "), QString() };
    auto id = topics.save(t);
    QF_REQUIRE_OK(id);
    auto found = topics.find(QStringLiteral("扶贫领域"));
    QF_REQUIRE_OK(found);
    CHECK(found->id == *id);
    CHECK(found->name == QStringLiteral("扶贫领域"));
    CHECK(found->keywords == QStringLiteral("扶贫 资金"));
    CHECK(found->units == QStringList { QStringLiteral("县扶贫办") });
    CHECK(found->categoryIds == QStringList { fx.catB });
    CHECK(found->createdBy == fx.session->writer().author());

    AnalysisTopic twin;
    twin.name = QStringLiteral("扶贫领域");
    twin.regions = { QStringLiteral("东村") };
    auto dup = topics.save(twin);
    REQUIRE(!dup);
    CHECK(dup.error().contains(QStringLiteral("already")));
    AnalysisTopic badPeriod = twin;
    badPeriod.name = QStringLiteral("另一个");
    badPeriod.from = QDate(2026, 5, 1);
    badPeriod.to = QDate(2026, 4, 1);
    CHECK(!topics.save(badPeriod));

    // Changed in place (same id), then removed.
    found->regions = { QStringLiteral("河西镇") };
    found->from = QDate(2026, 1, 1);
    found->to = QDate(2026, 6, 30);
    auto same = topics.save(*found);
    QF_REQUIRE_OK(same);
    CHECK(*same == *id);
    auto again = topics.find(*id);
    QF_REQUIRE_OK(again);
    CHECK(again->regions == QStringList { QStringLiteral("河西镇") });
    CHECK(again->to == QDate(2026, 6, 30));
    auto all = topics.list();
    QF_REQUIRE_OK(all);
    CHECK(all->size() == 1);
    QF_REQUIRE_OK(topics.remove(*id));
    all = topics.list();
    QF_REQUIRE_OK(all);
    CHECK(all->isEmpty());
    // Written through the one write path: the changes wait in the outbox for the sync.
    QSqlQuery q(fx.session->database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = 'analysis_topics'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 3);
}

TEST_CASE("A topic's document names the topic and what it covers")
{
    AnalysisFixture fx;
    plantWithText(fx, 120, 5);
    auto a = fx.analysis();
    AnalysisTopic t;
    t.name = QStringLiteral("村级三资");
    t.keywords = QStringLiteral("村集体资金");
    t.regions = { QStringLiteral("城关镇") };
    AnalysisQuery q;
    q.period = AnalysisPeriod::quarter(2026, 2);
    q = t.applyTo(q);
    auto report = AnalysisReport::build(*a, AnalysisReport::Kind::Topic, q, false, QStringLiteral("某县纪委监委"),
                                        QStringLiteral("test"), QDate(2026, 7, 1));
    QF_REQUIRE_OK(report);
    CHECK(report->title.contains(QStringLiteral("村级三资")));
    CHECK(report->filterText.contains(QStringLiteral("村集体资金")));
    CHECK(report->filterText.contains(QStringLiteral("城关镇")));
}

TEST_CASE("qingfeng-cli lists the office's topics, counts one and exports its document")
{
    AnalysisFixture fx;
    plantWithText(fx, 150, 9);
    AnalysisTopic t;
    t.name = QStringLiteral("村级三资");
    t.keywords = QStringLiteral("村集体资金");
    t.from = QDate(2026, 1, 1);
    t.to = QDate(2026, 6, 30);
    QF_REQUIRE_OK(AnalysisTopics(fx.session->writer()).save(t));
    AnalysisQuery q;
    q.includeRestricted = true; // the administrator sees them
    q.period = AnalysisPeriod::of(t.from, t.to);
    QHash<QString, qint64> expected;
    for (const Planted& p : fx.counted(q, q.period))
        if (p.content.contains(t.keywords))
            ++expected[p.channel];
    REQUIRE(!expected.isEmpty());

    const ProcessResult list = runCli(fx.dbPath, { QStringLiteral("stats"), QStringLiteral("topics"), QStringLiteral("--json") });
    INFO(list.err.toStdString());
    REQUIRE(list.exitCode == 0);
    const QJsonArray topics = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(topics.size() == 1);
    CHECK(topics.at(0).toObject().value(QStringLiteral("name")).toString() == t.name);
    CHECK(topics.at(0).toObject().value(QStringLiteral("keywords")).toString() == t.keywords);

    const ProcessResult counted = runCli(fx.dbPath, { QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                                                      QStringLiteral("--to"), QStringLiteral("2026-06-30"), QStringLiteral("--by"),
                                                      QStringLiteral("channel"), QStringLiteral("--topic"), t.name,
                                                      QStringLiteral("--json") });
    INFO(counted.err.toStdString());
    REQUIRE(counted.exitCode == 0);
    QHash<QString, qint64> got;
    for (const QJsonValue& v : QJsonDocument::fromJson(counted.out.toUtf8()).array())
        got.insert(v.toObject().value(QStringLiteral("key")).toString(), v.toObject().value(QStringLiteral("count")).toInteger());
    CHECK(got == expected);

    // The document, read for the topic's own period (no period given).
    const QString out = fx.dir.path(QStringLiteral("topic.xlsx"));
    const ProcessResult written = runCli(fx.dbPath, { QStringLiteral("stats"), QStringLiteral("export"), QStringLiteral("--kind"),
                                                      QStringLiteral("topic"), QStringLiteral("--topic"), t.name,
                                                      QStringLiteral("--out"), out });
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(QFileInfo(out).size() > 0);
    const ProcessResult unknown = runCli(fx.dbPath, { QStringLiteral("stats"), QStringLiteral("export"), QStringLiteral("--kind"),
                                                      QStringLiteral("topic"), QStringLiteral("--topic"), QStringLiteral("没有的专题"),
                                                      QStringLiteral("--out"), out });
    CHECK(unknown.exitCode != 0);
    CHECK(unknown.err.contains(QStringLiteral("没有的专题")));
}

TEST_CASE("Counting a document tells each part before it is counted, and stops when told to")
{
    AnalysisFixture fx;
    fx.plantRandom(80, 3, QDate(2026, 4, 1), QDate(2026, 9, 30));
    auto a = fx.analysis();
    AnalysisQuery q;
    q.period = AnalysisPeriod::quarter(2026, 3);
    QList<int> seen;
    QStringList said;
    auto whole = AnalysisReport::build(*a, AnalysisReport::Kind::Quarterly, q, false, QStringLiteral("某县纪委监委"),
                                       QStringLiteral("test"), QDate(2026, 10, 8), [&](int part, int parts, const QString& what) {
                                           seen << part;
                                           CHECK(parts == 4); // the comparison, the case work, the warnings, the flags
                                           said << what;
                                           return true;
                                       });
    QF_REQUIRE_OK(whole);
    CHECK(seen == QList<int> { 0, 1, 2, 3 });
    CHECK(said.size() == QSet<QString>(said.begin(), said.end()).size());
    // Stopped before the warnings: no document, and it says it was cancelled.
    int asked = 0;
    auto stopped = AnalysisReport::build(*a, AnalysisReport::Kind::Quarterly, q, false, QStringLiteral("某县纪委监委"),
                                         QStringLiteral("test"), QDate(2026, 10, 8), [&](int part, int, const QString&) {
                                             ++asked;
                                             return part < 2;
                                         });
    REQUIRE(!stopped);
    CHECK(asked == 3);
    CHECK(stopped.failure().code == ErrorCode::Refused);
}

// The repeat check in a crowd: hundreds of reports written from the same boilerplate, some
// clearly copies, many right around the similarity threshold. Every report whose exact
// similarity reaches the threshold must be proposed, and what is proposed must really be
// that similar, although only a bounded number of texts is read per look-up.
#include "models/DuplicateIndex.h"
#include "models/MinHash.h"
#include "models/ReportStore.h"
#include "models/Session.h"
#include "tests/support/TestSupport.h"

#include <QHash>
#include <QRandomGenerator>

using namespace qf;

namespace {

const QString kBase = QStringLiteral(
    "反映某县住房和城乡建设局工程科科长利用负责项目验收的职务便利，多次接受施工单位负责人宴请和礼金，"
    "在老旧小区改造项目中降低验收标准，放任施工方偷工减料，致使多栋楼房外墙脱落、屋顶漏水，"
    "居民多次投诉无果，请求纪检监察机关调查核实并依规依纪严肃处理。");

QString variant(QRandomGenerator& rng, int edits)
{
    QString text = kBase;
    for (int i = 0; i < edits; ++i)
        text[int(rng.bounded(text.size()))] = QChar(char16_t(0x4E00 + rng.bounded(3000)));
    return text;
}

} // namespace

TEST_CASE("repeats: in a crowd of near-identical reports every true repeat is proposed", "[cases][repeats]")
{
    test::Scratch dir;
    auto session = test::openSession(dir.path(QStringLiteral("crowd.sqlite")));
    ReportStore& reports = session->reports();
    DuplicateIndex& index = session->duplicates();
    constexpr double threshold = 0.6;

    // 400 copies of one letter with 0 to 24 characters changed: similarities from 1.0 down to
    // about 0.3, a few dozen of them within the sketches' error of the threshold.
    QRandomGenerator rng(20261122);
    const QString query = variant(rng, 3);
    const MinHash::Shingles queryShingles = MinHash::shingles(query);
    QHash<QString, double> exact;
    for (int i = 0; i < 400; ++i) {
        ReportDraft d;
        d.channel = QStringLiteral("letter");
        d.content = variant(rng, int(rng.bounded(25)));
        auto r = reports.add(d);
        QF_REQUIRE_OK(r);
        exact.insert(r->id, MinHash::jaccard(queryShingles, MinHash::shingles(d.content)));
    }
    int trulySimilar = 0, nearThreshold = 0;
    for (const double j : std::as_const(exact)) {
        trulySimilar += j >= threshold ? 1 : 0;
        nearThreshold += std::abs(j - threshold) < 0.1 ? 1 : 0;
    }
    REQUIRE(trulySimilar > 100);
    REQUIRE(nearThreshold > 40); // more than a small budget could read

    DuplicateIndex::FindStats stats;
    auto found = index.find(query, threshold, {}, 1000, &stats);
    QF_REQUIRE_OK(found);
    int hits = 0, wrong = 0;
    for (const SimilarReport& r : std::as_const(*found)) {
        const double j = exact.value(r.reportId, -1);
        REQUIRE(j >= 0);
        if (j >= threshold)
            ++hits;
        else
            ++wrong;
        if (!r.estimated)
            CHECK(r.similarity == Approx(j)); // read and compared on its text
        else
            CHECK(std::abs(r.similarity - j) < 0.15); // taken on the sketch: within a few points
    }
    INFO("truly similar " << trulySimilar << ", found " << hits << ", not similar enough " << wrong << ", verified "
                          << stats.verified << " of " << stats.close << " close");
    CHECK(stats.verified <= stats.close);
    CHECK(double(hits) / trulySimilar >= 0.97);
    CHECK(double(wrong) / found->size() <= 0.03);

    // With a budget far smaller than the uncertain crowd the estimate decides for the rest:
    // fewer texts are read and the recall drops, but nothing unrelated is proposed.
    index.setVerifyBudget(8);
    auto cheap = index.find(query, threshold, {}, 1000, &stats);
    QF_REQUIRE_OK(cheap);
    CHECK(stats.verified == 8);
    for (const SimilarReport& r : std::as_const(*cheap))
        CHECK(exact.value(r.reportId) >= threshold - 0.15);
}

TEST_CASE("repeats: two names differing only in characters beyond the Basic Multilingual Plane are not the same",
          "[cases][repeats]")
{
    // 𠮷 (U+20BB7) and 𡈽 (U+2123D) were dropped from the shingles: these texts counted as identical.
    test::Scratch dir;
    auto session = test::openSession(dir.path(QStringLiteral("wide.sqlite")));
    ReportDraft d;
    d.channel = QStringLiteral("letter");
    d.content = QStringLiteral("𠮷𡈽");
    auto stored = session->reports().add(d);
    QF_REQUIRE_OK(stored);
    auto found = session->duplicates().find(QStringLiteral("𡈽𠮷"), 0.6);
    QF_REQUIRE_OK(found);
    CHECK(found->isEmpty());
    found = session->duplicates().find(QStringLiteral("𠮷𡈽"), 0.6);
    QF_REQUIRE_OK(found);
    REQUIRE(found->size() == 1);
    CHECK(found->first().reportId == stored->id);
}

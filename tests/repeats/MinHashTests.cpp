// Shingles and MinHash signatures: the properties the near-duplicate check relies on.
#include "models/MinHash.h"
#include "tests/support/TestSupport.h"

using namespace qf;

TEST_CASE("minhash: identical texts are 1.0 - disjoint texts about 0", "[cases][repeats]")
{
    const QString a = QStringLiteral("反映城关镇财政所所长王某违规发放津贴补贴，金额约十二万元。");
    const auto sa = MinHash::shingles(a);
    CHECK(MinHash::jaccard(sa, sa) == 1.0);
    CHECK(MinHash::estimate(MinHash::signature(sa), MinHash::signature(sa)) == 1.0);

    const QString b = QStringLiteral("举报某村委会主任李某在低保评定中优亲厚友，请求调查处理！");
    const auto sb = MinHash::shingles(b);
    CHECK(MinHash::jaccard(sa, sb) == 0.0);
    CHECK(MinHash::estimate(MinHash::signature(sa), MinHash::signature(sb)) < 0.1);
}

TEST_CASE("minhash: punctuation - white space and full-width forms do not count", "[cases][repeats]")
{
    const QString a = QStringLiteral("王某2024年收受ABC公司红包，共计5000元。");
    const QString b = QStringLiteral("王某 ２０２４年收受ａｂｃ公司红包;共计５０００元");
    CHECK(MinHash::normalize(a) == MinHash::normalize(b));
    CHECK(MinHash::jaccard(MinHash::shingles(a), MinHash::shingles(b)) == 1.0);
}

TEST_CASE("minhash: a few edits keep the estimate close to the exact similarity", "[cases][repeats]")
{
    const QString a = QStringLiteral("反映城关镇财政所所长王某长期违规发放津贴补贴，并利用职务便利为亲属承揽工程提供帮助，"
                                     "群众反映强烈，请求组织调查处理。");
    QString b = a;
    b.replace(QStringLiteral("亲属"), QStringLiteral("亲戚"));
    b.remove(QStringLiteral("长期"));
    const double exact = MinHash::jaccard(MinHash::shingles(a), MinHash::shingles(b));
    const double estimate = MinHash::estimate(MinHash::signature(MinHash::shingles(a)), MinHash::signature(MinHash::shingles(b)));
    CHECK(exact > 0.7);
    CHECK(exact < 1.0);
    CHECK(std::abs(estimate - exact) < 0.2);

    MinHash::Signature back {};
    const auto sig = MinHash::signature(MinHash::shingles(a));
    REQUIRE(MinHash::fromBlob(MinHash::toBlob(sig), &back));
    CHECK(back == sig);
    CHECK(MinHash::bandKeys(sig) == MinHash::bandKeys(back));
    CHECK(MinHash::shingles(QStringLiteral("。，")).empty());
    CHECK(MinHash::shingles(QStringLiteral("王某")).size() == 1);
}

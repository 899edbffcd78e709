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

TEST_CASE("minhash: characters beyond the Basic Multilingual Plane count - texts differing only in them differ",
          "[cases][repeats]")
{
    // 𠮷 (U+20BB7) and 𡈽 (U+2123D): CJK Extension B, two UTF-16 units each.
    const QString a = QStringLiteral("𠮷𡈽");
    const QString b = QStringLiteral("𡈽𠮷");
    CHECK(MinHash::normalize(a) == a);
    CHECK(MinHash::normalize(QStringLiteral("𠮷，𡈽。")) == a);
    CHECK_FALSE(MinHash::shingles(a).empty());
    CHECK(MinHash::jaccard(MinHash::shingles(a), MinHash::shingles(b)) == 0.0);

    const QString x = QStringLiteral("反映𠮷家村村主任侵占集体土地");
    const QString y = QStringLiteral("反映𡈽家村村主任侵占集体土地");
    const QString z = QStringLiteral("反映家村村主任侵占集体土地");
    CHECK(MinHash::jaccard(MinHash::shingles(x), MinHash::shingles(y)) < 1.0);
    CHECK(MinHash::jaccard(MinHash::shingles(x), MinHash::shingles(z)) < 1.0);
    CHECK(MinHash::jaccard(MinHash::shingles(x), MinHash::shingles(x)) == 1.0);
    // Texts of the Basic Multilingual Plane only are shingled as before (sketches already
    // stored keep their meaning): three characters, 16 bits each, the length on top.
    const auto plain = MinHash::shingles(QStringLiteral("王某甲"));
    REQUIRE(plain.size() == 1);
    CHECK(plain[0] == (quint64(3) << 60 | quint64(0x738B) | quint64(0x67D0) << 16 | quint64(0x7532) << 32));
}

#include "models/IdentityMasker.h"
#include "tests/meeting/MeetingFixture.h"
#include "models/PersonStore.h"

#include <QSqlQuery>

using namespace qf;
using namespace qf::test;

namespace {

IdentityMasker zhangSan()
{
    IdentityMasker m;
    m.addIdentity(PersonIdentity { QStringLiteral("张三"), QStringLiteral("11010519491231002X"),
        QStringLiteral("13800138000"), {}, {}, {} });
    return m;
}

} // namespace

TEST_CASE("masking: known names are hidden even when split by spaces or written in full-width characters")
{
    const IdentityMasker m = zhangSan();
    const QString out
        = m.mask(QStringLiteral("举报人张 三反映，张\u3000三说；另有张\u200B三和 张-三。王某是站长。"));
    CHECK_FALSE(out.contains(QStringLiteral("张")));
    CHECK(out.contains(QStringLiteral("王某是站长")));
    CHECK(out.count(IdentityMasker::maskText()) == 4);

    IdentityMasker latin;
    latin.addKnown(QStringLiteral("Li Lei"));
    const QString l = latin.mask(QStringLiteral("reporter ＬＩ ｌｅｉ called; L i-L e i again"));
    CHECK_FALSE(l.contains(QStringLiteral("ＬＩ")));
    CHECK_FALSE(l.contains(QStringLiteral("L i-L")));
    CHECK(l.startsWith(QStringLiteral("reporter ")));
}

TEST_CASE("masking: ID numbers with X - full-width digits - spaces and dashes - and 15-digit ones")
{
    const IdentityMasker none;
    const QStringList hostile = {
        QStringLiteral("身份证11010519491231002X"),
        QStringLiteral("身份证 110105 19491231 002x"),
        QStringLiteral("身份证１１０１０５１９４９１２３１００２Ｘ"),
        QStringLiteral("身份证 4401-0619-8001-0112-34"),
        QStringLiteral("旧证号 110105491231002"),
    };
    for (const QString& text : hostile) {
        INFO(text.toStdString());
        const QString out = none.mask(text);
        CHECK(out.contains(IdentityMasker::maskText()));
        CHECK_FALSE(out.contains(QStringLiteral("1231")));
        CHECK_FALSE(out.contains(QStringLiteral("１２３１")));
        CHECK_FALSE(out.contains(QStringLiteral("0112")));
    }
    // Amounts and dates stay.
    CHECK(none.mask(QStringLiteral("2023年5月挪用资金120000元"))
        == QStringLiteral("2023年5月挪用资金120000元"));
}

TEST_CASE("masking: mobile numbers with +86 - dashes and spaces - landlines with area codes")
{
    const IdentityMasker none;
    const QStringList hostile = {
        QStringLiteral("电话138-0013-8000"),
        QStringLiteral("电话+86 139 1234 5678"),
        QStringLiteral("电话＋８６－１５９－１２３４－５６７８"),
        QStringLiteral("电话0931-8123456"),
        QStringLiteral("电话(010) 6512 3456"),
        QStringLiteral("电话0 9 3 1 8 1 2 3 4 5 6"),
    };
    for (const QString& text : hostile) {
        INFO(text.toStdString());
        const QString out = none.mask(text);
        CHECK(out.trimmed() == QStringLiteral("电话") + IdentityMasker::maskText());
    }
    // A known phone number written differently.
    const IdentityMasker m = zhangSan();
    CHECK_FALSE(m.mask(QStringLiteral("联系 138 0013 8000 或 １３８００１３８０００"))
                    .contains(QStringLiteral("8000")));
}

TEST_CASE("masking: a case's reporter is revealed for masking with the purpose recorded in the audit log")
{
    MeetingFixture f;
    const QString id = f.awaitingReview(true);
    f.setContent(id,
        QStringLiteral(
            "我是张 "
            "三，身份证１１０１０５１９４９１２３１００２Ｘ，电话138-0013-8000，反映王某违规发放补贴。"));
    IdentityMasker m;
    QF_REQUIRE_OK(m.addReport(f.session->database(), f.session->persons(), id));
    auto report = f.reports->get(id);
    QF_REQUIRE_OK(report);
    const QString out = m.mask(report->content);
    CHECK_FALSE(out.contains(QStringLiteral("张")));
    CHECK_FALSE(out.contains(QStringLiteral("８")));
    CHECK_FALSE(out.contains(QStringLiteral("8000")));
    CHECK(out.contains(QStringLiteral("王某违规发放补贴")));

    QSqlQuery q(f.session->database().connection());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'identity.view' AND detail = 'meeting masking'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}

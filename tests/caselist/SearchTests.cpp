// Full-text search: terms of three and more characters, of one and two, reported persons,
// the index following edits, and never a reporter's identity.
#include "tests/support/TestSupport.h"

#include "models/FollowUpCode.h"
#include "models/RegistrationNumbers.h"
#include "models/ReportRegistrar.h"
#include "models/ReportSearch.h"
#include "models/ReportStore.h"
#include "models/Session.h"

using namespace qf;

namespace {

QStringList numbers(Session& s, const QString& text)
{
    auto hits = ReportSearch(s.database().connection()).search(text, 100);
    REQUIRE(hits.ok());
    QStringList out;
    for (const auto& h : *hits)
        out << h.regNo;
    return out;
}

} // namespace

TEST_CASE("search finds long and short terms - reported persons - never reporters", "[caselist]")
{
    test::Scratch scratch;
    auto session = test::openSession(scratch.path(QStringLiteral("s.sqlite")));
    ReportStore& store = session->reports();

    ReportDraft a;
    a.channel = QStringLiteral("letter");
    a.content = QStringLiteral("反映村集体资金被挪用，村支书收受红包");
    a.subjects << SubjectDraft { QStringLiteral("王建国"), QStringLiteral("青山镇人民政府"), {}, {} };
    a.reporter = PersonIdentity { QStringLiteral("欧阳秘密"), {}, QStringLiteral("13800000000"), {}, {}, {} };
    auto ra = store.add(a);
    QF_REQUIRE_OK(ra);
    ReportDraft b;
    b.channel = QStringLiteral("phone");
    b.content = QStringLiteral("低保户名单造假");
    b.what = QStringLiteral("公车私用");
    auto rb = store.add(b);
    QF_REQUIRE_OK(rb);

    CHECK(numbers(*session, QStringLiteral("村集体")) == QStringList { ra->regNo });
    CHECK(numbers(*session, QStringLiteral("公车私用")) == QStringList { rb->regNo }); // a 八何 field
    CHECK(numbers(*session, QStringLiteral("王建国")) == QStringList { ra->regNo });  // reported person
    CHECK(numbers(*session, QStringLiteral("青山镇")) == QStringList { ra->regNo });  // their unit
    // One and two characters, also at the very end of the text.
    CHECK(numbers(*session, QStringLiteral("低保")) == QStringList { rb->regNo });
    CHECK(numbers(*session, QStringLiteral("红包")) == QStringList { ra->regNo });
    CHECK(numbers(*session, QStringLiteral("假")) == QStringList { rb->regNo });
    CHECK(numbers(*session, QStringLiteral("王")) == QStringList { ra->regNo });
    // Newest first; several terms must all occur.
    CHECK(numbers(*session, QStringLiteral("村 红包")) == QStringList { ra->regNo });
    CHECK(numbers(*session, QStringLiteral("单")).size() == 1);
    // The reporter's name and phone are never searchable.
    CHECK(numbers(*session, QStringLiteral("欧阳秘密")).isEmpty());
    CHECK(numbers(*session, QStringLiteral("欧阳")).isEmpty());
    CHECK(numbers(*session, QStringLiteral("13800000000")).isEmpty());

    // The index follows edits.
    QF_REQUIRE_OK(store.setField(rb->id, QStringLiteral("content"), QStringLiteral("违规发放津贴补贴")));
    CHECK(numbers(*session, QStringLiteral("低保户")).isEmpty());
    CHECK(numbers(*session, QStringLiteral("津贴补贴")) == QStringList { rb->regNo });
    CHECK(numbers(*session, QStringLiteral("津")) == QStringList { rb->regNo });
}

TEST_CASE("qingfeng-cli search prints numbers and exits 1 when nothing matches", "[caselist]")
{
    test::Scratch scratch;
    const QString db = scratch.path(QStringLiteral("c.sqlite"));
    QString regNo;
    {
        auto session = test::openSession(db);
        ReportStore& store = session->reports();
        ReportDraft d;
        d.channel = QStringLiteral("phone");
        d.content = QStringLiteral("局长公车私用");
        auto r = store.add(d);
        QF_REQUIRE_OK(r);
        regNo = r->regNo;
    }
    auto found = test::runProgram(QStringLiteral("qingfeng-cli"), { QStringLiteral("--db"), db, QStringLiteral("search"),
                                                                    QStringLiteral("公车"), QStringLiteral("--limit"), QStringLiteral("5") });
    CHECK(found.exitCode == 0);
    CHECK(found.out.trimmed() == regNo);
    auto none = test::runProgram(QStringLiteral("qingfeng-cli"), { QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("无此内容") });
    CHECK(none.exitCode == 1);
    CHECK(none.out.trimmed().isEmpty());
}

TEST_CASE("search: characters beyond the Basic Multilingual Plane count as one character each", "[caselist]")
{
    // 𠮷 (U+20BB7, CJK Extension B) is two UTF-16 units in a QString, one character to SQLite.
    test::Scratch scratch;
    auto session = test::openSession(scratch.path(QStringLiteral("s.sqlite")));
    ReportStore& store = session->reports();
    ReportDraft a;
    a.channel = QStringLiteral("letter");
    a.content = QStringLiteral("反映𠮷家村村主任侵占集体土地");
    a.subjects << SubjectDraft { QStringLiteral("𠮷祥"), QStringLiteral("𡈽山乡人民政府"), {}, {} };
    auto ra = store.add(a);
    QF_REQUIRE_OK(ra);
    ReportDraft b;
    b.channel = QStringLiteral("letter");
    b.content = QStringLiteral("反映吉家村村主任侵占集体土地");
    auto rb = store.add(b);
    QF_REQUIRE_OK(rb);

    CHECK(numbers(*session, QStringLiteral("𠮷家")) == QStringList { ra->regNo });   // two characters
    CHECK(numbers(*session, QStringLiteral("𠮷")) == QStringList { ra->regNo });     // one
    CHECK(numbers(*session, QStringLiteral("𠮷家村")) == QStringList { ra->regNo }); // three: a trigram
    CHECK(numbers(*session, QStringLiteral("𠮷祥")) == QStringList { ra->regNo });   // a reported person
    CHECK(numbers(*session, QStringLiteral("𡈽山")) == QStringList { ra->regNo });   // their unit
    CHECK(numbers(*session, QStringLiteral("𠮷家 土地")) == QStringList { ra->regNo });
    CHECK(numbers(*session, QStringLiteral("吉家")) == QStringList { rb->regNo });
}

TEST_CASE("search finds a report by its registration number - its last digits - its follow-up code", "[caselist]")
{
    test::Scratch scratch;
    auto session = test::openSession(scratch.path(QStringLiteral("n.sqlite")));
    QStringList regNos;
    QString code;
    for (int i = 0; i < 12; ++i) {
        Registration r;
        r.draft.channel = QStringLiteral("letter");
        r.draft.content = QStringLiteral("反映违规收受礼金问题，第%1件").arg(i);
        r.checkRepeats = false;
        auto done = session->registrar().registerReport(r);
        QF_REQUIRE_OK(done);
        regNos << done->regNo;
        if (i == 10)
            code = done->followUpCode;
    }
    REQUIRE_FALSE(code.isEmpty());
    const QString tenth = regNos[10]; // "YYYY-TTT-000011"
    REQUIRE(RegistrationNumbers::isWellFormed(tenth));

    // The whole number, in any case; its start lists the device's reports.
    CHECK(numbers(*session, tenth) == QStringList { tenth });
    CHECK(numbers(*session, tenth.toLower()) == QStringList { tenth });
    CHECK(numbers(*session, tenth.left(8)).size() == 12);
    // The last digits of the running number: "000011", "011" - not "11" nor "1" alone
    // (those are everywhere in the contents' "第1件").
    CHECK(numbers(*session, tenth.right(6)) == QStringList { tenth });
    CHECK(numbers(*session, tenth.right(3)) == QStringList { tenth });
    CHECK(numbers(*session, QStringLiteral("000999")).isEmpty());
    // The follow-up code, as printed on the receipt or typed without spaces.
    CHECK(numbers(*session, FollowUpCode::grouped(code)) == QStringList { tenth });
    CHECK(numbers(*session, code) == QStringList { tenth });
    // With other words: both must hold.
    CHECK(numbers(*session, tenth.right(6) + QStringLiteral(" 礼金")) == QStringList { tenth });
    CHECK(numbers(*session, tenth.right(6) + QStringLiteral(" 低保")).isEmpty());
    // The case list's query (the search box) finds it the same way.
    auto ids = ReportSearch(session->database().connection()).matchingRowIds(tenth.right(6));
    QF_REQUIRE_OK(ids);
    CHECK(ids->size() == 1);
}

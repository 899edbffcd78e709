// Full-text search: terms of three and more characters, of one and two, reported persons,
// the index following edits, and never a reporter's identity.
#include "tests/support/TestSupport.h"

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

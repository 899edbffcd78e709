// The indexes of a report's text that the write path keeps: the near-duplicate fingerprint
// follows edits of the content (through ReportStore::setField and through any Writer
// update), and one- and two-character searches find exactly the reports that contain the
// term, newest first, on a fresh database and on an upgraded one before and after the
// rebuild of the short-term index.
#include "models/Database.h"
#include "models/DuplicateIndex.h"
#include "models/RepeatDetector.h"
#include "models/ReportSearch.h"
#include "models/ReportStore.h"
#include "models/Session.h"
#include "models/ShortTermIndex.h"
#include "tests/support/TestSupport.h"
#include "models/Writer.h"

#include <QSqlQuery>

#include <random>

using namespace qf;

namespace {

const QString kOriginal = QStringLiteral("反映城关镇财政所所长王某长期违规发放津贴补贴，并利用职务便利为亲属承揽工程提供帮助，"
                                         "涉及金额约十二万元，群众反映强烈，请求组织调查处理。");
const QString kOther = QStringLiteral("举报县交通局副局长李某在道路养护项目招标中收受施工单位财物，并安排其子女在下属公司"
                                      "挂名领取工资，长期不上班，请上级纪委核查。");

struct Office
{
    Office()
    {
        session = test::openSession(dir.path(QStringLiteral("text.sqlite")));
        reports = &session->reports();
        detector = std::make_unique<RepeatDetector>(*reports);
        detector->setThreshold(0.6);
    }
    Result<RegisteredReport> add(const QString& content, const QString& what = {})
    {
        ReportDraft d;
        d.channel = QStringLiteral("letter");
        d.content = content;
        d.what = what;
        return reports->add(d);
    }
    bool proposesByContent(const QString& reportId, const QString& other)
    {
        auto proposals = detector->check(reportId, 50);
        REQUIRE(proposals.ok());
        for (const RepeatProposal& p : *proposals) {
            if (p.reportId == other)
                return p.similarity > 0;
        }
        return false;
    }
    QStringList search(const QString& text)
    {
        auto hits = ReportSearch(session->database().connection()).search(text, 1000);
        REQUIRE(hits.ok());
        QStringList out;
        for (const auto& h : *hits)
            out << h.id;
        return out;
    }

    test::Scratch dir;
    std::unique_ptr<Session> session;
    ReportStore* reports = nullptr; // the session's
    std::unique_ptr<RepeatDetector> detector;
};

} // namespace

TEST_CASE("repeats: editing a report's content refreshes its fingerprint", "[cases][repeats]")
{
    Office office;
    auto original = office.add(kOriginal);
    QF_REQUIRE_OK(original);
    QString copy = kOriginal;
    copy.replace(QStringLiteral("亲属"), QStringLiteral("亲戚"));
    auto repeat = office.add(copy);
    QF_REQUIRE_OK(repeat);
    REQUIRE(office.proposesByContent(repeat->id, original->id));

    // The officer corrects the original's content: it no longer resembles the repeat, and
    // a new letter about the corrected content finds it.
    QF_REQUIRE_OK(office.reports->setField(original->id, QStringLiteral("content"), kOther));
    CHECK_FALSE(office.proposesByContent(repeat->id, original->id));
    QString otherCopy = kOther;
    otherCopy.replace(QStringLiteral("财物"), QStringLiteral("钱物"));
    auto later = office.add(otherCopy);
    QF_REQUIRE_OK(later);
    CHECK(office.proposesByContent(later->id, original->id));
    CHECK_FALSE(office.proposesByContent(later->id, repeat->id));

    // Any update of the content through the write path does the same (here: back again).
    QF_REQUIRE_OK(office.session->writer().apply(
        Change::update(QStringLiteral("reports"), original->id, { { QStringLiteral("content"), kOriginal } })));
    CHECK(office.proposesByContent(repeat->id, original->id));
    CHECK_FALSE(office.proposesByContent(later->id, original->id));

    // Emptied content: the fingerprint is of 何事 then.
    auto brief = office.add(QString(), QStringLiteral("县交通局副局长李某收受施工单位财物并安排子女挂名领取工资"));
    QF_REQUIRE_OK(brief);
    QF_REQUIRE_OK(office.reports->setField(brief->id, QStringLiteral("what"), kOther));
    CHECK(office.proposesByContent(later->id, brief->id));

    // One fingerprint a report, also after the edits; a rebuild gives the same answers.
    auto size = office.detector->index().size();
    QF_REQUIRE_OK(size);
    CHECK(*size == 4);
    auto rebuilt = office.detector->index().rebuild();
    QF_REQUIRE_OK(rebuilt);
    CHECK(*rebuilt == 4);
    CHECK(office.proposesByContent(repeat->id, original->id));
    CHECK(office.proposesByContent(later->id, brief->id));
    CHECK_FALSE(office.proposesByContent(later->id, original->id));
}

TEST_CASE("search: one- and two-character terms find exactly the reports containing them", "[cases][search]")
{
    Office office;
    // Texts over a small alphabet, so that every character and most pairs occur somewhere,
    // some across punctuation (which must not join them) and in upper and lower case.
    const QStringList alphabet = { QStringLiteral("村"), QStringLiteral("贪"), QStringLiteral("低"), QStringLiteral("保"),
                                   QStringLiteral("红"), QStringLiteral("包"), QStringLiteral("，"), QStringLiteral("A"),
                                   QStringLiteral("b"), QStringLiteral("7") };
    std::mt19937 rng(9);
    struct Item
    {
        QString id, content, what;
    };
    QList<Item> items;
    for (int i = 0; i < 60; ++i) {
        auto text = [&](int length) {
            QString t;
            for (int k = 0; k < length; ++k)
                t += alphabet[int(rng() % alphabet.size())];
            return t;
        };
        const QString content = text(2 + int(rng() % 7));
        const QString what = i % 4 == 0 ? text(3) : QString();
        auto r = office.add(content, what);
        QF_REQUIRE_OK(r);
        items.append({ r->id, content, what });
    }
    // Some edits, so the index has to have followed them.
    for (int i = 0; i < items.size(); i += 7) {
        items[i].content = QStringLiteral("保A村");
        QF_REQUIRE_OK(office.reports->setField(items[i].id, QStringLiteral("content"), items[i].content));
    }

    QStringList terms;
    for (const QString& a : alphabet) {
        if (a == QStringLiteral("，"))
            continue;
        terms << a.toLower();
        for (const QString& b : alphabet) {
            if (b != QStringLiteral("，"))
                terms << (a + b).toLower();
        }
    }
    terms << QStringLiteral("a7") << QStringLiteral("A7") << QStringLiteral("B");
    auto expected = [&](const QString& term) {
        QStringList ids;
        for (qsizetype i = items.size() - 1; i >= 0; --i) { // newest first
            if (items[i].content.contains(term, Qt::CaseInsensitive) || items[i].what.contains(term, Qt::CaseInsensitive))
                ids << items[i].id;
        }
        return ids;
    };
    auto checkAll = [&] {
        int nonEmpty = 0;
        for (const QString& term : std::as_const(terms)) {
            INFO("term " << term.toStdString());
            const QStringList want = expected(term);
            nonEmpty += want.isEmpty() ? 0 : 1;
            CHECK(office.search(term) == want);
        }
        CHECK(nonEmpty > 40);
        // Pairs only where the characters are adjacent: 村，贪 does not contain 村贪.
        CHECK(office.search(QStringLiteral("低 保")).size() >= office.search(QStringLiteral("低保")).size());
    };
    REQUIRE(ShortTermIndex::isReady(office.session->database()));
    checkAll();

    // An upgraded database starts without the index: the same answers the slower way,
    // then the same again after the rebuild.
    QSqlQuery q(office.session->database().connection());
    REQUIRE(q.exec(QStringLiteral("DELETE FROM meta WHERE key = 'short_search_ready'")));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO report_grams(report_grams) VALUES ('delete-all')")));
    REQUIRE_FALSE(ShortTermIndex::isReady(office.session->database()));
    checkAll();
    auto rebuilt = ShortTermIndex::rebuild(office.session->database());
    QF_REQUIRE_OK(rebuilt);
    CHECK(*rebuilt == items.size());
    REQUIRE(ShortTermIndex::isReady(office.session->database()));
    checkAll();
}

TEST_CASE("search: short terms follow edits and pages stay newest first", "[cases][search]")
{
    Office office;
    QStringList ids;
    for (int i = 0; i < 30; ++i) {
        auto r = office.add(i % 2 ? QStringLiteral("反映低保户名单造假") : QStringLiteral("反映村干部收受红包"));
        QF_REQUIRE_OK(r);
        ids.prepend(r->id);
    }
    auto page = ReportSearch(office.session->database().connection()).search(QStringLiteral("低保"), 5, 5);
    QF_REQUIRE_OK(page);
    QStringList odd;
    for (const QString& id : std::as_const(ids)) {
        if (office.search(QStringLiteral("低保")).contains(id))
            odd << id;
    }
    REQUIRE(odd.size() == 15);
    QStringList got;
    for (const auto& h : *page)
        got << h.id;
    CHECK(got == odd.mid(5, 5));

    // An edit moves a report from one term to the other; a removed report is not found.
    QF_REQUIRE_OK(office.reports->setField(odd.first(), QStringLiteral("content"), QStringLiteral("反映村干部收受红包")));
    CHECK_FALSE(office.search(QStringLiteral("低保")).contains(odd.first()));
    CHECK(office.search(QStringLiteral("红")).contains(odd.first()));
    CHECK(office.search(QStringLiteral("低")).size() == 14);
    QF_REQUIRE_OK(office.session->writer().apply(Change::remove(QStringLiteral("reports"), odd.last())));
    CHECK(office.search(QStringLiteral("低")).size() == 13);
    CHECK(office.search(QStringLiteral("贪")).isEmpty());

    // Reported persons: names and units, following edits, on their report's place in time.
    ReportDraft d;
    d.channel = QStringLiteral("phone");
    d.content = QStringLiteral("反映违规发放津贴");
    d.subjects << SubjectDraft { QStringLiteral("欧阳建国"), QStringLiteral("青山镇人民政府"), {}, {}, false };
    auto named = office.reports->add(d);
    QF_REQUIRE_OK(named);
    CHECK(office.search(QStringLiteral("欧阳")) == QStringList { named->id });
    CHECK(office.search(QStringLiteral("政府")) == QStringList { named->id });
    CHECK(office.search(QStringLiteral("津")).first() == named->id);
    QF_REQUIRE_OK(office.reports->setField(named->id, QStringLiteral("subject_name"), QStringLiteral("司马光")));
    CHECK(office.search(QStringLiteral("欧阳")).isEmpty());
    CHECK(office.search(QStringLiteral("司马")) == QStringList { named->id });
    CHECK(office.search(QStringLiteral("青山")) == QStringList { named->id });
    // Newest first across content and persons: the person's match is the oldest report here.
    QF_REQUIRE_OK(office.reports->setField(ids.last(), QStringLiteral("content"), QStringLiteral("司马某违规")));
    CHECK(office.search(QStringLiteral("司马")) == (QStringList { named->id, ids.last() }));
}

TEST_CASE("search: qingfeng-cli search rebuild-short indexes an upgraded database", "[cases][search]")
{
    test::Scratch dir;
    const QString db = dir.path(QStringLiteral("cli.sqlite"));
    QString regNo;
    {
        auto session = test::openSession(db);
        ReportStore& store = session->reports();
        ReportDraft d;
        d.channel = QStringLiteral("phone");
        d.content = QStringLiteral("反映村干部收受红包");
        auto r = store.add(d);
        QF_REQUIRE_OK(r);
        regNo = r->regNo;
        // As an upgrade from schema 8 leaves it: the index empty and not ready.
        QSqlQuery q(session->database().connection());
        REQUIRE(q.exec(QStringLiteral("DELETE FROM meta WHERE key = 'short_search_ready'")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO report_grams(report_grams) VALUES ('delete-all')")));
    }
    auto before = test::runCli(db, { QStringLiteral("search"), QStringLiteral("红包") });
    CHECK(before.exitCode == 0);
    CHECK(before.out.trimmed() == regNo); // the slower path meanwhile
    auto rebuilt = test::runCli(db, { QStringLiteral("search"), QStringLiteral("rebuild-short") });
    CHECK(rebuilt.exitCode == 0);
    CHECK(rebuilt.out.trimmed() == QStringLiteral("indexed: 1"));
    {
        auto database = Database::open(db);
        QF_REQUIRE_OK(database);
        CHECK(ShortTermIndex::isReady(**database));
    }
    auto after = test::runCli(db, { QStringLiteral("search"), QStringLiteral("村") });
    CHECK(after.exitCode == 0);
    CHECK(after.out.trimmed() == regNo);
}

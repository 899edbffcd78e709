// The editable reference tables: the category taxonomy and the dispatch tables (管辖库,
// 回避库, 能力库), written through the Writer so that every edit syncs.
#include "tests/cases/CaseFixture.h"

#include "models/CategoryStore.h"
#include "models/DispatchAdvisor.h"
#include "models/DispatchTables.h"
#include "models/Uuid7.h"
#include "models/Writer.h"
#include "app/security/KeychainKeyProvider.h"

#include <QSqlQuery>

using namespace qf;

namespace {

int outboxCount(test::CaseFixture& f, const QString& table, const QString& rowId, const QString& op)
{
    QSqlQuery q(f.session->database().connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE table_name = ? AND row_id = ? AND op = ?"));
    q.addBindValue(table);
    q.addBindValue(rowId);
    q.addBindValue(op);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

QString addCategory(CategoryStore& store, const QString& code, const QString& name, const QString& parent = {})
{
    auto id = store.save(Category { {}, code, name, parent, false, 0 });
    QF_REQUIRE_OK(id);
    return *id;
}

QString setCategory(test::CaseFixture& f, const QString& categoryId)
{
    const QString id = f.addReport();
    QF_REQUIRE_OK(f.reports->setField(id, QStringLiteral("category"), categoryId));
    return id;
}

} // namespace

TEST_CASE("reference tables: categories are added and changed through the Writer and listed as a tree",
          "[cases][reference]")
{
    test::CaseFixture f;
    CategoryStore store(f.session->writer());
    const QString top = addCategory(store, QStringLiteral("B"), QStringLiteral("违反廉洁纪律"));
    const QString first = addCategory(store, QStringLiteral("A"), QStringLiteral("违反政治纪律"));
    const QString child = addCategory(store, QStringLiteral("B01"), QStringLiteral("违规收送礼品礼金"), top);
    const QString grandchild = addCategory(store, QStringLiteral("B0101"), QStringLiteral("收受电子红包"), child);
    CHECK(outboxCount(f, QStringLiteral("categories"), child, QStringLiteral("insert")) == 1);

    auto list = store.list();
    QF_REQUIRE_OK(list);
    REQUIRE(list->size() == 4);
    // Parents before their children, siblings by code, with the depth for indenting.
    CHECK(list->at(0).id == first);
    CHECK(list->at(1).id == top);
    CHECK(list->at(2).id == child);
    CHECK(list->at(2).depth == 1);
    CHECK(list->at(3).id == grandchild);
    CHECK(list->at(3).depth == 2);

    Category renamed = *store.get(child);
    renamed.name = QStringLiteral("违规收送礼品礼金、消费卡");
    renamed.mustReview = true;
    QF_REQUIRE_OK(store.save(renamed));
    CHECK(store.get(child)->name == QStringLiteral("违规收送礼品礼金、消费卡"));
    CHECK(store.get(child)->mustReview);
    CHECK(outboxCount(f, QStringLiteral("categories"), child, QStringLiteral("update")) == 1);

    // A new code is carried into the officers' areas that name the old one.
    DispatchTables tables(f.session->writer());
    auto capability = tables.save(CapabilityRow { {}, f.officer.userId, {}, f.office, {},
                                                  { QStringLiteral("B01"), QStringLiteral("A") }, 0, 20 });
    QF_REQUIRE_OK(capability);
    renamed = *store.get(child);
    renamed.code = QStringLiteral("B02");
    QF_REQUIRE_OK(store.save(renamed));
    CHECK(store.find(QStringLiteral("B02"))->id == child);
    CHECK(tables.capabilities()->first().areas == QStringList { QStringLiteral("B02"), QStringLiteral("A") });
    CHECK(outboxCount(f, QStringLiteral("capabilities"), *capability, QStringLiteral("update")) == 1);
}

TEST_CASE("reference tables: a category needs a unique code and a name and a parent that exists",
          "[cases][reference]")
{
    test::CaseFixture f;
    CategoryStore store(f.session->writer());
    const QString a = addCategory(store, QStringLiteral("A"), QStringLiteral("违反政治纪律"));

    auto noCode = store.save(Category { {}, QStringLiteral("  "), QStringLiteral("名称"), {}, false, 0 });
    REQUIRE_FALSE(noCode.ok());
    CHECK(noCode.error().contains(QStringLiteral("code")));
    auto noName = store.save(Category { {}, QStringLiteral("C"), QString(), {}, false, 0 });
    REQUIRE_FALSE(noName.ok());
    CHECK(noName.error().contains(QStringLiteral("name")));
    auto taken = store.save(Category { {}, QStringLiteral("A"), QStringLiteral("另一类"), {}, false, 0 });
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error().contains(QStringLiteral("违反政治纪律")));
    auto orphan = store.save(Category { {}, QStringLiteral("C"), QStringLiteral("其他"), QStringLiteral("no-such-id"), false, 0 });
    REQUIRE_FALSE(orphan.ok());
    CHECK(orphan.error().contains(QStringLiteral("parent")));

    // The code of a retired category stays taken: the message says so.
    QF_REQUIRE_OK(store.remove(a));
    auto reused = store.save(Category { {}, QStringLiteral("A"), QStringLiteral("新类"), {}, false, 0 });
    REQUIRE_FALSE(reused.ok());
    CHECK(reused.error().contains(QStringLiteral("retired")));
    auto underRetired = store.save(Category { {}, QStringLiteral("A01"), QStringLiteral("子类"), a, false, 0 });
    REQUIRE_FALSE(underRetired.ok());
    QSqlQuery q(f.session->database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM categories")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1); // nothing refused was written
}

TEST_CASE("reference tables: a category cannot be moved under its own subcategory", "[cases][reference]")
{
    test::CaseFixture f;
    CategoryStore store(f.session->writer());
    const QString top = addCategory(store, QStringLiteral("B"), QStringLiteral("违反廉洁纪律"));
    const QString child = addCategory(store, QStringLiteral("B01"), QStringLiteral("违规收送礼品礼金"), top);
    const QString grandchild = addCategory(store, QStringLiteral("B0101"), QStringLiteral("收受电子红包"), child);

    Category moved = *store.get(top);
    moved.parentId = grandchild;
    auto cycle = store.save(moved);
    REQUIRE_FALSE(cycle.ok());
    CHECK(cycle.error().contains(QStringLiteral("subcategories")));
    moved.parentId = top;
    REQUIRE_FALSE(store.save(moved).ok());
    CHECK(store.get(top)->parentId.isEmpty());

    // Moving a subcategory elsewhere is fine.
    Category up = *store.get(grandchild);
    up.parentId = top;
    QF_REQUIRE_OK(store.save(up));
    CHECK(store.get(grandchild)->parentId == top);
}

TEST_CASE("reference tables: a category in use by an open report or by subcategories is not removed",
          "[cases][reference]")
{
    test::CaseFixture f;
    CategoryStore store(f.session->writer());
    const QString top = addCategory(store, QStringLiteral("B"), QStringLiteral("违反廉洁纪律"));
    const QString child = addCategory(store, QStringLiteral("B01"), QStringLiteral("违规收送礼品礼金"), top);

    auto parent = store.remove(top);
    REQUIRE_FALSE(parent.ok());
    CHECK(parent.error().contains(QStringLiteral("subcategor")));

    const QString open = setCategory(f, child);
    auto inUse = store.remove(child);
    REQUIRE_FALSE(inUse.ok());
    CHECK(inUse.error().contains(QStringLiteral("reclassify")));
    CHECK(store.get(child).ok());

    // Once the report is concluded the category may be retired; the report keeps it.
    f.toDecided(open);
    f.move(open, Transition::Transfer, { { QStringLiteral("target_org"), f.office } });
    f.move(open, Transition::BeginHandling);
    f.move(open, Transition::Conclude);
    CHECK(store.usage(child)->closedReports == 1);
    QF_REQUIRE_OK(store.remove(child));
    CHECK(outboxCount(f, QStringLiteral("categories"), child, QStringLiteral("delete")) == 1);
    CHECK_FALSE(store.get(child).ok());
    CHECK(f.reports->get(open)->categoryId == child);
    auto left = store.list();
    QF_REQUIRE_OK(left);
    REQUIRE(left->size() == 1);
    // A retired category can no longer be given to a report.
    const QString another = f.addReport();
    CHECK_FALSE(f.reports->setField(another, QStringLiteral("category"), child).ok());
    QF_REQUIRE_OK(store.remove(top));
}

TEST_CASE("reference tables: jurisdiction - recusal and capability rows are checked and every edit is queued for sync",
          "[cases][reference]")
{
    test::CaseFixture f;
    DispatchTables tables(f.session->writer());
    CategoryStore categories(f.session->writer());
    addCategory(categories, QStringLiteral("B01"), QStringLiteral("违规收送礼品礼金"));

    auto noOffice = tables.save(JurisdictionRow { {}, {}, {}, QStringLiteral("城关镇政府"), {}, {}, {} });
    REQUIRE_FALSE(noOffice.ok());
    CHECK(noOffice.error().contains(QStringLiteral("office")));
    auto jurisdiction = tables.save(JurisdictionRow { {}, f.lower, {}, QStringLiteral(" 城关镇政府 "), {},
                                                      DispatchTables::splitList(QStringLiteral("科级，股级")), {} });
    QF_REQUIRE_OK(jurisdiction);
    auto jurisdictions = tables.jurisdictions();
    QF_REQUIRE_OK(jurisdictions);
    REQUIRE(jurisdictions->size() == 1);
    CHECK(jurisdictions->first().unit == QStringLiteral("城关镇政府"));
    CHECK(jurisdictions->first().ranks == QStringList { QStringLiteral("科级"), QStringLiteral("股级") });
    CHECK(jurisdictions->first().orgName == QStringLiteral("TOWN"));

    auto noOfficer = tables.save(RecusalRow { {}, {}, {}, QStringLiteral("城关镇政府"), {}, {} });
    REQUIRE_FALSE(noOfficer.ok());
    CHECK(noOfficer.error().contains(QStringLiteral("officer")));
    auto nothing = tables.save(RecusalRow { {}, f.officer.userId, {}, QStringLiteral(" "), {}, QStringLiteral("亲属") });
    REQUIRE_FALSE(nothing.ok());
    CHECK(nothing.error().contains(QStringLiteral("unit or the name")));
    auto recusal = tables.save(RecusalRow { {}, f.officer.userId, {}, {}, QStringLiteral("王某"), QStringLiteral("同学") });
    QF_REQUIRE_OK(recusal);
    CHECK(tables.recusals()->first().userName == QStringLiteral("officer"));

    auto noOrg = tables.save(CapabilityRow { {}, f.officer.userId, {}, {}, {}, {}, 0, 20 });
    REQUIRE_FALSE(noOrg.ok());
    CHECK(noOrg.error().contains(QStringLiteral("office")));
    auto below = tables.save(CapabilityRow { {}, f.officer.userId, {}, f.office, {}, {}, 5, 3 });
    REQUIRE_FALSE(below.ok());
    CHECK(below.error().contains(QStringLiteral("base load")));
    auto negative = tables.save(CapabilityRow { {}, f.officer.userId, {}, f.office, {}, {}, -1, 3 });
    REQUIRE_FALSE(negative.ok());
    auto unknown = tables.save(CapabilityRow { {}, f.officer.userId, {}, f.office, {},
                                               { QStringLiteral("B01"), QStringLiteral("Z99") }, 0, 20 });
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().contains(QStringLiteral("Z99")));
    auto capability = tables.save(CapabilityRow { {}, f.officer.userId, {}, f.office, {}, { QStringLiteral("B01") }, 2, 10 });
    QF_REQUIRE_OK(capability);
    auto twice = tables.save(CapabilityRow { {}, f.officer.userId, {}, f.office, {}, {}, 0, 20 });
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().contains(QStringLiteral("already")));

    // Change and retire: each edit is an outbox entry.
    CapabilityRow changed = tables.capabilities()->first();
    changed.maxLoad = 12;
    QF_REQUIRE_OK(tables.save(changed));
    CHECK(tables.capabilities()->first().maxLoad == 12);
    QF_REQUIRE_OK(tables.remove(QStringLiteral("recusals"), *recusal));
    QF_REQUIRE_OK(tables.remove(QStringLiteral("jurisdictions"), *jurisdiction));
    CHECK(tables.recusals()->isEmpty());
    CHECK(tables.jurisdictions()->isEmpty());
    CHECK(outboxCount(f, QStringLiteral("jurisdictions"), *jurisdiction, QStringLiteral("insert")) == 1);
    CHECK(outboxCount(f, QStringLiteral("jurisdictions"), *jurisdiction, QStringLiteral("delete")) == 1);
    CHECK(outboxCount(f, QStringLiteral("recusals"), *recusal, QStringLiteral("delete")) == 1);
    CHECK(outboxCount(f, QStringLiteral("capabilities"), *capability, QStringLiteral("insert")) == 1);
    CHECK(outboxCount(f, QStringLiteral("capabilities"), *capability, QStringLiteral("update")) == 1);
    CHECK_FALSE(tables.remove(QStringLiteral("reports"), *capability).ok());
}

TEST_CASE("reference tables: the dispatch proposal follows a jurisdiction and a recusal added in the tables",
          "[cases][reference][dispatch]")
{
    test::CaseFixture f;
    DispatchTables tables(f.session->writer());
    CategoryStore categories(f.session->writer());
    DispatchAdvisor advisor(*f.reports, *f.machine);
    const QString wang = f.addUser(QStringLiteral("wang"), QStringLiteral("case_officer"), f.lower);
    const QString li = f.addUser(QStringLiteral("li"), QStringLiteral("case_officer"), f.lower);
    const QString top = addCategory(categories, QStringLiteral("B"), QStringLiteral("违反廉洁纪律"));
    const QString child = addCategory(categories, QStringLiteral("B01"), QStringLiteral("违规收送礼品礼金"), top);
    QF_REQUIRE_OK(tables.save(CapabilityRow { {}, wang, {}, f.lower, {}, {}, 0, 20 }));
    // Li knows the whole of B, so also its subcategory B01.
    QF_REQUIRE_OK(tables.save(CapabilityRow { {}, li, {}, f.lower, {}, { QStringLiteral("B") }, 0, 20 }));
    const QString id = setCategory(f, child);

    auto before = advisor.propose(id);
    QF_REQUIRE_OK(before);
    CHECK(before->isEmpty()); // no office has the unit in its jurisdiction yet

    QF_REQUIRE_OK(tables.save(JurisdictionRow { {}, f.lower, {}, QStringLiteral("城关镇政府"), {}, {}, {} }));
    auto withJurisdiction = advisor.propose(id);
    QF_REQUIRE_OK(withJurisdiction);
    REQUIRE(withJurisdiction->size() == 2);
    CHECK(withJurisdiction->first().orgId == f.lower);
    CHECK(withJurisdiction->first().handlerId == li); // the area match ranks Li first
    CHECK(withJurisdiction->first().reasons.join(QLatin1Char(';')).contains(QStringLiteral("areas")));

    auto recusal = tables.save(RecusalRow { {}, li, {}, {}, QStringLiteral("王某"), QStringLiteral("近亲属") });
    QF_REQUIRE_OK(recusal);
    auto withRecusal = advisor.propose(id);
    QF_REQUIRE_OK(withRecusal);
    REQUIRE(withRecusal->size() == 1);
    CHECK(withRecusal->first().handlerId == wang);

    QF_REQUIRE_OK(tables.remove(QStringLiteral("recusals"), *recusal));
    CHECK(advisor.propose(id)->size() == 2);
}

TEST_CASE("cli: categories add - rename - list and remove", "[cases][cli][reference]")
{
    test::Scratch dir;
    const QString db = dir.path(QStringLiteral("cli.sqlite"));
    auto cli = [&](QStringList args) {
        args.prepend(QStringLiteral("categories"));
        return test::runCli(db, args);
    };
    auto top = cli({ QStringLiteral("add"), QStringLiteral("B"), QStringLiteral("违反廉洁纪律") });
    INFO(top.err.toStdString());
    REQUIRE(top.exitCode == 0);
    auto child = cli({ QStringLiteral("add"), QStringLiteral("B01"), QStringLiteral("违规收送礼品"), QStringLiteral("--parent"),
                       QStringLiteral("B"), QStringLiteral("--must-review") });
    REQUIRE(child.exitCode == 0);
    auto taken = cli({ QStringLiteral("add"), QStringLiteral("B01"), QStringLiteral("又一个") });
    CHECK(taken.exitCode != 0);
    CHECK(taken.err.contains(QStringLiteral("already used")));
    REQUIRE(cli({ QStringLiteral("rename"), QStringLiteral("B01"), QStringLiteral("违规收送礼品礼金") }).exitCode == 0);

    // The store came with the standard taxonomy (codes 01 ... 99); B and B01 are ours.
    const auto ours = [](const QString& out) -> QString {
        QStringList lines;
        for (const QString& l : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (l.trimmed().startsWith(QLatin1Char('B')))
                lines << l;
        return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    };
    auto list = cli({ QStringLiteral("list") });
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("违反中央八项规定精神")));
    CHECK(ours(list.out) == QStringLiteral("B\t违反廉洁纪律\n  B01\t违规收送礼品礼金\tmust-review\n"));

    auto parent = cli({ QStringLiteral("remove"), QStringLiteral("B") });
    CHECK(parent.exitCode != 0);
    CHECK(parent.err.contains(QStringLiteral("subcategor")));
    REQUIRE(cli({ QStringLiteral("remove"), QStringLiteral("B01") }).exitCode == 0);
    CHECK(ours(cli({ QStringLiteral("list") }).out) == QStringLiteral("B\t违反廉洁纪律\n"));
}

TEST_CASE("a new office's store starts with the standard problem categories - editable - synced - not twice", "[cases]")
{
    test::Scratch scratch;
    KeychainKeyProvider keys;
    auto opened = Session::open(scratch.path(QStringLiteral("new-office.sqlite")), keys);
    QF_REQUIRE_OK(opened);
    Session& s = **opened;
    NewAccount admin;
    admin.login = QStringLiteral("admin");
    admin.name = QStringLiteral("管理员");
    admin.password = QString::fromLatin1(test::kPassword);
    admin.newOrgName = QStringLiteral("城关区纪委监委信访室");
    QF_REQUIRE_OK(s.accounts().createAdministrator(admin, keys));
    QF_REQUIRE_OK(s.signIn(QStringLiteral("admin"), QString::fromLatin1(test::kPassword)));

    auto list = s.categories().list();
    QF_REQUIRE_OK(list);
    QStringList top, all;
    for (const Category& c : *list) {
        all << c.name;
        if (c.parentId.isEmpty())
            top << c.name;
    }
    for (const char* kind : { "违反政治纪律", "违反组织纪律", "违反廉洁纪律", "违反群众纪律", "违反工作纪律", "违反生活纪律",
                              "违反中央八项规定精神", "职务违法", "职务犯罪" })
        CHECK(top.contains(QString::fromUtf8(kind)));
    CHECK(all.contains(QStringLiteral("违规收送礼品礼金")));
    CHECK(all.contains(QStringLiteral("受贿")));
    CHECK(list->size() > 60);
    for (const Category& c : *list)
        if (!c.parentId.isEmpty())
            CHECK(c.depth == 1);

    // Written through the one write path: each row is in the outbox for the sync.
    QSqlQuery q(s.database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE table_name = 'categories' AND op = 'insert'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == list->size());

    // Editable as any category.
    auto gifts = s.categories().find(QStringLiteral("03.01"));
    QF_REQUIRE_OK(gifts);
    Category renamed = *gifts;
    renamed.name = QStringLiteral("违规收送礼品礼金、消费卡");
    QF_REQUIRE_OK(s.categories().save(renamed));
    CHECK(s.categories().get(gifts->id)->name == renamed.name);
    QF_REQUIRE_OK(s.categories().save(Category { {}, QStringLiteral("03.10"), QStringLiteral("违规出入私人会所"),
                                                 s.categories().find(QStringLiteral("03"))->id, false, 0 }));

    // The same rows (ids) on every workstation that starts a store: the sync sees one taxonomy.
    const QList<Change> standard = CategoryStore::standardTaxonomy();
    CHECK(standard.first().rowId == CategoryStore::standardTaxonomy().first().rowId);
    CHECK(s.categories().find(QStringLiteral("01"))->id == standard.first().rowId);

    // A store that already has categories (brought by the sync before its administrator was
    // made) is not given a second taxonomy.
    auto other = Session::open(scratch.path(QStringLiteral("enrolled.sqlite")), keys);
    QF_REQUIRE_OK(other);
    QF_REQUIRE_OK((*other)->writer().apply(Change::insert(QStringLiteral("categories"), Uuid7::generate(),
        { { QStringLiteral("code"), QStringLiteral("A") }, { QStringLiteral("name"), QStringLiteral("本单位分类") } })));
    QF_REQUIRE_OK((*other)->accounts().createAdministrator(admin, keys));
    QSqlQuery c((*other)->database().connection());
    REQUIRE(c.exec(QStringLiteral("SELECT COUNT(*) FROM categories")));
    REQUIRE(c.next());
    CHECK(c.value(0).toInt() == 1);
}

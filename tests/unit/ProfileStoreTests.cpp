// The local profile in the core (session.profile()): created, read back, changed, and its role.
#include "models/ProfileStore.h"
#include "models/Session.h"
#include "tests/support/TestSupport.h"

using namespace qf;

TEST_CASE("profile: none on a new store - created with a new office - read back after reopening", "[store]")
{
    test::Scratch dir;
    const QString path = dir.path(QStringLiteral("p.sqlite"));
    QString userId;
    {
        auto session = test::openSession(path);
        ProfileStore& profile = session->profile();
        CHECK_FALSE(profile.exists());
        CHECK_FALSE(profile.load());
        CHECK(profile.role().isEmpty());

        NewProfile p;
        p.name = QStringLiteral("  李明 ");
        p.role = QStringLiteral("case_officer");
        p.newOrgName = QStringLiteral("城关区纪委信访室");
        p.newOrgLevel = QStringLiteral("county");
        auto created = profile.create(p);
        QF_REQUIRE_OK(created);
        userId = created->userId;
        CHECK(session->userId() == userId); // the session works as the new user
        CHECK(created->name == QStringLiteral("李明"));
        CHECK(created->orgName == QStringLiteral("城关区纪委信访室"));
        CHECK(created->orgLevel == QStringLiteral("county"));
        CHECK(profile.exists());
        CHECK(profile.role() == QStringLiteral("case_officer"));
    }
    auto session = test::openSession(path);
    CHECK(session->userId() == userId);
    auto loaded = session->profile().load();
    QF_REQUIRE_OK(loaded);
    CHECK(loaded->userId == userId);
    CHECK(loaded->name == QStringLiteral("李明"));
    CHECK(loaded->role == QStringLiteral("case_officer"));
    CHECK(loaded->orgName == QStringLiteral("城关区纪委信访室"));
}

TEST_CASE("profile: joining an existing office - changing name and role - refusing empty input", "[store]")
{
    test::Scratch dir;
    auto session = test::openSession(dir.path(QStringLiteral("p.sqlite")));
    ProfileStore& profile = session->profile();

    CHECK_FALSE(profile.update(QStringLiteral("李明"), QStringLiteral("registry_clerk"))); // no profile yet
    CHECK_FALSE(profile.create(NewProfile { QStringLiteral(" "), QStringLiteral("registry_clerk"), {}, QStringLiteral("x"), {} }));
    CHECK_FALSE(profile.create(NewProfile { QStringLiteral("李明"), QString(), {}, QStringLiteral("x"), {} }));
    CHECK_FALSE(profile.create(NewProfile { QStringLiteral("李明"), QStringLiteral("registry_clerk"), {}, {}, {} }));
    CHECK_FALSE(profile.exists());

    auto first = profile.create(NewProfile { QStringLiteral("王芳"), QStringLiteral("registry_clerk"), {},
                                             QStringLiteral("市纪委信访室"), QStringLiteral("higher") });
    QF_REQUIRE_OK(first);
    auto joined = profile.create(NewProfile { QStringLiteral("李明"), QStringLiteral("registry_clerk"), first->orgId, {}, {} });
    QF_REQUIRE_OK(joined);
    CHECK(joined->orgId == first->orgId);
    CHECK(joined->orgName == QStringLiteral("市纪委信访室"));

    CHECK_FALSE(profile.update(QStringLiteral("  "), QStringLiteral("supervisor")));
    QF_REQUIRE_OK(profile.update(QStringLiteral("李明明"), QStringLiteral("supervisor")));
    auto changed = profile.load();
    QF_REQUIRE_OK(changed);
    CHECK(changed->name == QStringLiteral("李明明"));
    CHECK(changed->role == QStringLiteral("supervisor"));
    CHECK(profile.role() == QStringLiteral("supervisor"));
}

TEST_CASE("profile: the command-line tool acts in the profile's role, administrator without one", "[store]")
{
    test::Scratch dir;
    const QString db = dir.path(QStringLiteral("p.sqlite"));
    {
        auto session = test::openSession(db);
        const auto made = session->profile().create(
            NewProfile { QStringLiteral("李明"), QStringLiteral("registry_clerk"), {}, QStringLiteral("信访室"), QStringLiteral("county") });
        QF_REQUIRE_OK(made);
    }
    // A clerk may not change the categories (an administrator's or supervisor's task).
    const QStringList add { QStringLiteral("categories"), QStringLiteral("add"), QStringLiteral("T1"), QStringLiteral("测试") };
    const auto refused = test::runCli(db, add);
    CHECK(refused.exitCode != 0);
    {
        auto session = test::openSession(db);
        QF_REQUIRE_OK(session->profile().update(QStringLiteral("李明"), QStringLiteral("supervisor")));
    }
    const auto accepted = test::runCli(db, add);
    INFO(accepted.err.toStdString());
    CHECK(accepted.exitCode == 0);
}

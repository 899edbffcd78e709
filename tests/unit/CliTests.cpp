// qingfeng-cli as administrators and scripts use it.
#include "tests/support/TestSupport.h"

using namespace qf;

TEST_CASE("cli: init - person add and person find", "[cli]")
{
    test::Scratch dir;
    const QString db = dir.path(QStringLiteral("cli.sqlite"));
    auto init = test::runCli(db, { QStringLiteral("init") });
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);

    auto add = test::runCli(db, { QStringLiteral("person"), QStringLiteral("add"),
                                  QStringLiteral("--name"), QStringLiteral("李四"), QStringLiteral("--id-number"),
                                  QStringLiteral("11010519491231002X"), QStringLiteral("--phone"),
                                  QStringLiteral("13800138000") });
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    const QString id = add.out.trimmed();
    CHECK(id.size() == 36);

    auto found = test::runCli(db, { QStringLiteral("person"), QStringLiteral("find"),
                                    QStringLiteral("--phone"), QStringLiteral("138 0013 8000") });
    CHECK(found.exitCode == 0);
    CHECK(found.out.trimmed() == id);

    auto missing = test::runCli(db, { QStringLiteral("person"), QStringLiteral("find"),
                                      QStringLiteral("--id-number"), QStringLiteral("110105194912310021") });
    CHECK(missing.exitCode == 1);
    CHECK(missing.out.trimmed().isEmpty());

    auto noName = test::runCli(db, { QStringLiteral("person"), QStringLiteral("add"),
                                     QStringLiteral("--id-number"), QStringLiteral("11010519491231002X") });
    CHECK(noName.exitCode != 0);
    CHECK(noName.err.contains(QStringLiteral("--name")));

    auto unknown = test::runCli(db, { QStringLiteral("frobnicate") });
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("Unknown command")));
}

TEST_CASE("cli: migrate reports the schema", "[cli]")
{
    test::Scratch dir;
    const QString db = dir.path(QStringLiteral("m.sqlite"));
    auto first = test::runCli(db, { QStringLiteral("migrate") });
    CHECK(first.exitCode == 0);
    auto second = test::runCli(db, { QStringLiteral("migrate") });
    CHECK(second.exitCode == 0);
    CHECK(second.out.contains(QStringLiteral("up to date")));
}

// qingfeng-cli import / repeats / duplicates rebuild, as scripts use them: exit codes and output.
#include "tests/support/TestSupport.h"

#include <QFile>

using namespace qf;

namespace {

QString write(const test::Scratch& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.path(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

} // namespace

TEST_CASE("cli: import exits 0 when every line is in - 2 when some were rejected", "[cases][repeats][cli]")
{
    test::Scratch dir;
    const QString db = dir.path(QStringLiteral("cli.sqlite"));
    const QByteArray good =
        R"({"source_id":"WB-1","received_at":"2026-07-01T09:30:00+08:00","content":"反映城关镇财政所所长王某违规发放津贴补贴，请求调查处理。"})"
        "\n";
    auto ok = test::runCli(db, { QStringLiteral("import"), write(dir, QStringLiteral("a.jsonl"), good) });
    INFO(ok.err.toStdString());
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.contains(QStringLiteral("imported: 1")));

    auto again = test::runCli(db, { QStringLiteral("import"), write(dir, QStringLiteral("a.jsonl"), good) });
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("imported: 0")));
    CHECK(again.out.contains(QStringLiteral("already_present: 1")));

    const QByteArray mixed = good
        + R"({"source_id":"WB-2","received_at":"2026-07-02T09:30:00+08:00","content":"反映城关镇财政所所长王某违规发放津贴补贴，请求调查处理！"})"
        + "\n{broken\n";
    auto some = test::runCli(db, { QStringLiteral("import"), write(dir, QStringLiteral("b.jsonl"), mixed) });
    CHECK(some.exitCode == 2);
    CHECK(some.out.contains(QStringLiteral("imported: 1")));
    CHECK(some.out.contains(QStringLiteral("line 3:")));
    CHECK(some.out.contains(QStringLiteral("repeat_proposals: 1")));

    auto garbage = test::runCli(db, { QStringLiteral("import"), write(dir, QStringLiteral("c.jsonl"), QByteArray("\x00\x01\x02", 3)) });
    CHECK(garbage.exitCode == 2);
    CHECK(garbage.err.contains(QStringLiteral("binary")));

    auto rebuild = test::runCli(db, { QStringLiteral("duplicates"), QStringLiteral("rebuild") });
    INFO(rebuild.err.toStdString());
    CHECK(rebuild.exitCode == 0);
    CHECK(rebuild.out.contains(QStringLiteral("indexed: 2")));

    auto quarter = test::runCli(db, { QStringLiteral("repeats"), QStringLiteral("--quarter"), QStringLiteral("2026Q3") });
    CHECK(quarter.exitCode == 0);
    CHECK(quarter.out.contains(QStringLiteral("repeats: 0")));
    auto badQuarter = test::runCli(db, { QStringLiteral("repeats"), QStringLiteral("--quarter"), QStringLiteral("2026Q9") });
    CHECK(badQuarter.exitCode == 2);
}

TEST_CASE("cli: a byte-order mark before a source id (exports joined end to end) does not make its re-import collide", "[cases][repeats][cli]")
{
    // Found by fuzz_import: SQLite drops a leading BOM when it binds UTF-16, so the id kept
    // with it was never found again and the second import stopped on the UNIQUE index.
    test::Scratch dir;
    const QString db = dir.path(QStringLiteral("cli.sqlite"));
    const QByteArray joined = "\xEF\xBB\xBFsource_id,received_at,content\r\n"
                              "\xEF\xBB\xBFWB-7,2026-07-03T08:00:00+08:00,反映某科长收受礼金多次\r\n";
    const QString file = write(dir, QStringLiteral("joined.csv"), joined);
    auto first = test::runCli(db, { QStringLiteral("import"), file });
    INFO(first.err.toStdString());
    CHECK(first.out.contains(QStringLiteral("imported: 1")));
    auto again = test::runCli(db, { QStringLiteral("import"), file });
    INFO(again.err.toStdString());
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("already_present: 1")));
}

#include "tests/support/TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace qf;

namespace {

QString lastWord(const QString& text)
{
    const QStringList words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    return words.isEmpty() ? QString() : words.last();
}

} // namespace

TEST_CASE("cli: id check", "[rules][cli]")
{
    test::Scratch dir;
    const QString db = dir.path(QStringLiteral("store.db"));

    auto valid = test::runCli(db, { QStringLiteral("id"), QStringLiteral("check"), QStringLiteral("11010519491231002x") });
    CHECK(valid.exitCode == 0);
    CHECK(valid.out.startsWith(QStringLiteral("valid resident 1949-12-31 female")));

    auto legacy = test::runCli(db, { QStringLiteral("id"), QStringLiteral("check"), QStringLiteral("110105491231002") });
    CHECK(legacy.exitCode == 0);
    CHECK(legacy.out.contains(QStringLiteral("11010519491231002X")));

    // GB 11643's own example (born 1880): valid, with a warning - not "not a possible date".
    auto example = test::runCli(db, { QStringLiteral("id"), QStringLiteral("check"), QStringLiteral("440524188001010014") });
    CHECK(example.exitCode == 0);
    CHECK(example.out.startsWith(QStringLiteral("valid resident 1880-01-01 male")));
    CHECK(example.err.contains(QStringLiteral("warning")));

    auto wrong = test::runCli(db, { QStringLiteral("id"), QStringLiteral("check"), QStringLiteral("110105194912310021") });
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.out.contains(QStringLiteral("check character")));
    CHECK_FALSE(wrong.out.startsWith(QStringLiteral("valid")));

    auto shortNumber = test::runCli(db, { QStringLiteral("id"), QStringLiteral("check"), QStringLiteral("12345") });
    CHECK(shortNumber.exitCode == 1);
    CHECK(shortNumber.out.contains(QStringLiteral("18")));

    auto usage = test::runCli(db, { QStringLiteral("id"), QStringLiteral("check") });
    CHECK(usage.exitCode == 2);
    CHECK(usage.err.contains(QStringLiteral("NUMBER")));
    CHECK(test::runCli(db, { QStringLiteral("id"), QStringLiteral("check"), QStringLiteral("1"), QStringLiteral("2") })
              .exitCode
          == 2);
}

TEST_CASE("cli: workdays add and between", "[rules][cli]")
{
    test::Scratch dir;
    const QString db = dir.path(QStringLiteral("store.db"));

    auto add = test::runCli(db, { QStringLiteral("workdays"), QStringLiteral("add"), QStringLiteral("2026-02-13"),
                         QStringLiteral("2") });
    INFO(add.err.toStdString());
    CHECK(add.exitCode == 0);
    CHECK(lastWord(add.out) == QStringLiteral("2026-02-24"));
    CHECK_FALSE(add.err.contains(QStringLiteral("warning")));

    auto between = test::runCli(db, { QStringLiteral("workdays"), QStringLiteral("between"), QStringLiteral("2026-09-30"),
                             QStringLiteral("2026-10-10") });
    CHECK(between.exitCode == 0);
    CHECK(between.out.trimmed() == QStringLiteral("3"));

    auto past = test::runCli(db, { QStringLiteral("workdays"), QStringLiteral("add"), QStringLiteral("2026-12-30"),
                          QStringLiteral("5") });
    CHECK(past.exitCode == 0);
    CHECK(lastWord(past.out) == QStringLiteral("2027-01-06"));
    CHECK(past.err.contains(QStringLiteral("warning")));
    CHECK(past.err.contains(QStringLiteral("Monday to Friday")));

    auto badDate = test::runCli(db, { QStringLiteral("workdays"), QStringLiteral("add"), QStringLiteral("2026-02-30"),
                             QStringLiteral("2") });
    CHECK(badDate.exitCode != 0);
    CHECK(badDate.err.contains(QStringLiteral("YYYY-MM-DD")));
    CHECK(badDate.out.isEmpty());

    auto badNumber = test::runCli(db, { QStringLiteral("workdays"), QStringLiteral("add"), QStringLiteral("2026-02-13"),
                               QStringLiteral("two") });
    CHECK(badNumber.exitCode != 0);
    CHECK(badNumber.err.contains(QStringLiteral("two")));

    auto badBetween = test::runCli(db, { QStringLiteral("workdays"), QStringLiteral("between"), QStringLiteral("2026-09-30"),
                                QStringLiteral("yesterday") });
    CHECK(badBetween.exitCode != 0);
    CHECK(badBetween.err.contains(QStringLiteral("yesterday")));

    CHECK(test::runCli(db, { QStringLiteral("workdays"), QStringLiteral("add"), QStringLiteral("2026-02-13") }).exitCode == 2);
}

TEST_CASE("cli: calendar import and show", "[rules][cli]")
{
    test::Scratch dir;
    const QString db = dir.path(QStringLiteral("store.db"));
    const QString file = dir.path(QStringLiteral("2027.json"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(R"({"year": 2027, "days": [
            {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
            {"name": "春节", "date": "2027-02-06", "isOffDay": false}]})");
    }

    auto notYet = test::runCli(db, { QStringLiteral("calendar"), QStringLiteral("show"), QStringLiteral("2027") });
    CHECK(notYet.exitCode == 1);
    CHECK(notYet.err.contains(QStringLiteral("not in the working-day calendar")));

    auto show2026 = test::runCli(db, { QStringLiteral("calendar"), QStringLiteral("show"), QStringLiteral("2026") });
    CHECK(show2026.exitCode == 0);
    CHECK(show2026.out.contains(QStringLiteral("2026-02-14 work 春节")));
    CHECK(show2026.out.contains(QStringLiteral("2026-10-01 off  国庆节")));

    auto imported = test::runCli(db, { QStringLiteral("calendar"), QStringLiteral("import"), file });
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    CHECK(imported.out.trimmed() == QStringLiteral("imported 2027"));

    auto show = test::runCli(db, { QStringLiteral("calendar"), QStringLiteral("show"), QStringLiteral("2027") });
    CHECK(show.exitCode == 0);
    CHECK(show.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 2);
    CHECK(show.out.contains(QStringLiteral("2027-02-06 work 春节")));

    auto add = test::runCli(db, { QStringLiteral("workdays"), QStringLiteral("add"), QStringLiteral("2027-02-05"),
                         QStringLiteral("1") });
    CHECK(lastWord(add.out) == QStringLiteral("2027-02-06"));
    CHECK_FALSE(add.err.contains(QStringLiteral("warning")));

    const QString broken = dir.path(QStringLiteral("broken.json"));
    {
        QFile f(broken);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("{\"year\": 2028, \"days\": [{\"date\": \"2028-01-01\"}]}");
    }
    auto refused = test::runCli(db, { QStringLiteral("calendar"), QStringLiteral("import"), broken });
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains(QStringLiteral("day off")));
    CHECK(test::runCli(db, { QStringLiteral("calendar"), QStringLiteral("show"), QStringLiteral("2028") }).exitCode == 1);

    auto badYear = test::runCli(db, { QStringLiteral("calendar"), QStringLiteral("show"), QStringLiteral("next") });
    CHECK(badYear.exitCode == 2);
    CHECK(badYear.err.contains(QStringLiteral("next")));
}

namespace {

// Runs the command-line tool with no Secret Service to talk to (the session bus points
// nowhere), as on a server or in a cron job without a desktop session.
test::ProcessResult runWithoutKeychain(const QString& db, const QStringList& args)
{
    const QByteArray saved = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/qingfeng-no-bus");
    auto r = test::runCli(db, args);
    qputenv("DBUS_SESSION_BUS_ADDRESS", saved);
    return r;
}

} // namespace

TEST_CASE("cli: working days and the calendar need no keychain", "[rules][cli]")
{
    test::Scratch dir;
    const QString db = dir.path(QStringLiteral("store.db"));
    // No database yet: the built-in calendar, and no database made for it.
    auto fresh = runWithoutKeychain(db, { QStringLiteral("workdays"), QStringLiteral("add"), QStringLiteral("2026-09-30"),
                                          QStringLiteral("3") });
    INFO(fresh.err.toStdString());
    CHECK(fresh.exitCode == 0);
    CHECK(lastWord(fresh.out) == QStringLiteral("2026-10-10"));
    CHECK_FALSE(QFileInfo::exists(db));

    // A database made with its key: still no keychain needed to count working days.
    REQUIRE(test::runCli(db, { QStringLiteral("init") }).exitCode == 0);
    auto add = runWithoutKeychain(db, { QStringLiteral("workdays"), QStringLiteral("add"), QStringLiteral("2026-02-13"),
                                        QStringLiteral("2") });
    INFO(add.err.toStdString());
    CHECK(add.exitCode == 0);
    CHECK(lastWord(add.out) == QStringLiteral("2026-02-24"));
    auto between = runWithoutKeychain(db, { QStringLiteral("workdays"), QStringLiteral("between"),
                                            QStringLiteral("2026-09-30"), QStringLiteral("2026-10-10") });
    CHECK(between.exitCode == 0);
    CHECK(between.out.trimmed() == QStringLiteral("3"));
    auto show = runWithoutKeychain(db, { QStringLiteral("calendar"), QStringLiteral("show"), QStringLiteral("2026") });
    CHECK(show.exitCode == 0);
    CHECK(show.out.contains(QStringLiteral("2026-10-01 off  国庆节")));

    // Identities need a signed-in user's password now, not the keychain: a lookup works too
    // (and finds nobody: exit status 1, no message).
    auto person = runWithoutKeychain(db, { QStringLiteral("person"), QStringLiteral("find"), QStringLiteral("--phone"),
                                           QStringLiteral("13800138000") });
    INFO(person.err.toStdString());
    CHECK(person.exitCode == 1);
    CHECK(person.err.trimmed().isEmpty());
}

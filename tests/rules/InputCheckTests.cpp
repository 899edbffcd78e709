// What text may enter the store and how times of receipt are read (InputCheck): the rules
// every entry path shares.
#include "models/InputCheck.h"
#include "tests/support/TestSupport.h"

#include <QTimeZone>

using namespace qf;

TEST_CASE("input: text with a NUL - another control character - a lone surrogate or an override is refused",
          "[rules][input]")
{
    using Kind = InputCheck::Kind;
    CHECK(InputCheck::problem(QStringLiteral("反映某局长违规公款吃喝。\n\t第二段")).isEmpty());
    CHECK(InputCheck::problem(QStringLiteral("emoji 😀 and 𠀀 (U+20000)")).isEmpty());
    CHECK(InputCheck::problem(QString()).isEmpty());

    const QString nul = QStringLiteral("ab") + QChar(0) + QStringLiteral("c");
    CHECK(InputCheck::problem(nul).contains(QStringLiteral("U+0000")));
    CHECK(InputCheck::problem(nul).contains(QStringLiteral("character 3")));
    CHECK(InputCheck::problem(QStringLiteral("ab\x1b[31m")).contains(QStringLiteral("U+001B")));
    CHECK(InputCheck::problem(QStringLiteral("a\rb")).contains(QStringLiteral("U+000D")));
    CHECK(InputCheck::problem(QString(QChar(0x85))).contains(QStringLiteral("U+0085")));
    CHECK(InputCheck::problem(QString(QChar(0x7f))).contains(QStringLiteral("U+007F")));
    const QString lone = QStringLiteral("x") + QChar(0xD800) + QStringLiteral("y");
    CHECK(InputCheck::problem(lone).contains(QStringLiteral("U+D800")));
    CHECK(InputCheck::problem(QString(QChar(0xDC00))).contains(QStringLiteral("U+DC00")));
    CHECK(InputCheck::problem(QString(QChar(0xFFFF))).contains(QStringLiteral("U+FFFF")));
    CHECK(InputCheck::problem(QString(QStringLiteral("张三") + QChar(0x202E) + QStringLiteral("四"))).contains(QStringLiteral("U+202E")));
    // One-line values take no line break or tab.
    CHECK(InputCheck::problem(QStringLiteral("张\n三"), Kind::Line).contains(QStringLiteral("one line")));
    CHECK(InputCheck::problem(QStringLiteral("张\t三"), Kind::Line).contains(QStringLiteral("one line")));
    CHECK(InputCheck::problem(QStringLiteral("张 三"), Kind::Line).isEmpty());

    const Status s = InputCheck::check(QStringLiteral("content"), nul);
    REQUIRE_FALSE(s.ok());
    CHECK(s.errorCode() == ErrorCode::Invalid);
    CHECK(s.error().startsWith(QStringLiteral("content: ")));
    CHECK(InputCheck::isClean(QStringLiteral("正常")));
    CHECK_FALSE(InputCheck::isClean(lone));
}

TEST_CASE("input: messages quote a short excerpt - never a whole value", "[rules][input]")
{
    const QString huge(1024 * 1024, QLatin1Char('x'));
    const QString e = InputCheck::excerpt(huge);
    CHECK(e.size() < 100);
    CHECK(e.contains(QStringLiteral("1048576")));
    CHECK(InputCheck::excerpt(QStringLiteral("短")) == QStringLiteral("短"));
    CHECK(InputCheck::excerpt(QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"))) == QStringLiteral("a[U+0000]b"));
    CHECK(InputCheck::normalizeLineEnds(QStringLiteral("a\r\nb\rc\n")) == QStringLiteral("a\nb\nc\n"));
}

TEST_CASE("input: a time that does not parse is refused - never cut to the date", "[rules][input]")
{
    const QTimeZone china(8 * 3600);
    auto ok = [](const char* text) {
        auto t = InputCheck::parseTime(QString::fromLatin1(text));
        INFO(text << ": " << t.error().toStdString());
        REQUIRE(t.ok());
        return *t;
    };
    CHECK(ok("2026-07-01T09:30:00+08:00") == QDateTime(QDate(2026, 7, 1), QTime(9, 30), china));
    CHECK(ok("2026-07-01T09:30:00") == QDateTime(QDate(2026, 7, 1), QTime(9, 30), china));
    CHECK(ok("2026-07-01 09:30") == QDateTime(QDate(2026, 7, 1), QTime(9, 30), china));
    CHECK(ok("2026-07-01T01:30:00Z") == QDateTime(QDate(2026, 7, 1), QTime(9, 30), china));
    CHECK(ok("2026-07-01T09:30:00.250+0800") == QDateTime(QDate(2026, 7, 1), QTime(9, 30, 0, 250), china));
    CHECK(ok("2026-07-01T03:30:00-06") == QDateTime(QDate(2026, 7, 1), QTime(17, 30), china));
    CHECK(ok("2026-07-01") == QDateTime(QDate(2026, 7, 1), QTime(0, 0), china));

    struct Bad
    {
        const char* text;
        const char* reason;
    };
    for (const Bad& b : { Bad { "2026-07-01T25:00:00", "not a time of day" }, Bad { "2026-07-01T23:59:60", "not a time of day" },
                          Bad { "2026-07-01T23:60", "not a time of day" }, Bad { "2026-07-01T24:00:00", "not a time of day" },
                          Bad { "2026-07-01T09:15:00+25:00", "not a time-zone offset" },
                          Bad { "2026-07-01T09:15:00+14:30", "not a time-zone offset" },
                          Bad { "2026-07-01T09:15:00 +08:00", "ISO 8601" }, Bad { "2026-07-01T09", "ISO 8601" },
                          Bad { "2026-07-01T", "ISO 8601" }, Bad { "2026-02-30", "not a date of the calendar" },
                          Bad { "2026-7-1", "ISO 8601" }, Bad { "next tuesday", "ISO 8601" },
                          Bad { "2026-07-01T09:15:00+08:00x", "ISO 8601" }, Bad { "", "ISO 8601" } }) {
        INFO(b.text);
        auto t = InputCheck::parseTime(QString::fromLatin1(b.text));
        REQUIRE_FALSE(t.ok());
        CHECK(t.error().contains(QLatin1String(b.reason)));
    }
}

TEST_CASE("input: a receipt before 1900 or more than a day in the future is refused", "[rules][input]")
{
    const QDateTime now(QDate(2026, 12, 2), QTime(10, 0), QTimeZone::utc());
    const QTimeZone china(8 * 3600);
    CHECK(InputCheck::checkReceived(QDateTime(QDate(2026, 12, 2), QTime(9, 0), china), now).ok());
    CHECK(InputCheck::checkReceived(QDateTime(QDate(1900, 1, 1), QTime(0, 0), china), now).ok());
    CHECK(InputCheck::checkReceived(now.addSecs(23 * 3600), now).ok()); // clocks differ a little
    CHECK(InputCheck::checkReceived(QDateTime(), now).ok());           // "now" is filled in later
    for (const QDateTime& bad : { QDateTime(QDate(1582, 10, 10), QTime(0, 0), china), QDateTime(QDate(1899, 12, 31), QTime(0, 0), china),
                                  now.addSecs(25 * 3600), QDateTime(QDate(2100, 1, 1), QTime(0, 0), china),
                                  QDateTime(QDate(9999, 12, 31), QTime(0, 0), china) }) {
        INFO(bad.toString(Qt::ISODate).toStdString());
        const Status s = InputCheck::checkReceived(bad, now);
        CHECK_FALSE(s.ok());
        CHECK(s.errorCode() == ErrorCode::Invalid);
    }
}

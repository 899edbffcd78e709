// Hostile input to the online import (issue #12): text the central store cannot take, bad
// years and times, unclosed CSV quotes, CR-only and UTF-16 files, huge values, noise on
// stderr. Each is refused per line with its number and reason, or read as it should be.
#include "models/ImportJob.h"
#include "models/Session.h"
#include "models/Uuid7.h"
#include "models/Writer.h"
#include "tests/support/TestSupport.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QStringEncoder>

using namespace qf;

namespace {

struct Import
{
    Import() { session = test::openSession(dir.path(QStringLiteral("hostile.sqlite"))); }
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = dir.path(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }
    ImportSummary run(const QString& path)
    {
        ImportJob job(session->registrar(), session->database(), false);
        const Status s = job.run(path);
        INFO(s.error().toStdString());
        REQUIRE(s.ok()); // a bad line never stops the import
        return job.summary();
    }
    int count(const QString& sql)
    {
        QSqlQuery q(session->database().connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
    static QString reasonOf(const ImportSummary& s, int line)
    {
        for (const ImportLine& l : s.rejected)
            if (l.line == line)
                return l.reason;
        return {};
    }

    test::Scratch dir;
    std::unique_ptr<Session> session;
};

QByteArray line(const char* id, const char* received, const char* content, const char* extra = "")
{
    return QByteArray(R"({"source_id":")") + id + R"(","received_at":")" + received + R"(","content":")" + content
        + '"' + extra + "}\n";
}

} // namespace

TEST_CASE("import: a NUL - a control character or a lone surrogate rejects its line - the rest is imported",
          "[cases][repeats][import][hostile]")
{
    Import im;
    const QByteArray file = line("H-1", "2026-07-01T09:30:00+08:00", "反映问题\\u0000之后") // 1
        + line("H-2", "2026-07-01T09:30:00+08:00", "半个字\\ud800符")                          // 2
        + line("H-3", "2026-07-01T09:30:00+08:00", "低半\\udc00")                              // 3
        + line("H-4", "2026-07-01T09:30:00+08:00", "正常内容", R"(,"reporter_name":"张\u001b三","reporter_phone":"13800138000")") // 4
        + line("H-5", "2026-07-01T09:30:00+08:00", "正常内容五", R"(,"category":"类别\u0000")")  // 5
        + line("H-6", "2026-07-01T09:30:00+08:00", "正常内容六", R"(,"subject_name":"王\u202e某")") // 6
        + line("H\\u0000-7", "2026-07-01T09:30:00+08:00", "正常内容七")                         // 7
        + line("H-8", "2026-07-01T09:30:00+08:00", "多行\\n内容\\t可以")                        // 8: fine
        + line("H-9", "2026-07-01T09:30:00+08:00", "Windows 换行\\r\\n也可以");                  // 9: fine
    const ImportSummary s = im.run(im.write(QStringLiteral("nul.jsonl"), file));
    CHECK(s.records == 9);
    CHECK(s.imported == 2);
    REQUIRE(s.rejected.size() == 7);
    CHECK(Import::reasonOf(s, 1).contains(QStringLiteral("U+0000")));
    CHECK(Import::reasonOf(s, 1).contains(QStringLiteral("content")));
    CHECK(Import::reasonOf(s, 2).contains(QStringLiteral("U+D800")));
    CHECK(Import::reasonOf(s, 3).contains(QStringLiteral("U+DC00")));
    CHECK(Import::reasonOf(s, 4).contains(QStringLiteral("reporter_name")));
    CHECK(Import::reasonOf(s, 4).contains(QStringLiteral("U+001B")));
    CHECK(Import::reasonOf(s, 5).contains(QStringLiteral("category")));
    CHECK(Import::reasonOf(s, 6).contains(QStringLiteral("U+202E")));
    CHECK(Import::reasonOf(s, 7).contains(QStringLiteral("source_id")));
    // Nothing the central store could not take reached the store.
    CHECK(im.count(QStringLiteral("SELECT count(*) FROM reports")) == 2);
    CHECK(im.count(QStringLiteral("SELECT count(*) FROM reports WHERE instr(content, char(0)) > 0 OR instr(content, char(13)) > 0")) == 0);
    CHECK(im.count(QStringLiteral("SELECT count(*) FROM outbox")) > 0);
}

TEST_CASE("import: a year outside 1900-9999 or a receipt in the future is rejected per line - the import goes on",
          "[cases][repeats][import][hostile]")
{
    Import im;
    const QByteArray tomorrowPlus = QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODate).toLatin1();
    const QByteArray file = line("Y-1", "1582-10-10", "格里历之前")            // 1: used to stop the import
        + line("Y-2", "1899-12-31T23:00:00+08:00", "一八九九年")              // 2
        + line("Y-3", "9999-12-31", "遥远的将来")                           // 3
        + line("Y-4", "2100-01-01", "下个世纪")                             // 4
        + line("Y-5", tomorrowPlus.constData(), "后天")                     // 5
        + line("Y-6", "0000-01-01", "公元零年")                             // 6
        + line("Y-7", "2026-07-01T09:30:00+08:00", "这一行正常，必须导入。"); // 7
    const ImportSummary s = im.run(im.write(QStringLiteral("years.jsonl"), file));
    CHECK(s.imported == 1);
    REQUIRE(s.rejected.size() == 6);
    CHECK(Import::reasonOf(s, 1).contains(QStringLiteral("1900")));
    CHECK(Import::reasonOf(s, 2).contains(QStringLiteral("1900")));
    CHECK(Import::reasonOf(s, 3).contains(QStringLiteral("future")));
    CHECK(Import::reasonOf(s, 4).contains(QStringLiteral("future")));
    CHECK(Import::reasonOf(s, 5).contains(QStringLiteral("future")));
    CHECK(Import::reasonOf(s, 6).contains(QStringLiteral("received_at")));
    CHECK(im.count(QStringLiteral("SELECT count(*) FROM reports WHERE source_id = 'Y-7'")) == 1);
}

TEST_CASE("import: a time that does not parse is rejected - never stored as midnight", "[cases][repeats][import][hostile]")
{
    Import im;
    const QByteArray file = line("T-1", "2026-07-01T25:00:00", "二十五点")   // 1
        + line("T-2", "2026-07-01T23:59:60", "闰秒")                        // 2
        + line("T-3", "2026-07-01T09:15:00+25:00", "时区二十五")             // 3
        + line("T-4", "2026-07-01T09:15:00 +08:00", "空格时区")              // 4
        + line("T-5", "2026-07-01T09:15", "这一行正常。")                    // 5
        + line("T-6", "2026-07-01 09:15:00+08:00", "空格代替T，也正常。");   // 6
    const ImportSummary s = im.run(im.write(QStringLiteral("times.jsonl"), file));
    CHECK(s.imported == 2);
    REQUIRE(s.rejected.size() == 4);
    CHECK(Import::reasonOf(s, 1).contains(QStringLiteral("25:00:00 is not a time of day")));
    CHECK(Import::reasonOf(s, 2).contains(QStringLiteral("23:59:60 is not a time of day")));
    CHECK(Import::reasonOf(s, 3).contains(QStringLiteral("+25:00 is not a time-zone offset")));
    CHECK(Import::reasonOf(s, 4).contains(QStringLiteral("ISO 8601")));
    // No report was cut to midnight China time (16:00 UTC the day before).
    CHECK(im.count(QStringLiteral("SELECT count(*) FROM reports WHERE received_at LIKE '2026-06-30T16:00:00%'")) == 0);
    CHECK(im.count(QStringLiteral("SELECT count(*) FROM reports WHERE received_at LIKE '2026-07-01T01:15:00%'")) == 2);
}

TEST_CASE("import: an unclosed CSV quote loses no later row - the lost lines are named", "[cases][repeats][import][hostile]")
{
    Import im;
    const QByteArray header = "source_id,received_at,content\n";
    // The issue's 5-row file: row 2's quote never closes; it reported "records: 2".
    const QByteArray unclosed = header + "C-1,2026-07-01,第一行\n"
        + "C-2,2026-07-01,\"引号没有关上\n"                                        // line 3
        + "C-3,2026-07-01,第三行\n" + "C-4,2026-07-01,第四行\n" + "C-5,2026-07-01,第五行\n";
    const ImportSummary s = im.run(im.write(QStringLiteral("unclosed.csv"), unclosed));
    CHECK(s.records == 5);
    CHECK(s.imported == 4);
    REQUIRE(s.rejected.size() == 1);
    CHECK(s.rejected.first().line == 3);
    CHECK(s.rejected.first().reason.contains(QStringLiteral("never closed")));
    CHECK(s.rejected.first().reason.contains(QStringLiteral("lines 4 to 6")));
    CHECK(im.count(QStringLiteral("SELECT count(*) FROM reports WHERE source_id IN ('C-3','C-4','C-5')")) == 3);

    // A stray quote that "closes" at the next row's quote swallows that row no more either.
    Import other;
    const QByteArray stray = header + "S-1,2026-07-01,\"半个引号\n"      // line 2
        + "S-2,2026-07-01,\"正常, 带逗号\"\n"                               // line 3
        + "S-3,2026-07-01,\"多行\r\n内容\"\n";                              // lines 4-5: a good multi-line field
    const ImportSummary t = other.run(other.write(QStringLiteral("stray.csv"), stray));
    CHECK(t.imported == 2);
    REQUIRE(t.rejected.size() == 1);
    CHECK(t.rejected.first().line == 2);
    CHECK(other.count(QStringLiteral("SELECT count(*) FROM reports WHERE source_id = 'S-2' AND content = '正常, 带逗号'")) == 1);
    CHECK(other.count(QStringLiteral("SELECT count(*) FROM reports WHERE source_id = 'S-3' AND content = '多行' || char(10) || '内容'")) == 1);
}

TEST_CASE("import: CR-only and CRLF line ends are read like LF", "[cases][repeats][import][hostile]")
{
    Import im;
    QByteArray lf = line("R-1", "2026-07-01", "第一行") + line("R-2", "2026-07-01", "第二行") + line("R-3", "2026-07-01", "第三行");
    QByteArray cr = lf;
    cr.replace('\n', '\r');
    const ImportSummary s = im.run(im.write(QStringLiteral("cr.jsonl"), cr));
    CHECK(s.records == 3);
    CHECK(s.imported == 3);
    CHECK(s.rejected.isEmpty());

    Import crlf;
    QByteArray windows = lf;
    windows.replace("\n", "\r\n");
    windows += "{broken\r\n";
    const ImportSummary w = crlf.run(crlf.write(QStringLiteral("crlf.jsonl"), windows));
    CHECK(w.imported == 3);
    REQUIRE(w.rejected.size() == 1);
    CHECK(w.rejected.first().line == 4);

    Import csv;
    const QByteArray crCsv = "source_id,received_at,content\r" "K-1,2026-07-01,\"两\r行\"\r" "K-2,2026-07-01,第二条\r" "K-3,2026-07-01,\"未关\r";
    const ImportSummary c = csv.run(csv.write(QStringLiteral("cr.csv"), crCsv));
    CHECK(c.imported == 2);
    REQUIRE(c.rejected.size() == 1);
    CHECK(c.rejected.first().line == 5); // lines counted at CR too
    CHECK(csv.count(QStringLiteral("SELECT count(*) FROM reports WHERE content = '两' || char(10) || '行'")) == 1);
}

TEST_CASE("import: a UTF-16 file is read - with or without its byte-order mark", "[cases][repeats][import][hostile]")
{
    const QString text = QString::fromUtf8(line("U-1", "2026-07-01", "统一码十六位") + line("U-2", "2026-07-02", "第二条"));
    Import le;
    QStringEncoder toLe(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    const ImportSummary a = le.run(le.write(QStringLiteral("le.jsonl"), toLe.encode(text)));
    CHECK(a.imported == 2);
    CHECK(a.rejected.isEmpty());
    CHECK(le.count(QStringLiteral("SELECT count(*) FROM reports WHERE content = '统一码十六位'")) == 1);

    Import be;
    QStringEncoder toBe(QStringConverter::Utf16BE);
    const QString csv = QStringLiteral("source_id,received_at,content\nB-1,2026-07-01,大端无标记\n");
    const ImportSummary b = be.run(be.write(QStringLiteral("be.csv"), toBe.encode(csv)));
    CHECK(b.format == QStringLiteral("csv"));
    CHECK(b.imported == 1);
    CHECK(be.count(QStringLiteral("SELECT count(*) FROM reports WHERE content = '大端无标记'")) == 1);
}

TEST_CASE("import: a huge unknown category is quoted as a short excerpt", "[cases][repeats][import][hostile]")
{
    Import im;
    const QByteArray category(1024 * 1024, 'Q');
    const QByteArray file = line("B-1", "2026-07-01", "类别很长", QByteArray(QByteArray(R"(,"category":")") + category + '"').constData());
    const ImportSummary s = im.run(im.write(QStringLiteral("big.jsonl"), file));
    CHECK(s.imported == 1);
    REQUIRE(s.corrections.size() == 1);
    CHECK(s.corrections.first().reason.size() < 200);
    CHECK(s.corrections.first().reason.contains(QStringLiteral("1048576")));
    CHECK(im.count(QStringLiteral("SELECT max(length(payload)) FROM events")) < 1000);
}

TEST_CASE("cli: import is quiet on stderr - -v for progress - and a bad year is a rejected line",
          "[cases][repeats][import][hostile][cli]")
{
    test::Scratch dir;
    const QString db = dir.path(QStringLiteral("cli.sqlite"));
    QByteArray file = line("Q-0", "1582-10-10", "一行坏年份");
    for (int i = 1; i <= 50; ++i)
        file += line(QByteArray("Q-" + QByteArray::number(i)).constData(), "2026-07-01T09:30:00+08:00",
                     QByteArray("第" + QByteArray::number(i) + "条：反映某单位违规发放津贴。").constData());
    const QString path = dir.path(QStringLiteral("fifty.jsonl"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(file);
    }
    // A logging rule of the user's own must not switch the modules' debug lines back on.
    const QByteArray saved = qgetenv("QT_LOGGING_RULES");
    qputenv("QT_LOGGING_RULES", "qt.qpa.*=false");
    auto quiet = test::runCli(db, { QStringLiteral("import"), QStringLiteral("--no-repeat-check"), path });
    if (saved.isNull())
        qunsetenv("QT_LOGGING_RULES");
    else
        qputenv("QT_LOGGING_RULES", saved);
    INFO(quiet.err.toStdString());
    CHECK(quiet.exitCode == 2); // some lines rejected; not 1 (stopped)
    CHECK(quiet.out.contains(QStringLiteral("imported: 50")));
    CHECK(quiet.out.contains(QStringLiteral("line 1: ")));
    CHECK(quiet.err.trimmed().isEmpty());

    const QString again = dir.path(QStringLiteral("again.sqlite"));
    auto verbose = test::runCli(again, { QStringLiteral("import"), QStringLiteral("-v"), QStringLiteral("--no-repeat-check"), path });
    CHECK(verbose.err.contains(QStringLiteral("51 / 51 records")));
    CHECK(verbose.err.count(QLatin1Char('\n')) < 5);
}

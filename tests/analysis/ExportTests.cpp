// stats export: the .docx and .xlsx read back (unzipped, the XML parsed), the tour extract's
// small cells and identities, re-issuing.
#include "tests/analysis/AnalysisFixture.h"

#include "models/ReportStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTimeZone>

#include <minizip/unzip.h>

using namespace qf;
using namespace qf::test;

namespace {

QByteArray part(const QString& zipPath, const QString& name)
{
    unzFile zip = unzOpen64(QFile::encodeName(zipPath).constData());
    REQUIRE(zip);
    INFO("part " << name.toStdString());
    const bool found = unzLocateFile(zip, name.toUtf8().constData(), 1) == UNZ_OK;
    QByteArray data;
    if (found && unzOpenCurrentFile(zip) == UNZ_OK) {
        char buffer[65536];
        int n = 0;
        while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
            data.append(buffer, n);
        unzCloseCurrentFile(zip);
    }
    unzClose(zip);
    REQUIRE(found);
    return data;
}

QDomDocument xml(const QByteArray& data)
{
    QDomDocument doc;
    REQUIRE(doc.setContent(data, true));
    return doc;
}

// The text of each paragraph of the document body, and the tables as rows of cell texts.
struct DocxText
{
    QStringList paragraphs;
    QList<QList<QStringList>> tables;
    QString all;
};

DocxText readDocx(const QString& path)
{
    const QString w = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
    QDomDocument doc = xml(part(path, QStringLiteral("word/document.xml")));
    DocxText out;
    const QDomNodeList ps = doc.elementsByTagNameNS(w, QStringLiteral("p"));
    for (int i = 0; i < ps.size(); ++i)
        out.paragraphs << ps.at(i).toElement().text();
    const QDomNodeList tbls = doc.elementsByTagNameNS(w, QStringLiteral("tbl"));
    for (int i = 0; i < tbls.size(); ++i) {
        QList<QStringList> rows;
        const QDomNodeList trs = tbls.at(i).toElement().elementsByTagNameNS(w, QStringLiteral("tr"));
        for (int r = 0; r < trs.size(); ++r) {
            QStringList cells;
            const QDomNodeList tcs = trs.at(r).toElement().elementsByTagNameNS(w, QStringLiteral("tc"));
            for (int c = 0; c < tcs.size(); ++c)
                cells << tcs.at(c).toElement().text();
            rows << cells;
        }
        out.tables << rows;
    }
    out.all = doc.documentElement().text();
    return out;
}

ProcessResult exportTo(const AnalysisFixture& fx, QStringList args, const QString& out)
{
    args.prepend(QStringLiteral("export"));
    args.prepend(QStringLiteral("stats"));
    args << QStringLiteral("--out") << out << QStringLiteral("--date") << QStringLiteral("2027-01-05");
    // The tables are compared with the labels of this (untranslated) process; the Chinese
    // default has a test of its own.
    if (!args.contains(QStringLiteral("--lang")))
        args << QStringLiteral("--lang") << QStringLiteral("en");
    const ProcessResult r = runCli(fx.dbPath, args, 120000);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r;
}

QString plantRealName(AnalysisFixture& fx, const QDateTime& at, const QString& region)
{
    ReportDraft d;
    d.channel = QStringLiteral("visit");
    d.receivedAt = at;
    d.region = region;
    d.what = QStringLiteral("违规发放补贴");
    d.content = QStringLiteral("反映某单位违规发放补贴问题。");
    d.reporter = PersonIdentity { QStringLiteral("张小三"), QStringLiteral("11010519491231002X"),
                                  QStringLiteral("13800138000"), QStringLiteral("城关镇幸福路1号"), {}, {} };
    auto added = fx.session->reports().add(d);
    QF_REQUIRE_OK(added);
    return added->regNo;
}

} // namespace

TEST_CASE("The quarterly .docx is a 公文 whose tables read back with the counted figures, issued again identically")
{
    AnalysisFixture fx;
    fx.plantRandom(150, 31, QDate(2025, 10, 1), QDate(2026, 12, 31));
    const QString docx = fx.dir.path(QStringLiteral("q4.docx"));
    const ProcessResult r = exportTo(fx, { QStringLiteral("--kind"), QStringLiteral("quarterly"), QStringLiteral("--quarter"),
                                           QStringLiteral("2026Q4") }, docx);
    const DocxText text = readDocx(docx);
    REQUIRE_FALSE(text.paragraphs.isEmpty());
    CHECK(text.paragraphs.first().contains(QStringLiteral("2026")));
    CHECK(text.paragraphs.contains(QStringLiteral("2027年1月5日")));
    // The package's parts are all there and parse.
    for (const QString& name : { QStringLiteral("[Content_Types].xml"), QStringLiteral("_rels/.rels"),
                                 QStringLiteral("word/styles.xml"), QStringLiteral("word/footer1.xml"),
                                 QStringLiteral("word/_rels/document.xml.rels"), QStringLiteral("docProps/core.xml") })
        xml(part(docx, name));
    CHECK(part(docx, QStringLiteral("word/footer1.xml")).contains("PAGE"));
    // The channel table: every row's count is the test's own.
    AnalysisQuery q;
    q.period = AnalysisPeriod::quarter(2026, 4);
    q.includeRestricted = true;
    auto a = fx.analysis();
    QHash<QString, qint64> expected;
    for (const Planted& p : fx.counted(q, q.period))
        expected[a->label(Dimension::Channel, p.channel)] += 1;
    REQUIRE(text.tables.size() >= 3);
    const QList<QStringList>& overview = text.tables.at(0);
    REQUIRE(overview.size() > 1);
    CHECK(overview.at(1).at(1) == QString::number(fx.counted(q, q.period).size()));
    const QList<QStringList>& channels = text.tables.at(1);
    QHash<QString, qint64> got;
    for (qsizetype i = 1; i < channels.size(); ++i)
        got.insert(channels.at(i).at(0), channels.at(i).at(1).toLongLong());
    CHECK(got == expected);
    // How it was made.
    const QString hash = r.out.section(QStringLiteral("data: "), 1).section(QLatin1Char('\n'), 0, 0);
    const QString content = r.out.section(QStringLiteral("content: "), 1).section(QLatin1Char('\n'), 0, 0);
    CHECK(hash.size() == 64);
    CHECK(text.all.contains(hash));
    CHECK(text.all.contains(content));
    CHECK(text.all.contains(QString::fromLatin1(Analysis::kRulesVersion)));
    // Issued again: the same content hash and the same bytes.
    const QString again = fx.dir.path(QStringLiteral("q4-again.docx"));
    const ProcessResult r2 = exportTo(fx, { QStringLiteral("--kind"), QStringLiteral("quarterly"), QStringLiteral("--quarter"),
                                            QStringLiteral("2026Q4") }, again);
    CHECK(r2.out.section(QStringLiteral("content: "), 1).section(QLatin1Char('\n'), 0, 0) == content);
    QFile f1(docx), f2(again);
    REQUIRE(f1.open(QIODevice::ReadOnly));
    REQUIRE(f2.open(QIODevice::ReadOnly));
    CHECK(f1.readAll() == f2.readAll());
    // LibreOffice opens it, when it is installed.
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (!soffice.isEmpty()) {
        QProcess p;
        p.start(soffice, { QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                           QStringLiteral("--outdir"), fx.dir.path(QStringLiteral("pdf")), docx });
        REQUIRE(p.waitForFinished(180000));
        CHECK(p.exitCode() == 0);
        CHECK(QFile::exists(fx.dir.path(QStringLiteral("pdf/q4.pdf"))));
    }
}

TEST_CASE("The .xlsx has one sheet per table, numbers as numbers and months as dates")
{
    AnalysisFixture fx;
    fx.plantRandom(120, 8, QDate(2026, 1, 1), QDate(2026, 12, 31));
    const QString xlsx = fx.dir.path(QStringLiteral("m.xlsx"));
    exportTo(fx, { QStringLiteral("--kind"), QStringLiteral("monthly"), QStringLiteral("--month"), QStringLiteral("2026-05") }, xlsx);
    const QString ns = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
    QDomDocument book = xml(part(xlsx, QStringLiteral("xl/workbook.xml")));
    const QDomNodeList sheets = book.elementsByTagNameNS(ns, QStringLiteral("sheet"));
    CHECK(sheets.size() >= 10); // about + overview + the groupings + months + warnings
    // The overview (second sheet): B2 is the received count, a number.
    QDomDocument overview = xml(part(xlsx, QStringLiteral("xl/worksheets/sheet2.xml")));
    AnalysisQuery q;
    q.period = AnalysisPeriod::month(2026, 5);
    q.includeRestricted = true;
    const QDomNodeList cells = overview.elementsByTagNameNS(ns, QStringLiteral("c"));
    bool found = false;
    for (int i = 0; i < cells.size(); ++i) {
        const QDomElement c = cells.at(i).toElement();
        if (c.attribute(QStringLiteral("r")) == QLatin1String("B2")) {
            found = true;
            CHECK(c.attribute(QStringLiteral("t")).isEmpty()); // a number, not a string
            CHECK(c.text().toLongLong() == fx.counted(q, q.period).size());
        }
    }
    CHECK(found);
    // The months' sheet: A2 is a date (a serial number with a date style), B2 a number.
    int monthSheet = 0;
    for (int i = 0; i < sheets.size(); ++i)
        if (sheets.at(i).toElement().attribute(QStringLiteral("name")).contains(QStringLiteral("月")) ||
            sheets.at(i).toElement().attribute(QStringLiteral("name")).contains(QStringLiteral("month")))
            monthSheet = i + 1;
    REQUIRE(monthSheet > 0);
    QDomDocument months = xml(part(xlsx, QStringLiteral("xl/worksheets/sheet%1.xml").arg(monthSheet)));
    const QDomNodeList mc = months.elementsByTagNameNS(ns, QStringLiteral("c"));
    for (int i = 0; i < mc.size(); ++i) {
        const QDomElement c = mc.at(i).toElement();
        if (c.attribute(QStringLiteral("r")) == QLatin1String("A2")) {
            CHECK(c.attribute(QStringLiteral("t")).isEmpty());
            CHECK_FALSE(c.attribute(QStringLiteral("s")).isEmpty());
            CHECK(c.text().toDouble() == QDate(1899, 12, 30).daysTo(QDate(2026, 5, 1)));
        }
    }
    // The file says how it was made.
    const QByteArray strings = part(xlsx, QStringLiteral("xl/sharedStrings.xml"));
    CHECK(strings.contains(Analysis::kRulesVersion));
}

TEST_CASE("A tour extract leaving the office shows small counts as <3 and never an identity")
{
    AnalysisFixture fx;
    const QString region = QStringLiteral("东村");
    const QString regNo = plantRealName(fx, QDateTime(QDate(2026, 8, 3), QTime(9, 0), QTimeZone(8 * 3600)), region);
    for (int i = 0; i < 5; ++i) {
        Planted p;
        p.receivedUtc = QDateTime(QDate(2026, 8, 5 + i), QTime(9, 0), QTimeZone(8 * 3600)).toUTC();
        p.region = region;
        p.channel = i < 4 ? QStringLiteral("letter") : QStringLiteral("phone"); // 4 letters, 1 phone, 1 visit
        p.units = { QStringLiteral("东村村委会") };
        fx.add(p);
    }
    const QString docx = fx.dir.path(QStringLiteral("tour.docx"));
    exportTo(fx, { QStringLiteral("--kind"), QStringLiteral("tour"), QStringLiteral("--from"), QStringLiteral("2026-07-01"),
                   QStringLiteral("--to"), QStringLiteral("2026-09-30"), QStringLiteral("--scope"), QStringLiteral("region:") + region },
             docx);
    const DocxText text = readDocx(docx);
    QHash<QString, QString> channelCells;
    for (const QStringList& row : text.tables.at(1))
        channelCells.insert(row.at(0), row.at(1));
    auto a = fx.analysis();
    CHECK(channelCells.value(a->label(Dimension::Channel, QStringLiteral("letter"))) == QStringLiteral("4"));
    CHECK(channelCells.value(a->label(Dimension::Channel, QStringLiteral("phone"))) == QStringLiteral("<3"));
    CHECK(channelCells.value(a->label(Dimension::Channel, QStringLiteral("visit"))) == QStringLiteral("<3"));
    // The list of the reports: registration numbers, not reporters.
    CHECK(text.all.contains(regNo));
    QByteArray everything;
    for (const QString& name : { QStringLiteral("word/document.xml"), QStringLiteral("docProps/core.xml") })
        everything += part(docx, name);
    for (const char* identity : { "张小三", "13800138000", "11010519491231002X", "幸福路" })
        CHECK_FALSE(everything.contains(identity));
    // Kept inside the office: the real counts.
    const QString inside = fx.dir.path(QStringLiteral("tour-internal.xlsx"));
    exportTo(fx, { QStringLiteral("--kind"), QStringLiteral("tour"), QStringLiteral("--from"), QStringLiteral("2026-07-01"),
                   QStringLiteral("--to"), QStringLiteral("2026-09-30"), QStringLiteral("--scope"), QStringLiteral("region:") + region,
                   QStringLiteral("--internal") },
             inside);
    const QByteArray strings = part(inside, QStringLiteral("xl/sharedStrings.xml"));
    CHECK_FALSE(strings.contains("&lt;3"));
    CHECK_FALSE(strings.contains("张小三"));
}

TEST_CASE("stats export writes a PDF and refuses what it cannot write")
{
    AnalysisFixture fx;
    fx.plantRandom(40, 2, QDate(2026, 3, 1), QDate(2026, 3, 31));
    const QString pdf = fx.dir.path(QStringLiteral("m.pdf"));
    exportTo(fx, { QStringLiteral("--kind"), QStringLiteral("monthly"), QStringLiteral("--month"), QStringLiteral("2026-03") }, pdf);
    QFile f(pdf);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(5) == "%PDF-");
    const ProcessResult bad = runCli(fx.dbPath, { QStringLiteral("stats"), QStringLiteral("export"), QStringLiteral("--kind"),
                                                  QStringLiteral("monthly"), QStringLiteral("--month"), QStringLiteral("2026-03"),
                                                  QStringLiteral("--out"), fx.dir.path(QStringLiteral("m.odt")) });
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral(".docx")));
    const ProcessResult noScope = runCli(fx.dbPath, { QStringLiteral("stats"), QStringLiteral("export"), QStringLiteral("--kind"),
                                                      QStringLiteral("tour"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                                      QStringLiteral("--to"), QStringLiteral("2026-03-31"),
                                                      QStringLiteral("--out"), fx.dir.path(QStringLiteral("t.docx")) });
    CHECK(noScope.exitCode == 2);
    CHECK_FALSE(QFile::exists(fx.dir.path(QStringLiteral("t.docx"))));
}

TEST_CASE("stats export writes the document in Chinese by default, with its charts as images")
{
    AnalysisFixture fx;
    fx.plantRandom(120, 17, QDate(2026, 1, 1), QDate(2026, 12, 31));
    const QString docx = fx.dir.path(QStringLiteral("q3-zh.docx"));
    exportTo(fx, { QStringLiteral("--kind"), QStringLiteral("quarterly"), QStringLiteral("--quarter"), QStringLiteral("2026Q3"),
                   QStringLiteral("--lang"), QStringLiteral("zh_CN") },
             docx);
    const DocxText zh = readDocx(docx);
    CHECK(zh.all.contains(QStringLiteral("信访举报")));
    CHECK(zh.all.contains(QStringLiteral("办理时限执行情况")));
    CHECK_FALSE(zh.all.contains(QStringLiteral("Quarterly analysis")));
    CHECK_FALSE(zh.all.contains(QStringLiteral("By channel")));
    // The charts: PNG parts, related from the document and placed in it.
    const QByteArray chart = part(docx, QStringLiteral("word/media/chart1.png"));
    CHECK(chart.startsWith("\x89PNG"));
    CHECK(QImage::fromData(chart).width() > 100);
    part(docx, QStringLiteral("word/media/chart2.png"));
    CHECK(part(docx, QStringLiteral("word/_rels/document.xml.rels")).contains("media/chart1.png"));
    CHECK(part(docx, QStringLiteral("[Content_Types].xml")).contains("image/png"));
    CHECK(part(docx, QStringLiteral("word/document.xml")).contains("r:embed=\"rIdChart1\""));
    // Without --lang the same document: Chinese is the default.
    const QString plain = fx.dir.path(QStringLiteral("q3-default.docx"));
    QStringList args { QStringLiteral("stats"), QStringLiteral("export"), QStringLiteral("--kind"), QStringLiteral("quarterly"),
                       QStringLiteral("--quarter"), QStringLiteral("2026Q3"), QStringLiteral("--out"), plain,
                       QStringLiteral("--date"), QStringLiteral("2027-01-05") };
    const ProcessResult r = runCli(fx.dbPath, args, 120000);
    REQUIRE(r.exitCode == 0);
    CHECK(readDocx(plain).all == zh.all);
    if (const QString shots = screenshotDir(QStringLiteral("stats")); !shots.isEmpty())
        QFile::copy(docx, shots + QStringLiteral("/q3-zh.docx"));
}

// The one registration (ReportRegistrar): all or nothing, and one set of rules.
#include "tests/cases/CaseFixture.h"

#include "models/AttachmentStore.h"
#include "models/ReportRegistrar.h"
#include "models/Writer.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFileInfo>
#include <QSqlQuery>

using namespace qf;

namespace {

// Rows of every table a registration writes to, and the stored files.
QMap<QString, int> footprint(test::CaseFixture& f)
{
    static const char* const tables[] = { "reports",      "persons",           "subjects",      "events",
                                          "outbox",       "report_attachments", "attachments",  "reg_counters",
                                          "dup_signatures", "dup_bands",       "report_grams_docsize",
                                          "subject_grams_docsize", "report_fts_docsize", "subject_fts_docsize" };
    QMap<QString, int> out;
    for (const char* table : tables) {
        QSqlQuery q(f.session->database().connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table))));
        REQUIRE(q.next());
        out.insert(QString::fromLatin1(table), q.value(0).toInt());
    }
    int files = 0;
    QDirIterator it(AttachmentStore::defaultRoot(f.session->database().path()), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++files;
    }
    out.insert(QStringLiteral("stored files"), files);
    return out;
}

Registration similarLetter(const QString& office, const QByteArray& scan)
{
    Registration r;
    r.draft.channel = QStringLiteral("letter");
    r.draft.orgId = office;
    r.draft.what = QStringLiteral("违规发放补贴");
    r.draft.content = QStringLiteral("反映某单位违规发放补贴问题。");
    r.draft.subjects << SubjectDraft { QStringLiteral("王某"), QStringLiteral("城关镇政府"), QStringLiteral("科级"), {}, false };
    r.draft.reporter = PersonIdentity { QStringLiteral("李四"), {}, QStringLiteral("13900139000"), {}, {}, {} };
    r.files << RegistrationFile { {}, scan, QStringLiteral("page1.png"), QStringLiteral("scan") };
    return r;
}

} // namespace

TEST_CASE("registration: a failure at the last step - repeat proposals or attachment - keeps nothing of it",
          "[cases][intake][repeats]")
{
    test::CaseFixture f;
    const QString earlier = f.addReport();
    ReportRegistrar& registrar = f.session->registrar();
    const QByteArray scan = QByteArrayLiteral("\x89PNG\r\n\x1a\n a scanned page, not seen before");
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(scan, QCryptographicHash::Sha256).toHex());
    const auto before = footprint(f);

    for (const auto step : { ReportRegistrar::Step::Repeats, ReportRegistrar::Step::Files }) {
        INFO("failing step " << int(step));
        registrar.injectFailure(step);
        auto failed = registrar.registerReport(similarLetter(f.office, scan));
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.error().contains(QStringLiteral("injected failure")));
        CHECK(footprint(f) == before); // no report, person, outbox entry, attachment row or file, index entry
        CHECK_FALSE(QFileInfo::exists(f.session->attachments().pathOf(sha)));
    }

    registrar.injectFailure(std::nullopt);
    auto registered = registrar.registerReport(similarLetter(f.office, scan));
    QF_REQUIRE_OK(registered);
    CHECK(f.reports->get(registered->id)->realName());
    REQUIRE(registered->files.size() == 1);
    CHECK(QFileInfo::exists(f.session->attachments().pathOf(sha)));
    REQUIRE_FALSE(registered->proposals.isEmpty());
    CHECK(registered->proposals.first().reportId == earlier);
    CHECK(f.eventCount(registered->id, QStringLiteral("repeat_proposed")) == 1);
    const auto after = footprint(f);
    CHECK(after.value(QStringLiteral("reports")) == before.value(QStringLiteral("reports")) + 1);
    CHECK(after.value(QStringLiteral("persons")) == before.value(QStringLiteral("persons")) + 1);
    CHECK(after.value(QStringLiteral("dup_signatures")) == before.value(QStringLiteral("dup_signatures")) + 1);
    CHECK(after.value(QStringLiteral("report_grams_docsize")) == before.value(QStringLiteral("report_grams_docsize")) + 1);

    // The fingerprints read during the failed attempts are gone from memory too: the next
    // report is compared with the one registered, not with a rolled-back one.
    auto third = registrar.registerReport(similarLetter(f.office, scan));
    QF_REQUIRE_OK(third);
    QStringList proposed;
    for (const RepeatProposal& p : std::as_const(third->proposals))
        proposed << p.reportId;
    CHECK(proposed.contains(earlier));
    CHECK(proposed.contains(registered->id));
}

TEST_CASE("registration: a draft is checked by one set of rules, whatever the channel", "[cases][intake]")
{
    test::CaseFixture f;
    ReportDraft d;
    d.channel = QStringLiteral("handed_over");
    d.what = QStringLiteral("违规收受礼金");
    const Status noSource = ReportRegistrar::problems(d);
    REQUIRE_FALSE(noSource.ok());
    CHECK(noSource.errorCode() == ErrorCode::Invalid);
    // The store's own registration and the registrar refuse it alike.
    auto viaStore = f.reports->add(d);
    REQUIRE_FALSE(viaStore.ok());
    CHECK(viaStore.error() == noSource.error());
    Registration r;
    r.draft = d;
    auto viaRegistrar = f.session->registrar().registerReport(r);
    REQUIRE_FALSE(viaRegistrar.ok());
    CHECK(viaRegistrar.error() == noSource.error());

    d.sourceId = QStringLiteral("县委办转〔2026〕3号");
    d.reporter = PersonIdentity { QStringLiteral("张三"), {}, {}, {}, {}, {} };
    const Status unreachable = ReportRegistrar::problems(d);
    REQUIRE_FALSE(unreachable.ok());
    CHECK(unreachable.error().contains(QStringLiteral("phone")));
    d.corrections << QStringLiteral("reporter to be completed"); // marked for correction: registered
    CHECK(ReportRegistrar::problems(d).ok());
}

TEST_CASE("registration: text the store cannot keep is refused on every path - intake - desk - editor - command line",
          "[cases][intake][hostile]")
{
    test::CaseFixture f;
    const QString nul = QStringLiteral("反映") + QChar(0) + QStringLiteral("问题");
    const QString lone = QStringLiteral("半个") + QChar(0xD83D) + QStringLiteral("字");
    ReportDraft d;
    d.channel = QStringLiteral("letter");
    d.content = QStringLiteral("正常内容。");
    d.what = nul;
    const Status s = ReportRegistrar::problems(d);
    REQUIRE_FALSE(s.ok());
    CHECK(s.errorCode() == ErrorCode::Invalid);
    CHECK(s.error().contains(QStringLiteral("U+0000")));
    CHECK(s.error().contains(QStringLiteral("何事")));
    Registration r;
    r.draft = d;
    CHECK_FALSE(f.session->registrar().registerReport(r).ok());
    d.what = QStringLiteral("违规收受礼金");
    d.subjects << SubjectDraft { lone, {}, {}, {}, false };
    CHECK(ReportRegistrar::problems(d).error().contains(QStringLiteral("U+D83D")));
    d.subjects.clear();
    d.reporter = PersonIdentity { QStringLiteral("张\n三"), {}, QStringLiteral("13800138000"), {}, {}, {} };
    CHECK(ReportRegistrar::problems(d).error().contains(QStringLiteral("one line")));
    d.reporter.reset();
    // A receipt far in the future or before 1900 is refused at the intake as at the import.
    d.receivedAt = QDateTime::currentDateTimeUtc().addDays(3);
    CHECK(ReportRegistrar::problems(d).error().contains(QStringLiteral("future")));
    d.receivedAt = QDateTime(QDate(1899, 12, 31), QTime(12, 0));
    CHECK(ReportRegistrar::problems(d).error().contains(QStringLiteral("1900")));
    d.receivedAt = {};
    CHECK(ReportRegistrar::problems(d).ok());

    // The desk's and the command line's persons.
    CHECK_FALSE(f.session->persons().add(PersonIdentity { QStringLiteral("张") + QChar(0x1b) + QStringLiteral("三"), {}, {}, {}, {}, {} },
                                         PersonRoles { .visitor = true })
                    .ok());
    // The case editor's fields, and every other change: the write path refuses them too.
    const QString id = f.addReport();
    const Status edited = f.reports->setField(id, QStringLiteral("demand"), nul);
    REQUIRE_FALSE(edited.ok());
    CHECK(edited.error().contains(QStringLiteral("U+0000")));
    const Status written = f.session->writer().apply(
        Change::update(QStringLiteral("reports"), id, { { QStringLiteral("content"), lone } }));
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().contains(QStringLiteral("reports.content")));
    QSqlQuery q(f.session->database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM reports WHERE instr(demand, char(0)) > 0")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);

    // The command line: a time of receipt that does not parse, a name with an escape.
    auto late = test::runCli(f.session->database().path(),
                             { QStringLiteral("report"), QStringLiteral("add"), QStringLiteral("--channel"), QStringLiteral("letter"),
                               QStringLiteral("--content"), QStringLiteral("反映问题"), QStringLiteral("--received"),
                               QStringLiteral("2026-07-01T25:00:00") });
    CHECK(late.exitCode == 2);
    CHECK(late.err.contains(QStringLiteral("not a time of day")));
    auto escName = test::runCli(f.session->database().path(),
                                { QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"),
                                  QStringLiteral("王") + QChar(0x1b) + QStringLiteral("[31m五"), QStringLiteral("--id-number"),
                                  QStringLiteral("11010519491231002X") });
    CHECK(escName.exitCode != 0);
    CHECK(escName.err.contains(QStringLiteral("U+001B")));
}

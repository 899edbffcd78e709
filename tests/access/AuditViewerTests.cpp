// The audit log as administrators and supervisors read it: filters (models/AuditQuery), the
// command line's audit list|export, the .xlsx and PDF files read back, the refusal for a role
// that may not read the audit, and the export kept in the log.
#include "app/audit/AuditExport.h"
#include "models/AuditQuery.h"
#include "models/ReportRegistrar.h"
#include "models/Session.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace qf;
using namespace qf::test;

namespace {

// The entries of the work recorded, without the sign-ins every command and session makes.
qint64 worked(Session& session)
{
    QSqlQuery q(session.database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action NOT LIKE 'signin%' AND action <> 'signout'")));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}


// A database whose profile is a supervisor, with a reported letter (a real-name reporter) and
// audit entries by three users on three days.
struct AuditFixture
{
    Scratch scratch;
    QString path = scratch.path(QStringLiteral("audit.db"));
    std::unique_ptr<Session> session = openSession(path);
    QString reportId;
    QString regNo;
    QString reporterId;

    AuditFixture()
    {
        test::signInAs(*session, QStringLiteral("supervisor"), {}, QStringLiteral("王审计"));
        Registration r;
        r.draft.channel = QStringLiteral("letter");
        r.draft.content = QStringLiteral("反映某局长收受礼金");
        r.draft.reporter = PersonIdentity { QStringLiteral("张三"), QStringLiteral("11010519491231002X"), {}, {}, {}, {} };
        r.checkRepeats = false;
        auto added = session->registrar().registerReport(r);
        INFO(added.error().toStdString());
        REQUIRE(added.ok());
        reportId = added->id;
        regNo = added->regNo;
        reporterId = added->reporterId;
        REQUIRE_FALSE(reporterId.isEmpty());

        QSqlQuery q(session->database().connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO users (id, login, name, role) VALUES "
                                      "('u-li', 'lisi', '李四', 'case_officer'), ('u-zhao', 'zhaowu', '赵五', 'registry_clerk')")));
        // Entries with chosen days: written through the log (so the chain holds), then dated.
        const struct
        {
            const char* user;
            const char* action;
            const char* table;
            QString target;
            const char* detail;
        } entries[] = {
            { "u-li", "identity.view", "persons", reporterId, "核实举报人" },
            { "u-li", "followup_code_reissued", "reports", reportId, "" },
            { "u-zhao", "identity.view", "persons", QStringLiteral("p-other"), "另一件" },
            { "u-zhao", "key_file.view", "persons", reporterId, "重点人员" },
        };
        for (const auto& e : entries) {
            session->audit().setUser(QString::fromUtf8(e.user));
            QF_REQUIRE_OK(session->audit().record(QString::fromUtf8(e.action), QString::fromUtf8(e.table), e.target,
                                                  QString::fromUtf8(e.detail)));
        }
        session->audit().setUser(session->userId());
    }

    QList<qint64> seqs(const AuditFilter& f)
    {
        auto list = AuditQuery(*session).list(f);
        INFO(list.error().toStdString());
        REQUIRE(list.ok());
        QList<qint64> out;
        for (const AuditEntry& e : *list)
            out << e.seq;
        return out;
    }
    // The entries' numbers by (user id, action), as recorded above.
    qint64 seqOf(const QString& user, const QString& action, const QString& target)
    {
        QSqlQuery q(session->database().connection());
        q.prepare(QStringLiteral("SELECT seq FROM audit_log WHERE user_id = ? AND action = ? AND target_id = ?"));
        q.addBindValue(user);
        q.addBindValue(action);
        q.addBindValue(target);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

ProcessResult run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

} // namespace

TEST_CASE("the audit filters return exactly the entries by a user, about a report and its reporter, of a kind and in a date range")
{
    AuditFixture f;
    const qint64 liView = f.seqOf(QStringLiteral("u-li"), QStringLiteral("identity.view"), f.reporterId);
    const qint64 liReissue = f.seqOf(QStringLiteral("u-li"), QStringLiteral("followup_code_reissued"), f.reportId);
    const qint64 zhaoOther = f.seqOf(QStringLiteral("u-zhao"), QStringLiteral("identity.view"), QStringLiteral("p-other"));
    const qint64 zhaoKey = f.seqOf(QStringLiteral("u-zhao"), QStringLiteral("key_file.view"), f.reporterId);

    CHECK(f.seqs({ QStringLiteral("lisi") }) == QList<qint64> { liView, liReissue }); // by login
    CHECK(f.seqs({ QStringLiteral("u-zhao") }) == QList<qint64> { zhaoOther, zhaoKey }); // by id
    // A report: its own entries and the views of its reporter's identity, by id or number.
    const QList<qint64> aboutReport = f.seqs({ {}, f.reportId });
    CHECK(aboutReport.contains(liView));
    CHECK(aboutReport.contains(liReissue));
    CHECK(aboutReport.contains(zhaoKey));
    CHECK_FALSE(aboutReport.contains(zhaoOther));
    CHECK(f.seqs({ {}, f.regNo }) == aboutReport);
    CHECK(f.seqs({ {}, {}, QStringLiteral("identity.view") }) == QList<qint64> { liView, zhaoOther });
    CHECK(f.seqs({ QStringLiteral("lisi"), {}, QStringLiteral("identity.view") }) == QList<qint64> { liView });

    // Dates: move two entries to other days (the chain is left as it is: the filter reads
    // what is there) and ask for ranges in the office's local days.
    {
        QSqlQuery q(f.session->database().connection());
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_append_only_u")));
        const auto at = [](int y, int m, int d) {
            return QDateTime(QDate(y, m, d), QTime(10, 0)).toUTC().toString(Qt::ISODateWithMs);
        };
        REQUIRE(q.exec(QStringLiteral("UPDATE audit_log SET at = '%1' WHERE seq = %2").arg(at(2026, 3, 1)).arg(liView)));
        REQUIRE(q.exec(QStringLiteral("UPDATE audit_log SET at = '%1' WHERE seq = %2").arg(at(2026, 3, 5)).arg(zhaoOther)));
    }
    AuditFilter march;
    march.from = QDate(2026, 3, 1);
    march.to = QDate(2026, 3, 5);
    CHECK(f.seqs(march) == QList<qint64> { liView, zhaoOther });
    march.to = QDate(2026, 3, 4);
    CHECK(f.seqs(march) == QList<qint64> { liView });
    march.from = QDate(2026, 3, 2);
    CHECK(f.seqs(march).isEmpty());
}

TEST_CASE("a case officer may neither list nor export the audit log, in the core and on the command line")
{
    AuditFixture f;
    test::signInAs(*f.session, QStringLiteral("case_officer"), {}, QStringLiteral("王审计"));
    auto list = AuditQuery(*f.session).list({});
    CHECK_FALSE(list.ok());
    CHECK(list.errorCode() == ErrorCode::Refused);
    const QString out = f.scratch.path(QStringLiteral("refused.xlsx"));
    auto exported = AuditExport::write(*f.session, {}, out);
    CHECK_FALSE(exported.ok());
    CHECK(exported.errorCode() == ErrorCode::Refused);
    CHECK_FALSE(QFile::exists(out));
    const qint64 entries = worked(*f.session);
    f.session.reset();

    const ProcessResult listed = runCliAs(QStringLiteral("case_officer"), f.path, { QStringLiteral("audit"), QStringLiteral("list") });
    CHECK(listed.exitCode == 1);
    CHECK(listed.err.contains(QStringLiteral("administrators and supervisors")));
    CHECK_FALSE(listed.out.contains(QStringLiteral("identity.view")));
    const ProcessResult cli = runCliAs(QStringLiteral("case_officer"), f.path, { QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"), out });
    CHECK(cli.exitCode == 1);
    CHECK_FALSE(QFile::exists(out));
    auto again = openSession(f.path);
    CHECK(worked(*again) == entries); // nothing exported, nothing recorded
}

TEST_CASE("audit list --json and audit export to .xlsx and PDF give the filtered entries, and each export is kept in the log")
{
    AuditFixture f;
    const qint64 before = worked(*f.session);
    f.session.reset();

    const ProcessResult json = runCli(f.path, { QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--user"),
                                                QStringLiteral("lisi"), QStringLiteral("--json") });
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    const QJsonArray listed = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(listed.size() == 2);
    CHECK(listed.at(0).toObject().value(QStringLiteral("user_login")).toString() == QStringLiteral("lisi"));
    CHECK(listed.at(0).toObject().value(QStringLiteral("action")).toString() == QStringLiteral("identity.view"));
    const ProcessResult badDay = runCli(f.path, { QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("3月1日") });
    CHECK(badDay.exitCode == 2);

    // .xlsx: unzip and read the sheet's XML; numbers as numbers, times as dates.
    const QString xlsx = f.scratch.path(QStringLiteral("audit.xlsx"));
    const ProcessResult x = runCli(f.path, { QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"), xlsx,
                                             QStringLiteral("--action"), QStringLiteral("identity.view") });
    INFO(x.err.toStdString());
    REQUIRE(x.exitCode == 0);
    const QString sheet = run(QStringLiteral("unzip"), { QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet1.xml") }).out;
    const QString strings = run(QStringLiteral("unzip"), { QStringLiteral("-p"), xlsx, QStringLiteral("xl/sharedStrings.xml") }).out;
    const QString styles = run(QStringLiteral("unzip"), { QStringLiteral("-p"), xlsx, QStringLiteral("xl/styles.xml") }).out;
    INFO(sheet.left(2000).toStdString());
    // The header and two entries.
    CHECK(sheet.count(QRegularExpression(QStringLiteral("<row "))) == 3);
    // Column A of the entries: plain numbers (no t="s"), the entries' numbers.
    const QRegularExpression numberCell(QStringLiteral(R"re(<c r="A[23]"(?: s="\d+")?><v>(\d+)</v></c>)re"));
    CHECK(sheet.count(numberCell) == 2);
    // Column B: a number (the serial date) in a cell whose style has the date format.
    const QRegularExpression dateCell(QStringLiteral(R"re(<c r="B2" s="(\d+)"><v>(4\d{4}\.\d+|4\d{4})</v></c>)re"));
    const auto date = dateCell.match(sheet);
    REQUIRE(date.hasMatch());
    CHECK(styles.contains(QStringLiteral("yyyy-mm-dd hh:mm:ss")));
    CHECK(strings.contains(QStringLiteral("李四 (lisi)")));
    CHECK(strings.contains(QStringLiteral("赵五 (zhaowu)")));
    CHECK(strings.contains(QStringLiteral("核实举报人")));
    CHECK_FALSE(strings.contains(QStringLiteral("重点人员"))); // another kind: filtered out
    CHECK_FALSE(strings.contains(QStringLiteral("张三"))); // no reporter's name in the audit

    // PDF: its text, read back with pdftotext.
    const QString pdf = f.scratch.path(QStringLiteral("audit.pdf"));
    const ProcessResult p = runCli(f.path, { QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"), pdf,
                                             QStringLiteral("--report"), f.regNo });
    INFO(p.err.toStdString());
    REQUIRE(p.exitCode == 0);
    if (const QString shots = qEnvironmentVariable("QF_SHOTS_DIR"); !shots.isEmpty()) // to look at
        QFile::copy(pdf, shots + QStringLiteral("/audit-export.pdf"));
    // NFKC: the CJK font maps some ideographs to their look-alike radicals (人 as ⼈) and
    // Latin pairs to ligatures in the text it gives back.
    const QString text = run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") })
                             .out.normalized(QString::NormalizationForm_KC);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("核实举报人")));
    CHECK(text.contains(QStringLiteral("重点人员")));
    CHECK_FALSE(text.contains(QStringLiteral("另一件"))); // another report's reporter
    CHECK(text.contains(f.regNo));
    CHECK_FALSE(text.contains(QStringLiteral("张三")));

    // Both exports are in the log, by the profile's user, naming the file and the filter, and
    // so is the listing; the chain still verifies.
    auto session = openSession(f.path);
    CHECK(worked(*session) == before + 3);
    QF_REQUIRE_OK(session->audit().verify());
    QSqlQuery q(session->database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT detail, user_id FROM audit_log WHERE action = 'audit.export' ORDER BY seq")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString().contains(QStringLiteral("2 entries to audit.xlsx; action=identity.view")));
    CHECK(q.value(1).toString() == session->userId());
    REQUIRE(q.next());
    CHECK(q.value(0).toString().contains(QStringLiteral("audit.pdf; report=") + f.regNo));
    REQUIRE(q.exec(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'audit.view'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("qingfeng-cli audit list; user=lisi"));
}

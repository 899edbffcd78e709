// The reporter's follow-up code in the core and the command line: what it looks like, that
// only its hash is kept, and what it tells.
#include "app/print/QrCode.h"
#include "models/Database.h"
#include "models/FollowUpCodes.h"
#include "models/ReportRegistrar.h"
#include "models/Session.h"
#include "models/Writer.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>

using namespace qf;
using namespace qf::test;

namespace {

RegisteredDraft registerLetter(Session& session, const QString& content)
{
    Registration r;
    r.draft.channel = QStringLiteral("letter");
    r.draft.content = content;
    r.checkRepeats = false;
    auto added = session.registrar().registerReport(r);
    INFO(added.error().toStdString());
    REQUIRE(added.ok());
    return *added;
}

QByteArray everyByteOf(const QString& databasePath)
{
    QByteArray all;
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        QFile f(databasePath + suffix);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

void setStatus(Session& session, const QString& reportId, const QString& status, const QString& referredTo = {})
{
    QVariantMap fields { { QStringLiteral("status"), status } };
    if (!referredTo.isEmpty())
        fields.insert(QStringLiteral("referred_to"), referredTo);
    QF_REQUIRE_OK(session.writer().apply(Change::update(QStringLiteral("reports"), reportId, fields)));
}

} // namespace

TEST_CASE("a follow-up code has sixteen digits and a check digit, and it reads with spaces, dashes and full-width digits")
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString code = FollowUpCode::generate();
        REQUIRE(code.size() == 16);
        REQUIRE(code.at(0) != u'0');
        REQUIRE(FollowUpCode::normalise(code) == code);
        seen.insert(code);
        // Every single mistyped digit is caught by the check digit.
        for (int pos = 0; pos < 16; ++pos) {
            QString typo = code;
            typo[pos] = QChar(u'0' + char16_t((code.at(pos).digitValue() + 1 + i % 9) % 10));
            if (pos == 0 && typo.at(0) == u'0')
                continue;
            REQUIRE_FALSE(FollowUpCode::normalise(typo).has_value());
        }
    }
    CHECK(seen.size() == 200);
    const QString code = FollowUpCode::generate();
    QString fullWidth;
    for (QChar c : code)
        fullWidth.append(QChar(u'０' + char16_t(c.digitValue())));
    CHECK(FollowUpCode::normalise(FollowUpCode::grouped(code)) == code);
    CHECK(FollowUpCode::normalise(code.left(8) + QStringLiteral("-") + code.mid(8)) == code);
    CHECK(FollowUpCode::normalise(fullWidth) == code);
    CHECK_FALSE(FollowUpCode::normalise(code.left(15)).has_value());
    CHECK_FALSE(FollowUpCode::normalise(code + QLatin1Char('1')).has_value());
    CHECK_FALSE(FollowUpCode::normalise(code.left(15) + QLatin1Char('x')).has_value());
    CHECK(FollowUpCode::grouped(QStringLiteral("1234567890123456")) == QStringLiteral("1234 5678 9012 3456"));
}

TEST_CASE("registering a report gives the reporter a follow-up code that the store keeps only as its hash")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("qingfeng.db"));
    auto session = openSession(path);
    const RegisteredDraft added = registerLetter(*session, QStringLiteral("反映某村村委会主任侵占集体土地补偿款。"));
    const QString code = added.followUpCode;
    REQUIRE(FollowUpCode::normalise(code) == code);

    QSqlQuery q(session->database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT lookup, code_hash FROM followup_codes WHERE report_id = '%1'").arg(added.id)));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == code.left(FollowUpCode::LookupDigits));
    CHECK(q.value(1).toString().startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(q.value(1).toString().contains(code));
    // Queued for the central store like the report.
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = 'followup_codes'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);

    session.reset();
    const QByteArray bytes = everyByteOf(path);
    REQUIRE(bytes.size() > 0);
    CHECK_FALSE(bytes.contains(code.toLatin1()));
    CHECK_FALSE(bytes.contains(code.mid(FollowUpCode::LookupDigits).toLatin1()));
}

TEST_CASE("the follow-up code tells the stage of its report, and nothing for a wrong code")
{
    Scratch scratch;
    auto session = openSession(scratch.path(QStringLiteral("qingfeng.db")));
    const RegisteredDraft a = registerLetter(*session, QStringLiteral("反映某局长违规收受礼金。"));
    const RegisteredDraft b = registerLetter(*session, QStringLiteral("反映邻居占用楼道。"));
    FollowUpCodes& codes = session->followUps();

    auto stageOf = [&](const QString& code) {
        auto found = codes.status(code);
        INFO(found.error().toStdString());
        REQUIRE(found.ok());
        REQUIRE(found->has_value());
        return **found;
    };
    CHECK(stageOf(a.followUpCode).stage == FollowUpStage::Received);
    CHECK(stageOf(FollowUpCode::grouped(a.followUpCode)).stageName == QStringLiteral("已收到"));
    setStatus(*session, a.id, QStringLiteral("accepted"));
    CHECK(stageOf(a.followUpCode).stage == FollowUpStage::Accepted);
    setStatus(*session, a.id, QStringLiteral("handling"));
    CHECK(stageOf(a.followUpCode).stage == FollowUpStage::Handling);
    setStatus(*session, a.id, QStringLiteral("concluded"));
    const FollowUpStatus concluded = stageOf(a.followUpCode);
    CHECK(concluded.stage == FollowUpStage::Concluded);
    CHECK(concluded.text.contains(QStringLiteral("办结")));
    setStatus(*session, b.id, QStringLiteral("out_of_scope"), QStringLiteral("住房和城乡建设部门"));
    const FollowUpStatus referred = stageOf(b.followUpCode);
    CHECK(referred.stage == FollowUpStage::Referred);
    CHECK(referred.text.contains(QStringLiteral("住房和城乡建设部门")));
    // Neither text carries the registration number.
    CHECK_FALSE(concluded.text.contains(a.regNo));
    CHECK_FALSE(referred.text.contains(b.regNo));

    // A code no report has (right length and check digit) finds nothing; a mistyped one is
    // said to be mistyped.
    QString other;
    do
        other = FollowUpCode::generate();
    while (other == a.followUpCode || other == b.followUpCode);
    auto none = codes.status(other);
    REQUIRE(none.ok());
    CHECK_FALSE(none->has_value());
    QString typo = a.followUpCode;
    typo[15] = QChar(u'0' + char16_t((typo.at(15).digitValue() + 1) % 10));
    auto mistyped = codes.status(typo);
    REQUIRE_FALSE(mistyped.ok());
    CHECK(mistyped.errorCode() == ErrorCode::Invalid);
}

TEST_CASE("a reporter who lost the code gets a new one and the old one stops working")
{
    Scratch scratch;
    auto session = openSession(scratch.path(QStringLiteral("qingfeng.db")));
    const RegisteredDraft a = registerLetter(*session, QStringLiteral("反映某所长吃拿卡要。"));
    auto fresh = session->followUps().reissue(a.id);
    QF_REQUIRE_OK(fresh);
    CHECK(*fresh != a.followUpCode);
    auto old = session->followUps().status(a.followUpCode);
    REQUIRE(old.ok());
    CHECK_FALSE(old->has_value());
    auto now = session->followUps().status(*fresh);
    REQUIRE(now.ok());
    CHECK(now->has_value());
    QSqlQuery q(session->database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'followup_code_reissued'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    CHECK(session->followUps().reissue(QStringLiteral("no-such-report")).errorCode() == ErrorCode::NotFound);
}

TEST_CASE("the receipt's QR code opens the status page with the code after '#', never in the query")
{
    const QString code = FollowUpCode::generate();
    CHECK(FollowUpCode::scanText(QString(), code) == code);
    CHECK(FollowUpCode::scanText(QStringLiteral("https://cx.example.gov.cn/"), code)
          == QStringLiteral("https://cx.example.gov.cn/#") + code);
    CHECK(FollowUpCode::scanText(QStringLiteral("https://cx.example.gov.cn/#old"), code)
          == QStringLiteral("https://cx.example.gov.cn/#") + code);
    const QImage qr = QrCode::image(FollowUpCode::scanText(QStringLiteral("https://cx.example.gov.cn/"), code), 4);
    REQUIRE_FALSE(qr.isNull());
    CHECK(qr.width() == qr.height());
    CHECK(QrCode::dataUrl(code).startsWith(QStringLiteral("data:image/png;base64,")));
    CHECK(FollowUpCode::hint(QStringLiteral("https://cx.example.gov.cn/"), QStringLiteral("0971-12388"))
              .contains(QStringLiteral("https://cx.example.gov.cn/")));
    CHECK(FollowUpCode::hint(QString(), QString()).contains(QStringLiteral("12388")));

    // A real reader (zbar) gets the address back from the picture.
    Scratch scratch;
    const QString png = scratch.path(QStringLiteral("qr.png"));
    REQUIRE(qr.save(png));
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), { QStringLiteral("--raw"), QStringLiteral("-q"), png });
    REQUIRE(zbar.waitForFinished(30000));
    CHECK(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed() == QStringLiteral("https://cx.example.gov.cn/#") + code);
}

TEST_CASE("qingfeng-cli report add prints the follow-up code once, and followup status answers it")
{
    Scratch scratch;
    const QString db = scratch.path(QStringLiteral("qingfeng.db"));
    const ProcessResult added = runCli(db, { QStringLiteral("report"), QStringLiteral("add"), QStringLiteral("--channel"),
                                             QStringLiteral("phone"), QStringLiteral("--content"),
                                             QStringLiteral("来电反映某镇干部违规操办婚宴。") });
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QString line = added.err.split(QLatin1Char('\n')).filter(QStringLiteral("follow-up code ")).value(0);
    const QString code = line.section(QLatin1Char(' '), 2).trimmed();
    REQUIRE(FollowUpCode::normalise(code) == code);
    const ProcessResult status = runCli(db, { QStringLiteral("followup"), QStringLiteral("status"), FollowUpCode::grouped(code) });
    INFO(status.err.toStdString());
    CHECK(status.exitCode == 0);
    CHECK(status.out.startsWith(QStringLiteral("已收到")));
    const ProcessResult wrong = runCli(db, { QStringLiteral("followup"), QStringLiteral("status"), QStringLiteral("1234") });
    CHECK(wrong.exitCode == 2);
    const ProcessResult reissued = runCli(db, { QStringLiteral("followup"), QStringLiteral("reissue"),
                                                added.out.section(QLatin1Char(' '), 1, 1).section(QLatin1Char('\n'), 0, 0) });
    INFO(reissued.err.toStdString());
    CHECK(reissued.exitCode == 0);
    CHECK(runCli(db, { QStringLiteral("followup"), QStringLiteral("status"), code }).exitCode == 1);
}

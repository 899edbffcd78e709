// The hotline's line against a real SIP peer (sipp on loopback): answered calls recorded with
// the caller's audio, the announcement first, hang-ups, missed and abandoned calls made into
// callbacks, hostile messages, and the caller's history found by the number's blind index.
#include "tests/phone/PhoneFixture.h"

#include "models/AuditQuery.h"
#include "models/Callbacks.h"
#include "models/CalendarStore.h"
#include "models/ReportRegistrar.h"
#include "models/Settings.h"

#include <QSqlQuery>
#include <QTest>

#include <catch2/catch.hpp>

using namespace qf;
using namespace qf::test;

namespace {

double secondsBetween(const QDateTime& a, const QDateTime& b)
{
    return a.msecsTo(b) / 1000.0;
}

int countRows(Session& s, const QString& sql)
{
    QSqlQuery q(s.database().connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("phone: a call from a number is answered and recorded with the caller's audio", "[phone]")
{
    PhoneFixture f;
    SipCaller caller;
    REQUIRE(caller.start(f.port, { QStringLiteral("13800138000"), SipCaller::Mode::Talk, 8000, 0 }));
    REQUIRE(f.waitForEnded(1));
    INFO(caller.output().toStdString());
    CHECK(caller.wait());

    const CallRecord& r = f.ended.first();
    CHECK(r.outcome == CallOutcome::Answered);
    CHECK(r.number == QStringLiteral("13800138000"));
    CHECK(r.operatorId == f.operatorId);
    CHECK(r.line == QStringLiteral("12388"));
    REQUIRE(r.answeredAt.isValid());
    REQUIRE(r.endedAt.isValid());
    const double talked = secondsBetween(r.answeredAt, r.endedAt);
    CHECK(talked > 7.5);
    CHECK(r.durationSeconds == qRound(talked));

    REQUIRE_FALSE(r.recordingSha256.isEmpty());
    const QString stored = f.session->attachments().pathOf(r.recordingSha256);
    REQUIRE(f.session->attachments().verify(r.recordingSha256).ok());
    const Wav wav = readWav(stored);
    REQUIRE(wav.rate > 0);
    INFO("recording " << wav.seconds() << " s, call " << talked << " s");
    CHECK(std::abs(wav.seconds() - talked) <= 0.5);
    CHECK(std::abs(r.recordingSeconds - wav.seconds()) < 0.05);
    // The caller's speech is in it, clearly above silence, where the pcap has speech.
    const double speech = rms(wav.samples, wav.rate / 2, wav.rate * 5);
    INFO("speech level " << speech);
    CHECK(speech > 300);
    // The line's working copy is gone: the recording lives in the attachments store only.
    CHECK(QDir(f.dir.path(QStringLiteral("phone/recordings"))).entryList(QDir::Files).isEmpty());
}

TEST_CASE("phone: the recording's fingerprint is in the audit chain at hang-up", "[phone][audit]")
{
    PhoneFixture f;
    SipCaller caller;
    REQUIRE(caller.start(f.port, { QStringLiteral("13800138001"), SipCaller::Mode::Talk, 2000, 0 }));
    REQUIRE(f.waitForEnded(1));
    const CallRecord& r = f.ended.first();
    REQUIRE_FALSE(r.recordingSha256.isEmpty());
    QSqlQuery q(f.session->database().connection());
    q.prepare(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'call.recording' AND target_id = ?"));
    q.addBindValue(r.id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toString().contains(r.recordingSha256));
    CHECK_FALSE(q.value(0).toString().contains(QStringLiteral("13800138001")));
}

TEST_CASE("phone: the announcement is the first thing in the recording", "[phone]")
{
    Scratch wavDir;
    const QString announcement = wavDir.path(QStringLiteral("announce.wav"));
    REQUIRE(writeToneWav(announcement, 1.5, 1000));
    LineSettings s;
    s.announcement = announcement;
    PhoneFixture f(s);
    SipCaller caller;
    REQUIRE(caller.start(f.port, { QStringLiteral("13800138002"), SipCaller::Mode::Talk, 5000, 0 }));
    REQUIRE(f.waitForEnded(1));
    const CallRecord& r = f.ended.first();
    CHECK(r.outcome == CallOutcome::Answered);
    CHECK(r.announced);
    const Wav wav = readWav(f.session->attachments().pathOf(r.recordingSha256));
    REQUIRE(wav.rate == 8000);
    // The first 1.2 s are the 1 kHz announcement (mixed with whatever the caller says), and
    // after it the tone is gone.
    const double first = toneShare(wav.samples, int(0.1 * wav.rate), int(1.2 * wav.rate), wav.rate, 1000);
    const double later = toneShare(wav.samples, int(2.5 * wav.rate), int(1.2 * wav.rate), wav.rate, 1000);
    INFO("1 kHz share: first " << first << ", later " << later);
    CHECK(first > 0.5);
    CHECK(later < 0.05);
}

TEST_CASE("phone: a caller who hangs up mid-call leaves a complete record", "[phone]")
{
    PhoneFixture f;
    SipCaller caller;
    REQUIRE(caller.start(f.port, { QStringLiteral("13800138003"), SipCaller::Mode::Talk, 2500, 0 }));
    REQUIRE(f.waitForEnded(1));
    const CallRecord& r = f.ended.first();
    CHECK(r.outcome == CallOutcome::Answered);
    const double talked = secondsBetween(r.answeredAt, r.endedAt);
    CHECK(talked > 2.0);
    CHECK(talked < 4.5);
    // The recording ends with the call (what the caller said until the hang-up is in it; on a
    // loaded machine sipp may start its audio a little late, so only the end is exact).
    const Wav wav = readWav(f.session->attachments().pathOf(r.recordingSha256));
    INFO("recording " << wav.seconds() << " s, call " << talked << " s");
    CHECK(wav.seconds() > 1.0);
    CHECK(wav.seconds() <= talked + 0.5);
    // Nothing is left ringing or waiting for a callback: the caller was heard.
    CHECK(countRows(*f.session, QStringLiteral("SELECT count(*) FROM callbacks")) == 0);
    CHECK(countRows(*f.session, QStringLiteral("SELECT count(*) FROM call_records WHERE outcome = 'ringing'")) == 0);
}

TEST_CASE("phone: a call nobody answers is missed and makes a callback due on the working-day calendar", "[phone]")
{
    LineSettings s;
    s.ringSeconds = 2;
    PhoneFixture f(s, false);
    SipCaller caller;
    REQUIRE(caller.start(f.port, { QStringLiteral("13800138004"), SipCaller::Mode::Refused, 0, 0 }));
    REQUIRE(f.waitForEnded(1, 30000));
    CHECK(caller.wait(10000));
    const CallRecord& r = f.ended.first();
    CHECK(r.outcome == CallOutcome::Missed);
    CHECK(r.recordingSha256.isEmpty());
    REQUIRE_FALSE(f.closed.first().callbackId.isEmpty());

    auto calendar = CalendarStore::load(f.session->database().connection());
    REQUIRE(calendar.ok());
    Callbacks callbacks(f.session->writer(), f.session->vault());
    auto open = callbacks.open(QDateTime::currentDateTimeUtc());
    REQUIRE(open.ok());
    REQUIRE(open->size() == 1);
    CHECK(open->first().number == QStringLiteral("13800138004"));
    CHECK(open->first().dueAt == Callbacks::dueFor(r.startedAt, *calendar, Settings(f.session->writer())));
    // Late once its working day is over; done when someone called back.
    auto late = callbacks.open(open->first().dueAt.addSecs(60));
    REQUIRE(late.ok());
    CHECK(late->first().overdue);
    CHECK(*callbacks.overdueCount(open->first().dueAt.addSecs(60)) == 1);
    QF_REQUIRE_OK(callbacks.complete(open->first().id, QStringLiteral("reached"), QStringLiteral("已回电说明"),
                                     QDateTime::currentDateTimeUtc()));
    CHECK(callbacks.open(QDateTime::currentDateTimeUtc())->isEmpty());
}

TEST_CASE("phone: a callback for a call on the eve of the National Day holiday is due after the holiday",
          "[phone][calendar]")
{
    Scratch dir;
    auto session = openSession(dir.path(QStringLiteral("q.sqlite")));
    auto calendar = CalendarStore::load(session->database().connection());
    REQUIRE(calendar.ok());
    Settings settings(session->writer());
    // 2026-09-30 is a Wednesday, 1-7 October are days off, the 10th (a Saturday) is worked.
    const QDateTime evening(QDate(2026, 9, 30), QTime(18, 5));
    CHECK(Callbacks::dueFor(evening, *calendar, settings) == QDateTime(QDate(2026, 10, 8), QTime(17, 30)));
    const QDateTime morning(QDate(2026, 9, 30), QTime(9, 0));
    CHECK(Callbacks::dueFor(morning, *calendar, settings) == QDateTime(QDate(2026, 9, 30), QTime(17, 30)));
    // A call on the Friday the 9th after hours: the worked Saturday the 10th is the next working day.
    CHECK(Callbacks::dueFor(QDateTime(QDate(2026, 10, 9), QTime(20, 0)), *calendar, settings)
          == QDateTime(QDate(2026, 10, 10), QTime(17, 30)));
}

TEST_CASE("phone: a caller who hangs up while it rings is recorded as abandoned and called back", "[phone]")
{
    PhoneFixture f({}, false);
    SipCaller caller;
    REQUIRE(caller.start(f.port, { QStringLiteral("13800138005"), SipCaller::Mode::Abandon, 0, 1500 }));
    REQUIRE(f.waitForEnded(1, 30000));
    INFO(caller.output().toStdString());
    CHECK(caller.wait(10000));
    CHECK(f.ended.first().outcome == CallOutcome::CallerHungUp);
    CHECK_FALSE(f.closed.first().callbackId.isEmpty());
}

TEST_CASE("phone: a declined call is recorded as declined and called back", "[phone]")
{
    PhoneFixture f({}, false);
    QObject::connect(f.desk.get(), &Hotline::ringing, f.desk.get(),
                     [&](const HotlineCall& c) { QTimer::singleShot(300, f.desk.get(), [&f, id = c.lineCallId] { f.desk->decline(id); }); });
    SipCaller caller;
    REQUIRE(caller.start(f.port, { QStringLiteral("13800138006"), SipCaller::Mode::Refused, 0, 0 }));
    REQUIRE(f.waitForEnded(1, 30000));
    CHECK(caller.wait(10000));
    CHECK(f.ended.first().outcome == CallOutcome::Declined);
    CHECK_FALSE(f.closed.first().callbackId.isEmpty());
}

TEST_CASE("phone: the caller's history is found by the number's blind index, without opening an identity", "[phone]")
{
    PhoneFixture f;
    // An earlier report by a person with that phone, registered at the desk.
    Registration reg;
    reg.draft.channel = QStringLiteral("phone");
    reg.draft.orgId = f.session->profile().load()->orgId;
    reg.draft.what = QStringLiteral("反映村干部优亲厚友问题");
    reg.draft.content = QStringLiteral("来电反映某村低保评定优亲厚友。");
    reg.draft.reporter = PersonIdentity { QStringLiteral("赵六"), {}, QStringLiteral("13700137000"), {}, {}, {} };
    auto registered = f.session->registrar().registerReport(reg);
    QF_REQUIRE_OK(registered);

    const int opensBefore = countRows(*f.session, QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'identity.%' OR action LIKE 'key_file.%'"));
    SipCaller caller;
    REQUIRE(caller.start(f.port, { QStringLiteral("13700137000"), SipCaller::Mode::Talk, 1500, 0 }));
    REQUIRE(f.waitForEnded(1));
    REQUIRE(f.rung.size() == 1);
    const CallerHistory& h = f.rung.first().history;
    CHECK(h.reports == 1);
    CHECK(h.repeatCaller); // the report is still open
    REQUIRE_FALSE(h.entries.isEmpty());
    CHECK(h.entries.first().regNo == registered->regNo);
    // Found without decrypting anyone: no identity was opened for the lookup.
    CHECK(countRows(*f.session, QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'identity.%' OR action LIKE 'key_file.%'"))
          == opensBefore);

    // The second call from the number shows the first call too, newest first.
    SipCaller again;
    REQUIRE(again.start(f.port, { QStringLiteral("13700137000"), SipCaller::Mode::Talk, 1000, 0 }));
    REQUIRE(f.waitForEnded(2));
    const CallerHistory& h2 = f.rung.at(1).history;
    CHECK(h2.calls == 1);
    CHECK(h2.entries.first().kind == QStringLiteral("call"));
    // An unknown number has no history.
    SipCaller stranger;
    REQUIRE(stranger.start(f.port, { QStringLiteral("13600136000"), SipCaller::Mode::Talk, 800, 0 }));
    REQUIRE(f.waitForEnded(3));
    CHECK_FALSE(f.rung.at(2).history.known());
}

TEST_CASE("phone: malformed and hostile SIP messages leave the line answering", "[phone][hostile]")
{
    PhoneFixture f;
    // Garbage, a request line alone, an INVITE without Call-ID or Via, one with a huge header
    // and broken SDP, and a BYE for a call that does not exist.
    const QByteArray big(20000, 'A');
    const QList<QByteArray> hostile = {
        QByteArray(1400, '\xff'),
        QByteArrayLiteral("INVITE sip:12388@127.0.0.1 SIP/2.0\r\n\r\n"),
        QByteArrayLiteral("INVITE sip:12388@127.0.0.1 SIP/2.0\r\nFrom: <sip:1@x>;tag=1\r\nTo: <sip:12388@127.0.0.1>\r\n"
                          "CSeq: 1 INVITE\r\nContent-Length: 5\r\n\r\nv=0\r\n"),
        QByteArrayLiteral("INVITE sip:12388@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:9;branch=z9hG4bKx\r\n"
                          "From: <sip:2@127.0.0.1>;tag=2\r\nTo: <sip:12388@127.0.0.1>\r\nCall-ID: hostile-1\r\n"
                          "CSeq: 1 INVITE\r\nX-Long: ") + big.left(1200) + QByteArrayLiteral("\r\nContent-Type: application/sdp\r\n"
                          "Content-Length: 40\r\n\r\nv=9\r\nm=audio -1 RTP/AVP 999999\r\nc=IN IP9 ::::\r\n"),
        QByteArrayLiteral("BYE sip:12388@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:9;branch=z9hG4bKy\r\n"
                          "From: <sip:3@127.0.0.1>;tag=3\r\nTo: <sip:12388@127.0.0.1>;tag=4\r\nCall-ID: nope\r\n"
                          "CSeq: 2 BYE\r\nContent-Length: 0\r\n\r\n"),
    };
    for (const QByteArray& d : hostile)
        SipCaller::sendRaw(f.port, d);
    QTest::qWait(1500);
    // Whatever the hostile INVITE rang is ended without a recording; the line still answers.
    const int before = f.ended.size();
    SipCaller caller;
    REQUIRE(caller.start(f.port, { QStringLiteral("13800138007"), SipCaller::Mode::Talk, 2000, 0 }));
    REQUIRE(QTest::qWaitFor([&] {
        return std::any_of(f.ended.cbegin(), f.ended.cend(),
                           [](const CallRecord& r) { return r.number == QStringLiteral("13800138007"); });
    }, 60000));
    CHECK(caller.wait());
    const auto it = std::find_if(f.ended.cbegin(), f.ended.cend(),
                                 [](const CallRecord& r) { return r.number == QStringLiteral("13800138007"); });
    CHECK(it->outcome == CallOutcome::Answered);
    CHECK_FALSE(it->recordingSha256.isEmpty());
    CHECK(f.line->state() == LineState::Listening);
    (void)before;
}

TEST_CASE("phone: only a role entitled to identities takes calls and sees the callers' numbers", "[phone][access]")
{
    PhoneFixture f;
    SipCaller caller;
    REQUIRE(caller.start(f.port, { QStringLiteral("13800138008"), SipCaller::Mode::Talk, 1000, 0 }));
    REQUIRE(f.waitForEnded(1));
    signInAs(*f.session, QStringLiteral("case_officer"));
    CallLog log(f.session->writer(), f.session->vault(), f.session->audit(), f.session->attachments());
    auto recent = log.recent();
    REQUIRE(recent.ok());
    REQUIRE(recent->size() == 1);
    CHECK(recent->first().number.isEmpty());
    auto refused = log.ring(QStringLiteral("12388"), QStringLiteral("13800138009"), QDateTime::currentDateTimeUtc());
    CHECK_FALSE(refused.ok());
    // The number is sealed at rest: the plain digits are nowhere in the row.
    QSqlQuery q(f.session->database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM call_records WHERE CAST(number_enc AS TEXT) LIKE '%13800138008%' "
                                  "OR CAST(number_bidx AS TEXT) LIKE '%13800138008%'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("phone: a phone report registered from a call carries the call's recording, and a call is attached to a case by its number",
          "[phone][cases]")
{
    PhoneFixture f;
    SipCaller caller;
    REQUIRE(caller.start(f.port, { QStringLiteral("13800138020"), SipCaller::Mode::Talk, 1500, 0 }));
    REQUIRE(f.waitForEnded(1));
    const CallRecord call = f.ended.first();
    REQUIRE_FALSE(call.recordingSha256.isEmpty());

    Registration reg;
    reg.draft.channel = QStringLiteral("phone");
    reg.draft.orgId = f.session->profile().load()->orgId;
    reg.draft.what = QStringLiteral("反映某局违规公款吃喝问题");
    reg.draft.content = QStringLiteral("来电反映某局多次违规公款吃喝。");
    auto registered = f.session->registrar().registerReport(reg);
    QF_REQUIRE_OK(registered);
    QF_REQUIRE_OK(f.desk->log().linkReport(call.id, registered->id));
    auto files = f.session->attachments().list(registered->id);
    QF_REQUIRE_OK(files);
    REQUIRE(files->size() == 1);
    CHECK(files->first().sha256 == call.recordingSha256);
    CHECK(files->first().kind == QStringLiteral("call_recording"));
    CHECK(f.desk->log().call(call.id)->reportId == registered->id);

    // Another call about the same matter, attached to the case by its registration number.
    SipCaller again;
    REQUIRE(again.start(f.port, { QStringLiteral("13800138020"), SipCaller::Mode::Talk, 1000, 0 }));
    REQUIRE(f.waitForEnded(2));
    auto byNumber = f.desk->log().reportByNumber(registered->regNo);
    QF_REQUIRE_OK(byNumber);
    QF_REQUIRE_OK(f.desk->log().linkReport(f.ended.at(1).id, *byNumber));
    CHECK(f.session->attachments().list(registered->id)->size() == 2);
    CHECK_FALSE(f.desk->log().reportByNumber(QStringLiteral("2026-XXX-999999")).ok());
}

TEST_CASE("phone: the line registers with the office's registrar and says plainly when it is refused", "[phone][registration]")
{
    for (const int status : { 200, 403 }) {
        INFO("registrar answers " << status);
        Scratch dir;
        const int registrarPort = SipCaller::freePort();
        SipCaller registrar;
        REQUIRE(registrar.startRegistrar(registrarPort, status));
        QTest::qWait(300);
        LineSettings s;
        s.username = QStringLiteral("12388-1");
        s.domain = QStringLiteral("127.0.0.1:%1").arg(registrarPort);
        s.password = QStringLiteral("secret");
        s.listenPort = SipCaller::freePort();
        s.useFiles = true;
        s.workFolder = dir.path(QStringLiteral("phone"));
        LinphoneLine line;
        QF_REQUIRE_OK(line.open(s));
        CHECK((line.state() == LineState::Registering || line.state() == LineState::Registered));
        const LineState wanted = status == 200 ? LineState::Registered : LineState::Failed;
        REQUIRE(QTest::qWaitFor([&] { return line.state() == wanted; }, 15000));
        if (status == 200) {
            CHECK(lineStateText(line.state(), line.stateReason()) == lineStateText(LineState::Registered, {}));
        } else {
            CHECK_FALSE(line.stateReason().isEmpty());
            CHECK(lineStateText(line.state(), line.stateReason()).contains(line.stateReason()));
        }
        line.close();
    }
}

// phone: the hotline line's figures on a store of N persons with phones (default 1,000,000):
// ring_to_popup_history_p95_ms - from the INVITE sent on loopback to the pop-up shown with the
// caller's history (real LinphoneLine, Hotline and IncomingCallPopup, offscreen), p95 over 50
// calls from a known caller; recording_gap_ms - the caller's audio missing at the start of a
// recorded call (sipp sends its pcap's G.711 audio from the answer on; the recording is
// aligned with that audio by cross-correlation), median and worst of 5 calls.
#include "tests/bench/BenchSuite.h"

#include "tests/bench/BenchData.h"
#include "tests/support/SipCaller.h"
#include "app/devices/phone/LinphoneLine.h"
#include "app/phone/Hotline.h"
#include "app/security/KeychainKeyProvider.h"
#include "models/CalendarStore.h"
#include "models/PersonStore.h"
#include "models/Session.h"
#include "models/SqlTransaction.h"
#include "models/VisitStore.h"
#include "ui/hotline/IncomingCallPopup.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QUdpSocket>

#include <algorithm>
#include <cmath>

namespace qf::bench {

namespace {

qint64 monotonicNs()
{
    QElapsedTimer t;
    t.start();
    return t.nsecsElapsed() + t.msecsSinceReference() * 1000000;
}

// A minimal SIP caller for the ring timing: the INVITE is sent here, so its send time is known
// to the nanosecond; the call is then cancelled.
struct Ringer
{
    QUdpSocket socket;
    int n = 0;
    QString callId, branch, tag;
    QByteArray invite(int port, const QString& number)
    {
        ++n;
        callId = QStringLiteral("bench-%1-%2@127.0.0.1").arg(QCoreApplication::applicationPid()).arg(n);
        branch = QStringLiteral("z9hG4bK-bench-%1").arg(n);
        tag = QStringLiteral("t%1").arg(n);
        const QString sdp = QStringLiteral("v=0\r\no=caller 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                                           "m=audio 40000 RTP/AVP 8\r\na=rtpmap:8 PCMA/8000\r\n");
        return QStringLiteral("INVITE sip:12388@127.0.0.1:%1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:%2;branch=%3\r\n"
                              "From: <sip:%4@127.0.0.1:%2>;tag=%5\r\nTo: <sip:12388@127.0.0.1:%1>\r\nCall-ID: %6\r\n"
                              "CSeq: 1 INVITE\r\nContact: <sip:%4@127.0.0.1:%2>\r\nMax-Forwards: 70\r\n"
                              "Content-Type: application/sdp\r\nContent-Length: %7\r\n\r\n%8")
            .arg(port)
            .arg(socket.localPort())
            .arg(branch, number, tag, callId)
            .arg(sdp.toUtf8().size())
            .arg(sdp)
            .toUtf8();
    }
    QByteArray cancel(int port, const QString& number)
    {
        return QStringLiteral("CANCEL sip:12388@127.0.0.1:%1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:%2;branch=%3\r\n"
                              "From: <sip:%4@127.0.0.1:%2>;tag=%5\r\nTo: <sip:12388@127.0.0.1:%1>\r\nCall-ID: %6\r\n"
                              "CSeq: 1 CANCEL\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n")
            .arg(port)
            .arg(socket.localPort())
            .arg(branch, number, tag, callId)
            .toUtf8();
    }
    // The ACK of the 487 that answers the CANCEL (same transaction, the To tag of the answer).
    QByteArray ack(int port, const QString& number, const QByteArray& response)
    {
        QString toTag;
        for (const QByteArray& line : response.split('\n'))
            if (line.startsWith("To:") || line.startsWith("t:"))
                if (const int at = line.indexOf("tag="); at >= 0)
                    toTag = QString::fromLatin1(line.mid(at + 4).trimmed());
        return QStringLiteral("ACK sip:12388@127.0.0.1:%1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:%2;branch=%3\r\n"
                              "From: <sip:%4@127.0.0.1:%2>;tag=%5\r\nTo: <sip:12388@127.0.0.1:%1>;tag=%7\r\nCall-ID: %6\r\n"
                              "CSeq: 1 ACK\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n")
            .arg(port)
            .arg(socket.localPort())
            .arg(branch, number, tag, callId, toTag)
            .toUtf8();
    }
};

// The first sample where sound begins (20 ms blocks above a quiet level), or -1.
int soundStart(const QVector<qint16>& v)
{
    for (int b = 0; b + 160 <= v.size(); b += 160) {
        double e = 0;
        for (int i = b; i < b + 160; ++i)
            e += double(v[i]) * v[i];
        if (std::sqrt(e / 160) > 200)
            return b;
    }
    return -1;
}

// How much of the caller's audio is missing at the start of the recording, in samples: where
// the recording's sound begins, one second of it is found in the pcap's audio by normalised
// cross-correlation; what the pcap had before that point (from its own first sound) is missing.
std::optional<int> missingSamples(const QVector<qint16>& rec, const QVector<qint16>& ref, double* correlation)
{
    const int len = 8000, skip = 800;
    const int r0 = soundStart(rec), p0 = soundStart(ref);
    if (r0 < 0 || p0 < 0 || rec.size() < r0 + skip + len)
        return std::nullopt;
    const int at = r0 + skip;
    double recEnergy = 0;
    for (int i = 0; i < len; ++i)
        recEnergy += double(rec[at + i]) * rec[at + i];
    double best = -1;
    int bestPos = -1;
    for (int p = 0; p + len <= ref.size() && p <= 40000; ++p) {
        double dot = 0, e = 0;
        for (int i = 0; i < len; ++i) {
            dot += double(rec[at + i]) * ref[p + i];
            e += double(ref[p + i]) * ref[p + i];
        }
        const double c = (e > 0 && recEnergy > 0) ? dot / std::sqrt(e * recEnergy) : 0;
        if (c > best) {
            best = c;
            bestPos = p;
        }
    }
    *correlation = best;
    if (best < 0.5)
        return std::nullopt;
    // The pcap position heard where the recording's sound begins, against the pcap's own start.
    return (bestPos - skip) - p0;
}

} // namespace

int runPhoneSuite(BenchContext& ctx)
{
    const qint64 persons = ctx.persons(1000000);
    KeychainKeyProvider keys;
    auto session = benchSession(ctx, ctx.path(QStringLiteral("phone.sqlite")), keys);
    if (!session)
        return 1;
    Session& s = *session;
    const auto caller = [](qint64 i) {
        PersonIdentity p;
        p.name = QStringLiteral("来电人%1").arg(i);
        p.phone = QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0'));
        return p;
    };
    if (Status st = fillPersons(ctx, s, persons, caller, PersonRoles { .reporter = true }); !st) {
        ctx.log() << st.error() << Qt::endl;
        return 1;
    }
    // The known caller: a person among them with three earlier visits.
    const QString known = QStringLiteral("139%1").arg(persons / 2, 8, 10, QLatin1Char('0'));
    VisitStore visits(s.writer(), s.vault());
    for (int i = 0; i < 3; ++i) {
        Visit v;
        v.personId = QStringLiteral("p-%1").arg(persons / 2);
        (void)visits.arrive(v);
    }

    auto calendar = CalendarStore::load(s.database().connection());
    if (!calendar) {
        ctx.log() << calendar.error() << Qt::endl;
        return 1;
    }
    LineSettings settings;
    settings.listenHost = QStringLiteral("127.0.0.1");
    settings.listenPort = test::SipCaller::freePort();
    settings.useFiles = true;
    settings.ringSeconds = 30;
    settings.workFolder = ctx.path(QStringLiteral("phone"));
    LinphoneLine line;
    if (Status st = line.open(settings); !st) {
        ctx.log() << st.error() << Qt::endl;
        return 1;
    }
    Hotline desk(s, line, *calendar);
    qint64 shownNs = 0, arrivedNs = 0;
    int historyVisits = -1;
    std::unique_ptr<IncomingCallPopup> popup;
    QObject::connect(&desk, &Hotline::ringing, &desk, [&](const HotlineCall& c) {
        popup = std::make_unique<IncomingCallPopup>(desk, c);
        popup->show();
        popup->repaint();
        shownNs = monotonicNs();
        arrivedNs = c.arrivedNs;
        historyVisits = c.history.visits;
    });
    int ended = 0;
    QObject::connect(&desk, &Hotline::ended, &desk, [&](const HotlineCall&, const CallRecord&, const CallClosed&) { ++ended; });

    Ringer ringer;
    ringer.socket.bind(QHostAddress::LocalHost, 0);
    std::vector<double> ring, sipStack;
    for (int i = 0; i < 52; ++i) {
        shownNs = 0;
        const int endedBefore = ended;
        const qint64 sent = monotonicNs();
        ringer.socket.writeDatagram(ringer.invite(settings.listenPort, known), QHostAddress::LocalHost,
                                    quint16(settings.listenPort));
        if (!waitUntil([&] { return shownNs != 0; }, 5000)) {
            ctx.log() << "no pop-up for call " << i << Qt::endl;
            return 1;
        }
        if (i >= 2) // the first two warm the caches
        {
            ring.push_back((shownNs - sent) / 1e6);
            sipStack.push_back((arrivedNs - sent) / 1e6);
        }
        ringer.socket.writeDatagram(ringer.cancel(settings.listenPort, known), QHostAddress::LocalHost,
                                    quint16(settings.listenPort));
        // 200 for the CANCEL, 487 for the INVITE: the latter is acknowledged.
        waitUntil([&] {
            while (ringer.socket.hasPendingDatagrams()) {
                QByteArray d(int(ringer.socket.pendingDatagramSize()), 0);
                ringer.socket.readDatagram(d.data(), d.size());
                if (d.startsWith("SIP/2.0 487"))
                    ringer.socket.writeDatagram(ringer.ack(settings.listenPort, known, d), QHostAddress::LocalHost,
                                                quint16(settings.listenPort));
            }
            return ended > endedBefore;
        }, 5000);
        popup.reset();
    }
    ctx.result(QStringLiteral("ring_calls"), double(ring.size()));
    ctx.result(QStringLiteral("ring_to_popup_history_p50_ms"), percentile(ring, 50), 1);
    ctx.result(QStringLiteral("ring_to_popup_history_p95_ms"), percentile(ring, 95), 1);
    // Of which liblinphone's own time from the datagram to the incoming-call callback.
    ctx.result(QStringLiteral("ring_to_line_event_p50_ms"), percentile(sipStack, 50), 1);
    ctx.result(QStringLiteral("caller_history_visits"), historyVisits);

    // The recording gap: three answered sipp calls, their recordings aligned with the pcap audio.
    QObject::disconnect(&desk, &Hotline::ringing, nullptr, nullptr);
    QObject::connect(&desk, &Hotline::ringing, &desk, [&](const HotlineCall& c) { desk.answer(c.lineCallId); });
    QList<CallRecord> recorded;
    QObject::connect(&desk, &Hotline::ended, &desk,
                     [&](const HotlineCall&, const CallRecord& r, const CallClosed&) { recorded << r; });
    const QVector<qint16> reference = test::SipCaller::pcapAudio();
    std::vector<double> gaps;
    for (int i = 0; i < 5; ++i) {
        test::SipCaller caller;
        const int before = int(recorded.size());
        if (!caller.start(settings.listenPort, { known, test::SipCaller::Mode::Talk, 5000, 0 })
            || !waitUntil([&] { return recorded.size() > before; }, 30000)) {
            ctx.log() << "the recorded call " << i << " did not complete" << Qt::endl;
            return 1;
        }
        caller.wait(10000);
        const test::Wav wav = test::readWav(s.attachments().pathOf(recorded.last().recordingSha256));
        double correlation = 0;
        const std::optional<int> lag = missingSamples(wav.samples, reference, &correlation);
        ctx.log() << "call " << i << ": recording " << wav.seconds() << " s, correlation " << correlation
                  << ", caller's audio missing at its start " << (lag ? *lag / 8.0 : 0) << " ms" << Qt::endl;
        if (!lag) {
            ctx.log() << "the recording of call " << i << " does not match the caller's audio" << Qt::endl;
            continue;
        }
        // Negative: the recording has the caller's first sound (nothing missing).
        gaps.push_back(std::max(0, *lag) / 8.0);
    }
    if (gaps.empty())
        return 1;
    ctx.result(QStringLiteral("recording_gap_ms"), percentile(gaps, 50), 1);
    ctx.result(QStringLiteral("recording_gap_max_ms"), *std::max_element(gaps.begin(), gaps.end()), 1);
    line.close();
    return 0;
}

} // namespace qf::bench

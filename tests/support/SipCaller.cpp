#include "tests/support/SipCaller.h"

#include <QFile>
#include <QHostAddress>
#include <QTest>
#include <QTextStream>
#include <QUdpSocket>
#include <QtEndian>

#include <cmath>

namespace qf::test {

namespace {

const char kPcapFolder[] = "/usr/share/sip-tester";

// G.711 A-law to linear (ITU-T G.711).
qint16 alawToLinear(quint8 a)
{
    a ^= 0x55;
    int t = (a & 0x0f) << 4;
    const int segment = (a & 0x70) >> 4;
    if (segment == 0)
        t += 8;
    else
        t = (t + 0x108) << (segment - 1);
    return qint16((a & 0x80) ? t : -t);
}

QString invite(const QString& number)
{
    return QStringLiteral(R"(  <send retrans="500">
    <![CDATA[
      INVITE sip:12388@[remote_ip]:[remote_port] SIP/2.0
      Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=z9hG4bK-qf-[pid]-[call_number]
      From: "%1" <sip:%1@[local_ip]:[local_port]>;tag=[pid]QfTag[call_number]
      To: <sip:12388@[remote_ip]:[remote_port]>
      Call-ID: [call_id]
      CSeq: 1 INVITE
      Contact: sip:%1@[local_ip]:[local_port]
      Max-Forwards: 70
      Content-Type: application/sdp
      Content-Length: [len]

      v=0
      o=caller 53655765 2353687637 IN IP[local_ip_type] [local_ip]
      s=-
      c=IN IP[local_ip_type] [local_ip]
      t=0 0
      m=audio [auto_media_port] RTP/AVP 8 101
      a=rtpmap:8 PCMA/8000
      a=rtpmap:101 telephone-event/8000
      a=fmtp:101 0-11,16
    ]]>
  </send>
  <recv response="100" optional="true"/>
)")
        .arg(number);
}

QString inDialog(const QString& method, const QString& number, int cseq, const QString& extra = QString())
{
    return QStringLiteral(R"(  <send%5>
    <![CDATA[
      %1 sip:12388@[remote_ip]:[remote_port] SIP/2.0
      Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
      From: "%2" <sip:%2@[local_ip]:[local_port]>;tag=[pid]QfTag[call_number]
      To: <sip:12388@[remote_ip]:[remote_port]>[peer_tag_param]
      Call-ID: [call_id]
      CSeq: %3 %4
      Contact: sip:%2@[local_ip]:[local_port]
      Max-Forwards: 70
      Content-Length: 0
    ]]>
  </send>
)")
        .arg(method, number)
        .arg(cseq)
        .arg(method == QLatin1String("ACK") ? QStringLiteral("ACK") : method, extra);
}

// Answers the line's re-INVITE (hold or resume); the call fails unless its SDP direction
// matches `direction` (a regular expression) - or, with `inverse`, does not (a resume may
// leave sendrecv unsaid, it is the default). Our answer's direction is `reply`.
QString reInvite(const QString& number, const QString& direction, const QString& reply, bool inverse = false)
{
    return QStringLiteral(R"sip(  <recv request="INVITE" timeout="20000">
    <action><ereg regexp="a=(%2)" search_in="body" %4="true" assign_to="dir"/></action>
  </recv>
  <send>
    <![CDATA[
      SIP/2.0 200 OK
      [last_Via:]
      [last_From:]
      [last_To:]
      [last_Call-ID:]
      [last_CSeq:]
      Contact: sip:%1@[local_ip]:[local_port]
      Content-Type: application/sdp
      Content-Length: [len]

      v=0
      o=caller 53655765 2353687638 IN IP[local_ip_type] [local_ip]
      s=-
      c=IN IP[local_ip_type] [local_ip]
      t=0 0
      m=audio [auto_media_port] RTP/AVP 8 101
      a=rtpmap:8 PCMA/8000
      a=rtpmap:101 telephone-event/8000
      a=%3
    ]]>
  </send>
  <recv request="ACK"/>
)sip")
        .arg(number, direction, reply, inverse ? QStringLiteral("check_it_inverse") : QStringLiteral("check_it"));
}

// The registrar's answer to a REGISTER (`send` carries the element's own attributes).
QString registerAnswer(int status, const QString& reason, const QString& send = QStringLiteral("<send>"))
{
    return QStringLiteral(R"sip(  %3
    <![CDATA[
      SIP/2.0 %1 %2
      [last_Via:]
      [last_From:]
      [last_To:];tag=[pid]QfReg
      [last_Call-ID:]
      [last_CSeq:]
      [last_Contact:];expires=3600
      Expires: 3600
      Content-Length: 0

    ]]>
  </send>
)sip")
        .arg(status)
        .arg(reason, send);
}

QString scenario(const SipCaller::Call& c)
{
    QString s = QStringLiteral("<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>\n<scenario name=\"qingfeng caller\">\n");
    s += invite(c.number);
    switch (c.mode) {
    case SipCaller::Mode::Talk:
        s += QStringLiteral("  <recv response=\"180\" optional=\"true\"/>\n  <recv response=\"200\" rtd=\"true\"/>\n");
        s += inDialog(QStringLiteral("ACK"), c.number, 1);
        s += QStringLiteral("  <nop><action><exec play_pcap_audio=\"pcap/g711a.pcap\"/></action></nop>\n");
        s += QStringLiteral("  <pause milliseconds=\"%1\"/>\n").arg(c.talkMs);
        s += inDialog(QStringLiteral("BYE"), c.number, 2, QStringLiteral(" retrans=\"500\""));
        s += QStringLiteral("  <recv response=\"200\"/>\n");
        break;
    case SipCaller::Mode::Held:
        s += QStringLiteral("  <recv response=\"180\" optional=\"true\"/>\n  <recv response=\"200\" rtd=\"true\"/>\n");
        s += inDialog(QStringLiteral("ACK"), c.number, 1);
        s += reInvite(c.number, QStringLiteral("sendonly|inactive"), QStringLiteral("recvonly"));
        s += reInvite(c.number, QStringLiteral("sendonly|recvonly|inactive"), QStringLiteral("sendrecv"), true);
        s += QStringLiteral("  <pause milliseconds=\"%1\"/>\n").arg(c.talkMs);
        s += inDialog(QStringLiteral("BYE"), c.number, 2, QStringLiteral(" retrans=\"500\""));
        s += QStringLiteral("  <recv response=\"200\"/>\n");
        break;
    case SipCaller::Mode::Abandon:
        s += QStringLiteral("  <recv response=\"180\"/>\n");
        s += QStringLiteral("  <pause milliseconds=\"%1\"/>\n").arg(c.ringMs);
        // CANCEL carries the INVITE's CSeq number and no To tag.
        s += QStringLiteral(R"(  <send>
    <![CDATA[
      CANCEL sip:12388@[remote_ip]:[remote_port] SIP/2.0
      Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=z9hG4bK-qf-[pid]-[call_number]
      From: "%1" <sip:%1@[local_ip]:[local_port]>;tag=[pid]QfTag[call_number]
      To: <sip:12388@[remote_ip]:[remote_port]>
      Call-ID: [call_id]
      CSeq: 1 CANCEL
      Max-Forwards: 70
      Content-Length: 0
    ]]>
  </send>
  <recv response="200"/>
  <recv response="487"/>
)")
                 .arg(c.number);
        s += inDialog(QStringLiteral("ACK"), c.number, 1)
                 .replace(QStringLiteral("[branch]"), QStringLiteral("z9hG4bK-qf-[pid]-[call_number]"));
        break;
    case SipCaller::Mode::Refused:
        s += QStringLiteral("  <recv response=\"180\"/>\n");
        s += QStringLiteral("  <recv response=\"603\" optional=\"true\" next=\"ack\"/>\n");
        s += QStringLiteral("  <recv response=\"480\" optional=\"true\" next=\"ack\"/>\n");
        s += QStringLiteral("  <recv response=\"486\" optional=\"true\" next=\"ack\"/>\n");
        s += QStringLiteral("  <recv response=\"408\" next=\"ack\"/>\n");
        s += QStringLiteral("  <label id=\"ack\"/>\n");
        // The ACK of a refusal belongs to the INVITE's transaction: its branch.
        s += inDialog(QStringLiteral("ACK"), c.number, 1)
                 .replace(QStringLiteral("[branch]"), QStringLiteral("z9hG4bK-qf-[pid]-[call_number]"));
        break;
    }
    s += QStringLiteral("</scenario>\n");
    return s;
}

} // namespace

SipCaller::SipCaller()
{
    QFile::link(QString::fromLatin1(kPcapFolder), m_dir.filePath(QStringLiteral("pcap")));
}

SipCaller::~SipCaller()
{
    if (m_sipp && m_sipp->state() != QProcess::NotRunning) {
        m_sipp->kill();
        m_sipp->waitForFinished(3000);
    }
}

int SipCaller::freePort()
{
    QUdpSocket s;
    s.bind(QHostAddress::LocalHost, 0);
    return s.localPort();
}

QVector<qint16> SipCaller::pcapAudio()
{
    QFile f(QString::fromLatin1(kPcapFolder) + QStringLiteral("/g711a.pcap"));
    QVector<qint16> out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QByteArray all = f.readAll();
    if (all.size() < 24)
        return out;
    const auto* d = reinterpret_cast<const uchar*>(all.constData());
    const bool swapped = qFromLittleEndian<quint32>(d) != 0xa1b2c3d4u;
    auto u32 = [&](int at) { return swapped ? qFromBigEndian<quint32>(d + at) : qFromLittleEndian<quint32>(d + at); };
    const quint32 link = u32(20);
    const int linkHeader = link == 113 ? 16 : 14;
    int at = 24;
    while (at + 16 <= all.size()) {
        const int len = int(u32(at + 8));
        const int pkt = at + 16;
        at = pkt + len;
        if (at > all.size() || len < linkHeader + 20 + 8 + 12)
            break;
        const int ip = pkt + linkHeader;
        if ((d[ip] >> 4) != 4 || d[ip + 9] != 17)
            continue;
        const int udp = ip + (d[ip] & 0x0f) * 4;
        int rtp = udp + 8;
        const int cc = d[rtp] & 0x0f;
        const bool ext = d[rtp] & 0x10;
        const int payloadType = d[rtp + 1] & 0x7f;
        rtp += 12 + cc * 4;
        if (ext && rtp + 4 <= at)
            rtp += 4 + 4 * qFromBigEndian<quint16>(d + rtp + 2);
        if (payloadType != 8)
            continue;
        for (int i = rtp; i < at; ++i)
            out.append(alawToLinear(d[i]));
    }
    return out;
}

double SipCaller::pcapAudioSeconds()
{
    return pcapAudio().size() / 8000.0;
}

bool SipCaller::start(int port, const Call& call)
{
    QFile f(m_dir.filePath(QStringLiteral("caller.xml")));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(scenario(call).toUtf8());
    f.close();
    // QF_SIPP_DEBUG=1 keeps sipp's message trace (and the scenario) in the scratch folder.
    const bool debug = qEnvironmentVariableIsSet("QF_SIPP_DEBUG");
    if (debug)
        m_dir.setAutoRemove(false);
    m_sipp = std::make_unique<QProcess>();
    m_sipp->setWorkingDirectory(m_dir.path());
    m_sipp->setProcessChannelMode(QProcess::MergedChannels);
    QStringList args { QStringLiteral("-sf"), f.fileName(), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-m"),
                    QStringLiteral("1"), QStringLiteral("-i"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                    QString::number(freePort()), QStringLiteral("-mp"), QString::number(freePort() & ~1),
                    QStringLiteral("-nostdin"), QStringLiteral("-timeout"), QStringLiteral("90s"),
                    QStringLiteral("-timeout_error"), QStringLiteral("-recv_timeout"), QStringLiteral("60s") };
    if (debug)
        args << QStringLiteral("-trace_msg") << QStringLiteral("-trace_err");
    m_sipp->start(QStringLiteral("sipp"), args);
    if (debug)
        qInfo("sipp runs in %s", qPrintable(m_dir.path()));
    return m_sipp->waitForStarted(5000);
}

bool SipCaller::startRegistrar(int port, int status)
{
    const QString reason = status == 200 ? QStringLiteral("OK") : QStringLiteral("Forbidden");
    const QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>\n"
                                       "<scenario name=\"qingfeng registrar\">\n  <recv request=\"REGISTER\"/>\n")
        + registerAnswer(status, reason) + QStringLiteral("  <pause milliseconds=\"1500\"/>\n</scenario>\n");
    return startServer(QStringLiteral("registrar.xml"), xml, port, 1);
}

bool SipCaller::startServer(const QString& name, const QString& xml, int port, int calls)
{
    QFile f(m_dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(xml.toUtf8());
    f.close();
    m_sipp = std::make_unique<QProcess>();
    m_sipp->setWorkingDirectory(m_dir.path());
    m_sipp->setProcessChannelMode(QProcess::MergedChannels);
    m_sipp->start(QStringLiteral("sipp"), { QStringLiteral("-sf"), f.fileName(), QStringLiteral("-i"),
                                           QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(port),
                                           QStringLiteral("-mp"), QString::number(freePort() & ~1),
                                           QStringLiteral("-m"), QString::number(calls), QStringLiteral("-nostdin"),
                                           QStringLiteral("-timeout"), QStringLiteral("90s"),
                                           QStringLiteral("-timeout_error") });
    return m_sipp->waitForStarted(5000);
}

bool SipCaller::startCallee(int port, bool answer)
{
    const QString reply = QStringLiteral(R"(  <send>
    <![CDATA[
      SIP/2.0 %1
      [last_Via:]
      [last_From:]
      [last_To:];tag=[pid]QfCallee
      [last_Call-ID:]
      [last_CSeq:]
      Contact: <sip:callee@[local_ip]:[local_port]>
%2    ]]>
  </send>
)");
    const QString sdp = QStringLiteral(R"(      Content-Type: application/sdp
      Content-Length: [len]

      v=0
      o=callee 53655765 2353687637 IN IP[local_ip_type] [local_ip]
      s=-
      c=IN IP[local_ip_type] [local_ip]
      t=0 0
      m=audio [auto_media_port] RTP/AVP 8 101
      a=rtpmap:8 PCMA/8000
      a=rtpmap:101 telephone-event/8000
)");
    const QString empty = QStringLiteral("      Content-Length: 0\n\n");
    QString xml = QStringLiteral(R"(<?xml version="1.0" encoding="ISO-8859-1" ?>
<scenario name="qingfeng exchange">
  <!-- Each Call-ID is its own run of this scenario: the REGISTER's answers it, the INVITE's
       takes the call. -->
  <recv request="INVITE" optional="true" next="invite"/>
  <recv request="REGISTER"/>
)");
    xml += registerAnswer(200, QStringLiteral("OK"), QStringLiteral("<send next=\"done\">"));
    xml += QStringLiteral("  <label id=\"invite\"/>\n");
    xml += reply.arg(QStringLiteral("180 Ringing"), empty);
    if (answer) {
        xml += reply.arg(QStringLiteral("200 OK"), sdp);
        xml += QStringLiteral("  <recv request=\"ACK\"/>\n  <recv request=\"BYE\" timeout=\"60000\"/>\n");
        xml += reply.arg(QStringLiteral("200 OK"), empty);
    } else {
        xml += QStringLiteral("  <pause milliseconds=\"500\"/>\n");
        xml += reply.arg(QStringLiteral("486 Busy Here"), empty);
        xml += QStringLiteral("  <recv request=\"ACK\"/>\n");
    }
    xml += QStringLiteral("  <label id=\"done\"/>\n</scenario>\n");
    return startServer(QStringLiteral("exchange.xml"), xml, port, 2);
}

bool SipCaller::wait(int timeoutMs)
{
    if (!m_sipp)
        return false;
    // The event loop keeps running meanwhile: the line under test lives in this process.
    if (!QTest::qWaitFor([&] { return m_sipp->state() == QProcess::NotRunning; }, timeoutMs))
        return false;
    return m_sipp->exitStatus() == QProcess::NormalExit && m_sipp->exitCode() == 0;
}

bool SipCaller::running() const
{
    return m_sipp && m_sipp->state() != QProcess::NotRunning;
}

QString SipCaller::output() const
{
    return m_sipp ? QString::fromLocal8Bit(m_sipp->readAll()) : QString();
}

void SipCaller::sendRaw(int port, const QByteArray& datagram)
{
    QUdpSocket s;
    s.writeDatagram(datagram, QHostAddress::LocalHost, quint16(port));
    s.waitForBytesWritten(1000);
}

Wav readWav(const QString& path)
{
    Wav w;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return w;
    const QByteArray all = f.readAll();
    if (all.size() < 12 || !all.startsWith("RIFF") || all.mid(8, 4) != "WAVE")
        return w;
    int at = 12;
    int channels = 1, bits = 16;
    while (at + 8 <= all.size()) {
        const QByteArray id = all.mid(at, 4);
        quint32 size = qFromLittleEndian<quint32>(all.constData() + at + 4);
        const int body = at + 8;
        if (id == "fmt " && body + 16 <= all.size()) {
            channels = qFromLittleEndian<quint16>(all.constData() + body + 2);
            w.rate = int(qFromLittleEndian<quint32>(all.constData() + body + 4));
            bits = qFromLittleEndian<quint16>(all.constData() + body + 14);
        } else if (id == "data") {
            if (size == 0 || body + qint64(size) > all.size())
                size = quint32(all.size() - body);
            if (bits != 16 || channels < 1)
                return w;
            const int frames = int(size / (2 * channels));
            w.samples.resize(frames);
            for (int i = 0; i < frames; ++i)
                w.samples[i] = qFromLittleEndian<qint16>(all.constData() + body + i * 2 * channels);
            return w;
        }
        at = body + int(size) + int(size & 1);
    }
    return w;
}

double rms(const QVector<qint16>& samples, int from, int count)
{
    from = std::max(0, from);
    const int to = std::min<int>(samples.size(), from + count);
    if (to <= from)
        return 0;
    double sum = 0;
    for (int i = from; i < to; ++i)
        sum += double(samples[i]) * samples[i];
    return std::sqrt(sum / (to - from));
}

double toneShare(const QVector<qint16>& samples, int from, int count, int rate, double hz)
{
    from = std::max(0, from);
    const int to = std::min<int>(samples.size(), from + count);
    const int n = to - from;
    if (n <= 0 || rate <= 0)
        return 0;
    const double w = 2 * M_PI * hz / rate;
    const double coeff = 2 * std::cos(w);
    double s1 = 0, s2 = 0, energy = 0;
    for (int i = from; i < to; ++i) {
        const double x = samples[i];
        energy += x * x;
        const double s0 = x + coeff * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    const double power = s1 * s1 + s2 * s2 - coeff * s1 * s2; // |X(k)|^2
    if (energy <= 0)
        return 0;
    // A pure tone of amplitude A over n samples gives |X|^2 = (A n / 2)^2 and energy A^2 n / 2.
    return std::min(1.0, power / (energy * n / 2));
}

bool writeToneWav(const QString& path, double seconds, double hz, int rate)
{
    const int n = int(seconds * rate);
    QByteArray data;
    data.resize(n * 2);
    for (int i = 0; i < n; ++i)
        qToLittleEndian<qint16>(qint16(12000 * std::sin(2 * M_PI * hz * i / rate)), data.data() + 2 * i);
    QByteArray h("RIFF");
    auto put32 = [&](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        h.append(b, 4);
    };
    auto put16 = [&](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        h.append(b, 2);
    };
    put32(36 + data.size());
    h.append("WAVEfmt ");
    put32(16);
    put16(1);
    put16(1);
    put32(rate);
    put32(rate * 2);
    put16(2);
    put16(16);
    h.append("data");
    put32(data.size());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(h + data) == h.size() + data.size();
}

} // namespace qf::test

#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace qf::test {

// A real SIP peer for the phone line: `sipp` (package sip-tester) on loopback, calling from a
// given number with the real G.711 audio of sipp's g711a.pcap (~7.8 s of speech-band audio).
class SipCaller
{
public:
    enum class Mode {
        Talk,    // waits for the answer, sends the audio, hangs up after talkMs
        Abandon, // hangs up (CANCEL) after ringMs of ringing
        Refused, // waits for the line to refuse the call (declined, or missed when it rings out)
        Held,    // like Talk, and during the call expects the line to put it on hold (a re-INVITE
                 // whose SDP says sendonly or inactive) and then to take it back (sendrecv);
                 // the scenario fails when either re-INVITE is missing or says otherwise
    };
    struct Call
    {
        QString number = QStringLiteral("13800138000");
        Mode mode = Mode::Talk;
        int talkMs = 8000;
        int ringMs = 1000;
    };

    SipCaller();
    ~SipCaller();

    // A free UDP port on 127.0.0.1 (for the line under test).
    static int freePort();
    // The length of sipp's pcap audio, in seconds.
    static double pcapAudioSeconds();
    // The pcap's audio decoded (8 kHz, 16-bit mono), to compare recordings with.
    static QVector<qint16> pcapAudio();

    // Starts the call to 127.0.0.1:port; returns at once (the call runs as its own process).
    bool start(int port, const Call& call);
    // Waits for sipp to finish; true when its scenario completed.
    bool wait(int timeoutMs = 60000);
    QString output() const;
    bool running() const;

    // A registrar on 127.0.0.1:port that answers one REGISTER with `status` (200 accepts, 403
    // refuses); returns at once.
    bool startRegistrar(int port, int status);

    // The office's exchange for a callback: a registrar on 127.0.0.1:port that accepts one
    // REGISTER, then takes the line's outgoing INVITE: answers it (and waits for the line's
    // BYE) when `answer`, else rings and says busy (486). Returns at once.
    bool startCallee(int port, bool answer);

    // Sends raw bytes to the line (hostile or malformed messages).
    static void sendRaw(int port, const QByteArray& datagram);

private:
    // sipp answering on 127.0.0.1:port with the scenario `xml` until `calls` calls are done.
    bool startServer(const QString& name, const QString& xml, int port, int calls);

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_sipp;
};

// The samples of a 16-bit PCM WAV (mono, or the first channel), with its rate.
struct Wav
{
    int rate = 0;
    QVector<qint16> samples;
    double seconds() const { return rate ? double(samples.size()) / rate : 0; }
};
Wav readWav(const QString& path);
double rms(const QVector<qint16>& samples, int from, int count);
// The power of `hz` in the samples relative to their total power (Goertzel), 0..1.
double toneShare(const QVector<qint16>& samples, int from, int count, int rate, double hz);
// Writes a sine tone as a 16-bit mono WAV.
bool writeToneWav(const QString& path, double seconds, double hz, int rate = 8000);

} // namespace qf::test

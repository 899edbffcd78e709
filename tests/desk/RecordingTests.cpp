#include "tests/support/TestSupport.h"

#include "models/AttachmentStore.h"
#include "models/CaseStateMachine.h"
#include "models/PersonStore.h"
#include "models/VisitRegistrar.h"
#include "models/VisitStore.h"
#include "models/ReportStore.h"
#include "models/Session.h"
#include "app/audio/AudioRecorder.h"

#include <QFile>
#include <QMediaDevices>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QtEndian>

#include <cmath>
#include <cstring>

using namespace qf;
using namespace qf::test;

namespace {

// A PulseAudio server of the test's own, with a sine-wave source as the default microphone.
struct PrivatePulse
{
    explicit PrivatePulse(const Scratch& scratch)
    {
        socket = scratch.path(QStringLiteral("pulse.sock"));
        const QString runtime = scratch.path(QStringLiteral("pulse-runtime"));
        QDir().mkpath(runtime);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PULSE_RUNTIME_PATH"), runtime);
        env.insert(QStringLiteral("PULSE_STATE_PATH"), runtime);
        server.setProcessEnvironment(env);
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(QStringLiteral("pulseaudio"),
                     { QStringLiteral("-n"), QStringLiteral("--daemonize=no"), QStringLiteral("--exit-idle-time=-1"),
                       QStringLiteral("--disallow-exit"), QStringLiteral("-L"), QStringLiteral("module-null-sink"),
                       QStringLiteral("-L"), QStringLiteral("module-sine-source frequency=440"),
                       QStringLiteral("-L"),
                       QStringLiteral("module-native-protocol-unix auth-anonymous=1 socket=") + socket });
        REQUIRE(server.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket), 15000);
        qputenv("PULSE_SERVER", (QStringLiteral("unix:") + socket).toUtf8());
    }
    ~PrivatePulse()
    {
        server.terminate();
        if (!server.waitForFinished(5000))
            server.kill();
        server.waitForFinished(2000);
    }
    QString socket;
    QProcess server;
};

} // namespace

TEST_CASE("a conversation is recorded from the microphone into a WAV stored with the report", "[desk][audio]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("pulseaudio")).isEmpty())
        FAIL("pulseaudio is not installed (installer/deps.sh lists it)");
    Scratch scratch;
    PrivatePulse pulse(scratch);
    // The audio backend reads PULSE_SERVER when it first connects.
    QTRY_VERIFY_WITH_TIMEOUT(AudioRecorder::hasMicrophone(), 15000);

    AudioRecorder recorder;
    QSignalSpy levels(&recorder, &AudioRecorder::levelChanged);
    const QString wav = scratch.path(QStringLiteral("talk.wav"));
    QF_REQUIRE_OK(recorder.start(wav));
    CHECK(recorder.isRecording());
    QTRY_VERIFY_WITH_TIMEOUT(recorder.recordedMs() >= 1500, 20000);
    auto done = recorder.stop();
    QF_REQUIRE_OK(done);
    CHECK_FALSE(levels.isEmpty());

    QFile f(*done);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    REQUIRE(bytes.size() > 44);
    CHECK(bytes.left(4) == "RIFF");
    CHECK(bytes.mid(8, 4) == "WAVE");
    const quint32 rate = qFromLittleEndian<quint32>(bytes.constData() + 24);
    const quint16 channels = qFromLittleEndian<quint16>(bytes.constData() + 22);
    const quint32 dataBytes = qFromLittleEndian<quint32>(bytes.constData() + 40);
    CHECK(dataBytes == quint32(bytes.size() - 44));
    const double seconds = double(dataBytes) / (rate * channels * 2);
    CHECK(seconds >= 1.5);
    CHECK(seconds < 30);
    // The sine source is loud: the RMS level is well above silence.
    double sum = 0;
    const qsizetype n = dataBytes / 2;
    for (qsizetype i = 0; i < n; ++i) {
        qint16 v;
        std::memcpy(&v, bytes.constData() + 44 + 2 * i, 2);
        sum += double(v) * v;
    }
    const double rms = std::sqrt(sum / n) / 32768.0;
    INFO("rms " << rms << ", seconds " << seconds);
    CHECK(rms > 0.05);

    // Stored by content address with the report.
    auto session = openSession(scratch.path(QStringLiteral("rec.sqlite")));
    ReportStore& reports = session->reports();
    ReportDraft d;
    d.channel = QStringLiteral("visit");
    d.what = QStringLiteral("录音测试");
    auto report = reports.add(d);
    QF_REQUIRE_OK(report);
    AttachmentStore store(session->writer(), scratch.path(QStringLiteral("attachments")));
    auto stored = store.attachFile(report->id, *done, QStringLiteral("recording"));
    QF_REQUIRE_OK(stored);
    CHECK(stored->size == bytes.size());
    QF_REQUIRE_OK(store.verify(stored->sha256));
}

TEST_CASE("without a microphone the recorder says so plainly", "[desk][audio]")
{
    Scratch scratch;
    // A server address where nobody listens: no audio input.
    qputenv("PULSE_SERVER", "unix:/nonexistent/qingfeng-no-pulse");
    if (AudioRecorder::hasMicrophone()) {
        WARN("the audio backend still holds the device list of an earlier connection; not checked");
        return;
    }
    AudioRecorder recorder;
    Status s = recorder.start(scratch.path(QStringLiteral("none.wav")));
    CHECK_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("microphone")));
}

TEST_CASE("a registration that fails at its last step keeps nothing: no person - visit or report", "[desk]")
{
    test::Scratch scratch;
    auto session = test::openSession(scratch.path(QStringLiteral("atomic.sqlite")));
    ReportStore& reports = session->reports();
    VisitStore visits(session->writer(), session->vault());
    VisitRegistrar registrar(session->persons(), session->registrar(), reports, visits);
    auto count = [&](const char* table) {
        QSqlQuery q(session->database().connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table))));
        REQUIRE(q.next());
        return q.value(0).toInt();
    };

    VisitRegistration in;
    in.visitor = PersonIdentity { QStringLiteral("赵六"), QStringLiteral("11010519491231002X"), {}, {}, {}, {} };
    in.what = QStringLiteral("反映村干部优亲厚友分配低保");
    in.recordingPath = scratch.path(QStringLiteral("missing.wav")); // the recording is gone: the last step fails
    auto failed = registrar.registerVisit(in, Actor { {}, QStringLiteral("receptionist") });
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().contains(QStringLiteral("not registered")));
    CHECK(count("persons") == 0);
    CHECK(count("visits") == 0);
    CHECK(count("reports") == 0);
    CHECK(count("events") == 0);

    in.recordingPath.clear();
    auto registered = registrar.registerVisit(in, Actor { {}, QStringLiteral("receptionist") });
    QF_REQUIRE_OK(registered);
    CHECK(count("persons") == 1);
    CHECK(count("visits") == 1);
    CHECK(count("reports") == 1);
}

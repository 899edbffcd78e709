#include "app/devices/phone/LinphoneEngine.h"

#include <QLoggingCategory>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QUuid>

#include <linphone++/linphone.hh>

namespace qf {

namespace {

Q_LOGGING_CATEGORY(lcPhone, "qingfeng.app.devices.phone")

std::string utf8(const QString& s)
{
    return s.toStdString();
}

QString fromUtf8(const std::string& s)
{
    return QString::fromStdString(s);
}

qint64 monotonicNs()
{
    QElapsedTimer t;
    t.start();
    return t.nsecsElapsed() + t.msecsSinceReference() * 1000000;
}

// liblinphone's factory is process-wide: its log level is set once; its folders (the plugin
// folder empty, so that mediastreamer does not load plugins built for another Qt) before
// every core, as each line may work in another folder.
void prepareFactory(const QString& workFolder)
{
    static bool logging = false;
    if (!logging) {
        // SIP traces and liblinphone's errors name the caller's number: only fatal errors are logged.
        linphone::LoggingService::get()->setLogLevel(linphone::LogLevel::Fatal);
        logging = true;
    }
    auto factory = linphone::Factory::get();
    const QString plugins = workFolder + QStringLiteral("/plugins");
    QDir().mkpath(plugins);
    factory->setMspluginsDir(utf8(plugins));
    factory->setDataDir(utf8(workFolder + QStringLiteral("/data/")));
    factory->setConfigDir(utf8(workFolder + QStringLiteral("/config/")));
}

linphone::TransportType transportOf(SipTransport t)
{
    switch (t) {
    case SipTransport::Tcp:
        return linphone::TransportType::Tcp;
    case SipTransport::Tls:
        return linphone::TransportType::Tls;
    case SipTransport::Udp:
        break;
    }
    return linphone::TransportType::Udp;
}

} // namespace

// liblinphone's callbacks, forwarded to the line (they arrive on the line's thread, inside
// Core::iterate()).
class LinphoneEngine::Events : public linphone::CoreListener, public linphone::PlayerListener
{
public:
    explicit Events(LinphoneEngine& line)
        : m_line(line)
    {
    }
    void onCallStateChanged(const std::shared_ptr<linphone::Core>&, const std::shared_ptr<linphone::Call>& call,
                            linphone::Call::State state, const std::string& message) override
    {
        m_line.callStateChanged(call, int(state), message);
    }
    void onAccountRegistrationStateChanged(const std::shared_ptr<linphone::Core>&,
                                           const std::shared_ptr<linphone::Account>&, linphone::RegistrationState state,
                                           const std::string& message) override
    {
        m_line.registrationChanged(int(state), message);
    }
    void onEofReached(const std::shared_ptr<linphone::Player>& player) override { m_line.announcementEnded(player); }

private:
    LinphoneEngine& m_line;
};

LinphoneEngine::LinphoneEngine(SipEvents events)
    : m_events(std::move(events))
{
}

LinphoneEngine::~LinphoneEngine()
{
    close();
}

void LinphoneEngine::iterate()
{
    if (m_core)
        m_core->iterate();
    checkRinging();
}

Status LinphoneEngine::open(const LineSettings& settings)
{
    close();
    m_settings = settings;
    if (m_settings.workFolder.isEmpty())
        return Error { tr("The phone line has no folder to work in."), ErrorCode::Invalid };
    for (const char* sub : { "data", "config", "recordings" }) {
        const QString dir = m_settings.workFolder + QLatin1Char('/') + QLatin1String(sub);
        if (!QDir().mkpath(dir))
            return Error { tr("The phone line cannot create its folder %1.").arg(dir), ErrorCode::Io };
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    if (!m_settings.announcement.isEmpty() && !QFile::exists(m_settings.announcement))
        return Error { tr("The announcement %1 does not exist.").arg(m_settings.announcement), ErrorCode::NotFound };
    prepareFactory(m_settings.workFolder);

    auto factory = linphone::Factory::get();
    m_core = factory->createCore("", "", nullptr);
    if (!m_core)
        return Error { tr("The phone line could not be started (liblinphone)."), ErrorCode::Io };
    m_core->setUserAgent("Qingfeng", utf8(QCoreApplication::applicationVersion()));
    m_core->setUseFiles(m_settings.useFiles);
    if (m_settings.useFiles)
        m_core->setPlayFile("");
    // Our own timer decides when an unanswered call is missed; liblinphone's must come later.
    m_core->setIncTimeout(m_settings.ringSeconds + 30);
    m_core->setMaxCalls(4);
    // Audio on a port of its own chosen at random (not liblinphone's fixed 7078): two lines on
    // one machine (a test run, a terminal server) must not share one.
    m_core->setAudioPortRange(10000, 20000);
    m_core->enableVideoCapture(false);
    m_core->enableVideoDisplay(false);
    auto video = factory->createVideoActivationPolicy();
    video->setAutomaticallyInitiate(false);
    video->setAutomaticallyAccept(false);
    m_core->setVideoActivationPolicy(video);
    // A caller whose network vanished without a BYE: the call ends after 20 s without audio.
    m_core->getConfig()->setInt("rtp", "nortp_timeout", 20);

    auto transports = m_core->getTransports();
    const int port = m_settings.listenPort;
    transports->setUdpPort(m_settings.transport == SipTransport::Udp ? port : 0);
    transports->setTcpPort(m_settings.transport == SipTransport::Tcp ? port : 0);
    transports->setTlsPort(m_settings.transport == SipTransport::Tls ? port : 0);
    transports->setDtlsPort(0);
    if (m_core->setTransports(transports) != 0) {
        m_core.reset();
        return Error { tr("The phone line cannot listen on port %1.").arg(port), ErrorCode::Io };
    }

    m_listener = std::make_shared<Events>(*this);
    m_core->addListener(m_listener);
    if (m_core->start() != 0) {
        m_core.reset();
        return Error { tr("The phone line could not be started (liblinphone)."), ErrorCode::Io };
    }

    if (m_settings.domain.isEmpty()) {
        setState(LineState::Listening, {});
    } else {
        const QString identity = QStringLiteral("sip:%1@%2").arg(m_settings.username, m_settings.domain);
        auto idAddress = factory->createAddress(utf8(identity));
        const QString server = m_settings.proxy.isEmpty() ? m_settings.domain : m_settings.proxy;
        auto serverAddress = factory->createAddress(utf8(QStringLiteral("sip:%1").arg(server)));
        if (!idAddress || !serverAddress) {
            close();
            return Error { tr("The SIP account %1 is not a valid address.").arg(identity), ErrorCode::Invalid };
        }
        serverAddress->setTransport(transportOf(m_settings.transport));
        m_core->addAuthInfo(factory->createAuthInfo(utf8(m_settings.username), "", utf8(m_settings.password), "", "",
                                                    utf8(m_settings.domain)));
        auto params = m_core->createAccountParams();
        params->setIdentityAddress(idAddress);
        params->setServerAddress(serverAddress);
        params->enableRegister(true);
        auto account = m_core->createAccount(params);
        if (!account || m_core->addAccount(account) != 0) {
            close();
            return Error { tr("The SIP account %1 could not be set up.").arg(identity), ErrorCode::Invalid };
        }
        m_core->setDefaultAccount(account);
        setState(LineState::Registering, {});
    }
    return {};
}

void LinphoneEngine::close()
{
    if (!m_core)
        return;
    for (Tracked& t : m_calls)
        if (!t.finished && t.call)
            t.call->terminate();
    // Let the BYEs go and the calls end (each reports finished()).
    for (int i = 0; i < 10 && std::any_of(m_calls.cbegin(), m_calls.cend(), [](const Tracked& t) { return !t.finished; });
         ++i)
        m_core->iterate();
    for (Tracked& t : m_calls)
        if (!t.finished)
            finish(t, int(linphone::Call::State::Error));
    m_core->removeListener(m_listener);
    m_core->stop();
    m_core.reset();
    m_listener.reset();
    m_calls.clear();
    setState(LineState::Off, {});
}

void LinphoneEngine::setState(LineState state, const QString& reason)
{
    if (state == m_state && reason == m_reason)
        return;
    m_state = state;
    m_reason = reason;
    m_events.stateChanged(state, reason);
}

void LinphoneEngine::registrationChanged(int state, const std::string& message)
{
    switch (linphone::RegistrationState(state)) {
    case linphone::RegistrationState::Progress:
        setState(LineState::Registering, {});
        break;
    case linphone::RegistrationState::Ok:
        setState(LineState::Registered, {});
        break;
    case linphone::RegistrationState::Failed:
        setState(LineState::Failed, fromUtf8(message));
        break;
    case linphone::RegistrationState::Cleared:
    case linphone::RegistrationState::None:
        setState(LineState::Off, {});
        break;
    }
}

LinphoneEngine::Tracked* LinphoneEngine::byId(const QString& id)
{
    for (Tracked& t : m_calls)
        if (t.id == id && !t.finished)
            return &t;
    return nullptr;
}

LinphoneEngine::Tracked* LinphoneEngine::byCall(const std::shared_ptr<linphone::Call>& call)
{
    for (Tracked& t : m_calls)
        if (t.call == call)
            return &t;
    return nullptr;
}

void LinphoneEngine::callStateChanged(const std::shared_ptr<linphone::Call>& call, int stateValue, const std::string&)
{
    using State = linphone::Call::State;
    const State state = State(stateValue);
    Tracked* t = byCall(call);
    if (state == State::IncomingReceived && !t) {
        Tracked n;
        n.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        n.call = call;
        n.ringStartMs = QDateTime::currentMSecsSinceEpoch();
        m_calls.append(n);
        IncomingCall in;
        in.arrivedNs = monotonicNs();
        in.id = n.id;
        in.at = QDateTime::currentDateTimeUtc();
        if (auto from = call->getRemoteAddress()) {
            in.number = fromUtf8(from->getUsername());
            in.displayName = fromUtf8(from->getDisplayName());
        }
        m_events.incoming(in);
        return;
    }
    if (!t || t->finished)
        return;
    switch (state) {
    case State::StreamsRunning:
        streamsRunning(*t);
        break;
    case State::Connected:
        if (!t->incoming && !t->answered) {
            t->answered = true;
            m_events.answered(t->id, QDateTime::currentDateTimeUtc());
        }
        break;
    case State::End:
    case State::Error:
    case State::Released:
        finish(*t, stateValue);
        break;
    default:
        break;
    }
}

void LinphoneEngine::streamsRunning(Tracked& t)
{
    if (!t.recording && !t.recordingPath.isEmpty()) {
        t.call->startRecording();
        t.recording = true;
    }
    if (t.incoming && !t.announced && !t.announcing && !m_settings.announcement.isEmpty()) {
        if (auto player = t.call->getPlayer(); player && player->open(utf8(m_settings.announcement)) == 0) {
            player->addListener(m_listener);
            // The operator joins once the caller has heard that the call is recorded.
            t.call->setMicrophoneMuted(true);
            t.call->setSpeakerMuted(true);
            if (player->start() == 0) {
                t.announcing = true;
                return;
            }
            t.call->setMicrophoneMuted(false);
            t.call->setSpeakerMuted(false);
        }
        qCWarning(lcPhone) << "the announcement could not be played";
    }
    if (!t.announcing && t.answered && !t.connected) {
        t.connected = true;
        m_events.connected(t.id);
    }
}

void LinphoneEngine::announcementEnded(const std::shared_ptr<linphone::Player>& player)
{
    for (Tracked& t : m_calls) {
        if (!t.announcing || t.finished || !t.call || t.call->getPlayer() != player)
            continue;
        t.announcing = false;
        t.announced = true;
        player->close();
        t.call->setMicrophoneMuted(false);
        t.call->setSpeakerMuted(false);
        t.connected = true;
        m_events.connected(t.id);
    }
}

void LinphoneEngine::finish(Tracked& t, int stateValue)
{
    if (t.finished)
        return;
    t.finished = true;
    if (t.recording && t.call)
        t.call->stopRecording();
    CallFinished f;
    f.id = t.id;
    f.at = QDateTime::currentDateTimeUtc();
    f.announced = t.announced || t.announcing;
    if (t.recording && QFile::exists(t.recordingPath))
        f.recordingPath = t.recordingPath;
    const bool error = linphone::Call::State(stateValue) == linphone::Call::State::Error;
    if (t.answered)
        f.outcome = error ? CallOutcome::Failed : CallOutcome::Answered;
    else if (t.declined)
        f.outcome = CallOutcome::Declined;
    else if (t.missed)
        f.outcome = CallOutcome::Missed;
    else if (!t.incoming)
        f.outcome = CallOutcome::Failed; // our callback was not taken
    else if (error && t.call && t.call->getReason() != linphone::Reason::None)
        f.outcome = CallOutcome::Failed;
    else
        f.outcome = CallOutcome::CallerHungUp;
    if (f.outcome == CallOutcome::Failed && t.call)
        if (auto info = t.call->getErrorInfo())
            f.reason = fromUtf8(info->getPhrase());
    t.call.reset();
    m_events.finished(f);
    m_calls.removeIf([](const Tracked& c) { return c.finished; });
}

void LinphoneEngine::checkRinging()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (Tracked& t : m_calls) {
        if (t.finished || t.answered || t.declined || t.missed || !t.incoming || !t.call)
            continue;
        if (now - t.ringStartMs >= qint64(m_settings.ringSeconds) * 1000) {
            t.missed = true;
            t.call->decline(linphone::Reason::TemporarilyUnavailable); // 480: nobody answered
        }
    }
}

Status LinphoneEngine::answer(const QString& callId)
{
    Tracked* t = byId(callId);
    if (!t || !t->call || t->answered)
        return Error { tr("There is no call ringing to answer."), ErrorCode::NotFound };
    auto params = m_core->createCallParams(t->call);
    params->enableVideo(false);
    if (m_settings.record) {
        t->recordingPath = m_settings.workFolder + QStringLiteral("/recordings/") + t->id + QStringLiteral(".wav");
        params->setRecordFile(utf8(t->recordingPath));
    }
    if (t->call->acceptWithParams(params) != 0)
        return Error { tr("The call could not be answered: the caller may have hung up."), ErrorCode::Io };
    t->answered = true;
    m_events.answered(t->id, QDateTime::currentDateTimeUtc());
    // The streams may already run (liblinphone reports it inside accept).
    if (t->call && t->call->getState() == linphone::Call::State::StreamsRunning)
        streamsRunning(*t);
    return {};
}

Status LinphoneEngine::decline(const QString& callId)
{
    Tracked* t = byId(callId);
    if (!t || !t->call || t->answered)
        return Error { tr("There is no call ringing to decline."), ErrorCode::NotFound };
    t->declined = true;
    t->call->decline(linphone::Reason::Declined);
    return {};
}

Status LinphoneEngine::hangUp(const QString& callId)
{
    Tracked* t = byId(callId);
    if (!t || !t->call)
        return Error { tr("There is no call to hang up."), ErrorCode::NotFound };
    if (!t->answered && t->incoming) {
        t->declined = true;
        t->call->decline(linphone::Reason::Declined);
    } else {
        t->call->terminate();
    }
    return {};
}

Status LinphoneEngine::setHeld(const QString& callId, bool held)
{
    Tracked* t = byId(callId);
    if (!t || !t->call || !t->answered)
        return Error { tr("There is no call in progress."), ErrorCode::NotFound };
    const int rc = held ? t->call->pause() : t->call->resume();
    if (rc != 0)
        return Error { held ? tr("The call could not be put on hold.") : tr("The call could not be resumed."),
                       ErrorCode::Io };
    return {};
}

Status LinphoneEngine::setMuted(const QString& callId, bool muted)
{
    Tracked* t = byId(callId);
    if (!t || !t->call || !t->answered)
        return Error { tr("There is no call in progress."), ErrorCode::NotFound };
    t->call->setMicrophoneMuted(muted);
    return {};
}

Result<QString> LinphoneEngine::dial(const QString& number)
{
    if (!m_core)
        return Error { tr("The phone line is not open."), ErrorCode::Refused };
    const QString n = number.trimmed();
    if (n.isEmpty())
        return Error { tr("There is no number to call."), ErrorCode::Invalid };
    QString target = n;
    if (!n.startsWith(QLatin1String("sip:")))
        target = m_settings.domain.isEmpty() ? QStringLiteral("sip:%1").arg(n)
                                             : QStringLiteral("sip:%1@%2").arg(n, m_settings.domain);
    auto address = m_core->interpretUrl(utf8(target));
    if (!address)
        return Error { tr("%1 is not a number that can be called.").arg(n), ErrorCode::Invalid };
    auto params = m_core->createCallParams(nullptr);
    params->enableVideo(false);
    Tracked t;
    t.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    t.incoming = false;
    if (m_settings.record) {
        t.recordingPath = m_settings.workFolder + QStringLiteral("/recordings/") + t.id + QStringLiteral(".wav");
        params->setRecordFile(utf8(t.recordingPath));
    }
    t.call = m_core->inviteAddressWithParams(address, params);
    if (!t.call)
        return Error { tr("The call to %1 could not be placed.").arg(n), ErrorCode::Io };
    m_calls.append(t);
    return t.id;
}

} // namespace qf

// The module's entry point (LinphoneLine resolves it by name).
extern "C" Q_DECL_EXPORT qf::SipEngine* qf_create_sip_engine(qf::SipEvents* events)
{
    return new qf::LinphoneEngine(std::move(*events));
}

#include "app/devices/phone/LinphoneLine.h"

#include "app/devices/phone/SipEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace qf {

namespace {

constexpr int kIterateMs = 10; // liblinphone needs two iterations to report an INVITE
using CreateEngine = SipEngine* (*)(SipEvents*);

Status noLine()
{
    return Error { QCoreApplication::translate("qf::LinphoneLine", "The phone line is not open."), ErrorCode::Refused };
}

} // namespace

QString lineStateText(LineState state, const QString& reason)
{
    switch (state) {
    case LineState::Off:
        return QCoreApplication::translate("qf::PhoneLine", "Line: off");
    case LineState::Registering:
        return QCoreApplication::translate("qf::PhoneLine", "Line: registering…");
    case LineState::Registered:
        return QCoreApplication::translate("qf::PhoneLine", "Line: registered");
    case LineState::Listening:
        return QCoreApplication::translate("qf::PhoneLine", "Line: answering direct calls");
    case LineState::Failed:
        return reason.isEmpty() ? QCoreApplication::translate("qf::PhoneLine", "Line: not registered")
                                : QCoreApplication::translate("qf::PhoneLine", "Line: not registered (%1)").arg(reason);
    }
    return {};
}

LinphoneLine::LinphoneLine(QObject* parent)
    : PhoneLine(parent)
{
    m_iterate.setInterval(kIterateMs);
    connect(&m_iterate, &QTimer::timeout, this, [this] {
        if (m_engine)
            m_engine->iterate();
    });
}

LinphoneLine::~LinphoneLine()
{
    close();
}

QStringList LinphoneLine::moduleCandidates()
{
    QStringList c;
    if (const QString env = qEnvironmentVariable("QINGFENG_SIP_MODULE"); !env.isEmpty())
        c << env;
    const QString app = QCoreApplication::applicationDirPath();
    c << app + QStringLiteral("/libqingfeng_sip.so") // the build folder's bin/
      << app + QStringLiteral("/../../bin/libqingfeng_sip.so") // tests/bin in the build folder
      << app + QStringLiteral("/../lib/qingfeng/libqingfeng_sip.so") // installed
      << QStringLiteral(QF_SIP_MODULE_INSTALLED);
    return c;
}

Status LinphoneLine::load()
{
    if (m_engine)
        return {};
    QString tried;
    for (const QString& path : moduleCandidates()) {
        if (!QFileInfo::exists(path))
            continue;
        QLibrary lib(path);
        // Kept loaded for the life of the process: liblinphone does not unload cleanly.
        lib.setLoadHints(QLibrary::PreventUnloadHint);
        auto create = reinterpret_cast<CreateEngine>(lib.resolve("qf_create_sip_engine"));
        if (!create) {
            tried = lib.errorString();
            continue;
        }
        SipEvents events;
        events.stateChanged = [this](LineState s, const QString& r) { emit stateChanged(s, r); };
        events.incoming = [this](const IncomingCall& c) { emit incoming(c); };
        events.answered = [this](const QString& id, const QDateTime& at) { emit answered(id, at); };
        events.connected = [this](const QString& id) { emit connected(id); };
        events.finished = [this](const CallFinished& f) { emit finished(f); };
        m_engine.reset(create(&events));
        return {};
    }
    return Error { tr("The phone line's SIP module (libqingfeng_sip.so) could not be loaded%1. Reinstall Qingfeng.")
                       .arg(tried.isEmpty() ? QString() : QStringLiteral(": ") + tried),
                   ErrorCode::NotFound };
}

Status LinphoneLine::open(const LineSettings& settings)
{
    if (Status s = load(); !s)
        return s;
    m_iterate.stop();
    if (Status s = m_engine->open(settings); !s)
        return s;
    m_iterate.start();
    return {};
}

void LinphoneLine::close()
{
    m_iterate.stop();
    if (m_engine)
        m_engine->close();
}

LineState LinphoneLine::state() const
{
    return m_engine ? m_engine->state() : LineState::Off;
}

QString LinphoneLine::stateReason() const
{
    return m_engine ? m_engine->stateReason() : QString();
}

QString LinphoneLine::lineName() const
{
    return m_engine ? m_engine->lineName() : QString();
}

Status LinphoneLine::answer(const QString& callId)
{
    return m_engine ? m_engine->answer(callId) : noLine();
}

Status LinphoneLine::decline(const QString& callId)
{
    return m_engine ? m_engine->decline(callId) : noLine();
}

Status LinphoneLine::hangUp(const QString& callId)
{
    return m_engine ? m_engine->hangUp(callId) : noLine();
}

Status LinphoneLine::setHeld(const QString& callId, bool held)
{
    return m_engine ? m_engine->setHeld(callId, held) : noLine();
}

Status LinphoneLine::setMuted(const QString& callId, bool muted)
{
    return m_engine ? m_engine->setMuted(callId, muted) : noLine();
}

Result<QString> LinphoneLine::dial(const QString& number)
{
    if (!m_engine)
        return noLine().failure();
    return m_engine->dial(number);
}

} // namespace qf

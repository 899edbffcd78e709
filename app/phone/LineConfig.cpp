#include "app/phone/LineConfig.h"

#include "app/security/KeychainKeyProvider.h"

#include <QSettings>
#include <QStandardPaths>

namespace qf {

namespace {

const QString kPasswordSecret = QStringLiteral("hotline-sip-password");

QString key(const char* name)
{
    return QStringLiteral("hotline/") + QLatin1String(name);
}

} // namespace

LineSettings LineConfig::load()
{
    QSettings s;
    LineSettings l;
    l.name = s.value(key("line"), l.name).toString();
    l.username = s.value(key("username")).toString();
    l.domain = s.value(key("domain")).toString();
    l.proxy = s.value(key("proxy")).toString();
    const QString t = s.value(key("transport"), QStringLiteral("udp")).toString();
    l.transport = t == QLatin1String("tcp") ? SipTransport::Tcp : t == QLatin1String("tls") ? SipTransport::Tls : SipTransport::Udp;
    l.listenPort = s.value(key("port"), l.listenPort).toInt();
    l.announcement = s.value(key("announcement")).toString();
    l.ringSeconds = s.value(key("ring_seconds"), l.ringSeconds).toInt();
    l.useFiles = s.value(key("no_sound_card"), false).toBool();
    l.record = s.value(key("record_calls"), true).toBool();
    l.workFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/phone");
    if (!l.domain.isEmpty())
        if (auto p = KeychainKeyProvider::readSecret(kPasswordSecret); p)
            l.password = QString::fromUtf8(*p);
    return l;
}

Status LineConfig::save(const LineSettings& l)
{
    QSettings s;
    s.setValue(key("line"), l.name);
    s.setValue(key("username"), l.username);
    s.setValue(key("domain"), l.domain);
    s.setValue(key("proxy"), l.proxy);
    s.setValue(key("transport"), l.transport == SipTransport::Tcp   ? QStringLiteral("tcp")
                                 : l.transport == SipTransport::Tls ? QStringLiteral("tls")
                                                                    : QStringLiteral("udp"));
    s.setValue(key("port"), l.listenPort);
    s.setValue(key("announcement"), l.announcement);
    s.setValue(key("ring_seconds"), l.ringSeconds);
    s.setValue(key("no_sound_card"), l.useFiles);
    s.setValue(key("record_calls"), l.record);
    s.setValue(key("configured"), true);
    s.sync();
    if (!l.password.isEmpty())
        return KeychainKeyProvider::writeSecret(kPasswordSecret, l.password.toUtf8());
    return {};
}

bool LineConfig::configured()
{
    return QSettings().value(key("configured"), false).toBool();
}

} // namespace qf

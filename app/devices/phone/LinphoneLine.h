#pragma once

#include "app/devices/phone/PhoneLine.h"

#include <QTimer>

#include <memory>

namespace qf {

class SipEngine;

// The hotline line over SIP (liblinphone++). The engine lives in the qingfeng_sip module,
// loaded on the first open(): programs that never open a line never load liblinphone. Runs
// on this object's thread, driven by a 10 ms timer.
class LinphoneLine : public PhoneLine
{
    Q_OBJECT

public:
    explicit LinphoneLine(QObject* parent = nullptr);
    ~LinphoneLine() override;

    Status open(const LineSettings& settings) override;
    void close() override;
    LineState state() const override;
    QString stateReason() const override;
    QString lineName() const override;

    Status answer(const QString& callId) override;
    Status decline(const QString& callId) override;
    Status hangUp(const QString& callId) override;
    Status setHeld(const QString& callId, bool held) override;
    Status setMuted(const QString& callId, bool muted) override;
    Result<QString> dial(const QString& number) override;

    // Where the module was looked for (build folder, installed folder, QINGFENG_SIP_MODULE).
    static QStringList moduleCandidates();

private:
    Status load();

    std::unique_ptr<SipEngine> m_engine;
    QTimer m_iterate;
};

} // namespace qf

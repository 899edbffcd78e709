#pragma once

#include "app/devices/scanner/ScanSettings.h"

#include <QCoreApplication>

namespace qf {

// The workstation's scanner as the Devices settings keep it (QSettings, not synced: the
// scanner is on this desk), and the registry's one-click letter-intake profile.
class ScannerConfig
{
    Q_DECLARE_TR_FUNCTIONS(qf::ScannerConfig)

public:
    struct Saved
    {
        ScanSettings settings; // device empty: none chosen yet
        bool dropBlank = true;
        // What letter intake takes on this device (found from its capabilities when the
        // device was chosen), and why when it is not the duplex feeder.
        ScanSource letterSource = ScanSource::DuplexFeeder;
        ScanSettings letterSettings() const;
        QString letterNote() const { return ScannerConfig::letterNote(letterSource); }
    };
    static Saved load();
    static void save(const Saved& saved);

    // Letter intake: duplex feeder, grey, 300 dpi, blank backs dropped. A device without a
    // duplex feeder gets its plain feeder, one without a feeder its glass; `note` then says
    // what was taken instead, so the clerk knows why the backs are missing.
    static ScanSettings letterProfile(const QString& device, const ScannerCapabilities& caps, QString* note = nullptr);

    // The nearest of what the device offers, for a resolution the clerk asked.
    static int nearestResolution(const ScannerCapabilities& caps, int wanted);

    static QString letterNote(ScanSource taken);
    static QString sourceName(ScanSource source);
    static QString modeName(ScanMode mode);
};

} // namespace qf

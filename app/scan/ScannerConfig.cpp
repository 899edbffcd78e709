#include "app/scan/ScannerConfig.h"

#include <QSettings>

#include <algorithm>
#include <cstdlib>

namespace qf {

namespace {

QString key(const char* name) { return QStringLiteral("scanner/") + QLatin1String(name); }

QString sourceCode(ScanSource s)
{
    switch (s) {
    case ScanSource::Flatbed:
        return QStringLiteral("flatbed");
    case ScanSource::Feeder:
        return QStringLiteral("adf");
    case ScanSource::DuplexFeeder:
        return QStringLiteral("duplex");
    }
    return {};
}

QString modeCode(ScanMode m)
{
    switch (m) {
    case ScanMode::Gray:
        return QStringLiteral("gray");
    case ScanMode::Color:
        return QStringLiteral("color");
    case ScanMode::Lineart:
        return QStringLiteral("lineart");
    }
    return {};
}

} // namespace

ScannerConfig::Saved ScannerConfig::load()
{
    QSettings s;
    Saved out;
    out.settings.device = s.value(key("device")).toString();
    const QString source = s.value(key("source"), QStringLiteral("duplex")).toString();
    out.settings.source = source == QLatin1String("flatbed") ? ScanSource::Flatbed
                          : source == QLatin1String("adf")   ? ScanSource::Feeder
                                                             : ScanSource::DuplexFeeder;
    const QString mode = s.value(key("mode"), QStringLiteral("gray")).toString();
    out.settings.mode = mode == QLatin1String("color")     ? ScanMode::Color
                        : mode == QLatin1String("lineart") ? ScanMode::Lineart
                                                           : ScanMode::Gray;
    out.settings.resolution = s.value(key("resolution"), 300).toInt();
    out.dropBlank = s.value(key("drop_blank"), true).toBool();
    const QString letter = s.value(key("letter_source"), QStringLiteral("duplex")).toString();
    out.letterSource = letter == QLatin1String("flatbed") ? ScanSource::Flatbed
                       : letter == QLatin1String("adf")   ? ScanSource::Feeder
                                                          : ScanSource::DuplexFeeder;
    return out;
}

void ScannerConfig::save(const Saved& saved)
{
    QSettings s;
    s.setValue(key("device"), saved.settings.device);
    s.setValue(key("source"), sourceCode(saved.settings.source));
    s.setValue(key("mode"), modeCode(saved.settings.mode));
    s.setValue(key("resolution"), saved.settings.resolution);
    s.setValue(key("drop_blank"), saved.dropBlank);
    s.setValue(key("letter_source"), sourceCode(saved.letterSource));
    s.sync();
}

ScanSettings ScannerConfig::Saved::letterSettings() const
{
    ScanSettings s;
    s.device = settings.device;
    s.source = letterSource;
    s.mode = ScanMode::Gray;
    s.resolution = 300; // the device takes the nearest it offers (SaneDevice::apply)
    return s;
}

ScanSettings ScannerConfig::letterProfile(const QString& device, const ScannerCapabilities& caps, QString* note)
{
    ScanSettings s;
    s.device = device;
    s.mode = caps.modes.isEmpty() || caps.modes.contains(ScanMode::Gray) ? ScanMode::Gray : caps.modes.first();
    s.resolution = nearestResolution(caps, 300);
    if (caps.sources.isEmpty() || caps.sources.contains(ScanSource::DuplexFeeder)) {
        s.source = ScanSource::DuplexFeeder;
    } else if (caps.sources.contains(ScanSource::Feeder)) {
        s.source = ScanSource::Feeder;
    } else {
        s.source = ScanSource::Flatbed;
    }
    if (note)
        *note = letterNote(s.source);
    return s;
}

QString ScannerConfig::letterNote(ScanSource taken)
{
    switch (taken) {
    case ScanSource::DuplexFeeder:
        return {};
    case ScanSource::Feeder:
        return tr("This scanner has no duplex feeder: only the front of each sheet is scanned.");
    case ScanSource::Flatbed:
        return tr("This scanner has no document feeder: put the pages on the glass one by one.");
    }
    return {};
}

int ScannerConfig::nearestResolution(const ScannerCapabilities& caps, int wanted)
{
    if (caps.resolutions.isEmpty())
        return wanted;
    if (caps.resolutionRange && caps.resolutions.size() == 2)
        return std::clamp(wanted, caps.resolutions.first(), caps.resolutions.last());
    int best = caps.resolutions.first();
    for (int r : caps.resolutions)
        if (std::abs(r - wanted) < std::abs(best - wanted))
            best = r;
    return best;
}

QString ScannerConfig::sourceName(ScanSource source)
{
    switch (source) {
    case ScanSource::Flatbed:
        return tr("Flatbed (glass)");
    case ScanSource::Feeder:
        return tr("Document feeder, one side");
    case ScanSource::DuplexFeeder:
        return tr("Document feeder, both sides");
    }
    return {};
}

QString ScannerConfig::modeName(ScanMode mode)
{
    switch (mode) {
    case ScanMode::Gray:
        return tr("Grey");
    case ScanMode::Color:
        return tr("Colour");
    case ScanMode::Lineart:
        return tr("Black and white");
    }
    return {};
}

} // namespace qf

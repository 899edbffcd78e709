#pragma once

#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

namespace qf {

// The "quality" QImage::save gives the PNG writer for scanned pages: Qt maps 0..100 onto zlib's
// levels 9..0, and 80 is level 1 - fast, and a text page still shrinks about tenfold. (A
// quality of 1 meant level 9: it took most of a scan run's time.)
constexpr int kFastPng = 80;

// Where the paper comes from. A device names its sources its own way ("ADF", "ADF Duplex",
// "Automatic Document Feeder(left aligned,Duplex)"...): SaneDevice matches them by what
// they are, not by a fixed string.
enum class ScanSource { Flatbed, Feeder, DuplexFeeder };
enum class ScanMode { Gray, Color, Lineart };

// What went wrong in a run. Pages scanned before it are kept in every case.
enum class ScanFault {
    None,
    FeederEmpty, // no paper in the feeder when the run (or its continuation) started
    Jammed,
    CoverOpen,
    DeviceGone, // unplugged or switched off mid-run (SANE's I/O error)
    DiskFull,   // the page could not be written where the run keeps its pages
    Cancelled,  // the clerk stopped the run
    Other,
};

struct ScannerInfo
{
    QString name;   // SANE's device name, e.g. "test:0" or "airscan:e0:Office"
    QString vendor;
    QString model;
    QString type;
    QString label() const;
};

struct ScanSettings
{
    QString device;
    ScanSource source = ScanSource::Feeder;
    ScanMode mode = ScanMode::Gray;
    int resolution = 300;
    // Options set on the device by name before a page, through sane_control_option: what a
    // device needs beyond the three above (and how the tests make SANE's test backend
    // inject a fault at a given page). Each entry: page number (1-based) it applies from,
    // option name, value.
    struct Option
    {
        int fromPage = 1;
        QString name;
        QString value;
    };
    QList<Option> options;
};

// What the device says it can do, read from its options.
struct ScannerCapabilities
{
    QStringList sourceNames; // as the device names them
    QList<ScanSource> sources;
    QList<ScanMode> modes;
    QList<int> resolutions;  // a word list, or (min, max) when the device takes a range
    bool resolutionRange = false;
};

} // namespace qf

Q_DECLARE_METATYPE(qf::ScanFault)

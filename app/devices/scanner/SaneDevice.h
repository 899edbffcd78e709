#pragma once

#include "app/devices/scanner/ScanSettings.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QImage>

#include <atomic>
#include <optional>

namespace qf {

// One page from the device, or why there is none.
struct ScannedPage
{
    QImage image;
    int dpi = 0;
};

// A scanner through libsane, used from one thread at a time (ScanJob's). Synchronous: it
// blocks while the device works, so the UI never calls it directly.
class SaneDevice
{
    Q_DECLARE_TR_FUNCTIONS(qf::SaneDevice)

public:
    SaneDevice() = default;
    ~SaneDevice();
    SaneDevice(const SaneDevice&) = delete;
    SaneDevice& operator=(const SaneDevice&) = delete;

    // The devices SANE finds (SANE_CONFIG_DIR chooses the backends).
    static Result<QList<ScannerInfo>> list();

    Result<bool> open(const QString& name);
    void close();
    bool isOpen() const { return m_handle != nullptr; }

    ScannerCapabilities capabilities() const;
    // Sets source, mode and resolution by what the device offers (the nearest resolution).
    Result<bool> apply(const ScanSettings& settings);
    // Sets one option by its name; the value is parsed by the option's type.
    Result<bool> setOption(const QString& name, const QString& value);
    QString optionValue(const QString& name) const;

    // Scans one page. On failure the fault says which (FeederEmpty also ends a feeder run
    // normally: no more paper).
    struct PageResult
    {
        ScannedPage page;
        ScanFault fault = ScanFault::None;
        QString message;
    };
    PageResult scanPage(const std::atomic_bool& cancel);
    // Stops the page being read (any thread).
    void cancel();

    static QString faultMessage(ScanFault fault);
    // What a source the device names is ("ADF Duplex" is a duplex feeder), if it is one of ours.
    static std::optional<ScanSource> sourceOf(const QString& name);

private:
    int findOption(const QString& name) const;
    // Waits, up to the cap, for a reader thread the backend started with the frame to end on
    // its own (see scanPage).
    void awaitReader(int capMs) const;
    void* m_handle = nullptr;
    QByteArray m_threadName;
    QList<int> m_tasksBefore;
};

} // namespace qf

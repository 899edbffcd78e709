#include "app/devices/scanner/SaneDevice.h"

#include "app/Log.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>

#include <sane/sane.h>
#include <sane/saneopts.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace qf {

namespace {

// sane_init once per process; sane_exit when the program ends. SANE's device list and
// open/close are not safe to call from two threads at once: they take this lock.
QMutex& saneLock()
{
    static QMutex lock;
    return lock;
}

struct SaneLibrary
{
    SaneLibrary()
    {
        SANE_Int version = 0;
        status = sane_init(&version, nullptr);
    }
    ~SaneLibrary() { sane_exit(); }
    SANE_Status status = SANE_STATUS_GOOD;
};

SANE_Status ensureInit()
{
    static SaneLibrary library;
    return library.status;
}

SANE_Handle handle(void* h) { return static_cast<SANE_Handle>(h); }

// How long a backend's reader thread is given to end by itself: after a fault (it may still be
// starting), and before the frame's last byte (it has written the frame and is ending).
constexpr int kReaderCapAfterFaultMs = 300;
constexpr int kReaderCapAtFrameEndMs = 100;

ScanFault faultOf(SANE_Status status)
{
    switch (status) {
    case SANE_STATUS_NO_DOCS: return ScanFault::FeederEmpty;
    case SANE_STATUS_JAMMED: return ScanFault::Jammed;
    case SANE_STATUS_COVER_OPEN: return ScanFault::CoverOpen;
    case SANE_STATUS_IO_ERROR: return ScanFault::DeviceGone;
    case SANE_STATUS_CANCELLED: return ScanFault::Cancelled;
    default: return ScanFault::Other;
    }
}

bool nameHas(const QString& name, std::initializer_list<const char*> words)
{
    for (const char* w : words)
        if (name.contains(QLatin1String(w), Qt::CaseInsensitive))
            return true;
    return false;
}

// The threads of this process with a given name. A thread a backend starts inherits the name
// of the thread that started it.
QList<int> tasksNamed(const QByteArray& name)
{
    QList<int> out;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString& tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == name)
            out.append(tid.toInt());
    }
    return out;
}

QByteArray ownThreadName()
{
    QFile comm(QStringLiteral("/proc/thread-self/comm"));
    return comm.open(QIODevice::ReadOnly) ? comm.readAll().trimmed() : QByteArray();
}

} // namespace

// What a source name means. Duplex first: "ADF Duplex" is a feeder too.
std::optional<ScanSource> SaneDevice::sourceOf(const QString& name)
{
    if (nameHas(name, { "duplex", "double", "both" }))
        return ScanSource::DuplexFeeder;
    if (nameHas(name, { "adf", "feeder", "automatic document", "adf front", "simplex" }))
        return ScanSource::Feeder;
    if (nameHas(name, { "flatbed", "platen", "glass", "normal" }))
        return ScanSource::Flatbed;
    return std::nullopt;
}

namespace {

std::optional<ScanMode> modeOf(const QString& name)
{
    if (nameHas(name, { "lineart", "binary", "black", "halftone", "1bit" }))
        return ScanMode::Lineart;
    if (nameHas(name, { "gray", "grey" }))
        return ScanMode::Gray;
    if (nameHas(name, { "color", "colour", "rgb" }))
        return ScanMode::Color;
    return std::nullopt;
}

QStringList stringList(const SANE_Option_Descriptor* d)
{
    QStringList out;
    if (d && d->constraint_type == SANE_CONSTRAINT_STRING_LIST)
        for (const SANE_String_Const* s = d->constraint.string_list; *s; ++s)
            out << QString::fromUtf8(*s);
    return out;
}

} // namespace

QString ScannerInfo::label() const
{
    const QString what = QStringList{ vendor, model }.join(QLatin1Char(' ')).trimmed();
    return what.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(what, name);
}

SaneDevice::~SaneDevice() { close(); }

Result<QList<ScannerInfo>> SaneDevice::list()
{
    QMutexLocker lock(&saneLock());
    if (ensureInit() != SANE_STATUS_GOOD)
        return Error{ tr("The scanner library (SANE) could not start: %1").arg(QString::fromUtf8(sane_strstatus(ensureInit()))),
                      ErrorCode::Unavailable };
    const SANE_Device** devices = nullptr;
    const SANE_Status status = sane_get_devices(&devices, SANE_FALSE);
    if (status != SANE_STATUS_GOOD)
        return Error{ tr("The scanners could not be listed: %1").arg(QString::fromUtf8(sane_strstatus(status))),
                      ErrorCode::Unavailable };
    QList<ScannerInfo> out;
    for (const SANE_Device** d = devices; d && *d; ++d)
        out.append({ QString::fromUtf8((*d)->name), QString::fromUtf8((*d)->vendor), QString::fromUtf8((*d)->model),
                     QString::fromUtf8((*d)->type) });
    return out;
}

Result<bool> SaneDevice::open(const QString& name)
{
    close();
    QMutexLocker lock(&saneLock());
    if (ensureInit() != SANE_STATUS_GOOD)
        return Error{ tr("The scanner library (SANE) could not start."), ErrorCode::Unavailable };
    SANE_Handle h = nullptr;
    const SANE_Status status = sane_open(name.toUtf8().constData(), &h);
    if (status != SANE_STATUS_GOOD)
        return Error{ tr("The scanner %1 could not be opened: %2").arg(name, QString::fromUtf8(sane_strstatus(status))),
                      ErrorCode::Unavailable };
    m_handle = h;
    qCInfo(lcScanner) << "opened" << name;
    return true;
}

void SaneDevice::close()
{
    if (!m_handle)
        return;
    QMutexLocker lock(&saneLock());
    sane_cancel(handle(m_handle));
    sane_close(handle(m_handle));
    m_handle = nullptr;
}

int SaneDevice::findOption(const QString& name) const
{
    if (!m_handle)
        return -1;
    const QByteArray wanted = name.toUtf8();
    for (int i = 1;; ++i) {
        const SANE_Option_Descriptor* d = sane_get_option_descriptor(handle(m_handle), i);
        if (!d)
            return -1;
        if (d->name && wanted == d->name)
            return i;
    }
}

ScannerCapabilities SaneDevice::capabilities() const
{
    ScannerCapabilities caps;
    if (!m_handle)
        return caps;
    if (const int i = findOption(QLatin1String(SANE_NAME_SCAN_SOURCE)); i > 0) {
        caps.sourceNames = stringList(sane_get_option_descriptor(handle(m_handle), i));
        for (const QString& s : std::as_const(caps.sourceNames))
            if (auto src = sourceOf(s); src && !caps.sources.contains(*src))
                caps.sources.append(*src);
    } else {
        caps.sources.append(ScanSource::Flatbed);
    }
    if (const int i = findOption(QLatin1String(SANE_NAME_SCAN_MODE)); i > 0)
        for (const QString& m : stringList(sane_get_option_descriptor(handle(m_handle), i)))
            if (auto mode = modeOf(m); mode && !caps.modes.contains(*mode))
                caps.modes.append(*mode);
    if (const int i = findOption(QLatin1String(SANE_NAME_SCAN_RESOLUTION)); i > 0) {
        const SANE_Option_Descriptor* d = sane_get_option_descriptor(handle(m_handle), i);
        const auto value = [d](SANE_Word w) { return d->type == SANE_TYPE_FIXED ? int(SANE_UNFIX(w)) : int(w); };
        if (d->constraint_type == SANE_CONSTRAINT_RANGE) {
            caps.resolutionRange = true;
            caps.resolutions = { value(d->constraint.range->min), value(d->constraint.range->max) };
        } else if (d->constraint_type == SANE_CONSTRAINT_WORD_LIST) {
            for (int k = 1; k <= d->constraint.word_list[0]; ++k)
                caps.resolutions.append(value(d->constraint.word_list[k]));
        }
    }
    return caps;
}

Result<bool> SaneDevice::setOption(const QString& name, const QString& value)
{
    const int i = findOption(name);
    if (i <= 0)
        return Error{ tr("The scanner has no setting \"%1\".").arg(name), ErrorCode::Invalid };
    const SANE_Option_Descriptor* d = sane_get_option_descriptor(handle(m_handle), i);
    if (!SANE_OPTION_IS_ACTIVE(d->cap) || !SANE_OPTION_IS_SETTABLE(d->cap))
        return Error{ tr("The scanner's setting \"%1\" cannot be changed now.").arg(name), ErrorCode::Invalid };
    SANE_Status status = SANE_STATUS_INVAL;
    SANE_Int info = 0;
    switch (d->type) {
    case SANE_TYPE_BOOL: {
        SANE_Bool b = (value == QLatin1String("1") || value.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0
                       || value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            ? SANE_TRUE
            : SANE_FALSE;
        status = sane_control_option(handle(m_handle), i, SANE_ACTION_SET_VALUE, &b, &info);
        break;
    }
    case SANE_TYPE_INT:
    case SANE_TYPE_FIXED: {
        std::vector<SANE_Word> words(std::max<size_t>(1, size_t(d->size) / sizeof(SANE_Word)));
        const double v = value.toDouble();
        for (auto& w : words)
            w = d->type == SANE_TYPE_FIXED ? SANE_FIX(v) : SANE_Word(std::lround(v));
        status = sane_control_option(handle(m_handle), i, SANE_ACTION_SET_VALUE, words.data(), &info);
        break;
    }
    case SANE_TYPE_STRING: {
        std::vector<char> buffer(size_t(d->size) + 1, 0);
        const QByteArray utf8 = value.toUtf8();
        std::memcpy(buffer.data(), utf8.constData(), std::min<size_t>(utf8.size(), buffer.size() - 1));
        status = sane_control_option(handle(m_handle), i, SANE_ACTION_SET_VALUE, buffer.data(), &info);
        break;
    }
    default:
        break;
    }
    if (status != SANE_STATUS_GOOD)
        return Error{ tr("The scanner refused \"%1\" for \"%2\": %3").arg(value, name, QString::fromUtf8(sane_strstatus(status))),
                      ErrorCode::Invalid };
    return true;
}

QString SaneDevice::optionValue(const QString& name) const
{
    const int i = findOption(name);
    if (i <= 0)
        return {};
    const SANE_Option_Descriptor* d = sane_get_option_descriptor(handle(m_handle), i);
    std::vector<char> buffer(size_t(std::max(d->size, SANE_Int(sizeof(SANE_Word)))) + 1, 0);
    if (sane_control_option(handle(m_handle), i, SANE_ACTION_GET_VALUE, buffer.data(), nullptr) != SANE_STATUS_GOOD)
        return {};
    switch (d->type) {
    case SANE_TYPE_STRING: return QString::fromUtf8(buffer.data());
    case SANE_TYPE_BOOL:
    case SANE_TYPE_INT: {
        SANE_Word w;
        std::memcpy(&w, buffer.data(), sizeof w);
        return QString::number(w);
    }
    case SANE_TYPE_FIXED: {
        SANE_Word w;
        std::memcpy(&w, buffer.data(), sizeof w);
        return QString::number(SANE_UNFIX(w));
    }
    default: return {};
    }
}

Result<bool> SaneDevice::apply(const ScanSettings& settings)
{
    if (!m_handle)
        return Error{ tr("No scanner is open."), ErrorCode::Unavailable };
    const ScannerCapabilities caps = capabilities();
    if (!caps.sourceNames.isEmpty()) {
        QString chosen;
        for (const QString& s : caps.sourceNames)
            if (sourceOf(s) == settings.source) {
                chosen = s;
                break;
            }
        if (chosen.isEmpty())
            return Error{ settings.source == ScanSource::DuplexFeeder ? tr("This scanner has no duplex feeder.")
                              : settings.source == ScanSource::Feeder ? tr("This scanner has no document feeder.")
                                                                      : tr("This scanner has no flatbed."),
                          ErrorCode::Invalid };
        if (auto r = setOption(QLatin1String(SANE_NAME_SCAN_SOURCE), chosen); !r)
            return r.failure();
    } else if (settings.source != ScanSource::Flatbed) {
        return Error{ tr("This scanner has no document feeder."), ErrorCode::Invalid };
    }
    if (const int i = findOption(QLatin1String(SANE_NAME_SCAN_MODE)); i > 0) {
        QString chosen;
        for (const QString& m : stringList(sane_get_option_descriptor(handle(m_handle), i)))
            if (modeOf(m) == settings.mode) {
                chosen = m;
                break;
            }
        if (chosen.isEmpty() && settings.mode == ScanMode::Lineart) {
            // No black-and-white mode: grey at one bit where the device has a depth option.
            for (const QString& m : stringList(sane_get_option_descriptor(handle(m_handle), i)))
                if (modeOf(m) == ScanMode::Gray)
                    chosen = m;
            if (!chosen.isEmpty()) {
                if (auto r = setOption(QLatin1String(SANE_NAME_SCAN_MODE), chosen); !r)
                    return r.failure();
                if (findOption(QLatin1String(SANE_NAME_BIT_DEPTH)) > 0)
                    (void)setOption(QLatin1String(SANE_NAME_BIT_DEPTH), QStringLiteral("1"));
                chosen.clear();
            } else {
                return Error{ tr("This scanner has no black-and-white mode."), ErrorCode::Invalid };
            }
        } else if (chosen.isEmpty()) {
            return Error{ settings.mode == ScanMode::Color ? tr("This scanner has no colour mode.")
                                                           : tr("This scanner has no grey mode."),
                          ErrorCode::Invalid };
        }
        if (!chosen.isEmpty())
            if (auto r = setOption(QLatin1String(SANE_NAME_SCAN_MODE), chosen); !r)
                return r.failure();
        if (settings.mode != ScanMode::Lineart && findOption(QLatin1String(SANE_NAME_BIT_DEPTH)) > 0)
            (void)setOption(QLatin1String(SANE_NAME_BIT_DEPTH), QStringLiteral("8"));
    }
    if (findOption(QLatin1String(SANE_NAME_SCAN_RESOLUTION)) > 0 && settings.resolution > 0) {
        int dpi = settings.resolution;
        if (caps.resolutionRange && caps.resolutions.size() == 2)
            dpi = std::clamp(dpi, caps.resolutions[0], caps.resolutions[1]);
        else if (!caps.resolutions.isEmpty()) {
            int best = caps.resolutions.first();
            for (int r : caps.resolutions)
                if (std::abs(r - dpi) < std::abs(best - dpi))
                    best = r;
            dpi = best;
        }
        if (auto r = setOption(QLatin1String(SANE_NAME_SCAN_RESOLUTION), QString::number(dpi)); !r)
            return r.failure();
    }
    return true;
}

SaneDevice::PageResult SaneDevice::scanPage(const std::atomic_bool& cancelFlag)
{
    PageResult out;
    if (!m_handle) {
        out.fault = ScanFault::DeviceGone;
        out.message = faultMessage(out.fault);
        return out;
    }
    SANE_Handle h = handle(m_handle);
    if (cancelFlag.load()) {
        out.fault = ScanFault::Cancelled;
        out.message = faultMessage(out.fault);
        return out;
    }
    // Backends built on sanei_thread (the test backend, pixma, snapscan, avision, plustek...)
    // read the device in a thread of their own and end it with an asynchronous
    // pthread_cancel, from the read that ends the frame or from sane_cancel. A cancel that lands
    // while that thread is inside malloc or free leaves the allocator locked, and the program
    // hangs for good (seen: one empty-feeder run in 58 under load). So before either call the
    // reader is given time to end by itself: it has written the frame, or it is blocked in
    // write(), where a cancel is harmless.
    m_threadName = ownThreadName();
    m_tasksBefore = m_threadName.isEmpty() ? QList<int>() : tasksNamed(m_threadName);
    SANE_Status status = sane_start(h);
    const auto fail = [&](SANE_Status s) {
        out.fault = faultOf(s);
        out.message = faultMessage(out.fault);
        if (out.fault == ScanFault::Other)
            out.message = tr("The scanner stopped: %1").arg(QString::fromUtf8(sane_strstatus(s)));
        awaitReader(kReaderCapAfterFaultMs);
        sane_cancel(h);
        return out;
    };
    if (status != SANE_STATUS_GOOD)
        return fail(status);
    SANE_Parameters p;
    status = sane_get_parameters(h, &p);
    if (status != SANE_STATUS_GOOD)
        return fail(status);
    QByteArray data;
    if (p.lines > 0)
        data.reserve(p.bytes_per_line * p.lines);
    std::vector<SANE_Byte> buffer(64 * 1024);
    // A stop asked for while a sheet goes through is taken after it (ScanJob checks between
    // pages): a feeder stopped mid-sheet leaves the paper stuck in it, and cancelling SANE's
    // test backend mid-read under load hung its reader (seen in the scan screen's tests).
    const qint64 frameBytes = p.lines > 0 ? qint64(p.bytes_per_line) * p.lines : -1;
    bool awaited = false;
    for (;;) {
        SANE_Int want = SANE_Int(buffer.size());
        if (frameBytes > 0) {
            // The frame's last byte is read once the reader has ended (see above).
            const qint64 left = frameBytes - data.size();
            if (left > 1 && left <= want)
                want = SANE_Int(left - 1);
            else if (left == 1 && !awaited) {
                awaitReader(kReaderCapAtFrameEndMs);
                awaited = true;
            }
        }
        SANE_Int len = 0;
        status = sane_read(h, buffer.data(), want, &len);
        if (status == SANE_STATUS_EOF)
            break;
        if (status != SANE_STATUS_GOOD)
            return fail(status);
        data.append(reinterpret_cast<const char*>(buffer.data()), len);
    }
    const int bpl = p.bytes_per_line;
    const int lines = bpl > 0 ? int(data.size() / bpl) : 0;
    const int width = p.pixels_per_line;
    if (lines <= 0 || width <= 0) {
        sane_cancel(h);
        out.fault = ScanFault::Other;
        out.message = tr("The scanner sent an empty page.");
        return out;
    }
    QImage image;
    const auto* src = reinterpret_cast<const uchar*>(data.constData());
    if (p.format == SANE_FRAME_GRAY && p.depth == 1) {
        image = QImage(width, lines, QImage::Format_Grayscale8);
        for (int y = 0; y < lines; ++y) {
            uchar* row = image.scanLine(y);
            for (int x = 0; x < width; ++x)
                row[x] = (src[y * bpl + x / 8] & (0x80 >> (x % 8))) ? 0 : 255; // 1 is black in SANE
        }
    } else if (p.format == SANE_FRAME_GRAY) {
        image = QImage(width, lines, QImage::Format_Grayscale8);
        for (int y = 0; y < lines; ++y) {
            uchar* row = image.scanLine(y);
            if (p.depth == 16)
                for (int x = 0; x < width; ++x)
                    row[x] = src[y * bpl + 2 * x + (QSysInfo::ByteOrder == QSysInfo::LittleEndian ? 1 : 0)];
            else
                std::memcpy(row, src + y * bpl, size_t(width));
        }
    } else if (p.format == SANE_FRAME_RGB && p.depth == 8) {
        image = QImage(width, lines, QImage::Format_RGB888);
        for (int y = 0; y < lines; ++y)
            std::memcpy(image.scanLine(y), src + y * bpl, size_t(width) * 3);
    } else {
        sane_cancel(h);
        out.fault = ScanFault::Other;
        out.message = tr("The scanner sends pages in a form Qingfeng cannot read (three-pass or %1-bit colour).").arg(p.depth);
        return out;
    }
    // A feeder keeps going: the next sane_start takes the next sheet. The page's frame is done.
    out.page.image = image;
    const QString dpi = optionValue(QLatin1String(SANE_NAME_SCAN_RESOLUTION));
    out.page.dpi = dpi.isEmpty() ? 0 : int(std::lround(dpi.toDouble()));
    if (out.page.dpi > 0) {
        const int dpm = int(std::lround(out.page.dpi / 0.0254));
        out.page.image.setDotsPerMeterX(dpm);
        out.page.image.setDotsPerMeterY(dpm);
    }
    return out;
}

void SaneDevice::awaitReader(int capMs) const
{
    if (m_threadName.isEmpty())
        return;
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        const QList<int> now = tasksNamed(m_threadName);
        const bool started = std::any_of(now.begin(), now.end(), [this](int tid) { return !m_tasksBefore.contains(tid); });
        if (!started || clock.elapsed() >= capMs)
            return;
        QThread::msleep(2);
    }
}

void SaneDevice::cancel()
{
    if (m_handle)
        sane_cancel(handle(m_handle));
}

QString SaneDevice::faultMessage(ScanFault fault)
{
    switch (fault) {
    case ScanFault::None: return {};
    case ScanFault::FeederEmpty: return tr("The feeder is empty: put the letters in the feeder and continue.");
    case ScanFault::Jammed: return tr("Paper jam: open the feeder, take out the jammed sheet, put it back on top of the stack and continue.");
    case ScanFault::CoverOpen: return tr("The scanner's cover is open: close it and continue.");
    case ScanFault::DeviceGone: return tr("The scanner no longer answers (unplugged or switched off?): check the cable and power, then continue.");
    case ScanFault::DiskFull: return tr("The disk is full: the page could not be kept. Free some space and continue.");
    case ScanFault::Cancelled: return tr("The scan was stopped; the pages scanned so far are kept.");
    case ScanFault::Other: return tr("The scanner stopped.");
    }
    return {};
}

} // namespace qf

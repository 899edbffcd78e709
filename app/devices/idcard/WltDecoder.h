#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLibrary>

namespace qf {

// Decodes the card's 1024-byte photo (WLT, a proprietary wavelet format) with the reader
// vendor's decoder library, loaded at run time from the path in the settings
// (settingsKey()); there is no free decoder. Without one, decode() says so and callers
// keep the raw bytes.
//
// ASSUMPTION about the library, as in common vendor SDKs (libwlt.so, libwltrs.so,
// WltRS.dll): it exports the C function
//     int unpack(char* src, char* dst, int bmpSave);
// src = the 1024 WLT bytes, dst = a buffer the caller provides, bmpSave = 0 (do not write
// a file). It returns 1 on success; dst then holds either a complete 102x126 24-bit BMP
// file (starts with "BM", 38862 bytes) or the bare pixels (102x126 BGR, rows bottom-up,
// each padded to 308 bytes). Some SDKs check a licence file next to the library.
class WltDecoder
{
    Q_DECLARE_TR_FUNCTIONS(qf::WltDecoder)

public:
    static constexpr int Width = 102;
    static constexpr int Height = 126;
    static constexpr int WltSize = 1024;

    // QSettings key holding the library's path.
    static QString settingsKey();
    // Uses the path stored in the settings.
    WltDecoder();
    explicit WltDecoder(const QString& libraryPath);

    // Whether a decoder library is loaded; otherwise errorString() tells why.
    bool isAvailable() const { return m_unpack != nullptr; }
    QString errorString() const { return m_error; }

    // The photo as a BMP file image.
    Result<QByteArray> decode(const QByteArray& wlt);

private:
    using UnpackFn = int (*)(char*, char*, int);
    void load(const QString& path);

    QLibrary m_library;
    UnpackFn m_unpack = nullptr;
    QString m_error;
};

} // namespace qf

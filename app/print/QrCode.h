#pragma once

#include <QImage>
#include <QString>

namespace qf {

// QR codes through libqrencode: for the follow-up code on the receipt (and whatever else a
// printed form carries for a phone to read).
class QrCode
{
public:
    // The symbol as a black-on-white image, each module `scale` pixels, with the four-module
    // quiet zone the standard asks for; a null image when the text cannot be encoded.
    static QImage image(const QString& text, int scale = 8);
    // The same as a PNG data URL, for an <img> in an HTML form (QTextDocument reads them).
    static QString dataUrl(const QString& text, int scale = 8);
};

} // namespace qf

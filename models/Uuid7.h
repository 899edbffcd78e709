#pragma once

#include <QByteArray>
#include <QString>

namespace qf {

// Time-ordered identifiers (RFC 9562 version 7), generated on the device.
namespace Uuid7 {
// Canonical lower-case text form, 36 characters.
QString generate();
QString generateAt(qint64 unixMillis);
bool isValid(const QString& text);
qint64 timestampOf(const QString& text);
} // namespace Uuid7

} // namespace qf

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
// The same id on every device for a row with a natural key (an office's code, a user's login),
// so that reference data created on two devices offline is one row after sync (RFC 9562
// version 8: the first 122 bits of SHA-256 of table and key).
QString stableFor(const QString& table, const QString& naturalKey);
} // namespace Uuid7

} // namespace qf

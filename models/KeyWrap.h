#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QString>

namespace qf {

struct KeyRing;

// How an account's keys are kept (models/Accounts): the Argon2id hash of the password, and the
// key ring sealed (XSalsa20-Poly1305) under a key Argon2id derives from the password and a
// salt of the account's own. Also the small sealed boxes the office keys are kept in.
namespace keywrap {

inline constexpr int KeyBytes = 32;

QByteArray randomKey();
// Zeroes the bytes (when this copy owns them) and empties the array.
void wipe(QByteArray& bytes);

// nonce || XSalsa20-Poly1305(plain) under a 32-byte key.
QByteArray box(const QByteArray& key, const QByteArray& plain);
bool unbox(const QByteArray& key, const QByteArray& boxed, QByteArray& plain);

QString passwordHash(const QString& password);
bool passwordMatches(const QString& hash, const QString& password);
QByteArray passwordKey(const QString& password, const QByteArray& salt);

// A key ring under the key from passwordKey(), and back.
QByteArray wrapRing(const QByteArray& key, const KeyRing& ring);
bool unwrapRing(const QByteArray& key, const QByteArray& wrap, KeyRing& ring);

// What an account keeps of a new password: its hash, a new salt, and the ring wrapped with it.
struct Wrapped
{
    QString hash;
    QByteArray salt;
    QByteArray wrap;
};
Result<Wrapped> wrapForPassword(const KeyRing& ring, const QString& password);

// The context a grant (keys sealed to a user's public key) is bound to.
QByteArray grantContext(const QString& userId);
// The contexts of a central account's boxes (the office's identity key, its index key).
QByteArray officeBoxContext(const QString& userId);
QByteArray indexBoxContext(const QString& userId);

} // namespace keywrap
} // namespace qf

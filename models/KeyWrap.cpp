#include "models/KeyWrap.h"

#include "models/Accounts.h"

#include <QCoreApplication>

#include <sodium.h>

namespace qf::keywrap {

namespace {

// Argon2id at libsodium's "interactive" limits (64 MiB, 2 passes), for both the stored hash
// and the key that wraps the user's keys.
const unsigned long long kOps = crypto_pwhash_OPSLIMIT_INTERACTIVE;
const size_t kMem = crypto_pwhash_MEMLIMIT_INTERACTIVE;

} // namespace

QByteArray randomKey()
{
    QByteArray k(KeyBytes, Qt::Uninitialized);
    randombytes_buf(k.data(), k.size());
    return k;
}

void wipe(QByteArray& b)
{
    if (!b.isEmpty() && b.isDetached())
        sodium_memzero(b.data(), b.size());
    b.clear();
}

QByteArray box(const QByteArray& key, const QByteArray& plain)
{
    QByteArray out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(), Qt::Uninitialized);
    auto* p = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(p, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(p + crypto_secretbox_NONCEBYTES, reinterpret_cast<const unsigned char*>(plain.constData()),
                          plain.size(), p, reinterpret_cast<const unsigned char*>(key.constData()));
    return out;
}

bool unbox(const QByteArray& key, const QByteArray& boxed, QByteArray& plain)
{
    const int overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (key.size() != KeyBytes || boxed.size() < overhead)
        return false;
    plain.resize(boxed.size() - overhead);
    const auto* p = reinterpret_cast<const unsigned char*>(boxed.constData());
    return crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()), p + crypto_secretbox_NONCEBYTES,
                                      boxed.size() - crypto_secretbox_NONCEBYTES, p,
                                      reinterpret_cast<const unsigned char*>(key.constData()))
        == 0;
}

QByteArray passwordKey(const QString& password, const QByteArray& salt)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray key(KeyBytes, Qt::Uninitialized);
    if (crypto_pwhash(reinterpret_cast<unsigned char*>(key.data()), key.size(), utf8.constData(), utf8.size(),
                      reinterpret_cast<const unsigned char*>(salt.constData()), kOps, kMem, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    return key;
}

QString passwordHash(const QString& password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), utf8.size(), kOps, kMem) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool passwordMatches(const QString& hash, const QString& password)
{
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), utf8.size()) == 0;
}

// The wrap's plain text: [1][user secret][all key][entitled key, for entitled roles].
QByteArray wrapRing(const QByteArray& key, const KeyRing& k)
{
    QByteArray plain = QByteArray(1, '\1') + k.userSecret + k.allKey + k.entitledKey;
    QByteArray out = box(key, plain);
    wipe(plain);
    return out;
}

bool unwrapRing(const QByteArray& key, const QByteArray& wrap, KeyRing& k)
{
    QByteArray plain;
    const bool opened = unbox(key, wrap, plain) && !plain.isEmpty() && plain.at(0) == 1
        && (plain.size() == 1 + KeyBytes || plain.size() == 1 + 2 * KeyBytes || plain.size() == 1 + 3 * KeyBytes);
    if (opened) {
        k.userSecret = plain.mid(1, KeyBytes);
        // A central account's wrap holds the user's own secret only (the office's keys reach it
        // sealed to the user's public key).
        k.allKey = plain.size() > 1 + KeyBytes ? plain.mid(1 + KeyBytes, KeyBytes) : QByteArray();
        k.entitledKey = plain.size() == 1 + 3 * KeyBytes ? plain.mid(1 + 2 * KeyBytes, KeyBytes) : QByteArray();
    }
    wipe(plain);
    return opened;
}

Result<Wrapped> wrapForPassword(const KeyRing& ring, const QString& password)
{
    Wrapped w;
    w.salt = QByteArray(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(w.salt.data(), w.salt.size());
    QByteArray key = passwordKey(password, w.salt);
    w.hash = passwordHash(password);
    if (key.isEmpty() || w.hash.isEmpty())
        return Error { QCoreApplication::translate("qf::Accounts", "The password could not be hashed (out of memory?).") };
    w.wrap = wrapRing(key, ring);
    wipe(key);
    return w;
}

QByteArray grantContext(const QString& userId)
{
    return QByteArray("accounts.key_grant:") + userId.toLatin1();
}

QByteArray officeBoxContext(const QString& userId)
{
    return QByteArray("central.office_box:") + userId.toLatin1();
}

QByteArray indexBoxContext(const QString& userId)
{
    return QByteArray("central.index_box:") + userId.toLatin1();
}

} // namespace qf::keywrap

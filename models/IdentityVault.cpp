#include "models/IdentityVault.h"

#include <sodium.h>

#include <cstring>

namespace qf {

namespace {

bool ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QByteArray derive(const QByteArray& master, quint64 id, const char context[crypto_kdf_CONTEXTBYTES])
{
    QByteArray out(crypto_kdf_KEYBYTES, Qt::Uninitialized);
    crypto_kdf_derive_from_key(reinterpret_cast<unsigned char*>(out.data()), out.size(), id, context,
                               reinterpret_cast<const unsigned char*>(master.constData()));
    return out;
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached())
        return; // shared copy: the other owner wipes it
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), bytes.size());
}

} // namespace

QByteArray IdentityVault::generateDataKey()
{
    ensureSodium();
    QByteArray key(KeyBytes, Qt::Uninitialized);
    randombytes_buf(key.data(), key.size());
    return key;
}

Result<IdentityVault> IdentityVault::fromDataKey(const QByteArray& dataKey)
{
    if (!ensureSodium())
        return Error { tr("The encryption library could not start.") };
    if (dataKey.size() != KeyBytes)
        return Error { tr("The data key has the wrong length (%1 bytes instead of %2).").arg(dataKey.size()).arg(KeyBytes) };
    IdentityVault v;
    v.m_encKey = derive(dataKey, 1, "QFidenc_");
    v.m_indexKey = derive(dataKey, 2, "QFbidx__");
    QByteArray seed = derive(dataKey, 3, "QFseal__");
    v.m_publicKey.resize(crypto_box_PUBLICKEYBYTES);
    v.m_secretKey.resize(crypto_box_SECRETKEYBYTES);
    crypto_box_seed_keypair(reinterpret_cast<unsigned char*>(v.m_publicKey.data()),
                            reinterpret_cast<unsigned char*>(v.m_secretKey.data()),
                            reinterpret_cast<const unsigned char*>(seed.constData()));
    wipe(seed);
    return v;
}

Result<IdentityVault> IdentityVault::forWriting(const QByteArray& publicKey, const QByteArray& indexKey)
{
    if (!ensureSodium())
        return Error { tr("The encryption library could not start.") };
    if (publicKey.size() != crypto_box_PUBLICKEYBYTES || indexKey.size() != KeyBytes)
        return Error { tr("The office's sealing key is damaged.") };
    IdentityVault v;
    v.m_publicKey = publicKey;
    v.m_indexKey = indexKey;
    return v;
}

IdentityVault::~IdentityVault()
{
    wipe(m_encKey);
    wipe(m_indexKey);
    wipe(m_secretKey);
    wipe(m_sealKey);
    wipe(m_openKey);
}

namespace {

constexpr int kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr int kPublicBytes = crypto_box_PUBLICKEYBYTES;

// The AEAD key between an ephemeral key pair and a long-lived one (X25519, then HSalsa20).
QByteArray sharedKey(const unsigned char* publicKey, const unsigned char* secretKey)
{
    QByteArray k(crypto_box_BEFORENMBYTES, Qt::Uninitialized);
    if (crypto_box_beforenm(reinterpret_cast<unsigned char*>(k.data()), publicKey, secretKey) != 0)
        return {};
    return k;
}

// Format 2: [2][ephemeral public key][nonce][XChaCha20-Poly1305 of plain, context as AD].
QByteArray sealWith(const QByteArray& ephPublic, const QByteArray& key, const QByteArray& plain, const QByteArray& context)
{
    if (key.isEmpty())
        return {};
    QByteArray out(1 + kPublicBytes + kNonceBytes + plain.size() + kTagBytes, Qt::Uninitialized);
    auto* p = reinterpret_cast<unsigned char*>(out.data());
    p[0] = 2;
    memcpy(p + 1, ephPublic.constData(), kPublicBytes);
    randombytes_buf(p + 1 + kPublicBytes, kNonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(p + 1 + kPublicBytes + kNonceBytes, &written,
                                               reinterpret_cast<const unsigned char*>(plain.constData()), plain.size(),
                                               reinterpret_cast<const unsigned char*>(context.constData()),
                                               context.size(), nullptr, p + 1 + kPublicBytes,
                                               reinterpret_cast<const unsigned char*>(key.constData()));
    return out;
}

// A fresh ephemeral key pair for one value (a release to one user).
QByteArray sealTo(const QByteArray& recipient, const QByteArray& plain, const QByteArray& context)
{
    QByteArray ephPublic(kPublicBytes, Qt::Uninitialized);
    unsigned char ephSecret[crypto_box_SECRETKEYBYTES];
    crypto_box_keypair(reinterpret_cast<unsigned char*>(ephPublic.data()), ephSecret);
    QByteArray key = sharedKey(reinterpret_cast<const unsigned char*>(recipient.constData()), ephSecret);
    sodium_memzero(ephSecret, sizeof ephSecret);
    QByteArray out = sealWith(ephPublic, key, plain, context);
    wipe(key);
    return out;
}

bool openSealed(const QByteArray& secretKey, const QByteArray& sealed, const QByteArray& context, QByteArray& plain,
                QByteArray* cachedPublic = nullptr, QByteArray* cachedKey = nullptr)
{
    constexpr int overhead = 1 + kPublicBytes + kNonceBytes + kTagBytes;
    if (sealed.size() < overhead || sealed.at(0) != 2)
        return false;
    const auto* p = reinterpret_cast<const unsigned char*>(sealed.constData());
    // The fields one session sealed share its ephemeral key: its shared key is kept.
    const QByteArray ephPublic = sealed.mid(1, kPublicBytes);
    QByteArray key;
    if (cachedKey && *cachedPublic == ephPublic && !cachedKey->isEmpty()) {
        key = *cachedKey;
    } else {
        key = sharedKey(p + 1, reinterpret_cast<const unsigned char*>(secretKey.constData()));
        if (cachedKey) {
            *cachedPublic = ephPublic;
            *cachedKey = key;
        }
    }
    if (key.isEmpty())
        return false;
    plain.resize(sealed.size() - overhead);
    unsigned long long len = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        reinterpret_cast<unsigned char*>(plain.data()), &len, nullptr, p + 1 + kPublicBytes + kNonceBytes,
        sealed.size() - 1 - kPublicBytes - kNonceBytes, reinterpret_cast<const unsigned char*>(context.constData()),
        context.size(), p + 1 + kPublicBytes, reinterpret_cast<const unsigned char*>(key.constData()));
    wipe(key);
    if (rc != 0)
        return false;
    plain.resize(static_cast<int>(len));
    return true;
}

} // namespace

QByteArray IdentityVault::seal(const QByteArray& plain, const QByteArray& context) const
{
    if (m_publicKey.isEmpty())
        return {};
    // One ephemeral key pair per vault: the X25519 work is done once, each field costs one
    // XChaCha20-Poly1305 (the desk seals six fields a visitor).
    if (m_sealKey.isEmpty()) {
        unsigned char ephSecret[crypto_box_SECRETKEYBYTES];
        m_sealPublic.resize(kPublicBytes);
        crypto_box_keypair(reinterpret_cast<unsigned char*>(m_sealPublic.data()), ephSecret);
        m_sealKey = sharedKey(reinterpret_cast<const unsigned char*>(m_publicKey.constData()), ephSecret);
        sodium_memzero(ephSecret, sizeof ephSecret);
    }
    return sealWith(m_sealPublic, m_sealKey, plain, context);
}

QByteArray IdentityVault::sealText(const QString& plain, const QByteArray& context) const
{
    return seal(plain.toUtf8(), context);
}

Result<QByteArray> IdentityVault::open(const QByteArray& sealed, const QByteArray& context) const
{
    if (m_secretKey.isEmpty())
        return Error { tr("Your role may not see identities."), ErrorCode::Refused };
    if (!sealed.isEmpty() && sealed.at(0) == 2) {
        QByteArray plain;
        if (!openSealed(m_secretKey, sealed, context, plain, &m_openPublic, &m_openKey))
            return Error { tr("A protected field cannot be opened with this key (wrong key or tampered data).") };
        return plain;
    }
    // Format 1: sealed with the symmetric key, before sealing needed only the public key.
    constexpr int overhead = 1 + kNonceBytes + kTagBytes;
    if (sealed.size() < overhead || sealed.at(0) != 1)
        return Error { tr("A protected field is damaged or in an unknown format.") };
    QByteArray plain(sealed.size() - overhead, Qt::Uninitialized);
    unsigned long long len = 0;
    const auto* p = reinterpret_cast<const unsigned char*>(sealed.constData());
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(plain.data()), &len, nullptr, p + 1 + kNonceBytes,
            sealed.size() - 1 - kNonceBytes, reinterpret_cast<const unsigned char*>(context.constData()),
            context.size(), p + 1, reinterpret_cast<const unsigned char*>(m_encKey.constData()))
        != 0)
        return Error { tr("A protected field cannot be opened with this key (wrong key or tampered data).") };
    plain.resize(static_cast<int>(len));
    return plain;
}

Result<QString> IdentityVault::openText(const QByteArray& sealed, const QByteArray& context) const
{
    auto r = open(sealed, context);
    if (!r)
        return Error { r.error() };
    return QString::fromUtf8(*r);
}

QByteArray IdentityVault::sealFor(const QByteArray& recipientPublicKey, const QByteArray& plain, const QByteArray& context)
{
    if (!ensureSodium() || recipientPublicKey.size() != kPublicBytes)
        return {};
    return sealTo(recipientPublicKey, plain, context);
}

Result<QByteArray> IdentityVault::openWith(const QByteArray& secretKey, const QByteArray& sealed, const QByteArray& context)
{
    QByteArray plain;
    if (!ensureSodium() || secretKey.size() != crypto_box_SECRETKEYBYTES || !openSealed(secretKey, sealed, context, plain))
        return Error { tr("A protected field cannot be opened with this key (wrong key or tampered data).") };
    return plain;
}

std::pair<QByteArray, QByteArray> IdentityVault::generateKeyPair()
{
    ensureSodium();
    QByteArray pk(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized), sk(crypto_box_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(pk.data()), reinterpret_cast<unsigned char*>(sk.data()));
    return { pk, sk };
}

QByteArray IdentityVault::blindIndex(Index kind, const QString& value) const
{
    QString normal;
    char tag = 0;
    switch (kind) {
    case Index::IdNumber:
        normal = normalizeIdNumber(value);
        tag = 'I';
        break;
    case Index::Phone:
        normal = normalizePhone(value);
        tag = 'P';
        break;
    case Index::Name:
        normal = normalizeName(value);
        tag = 'N';
        break;
    }
    if (normal.isEmpty())
        return {};
    const QByteArray input = QByteArray(1, tag) + normal.toUtf8();
    QByteArray out(16, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), out.size(),
                       reinterpret_cast<const unsigned char*>(input.constData()), input.size(),
                       reinterpret_cast<const unsigned char*>(m_indexKey.constData()), m_indexKey.size());
    return out;
}

QByteArray IdentityVault::keyCheck() const
{
    return seal(QByteArrayLiteral("qingfeng-key-check"), QByteArrayLiteral("meta.key_check"));
}

bool IdentityVault::verifyKeyCheck(const QByteArray& token) const
{
    auto r = open(token, QByteArrayLiteral("meta.key_check"));
    return r && *r == QByteArrayLiteral("qingfeng-key-check");
}

namespace {

// Full-width digits and letters (as typed by Chinese input methods) to ASCII.
QString foldWidth(const QString& in)
{
    QString out;
    out.reserve(in.size());
    for (QChar c : in) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out += QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            out += QLatin1Char(' ');
        else
            out += c;
    }
    return out;
}

} // namespace

QString IdentityVault::normalizeIdNumber(const QString& value)
{
    QString out;
    for (QChar c : foldWidth(value)) {
        if (c.isDigit())
            out += c;
        else if (c == QLatin1Char('x') || c == QLatin1Char('X'))
            out += QLatin1Char('X');
        else if (c.isLetter())
            out += c.toUpper();
    }
    return out;
}

QString IdentityVault::normalizePhone(const QString& value)
{
    QString digits;
    for (QChar c : foldWidth(value))
        if (c.isDigit())
            digits += c;
    // Mainland numbers written with the country code: +86 / 0086.
    if (digits.startsWith(QStringLiteral("0086")))
        digits = digits.mid(4);
    else if (digits.startsWith(QStringLiteral("86")) && digits.size() == 13)
        digits = digits.mid(2);
    return digits;
}

QString IdentityVault::normalizeName(const QString& value)
{
    QString out;
    for (QChar c : foldWidth(value))
        if (!c.isSpace() && c != QChar(0x00B7) && c != QChar(0x30FB) && c != QLatin1Char('.'))
            out += c.toLower();
    return out;
}

} // namespace qf

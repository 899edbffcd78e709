#include "models/IdentityVault.h"

#include <sodium.h>

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
    return v;
}

IdentityVault::~IdentityVault()
{
    wipe(m_encKey);
    wipe(m_indexKey);
}

QByteArray IdentityVault::seal(const QByteArray& plain, const QByteArray& context) const
{
    constexpr int nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    QByteArray out(1 + nonceBytes + plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    auto* p = reinterpret_cast<unsigned char*>(out.data());
    p[0] = 1; // format version
    randombytes_buf(p + 1, nonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(p + 1 + nonceBytes, &written,
                                               reinterpret_cast<const unsigned char*>(plain.constData()), plain.size(),
                                               reinterpret_cast<const unsigned char*>(context.constData()),
                                               context.size(), nullptr, p + 1,
                                               reinterpret_cast<const unsigned char*>(m_encKey.constData()));
    out.resize(1 + nonceBytes + static_cast<int>(written));
    return out;
}

QByteArray IdentityVault::sealText(const QString& plain, const QByteArray& context) const
{
    return seal(plain.toUtf8(), context);
}

Result<QByteArray> IdentityVault::open(const QByteArray& sealed, const QByteArray& context) const
{
    constexpr int nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    constexpr int overhead = 1 + nonceBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (sealed.size() < overhead || sealed.at(0) != 1)
        return Error { tr("A protected field is damaged or in an unknown format.") };
    QByteArray plain(sealed.size() - overhead, Qt::Uninitialized);
    unsigned long long len = 0;
    const auto* p = reinterpret_cast<const unsigned char*>(sealed.constData());
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(plain.data()), &len, nullptr, p + 1 + nonceBytes,
            sealed.size() - 1 - nonceBytes, reinterpret_cast<const unsigned char*>(context.constData()),
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

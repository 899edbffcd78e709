#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace qf {

// Seals identity fields (names, ID numbers, phones, addresses, photos) with a data key
// and computes blind indexes - keyed hashes of normalised values - so that a person can be
// found by ID number or phone without decrypting anyone.
//
// Two sub-keys are derived from the data key held in the OS keychain: one for
// XChaCha20-Poly1305 encryption, one for BLAKE2b keyed hashing.
class IdentityVault
{
    Q_DECLARE_TR_FUNCTIONS(qf::IdentityVault)

public:
    enum class Index { IdNumber, Phone, Name };

    static constexpr int KeyBytes = 32;
    static QByteArray generateDataKey();
    static Result<IdentityVault> fromDataKey(const QByteArray& dataKey);

    IdentityVault(const IdentityVault&) = default;
    IdentityVault& operator=(const IdentityVault&) = default;
    ~IdentityVault();

    // The context (for example "persons.name_enc:<row id>") is bound to the ciphertext,
    // so a sealed value moved to another row or field no longer opens.
    QByteArray seal(const QByteArray& plain, const QByteArray& context) const;
    QByteArray sealText(const QString& plain, const QByteArray& context) const;
    Result<QByteArray> open(const QByteArray& sealed, const QByteArray& context) const;
    Result<QString> openText(const QByteArray& sealed, const QByteArray& context) const;

    QByteArray blindIndex(Index kind, const QString& value) const;

    // A sealed token kept in the database to tell whether a key is the right one.
    QByteArray keyCheck() const;
    bool verifyKeyCheck(const QByteArray& token) const;

    static QString normalizeIdNumber(const QString& value);
    static QString normalizePhone(const QString& value);
    static QString normalizeName(const QString& value);

private:
    IdentityVault() = default;
    QByteArray m_encKey;
    QByteArray m_indexKey;
};

} // namespace qf

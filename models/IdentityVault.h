#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <utility>

namespace qf {

// Seals identity fields (names, ID numbers, phones, addresses, photos) and computes blind
// indexes - keyed hashes of normalised values - so that a person can be found by ID number or
// phone without decrypting anyone.
//
// The office's identity key (the data key) is the one secret that opens identities. From it
// are derived a key pair for sealing, the key of the blind indexes, and the symmetric key of
// the fields written before sealing was public (format 1). What every user who registers
// holds is only the public half and the index key (a writing vault): it seals and looks up,
// it never opens. Only roles entitled to identities are given the data key (models/Accounts).
class IdentityVault
{
    Q_DECLARE_TR_FUNCTIONS(qf::IdentityVault)

public:
    enum class Index { IdNumber, Phone, Name };

    static constexpr int KeyBytes = 32;
    static QByteArray generateDataKey();
    static Result<IdentityVault> fromDataKey(const QByteArray& dataKey);
    // A vault that seals with the office's public key and computes blind indexes, and
    // cannot open anything.
    static Result<IdentityVault> forWriting(const QByteArray& publicKey, const QByteArray& indexKey);

    // A vault with no key: it neither seals nor opens (nobody signed in).
    IdentityVault() = default;
    IdentityVault(const IdentityVault&) = default;
    IdentityVault& operator=(const IdentityVault&) = default;
    ~IdentityVault();

    bool canSeal() const { return !m_publicKey.isEmpty(); }
    bool canOpen() const { return !m_secretKey.isEmpty(); }
    const QByteArray& publicKey() const { return m_publicKey; }
    const QByteArray& indexKey() const { return m_indexKey; }

    // The context (for example "persons.name_enc:<row id>") is bound to the ciphertext,
    // so a sealed value moved to another row or field no longer opens. Sealing needs only
    // the public key; an empty vault returns an empty value.
    QByteArray seal(const QByteArray& plain, const QByteArray& context) const;
    QByteArray sealText(const QString& plain, const QByteArray& context) const;
    // Refused (ErrorCode::Refused) by a vault that cannot open.
    Result<QByteArray> open(const QByteArray& sealed, const QByteArray& context) const;
    Result<QString> openText(const QByteArray& sealed, const QByteArray& context) const;

    QByteArray blindIndex(Index kind, const QString& value) const;

    // A sealed token kept in the database to tell whether a key is the right one.
    QByteArray keyCheck() const;
    bool verifyKeyCheck(const QByteArray& token) const;

    // A value sealed to one user's own public key (an identity released to them), opened
    // with their secret key. Context-bound like seal().
    static QByteArray sealFor(const QByteArray& recipientPublicKey, const QByteArray& plain, const QByteArray& context);
    static Result<QByteArray> openWith(const QByteArray& secretKey, const QByteArray& sealed, const QByteArray& context);
    // A fresh key pair for a user: {public, secret}.
    static std::pair<QByteArray, QByteArray> generateKeyPair();

    static QString normalizeIdNumber(const QString& value);
    static QString normalizePhone(const QString& value);
    static QString normalizeName(const QString& value);

private:
    QByteArray m_encKey; // format 1, empty in a writing vault
    QByteArray m_indexKey;
    QByteArray m_publicKey;
    QByteArray m_secretKey; // empty in a writing vault
    // The ephemeral key pair this vault seals with, made at its first seal, and the shared key
    // of the last ephemeral key opened.
    mutable QByteArray m_sealPublic;
    mutable QByteArray m_sealKey;
    mutable QByteArray m_openPublic;
    mutable QByteArray m_openKey;
};

} // namespace qf

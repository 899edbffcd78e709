#pragma once

#include "models/IdentityVault.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace qf {

class AuditLog;
struct Change;
class Writer;

// What identifies a person. Never logged, never stored in clear.
struct PersonIdentity
{
    QString name;
    QString idNumber;
    QString phone;
    QString address;
    QByteArray photo;
    // Further card fields (sex, ethnicity, birth date, issuer, validity, card type).
    QJsonObject details;
};

struct PersonRoles
{
    bool reporter = false;
    bool visitor = false;
    bool keyPetitioner = false;
};

// Persons (reporters, visitors, key petitioners): identities sealed by the vault, found
// through blind indexes, and every reveal of an identity written to the audit log.
class PersonStore
{
    Q_DECLARE_TR_FUNCTIONS(qf::PersonStore)

public:
    PersonStore(Writer& writer, const IdentityVault& vault, AuditLog& audit);

    // What the store cannot keep of an identity (InputCheck): a name, ID number, phone or
    // address with a control character, a line break, a broken character or a direction
    // override; card details likewise. ErrorCode::Invalid naming the field, or nothing.
    static Status problems(const PersonIdentity& identity);

    // Prepares the insert of a new person (the caller may batch it); returns the new id.
    // Refused with problems() when the identity cannot be kept.
    Result<QString> add(const PersonIdentity& identity, PersonRoles roles);
    QList<struct Change> insertChanges(const QString& id, const PersonIdentity& identity, PersonRoles roles) const;

    // Replaces the person's photo (sealed like the rest of the identity), e.g. one taken
    // with the desk's camera when the card photo could not be decoded.
    Status setPhoto(const QString& personId, const QByteArray& photo);

    // A correction of the name, ID number and phone (address, photo and card details are
    // left as they are): which of them differ from what is on file, told by the blind
    // indexes without decrypting anything (nothing is revealed, so nothing is audited) -
    // "name", "id_number", "phone"; and the update writing those three sealed afresh
    // (an emptied one is removed, with its blind index).
    Result<QStringList> differingFields(const QString& personId, const PersonIdentity& identity) const;
    Change correctionChange(const QString& personId, const PersonIdentity& identity) const;

    Result<QStringList> findByIdNumber(const QString& idNumber) const;
    Result<QStringList> findByPhone(const QString& phone) const;

    // Decrypts a person's identity for the current user and records that it was viewed,
    // with the purpose given.
    Result<PersonIdentity> reveal(const QString& personId, const QString& purpose);

private:
    Result<QStringList> findBy(const char* column, const QByteArray& index) const;

    Writer& m_writer;
    const IdentityVault& m_vault;
    AuditLog& m_audit;
};

} // namespace qf

#include "models/PersonStore.h"
#include "models/SqlError.h"

#include "models/AuditLog.h"
#include "models/Database.h"
#include "models/InputCheck.h"
#include "models/Uuid7.h"
#include "models/Writer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace qf {

namespace {

QByteArray context(const char* field, const QString& id)
{
    return QByteArray("persons.") + field + ':' + id.toLatin1();
}

} // namespace

PersonStore::PersonStore(Writer& writer, const IdentityVault& vault, AuditLog& audit)
    : m_writer(writer)
    , m_vault(vault)
    , m_audit(audit)
{
}

QList<Change> PersonStore::insertChanges(const QString& id, const PersonIdentity& p, PersonRoles roles) const
{
    QVariantMap f;
    auto sealIf = [&](const char* column, const QString& value) {
        if (!value.isEmpty())
            f.insert(QString::fromLatin1(column), m_vault.sealText(value, context(column, id)));
    };
    sealIf("name_enc", p.name);
    sealIf("id_number_enc", p.idNumber);
    sealIf("phone_enc", p.phone);
    sealIf("address_enc", p.address);
    if (!p.photo.isEmpty())
        f.insert(QStringLiteral("photo_enc"), m_vault.seal(p.photo, context("photo_enc", id)));
    if (!p.details.isEmpty())
        f.insert(QStringLiteral("details_enc"),
                 m_vault.seal(QJsonDocument(p.details).toJson(QJsonDocument::Compact), context("details_enc", id)));
    if (!p.idNumber.isEmpty())
        f.insert(QStringLiteral("id_bidx"), m_vault.blindIndex(IdentityVault::Index::IdNumber, p.idNumber));
    if (!p.phone.isEmpty())
        f.insert(QStringLiteral("phone_bidx"), m_vault.blindIndex(IdentityVault::Index::Phone, p.phone));
    if (!p.name.isEmpty())
        f.insert(QStringLiteral("name_bidx"), m_vault.blindIndex(IdentityVault::Index::Name, p.name));
    f.insert(QStringLiteral("is_reporter"), roles.reporter ? 1 : 0);
    f.insert(QStringLiteral("is_visitor"), roles.visitor ? 1 : 0);
    f.insert(QStringLiteral("key_petitioner"), roles.keyPetitioner ? 1 : 0);
    f.insert(QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return { Change::insert(QStringLiteral("persons"), id, f) };
}

Status PersonStore::problems(const PersonIdentity& p)
{
    using Kind = InputCheck::Kind;
    // Labels are translated only for a message (the import registers many reporters).
    if (!InputCheck::isClean(p.name, Kind::Line))
        return InputCheck::check(tr("The name"), p.name, Kind::Line);
    if (!InputCheck::isClean(p.idNumber, Kind::Line))
        return InputCheck::check(tr("The ID number"), p.idNumber, Kind::Line);
    if (!InputCheck::isClean(p.phone, Kind::Line))
        return InputCheck::check(tr("The phone number"), p.phone, Kind::Line);
    if (!InputCheck::isClean(p.address, Kind::Line))
        return InputCheck::check(tr("The address"), p.address, Kind::Line);
    for (auto it = p.details.constBegin(); it != p.details.constEnd(); ++it) {
        const QString value = it.value().toString();
        if (it.value().isString() && !InputCheck::isClean(value, Kind::Line))
            return InputCheck::check(tr("The card detail %1").arg(InputCheck::excerpt(it.key())), value, Kind::Line);
    }
    return {};
}

Result<QString> PersonStore::add(const PersonIdentity& identity, PersonRoles roles)
{
    if (identity.name.trimmed().isEmpty() && identity.idNumber.isEmpty() && identity.phone.isEmpty())
        return Error { tr("A person needs at least a name, an ID number or a phone number.") };
    if (Status s = problems(identity); !s)
        return s.failure();
    const QString id = Uuid7::generate();
    if (Status s = m_writer.apply(insertChanges(id, identity, roles)); !s)
        return Error { s.error() };
    return id;
}

Status PersonStore::setPhoto(const QString& personId, const QByteArray& photo)
{
    if (personId.isEmpty() || photo.isEmpty())
        return Error { tr("There is no photo to store.") };
    return m_writer.apply(Change::update(QStringLiteral("persons"), personId,
                                         { { QStringLiteral("photo_enc"), m_vault.seal(photo, context("photo_enc", personId)) } }));
}

Result<QStringList> PersonStore::differingFields(const QString& personId, const PersonIdentity& p) const
{
    QSqlQuery q(m_writer.database().connection());
    q.prepare(QStringLiteral("SELECT name_bidx, id_bidx, phone_bidx FROM persons WHERE id = ? AND deleted = 0"));
    q.addBindValue(personId);
    if (!q.exec())
        return Error { tr("The person could not be read: %1").arg(SqlError::text(q.lastError())) };
    if (!q.next())
        return Error { tr("There is no person with the id %1.").arg(personId) };
    QStringList differing;
    auto compare = [&](const char* field, int column, IdentityVault::Index kind, const QString& value) {
        if (q.value(column).toByteArray() != m_vault.blindIndex(kind, value))
            differing << QString::fromLatin1(field);
    };
    compare("name", 0, IdentityVault::Index::Name, p.name);
    compare("id_number", 1, IdentityVault::Index::IdNumber, p.idNumber);
    compare("phone", 2, IdentityVault::Index::Phone, p.phone);
    return differing;
}

Change PersonStore::correctionChange(const QString& personId, const PersonIdentity& p) const
{
    QVariantMap f;
    auto seal = [&](const char* column, const char* indexColumn, IdentityVault::Index kind, const QString& value) {
        const bool empty = value.trimmed().isEmpty();
        f.insert(QString::fromLatin1(column), empty ? QVariant() : QVariant(m_vault.sealText(value, context(column, personId))));
        const QByteArray index = empty ? QByteArray() : m_vault.blindIndex(kind, value);
        f.insert(QString::fromLatin1(indexColumn), index.isEmpty() ? QVariant() : QVariant(index));
    };
    seal("name_enc", "name_bidx", IdentityVault::Index::Name, p.name);
    seal("id_number_enc", "id_bidx", IdentityVault::Index::IdNumber, p.idNumber);
    seal("phone_enc", "phone_bidx", IdentityVault::Index::Phone, p.phone);
    f.insert(QStringLiteral("is_reporter"), 1);
    return Change::update(QStringLiteral("persons"), personId, f);
}

Result<QStringList> PersonStore::findBy(const char* column, const QByteArray& index) const
{
    if (index.isEmpty())
        return QStringList {};
    QSqlQuery q(m_writer.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM persons WHERE %1 = ? AND deleted = 0 ORDER BY id")
                  .arg(QString::fromLatin1(column)));
    q.addBindValue(index);
    if (!q.exec())
        return Error { tr("The person lookup failed: %1").arg(SqlError::text(q.lastError())) };
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

Result<QStringList> PersonStore::findByIdNumber(const QString& idNumber) const
{
    return findBy("id_bidx", m_vault.blindIndex(IdentityVault::Index::IdNumber, idNumber));
}

Result<QStringList> PersonStore::findByPhone(const QString& phone) const
{
    return findBy("phone_bidx", m_vault.blindIndex(IdentityVault::Index::Phone, phone));
}

Result<PersonIdentity> PersonStore::reveal(const QString& personId, const QString& purpose)
{
    QSqlQuery q(m_writer.database().connection());
    q.prepare(QStringLiteral("SELECT name_enc, id_number_enc, phone_enc, address_enc, photo_enc, details_enc "
                             "FROM persons WHERE id = ?"));
    q.addBindValue(personId);
    if (!q.exec())
        return Error { tr("The person could not be read: %1").arg(SqlError::text(q.lastError())) };
    if (!q.next())
        return Error { tr("There is no person with the id %1.").arg(personId) };

    // The core decides, not the screen: the signed-in role must be entitled (and its vault
    // holds the identity key only then).
    const QString role = m_writer.role();
    if (!Role::may(role, Capability::Identities) && !Role::may(role, Capability::RevealReporter)
        && !Role::may(role, Capability::RevealInMeeting))
        return Role::refusal(role, tr("see identities"));
    if (!m_vault.canOpen())
        return Error { tr("Your keys do not open identities; sign in again."), ErrorCode::Refused };
    QByteArray sealedColumns[6];
    for (int i = 0; i < 6; ++i)
        sealedColumns[i] = q.value(i).toByteArray();
    // The read ends before the audit entry is written: a statement still open holds an old
    // snapshot, and the write lock cannot be taken over it once another process has written.
    q.finish();
    // Record the view first: if it cannot be recorded, nothing is shown.
    if (Status s = m_audit.record(QStringLiteral("identity.view"), QStringLiteral("persons"), personId, purpose); !s)
        return Error { s.error() };

    PersonIdentity p;
    const char* columns[] = { "name_enc", "id_number_enc", "phone_enc", "address_enc", "photo_enc", "details_enc" };
    for (int i = 0; i < 6; ++i) {
        const QByteArray& sealed = sealedColumns[i];
        if (sealed.isEmpty())
            continue;
        auto plain = m_vault.open(sealed, context(columns[i], personId));
        if (!plain)
            return Error { plain.error() };
        switch (i) {
        case 0:
            p.name = QString::fromUtf8(*plain);
            break;
        case 1:
            p.idNumber = QString::fromUtf8(*plain);
            break;
        case 2:
            p.phone = QString::fromUtf8(*plain);
            break;
        case 3:
            p.address = QString::fromUtf8(*plain);
            break;
        case 4:
            p.photo = *plain;
            break;
        case 5:
            p.details = QJsonDocument::fromJson(*plain).object();
            break;
        }
    }
    return p;
}

} // namespace qf

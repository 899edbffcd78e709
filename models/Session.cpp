#include "models/Session.h"

#include "models/DataKeyProvider.h"
#include "models/KeyWrap.h"

namespace qf {

Session::~Session()
{
    m_releases.reset();
    m_accounts.reset();
    m_followUps.reset();
    m_history.reset();
    m_directory.reset();
    m_profile.reset();
    m_scopeRules.reset();
    m_visits.reset();
    m_dispatchTables.reset();
    m_categories.reset();
    m_registrar.reset();
    m_attachments.reset();
    m_reports.reset();
    m_duplicates.reset();
    m_persons.reset();
    m_audit.reset();
    m_writer.reset();
    m_db.reset();
}

Result<std::unique_ptr<Session>> Session::open(const QString& databasePath, DataKeyProvider& keys,
                                               Database::Upgrade upgrade)
{
    auto db = Database::open(databasePath, upgrade);
    if (!db)
        return Error { db.error() };

    std::unique_ptr<Session> s(new Session);
    s->m_db = std::move(*db);
    // No key is read here: identities open only for a user who signs in (models/Accounts).
    Q_UNUSED(keys)
    s->m_vault.emplace();
    s->m_keys = std::make_unique<KeyRing>();
    s->m_writer = std::make_unique<Writer>(*s->m_db);
    s->m_audit = std::make_unique<AuditLog>(*s->m_db);
    s->m_persons = std::make_unique<PersonStore>(*s->m_writer, *s->m_vault, *s->m_audit);
    s->m_duplicates = std::make_unique<DuplicateIndex>(*s->m_db);
    s->m_reports = std::make_unique<ReportStore>(*s->m_writer, *s->m_persons, *s->m_duplicates);
    s->m_attachments = std::make_unique<AttachmentStore>(*s->m_writer, AttachmentStore::defaultRoot(databasePath));
    s->m_registrar = std::make_unique<ReportRegistrar>(*s->m_writer, *s->m_reports, *s->m_attachments, *s->m_duplicates);
    s->m_categories = std::make_unique<CategoryStore>(*s->m_writer);
    s->m_dispatchTables = std::make_unique<DispatchTables>(*s->m_writer);
    s->m_visits = std::make_unique<VisitStore>(*s->m_writer, *s->m_vault);
    s->m_scopeRules = std::make_unique<ScopeRuleStore>(*s->m_writer);
    s->m_profile = std::make_unique<ProfileStore>(*s);
    s->m_directory = std::make_unique<Directory>(*s->m_db);
    s->m_history = std::make_unique<ReportHistory>(*s->m_db);
    s->m_followUps = std::make_unique<FollowUpCodes>(*s->m_writer, *s->m_audit);
    s->m_accounts = std::make_unique<Accounts>(*s);
    s->m_releases = std::make_unique<IdentityReleases>(*s);
    return s;
}

void Session::setUser(const QString& userId, const QString& role)
{
    m_userId = userId;
    m_role = role;
    m_writer->setActor(userId, role);
    m_audit->setUser(userId);
}

Status Session::signIn(const QString& login, const QString& password)
{
    auto ring = m_accounts->signIn(login, password);
    if (!ring)
        return ring.failure();
    auto account = m_accounts->find(login);
    if (!account)
        return account.failure();
    auto keys = m_accounts->officeKeys(account->userId, *ring);
    if (!keys)
        return keys.failure();
    auto vault = keys->dataKey.isEmpty() ? IdentityVault::forWriting(m_accounts->publicKey(), keys->indexKey)
                                         : IdentityVault::fromDataKey(keys->dataKey);
    ring->officeKey = keys->dataKey;
    if (!vault)
        return vault.failure();
    *m_vault = std::move(*vault);
    *m_keys = std::move(*ring);
    setUser(account->userId, account->role);
    m_custodian = account->custodian;
    if (Status st = m_db->setMeta(ProfileStore::MetaKey, account->userId); !st)
        return st;
    return {};
}

void Session::signOut()
{
    if (!m_userId.isEmpty()) {
        const Status logged = m_audit->record(QStringLiteral("signout"), QStringLiteral("accounts"), m_userId);
        Q_UNUSED(logged)
    }
    *m_vault = IdentityVault();
    *m_keys = KeyRing();
    m_custodian = false;
    setUser(QString(), QString());
}

Session::Credentials Session::credentials() const
{
    return Credentials { m_userId, m_role, m_custodian, *m_keys, *m_vault };
}

void Session::actAs(const Credentials& who)
{
    *m_keys = who.keys;
    *m_vault = who.vault;
    m_custodian = who.custodian;
    setUser(who.userId, who.role);
}

Status Session::replaceIdentityKey(const QByteArray& dataKey)
{
    auto vault = IdentityVault::fromDataKey(dataKey);
    if (!vault)
        return vault.failure();
    if (Status s = m_accounts->replaceIdentityKey(*m_keys, dataKey); !s)
        return s;
    // The key check follows the key.
    if (Status s = m_db->setMeta(QStringLiteral("key_check"), QString::fromLatin1(vault->keyCheck().toBase64())); !s)
        return s;
    *m_vault = std::move(*vault);
    m_keys->officeKey = dataKey;
    return {};
}

Status Session::adoptWritingKeys(const QByteArray& publicKey, const QByteArray& indexKey)
{
    auto vault = IdentityVault::forWriting(publicKey, indexKey);
    if (!vault)
        return vault.failure();
    if (Status s = m_accounts->adoptWritingKeys(publicKey, indexKey); !s)
        return s;
    *m_vault = std::move(*vault);
    keywrap::wipe(m_keys->entitledKey);
    keywrap::wipe(m_keys->officeKey);
    return {};
}

QByteArray Session::identityKey() const
{
    auto key = m_accounts->identityKey(*m_keys);
    return key ? *key : QByteArray();
}

} // namespace qf

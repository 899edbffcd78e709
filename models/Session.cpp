#include "models/Session.h"

#include "models/DataKeyProvider.h"

namespace qf {

Session::~Session()
{
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
    // A database this open created and could not complete is removed again: nothing
    // half-made stays behind, and no key of it in the keychain.
    auto failed = [&s](const Error& error) -> Result<std::unique_ptr<Session>> {
        if (s->m_db->created()) {
            const QString path = s->m_db->path();
            s.reset();
            Database::removeFiles(path);
        }
        return error;
    };

    const QString databaseId = s->m_db->databaseId();
    const QByteArray check = QByteArray::fromBase64(s->m_db->meta(QStringLiteral("key_check")).toLatin1());
    auto key = keys.dataKey(databaseId, false);
    if (!key)
        return failed(key.failure());
    // A new database's key is stored in the keychain only once the database holds its check.
    const bool newKey = key->isEmpty() && check.isEmpty();
    if (newKey)
        key = IdentityVault::generateDataKey();
    if (key->isEmpty())
        return failed(Error { tr("The system keychain holds no key for this database (%1), so the identities in it "
                                 "cannot be read. Restore the keychain from a backup, or open the database on the "
                                 "account that created it.")
                                  .arg(databaseId) });
    auto vault = IdentityVault::fromDataKey(*key);
    if (!vault)
        return failed(vault.failure());
    if (check.isEmpty()) {
        if (Status st = s->m_db->setMeta(QStringLiteral("key_check"), QString::fromLatin1(vault->keyCheck().toBase64()));
            !st)
            return failed(st.failure());
        if (newKey) {
            if (Status st = keys.storeDataKey(databaseId, *key); !st) {
                // Without its key in the keychain the check would refuse every later key (a
                // store this open created is removed anyway).
                const Status undone = s->m_db->setMeta(QStringLiteral("key_check"), QString());
                Q_UNUSED(undone)
                return failed(st.failure());
            }
        }
    } else if (!vault->verifyKeyCheck(check)) {
        return failed(Error { tr("The key in the system keychain does not belong to this database (%1); identities "
                                 "cannot be read with it.")
                                  .arg(databaseId) });
    }
    s->m_vault.emplace(std::move(*vault));
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
    s->setUser(s->m_db->meta(ProfileStore::MetaKey));
    return s;
}

void Session::setUser(const QString& userId)
{
    m_userId = userId;
    m_writer->setAuthor(userId);
    m_audit->setUser(userId);
}

} // namespace qf

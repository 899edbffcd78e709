// The office's accounts on a sync (protocol 4): one's own new password up, the office's changed
// accounts down, the office's keys sealed for accounts that lack them, and the keys of a
// workstation enrolled before they existed taken once they come.
#include "sync/SyncClient.h"
#include "sync/Log.h"

#include "models/Accounts.h"
#include "models/Database.h"
#include "models/KeyWrap.h"
#include "models/Session.h"
#include "models/Role.h"
#include "sync/SyncMessages.h"
#include "sync/SyncProtocol.h"

#include <QLoggingCategory>
#include <algorithm>

namespace qf::sync {

Status SyncClient::takePendingKeys(const QList<CentralAccount>& accounts, const QByteArray& officePk)
{
    Database& db = m_session.database();
    const QString me = m_session.userId();
    const auto own = std::find_if(accounts.cbegin(), accounts.cend(), [&](const CentralAccount& c) { return c.userId == me; });
    if (own == accounts.cend())
        return {};
    const bool entitled = Role::holdsIdentityKey(m_session.role());
    if (entitled ? own->officeBox.isEmpty() : (own->indexBox.isEmpty() || officePk.isEmpty()))
        return {}; // not sealed yet
    QByteArray secret;
    if (!keywrap::unbox(m_session.keys().allKey, QByteArray::fromBase64(db.meta(kPendingSecretMeta).toLatin1()), secret))
        return Error { tr("The office's keys arrived, but this workstation's account cannot take them; sign in with the "
                          "account that enrolled it.") };
    auto keys = Accounts::openBoxes(*own, secret);
    if (!keys)
        return Error { keys.error() };
    if (entitled) {
        if (keys->dataKey != m_session.identityKey()) {
            if (holdsIdentities())
                return Error { tr("The office's identity key arrived, but this database already holds identities sealed "
                                  "with its own key. Enrol a new, empty database on this workstation.") };
            if (Status s = m_session.replaceIdentityKey(keys->dataKey); !s)
                return s;
        }
    } else if (Status s = m_session.adoptWritingKeys(officePk, keys->indexKey); !s) {
        return s;
    }
    if (auto taken = m_session.accounts().takeCentral({ *own }, 0); !taken)
        return Error { taken.error() };
    m_session.keys().userSecret = secret;
    m_session.keys().officeKey = keys->dataKey;
    keywrap::wipe(secret);
    qCInfo(lcSync) << "the office's keys arrived";
    return db.setMeta(kPendingSecretMeta, QStringLiteral(""));
}

Status SyncClient::syncAccounts(const QByteArray& tok)
{
    Accounts& accounts = m_session.accounts();
    Database& db = m_session.database();
    // A password changed here goes to the central account first.
    if (auto mine = accounts.pendingPassword()) {
        const Reply r = call("POST", QStringLiteral("/v1/accounts/password"), {},
                             encode(PasswordChange { mine->passwordHash, mine->keySalt, mine->secretWrap }), tok);
        if (r.status == 404)
            return {}; // a service older than central accounts
        if (r.status != 200)
            return replyError(r);
        if (Status s = accounts.passwordTaken(); !s)
            return s;
    }
    // While the office's keys are awaited, every account is asked for (the own one may not have
    // changed since it was last seen).
    const qint64 since = db.meta(kPendingSecretMeta).isEmpty() ? db.meta(QStringLiteral("sync_accounts_rev")).toLongLong() : 0;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("since"), QString::number(since));
    const Reply r = call("GET", QStringLiteral("/v1/accounts"), q, {}, tok);
    if (r.status == 404)
        return {};
    if (r.status != 200)
        return replyError(r);
    const auto answer = decode<AccountsAnswer>(r.body);
    if (!answer)
        return unreadable(answer.failure());
    QList<CentralAccount> changed;
    for (const Credential& c : answer->accounts)
        changed << toAccount(c);
    if (!db.meta(kPendingSecretMeta).isEmpty()) {
        // The office's keys first: before anything is pulled, so that what this workstation
        // holds sealed with its own key is only what it registered itself.
        if (Status s = takePendingKeys(changed, answer->officePublicKey); !s)
            return s;
        if (!db.meta(kPendingSecretMeta).isEmpty())
            return {}; // still waiting: nothing taken, nothing sealed with this workstation's own keys
    }
    auto taken = accounts.takeCentral(changed, since);
    if (!taken)
        return Error { taken.error() };
    if (*taken != since)
        if (Status s = db.setMeta(QStringLiteral("sync_accounts_rev"), QString::number(*taken)); !s)
            return s;
    // The office's keys sealed for the accounts that lack them, with what the signed-in user holds.
    if (m_session.userId().isEmpty() || !m_session.vault().canSeal())
        return {};
    const QList<AccountSeal> seals = accounts.sealsNeeded(m_session.identityKey(), m_session.vault().indexKey());
    if (seals.isEmpty())
        return {};
    SealRequest request;
    request.officePublicKey = accounts.publicKey();
    QHash<QString, QString> userOf;
    for (const AccountSeal& a : seals) {
        request.boxes << SealRequest::Box { a.login, a.officeBox, a.indexBox };
        userOf.insert(a.login, a.userId);
    }
    const Reply sealed = call("POST", QStringLiteral("/v1/accounts/seal"), {}, encode(request), tok);
    if (sealed.status == 409) {
        qCWarning(lcSync) << "the central store refused this workstation's seals:" << replyError(sealed).message;
        return {};
    }
    if (sealed.status != 200)
        return replyError(sealed);
    const auto took = decode<SealRequest>(sealed.body);
    if (!took)
        return unreadable(took.failure());
    QList<AccountSeal> stored;
    for (const SealRequest::Box& b : took->boxes)
        stored << AccountSeal { b.login, userOf.value(b.login), b.officeBox, b.indexBox };
    return accounts.storeSeals(stored);
}

} // namespace qf::sync

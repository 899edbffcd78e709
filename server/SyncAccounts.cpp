// The central accounts (protocol 4): each user's password hash, key pair and the office's keys
// sealed to it (resources/schema/postgresql/0006-central-accounts.sql). The service hands out
// and stores only what it cannot open: it never sees a password, a secret key or the office's
// identity key, and it acts only within the caller's own office (the schema's functions check).
#include "server/Log.h"
#include "server/SyncService.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace qf::server {

namespace {

constexpr int kKeyBytes = 32;

sync::Credential readCredential(const QSqlQuery& q)
{
    sync::Credential c;
    c.login = q.value(0).toString();
    c.userId = q.value(1).toString();
    c.role = q.value(2).toString();
    c.passwordHash = q.value(3).toString();
    c.keySalt = q.value(4).toByteArray();
    c.publicKey = q.value(5).toByteArray();
    c.secretWrap = q.value(6).toByteArray();
    c.officeBox = q.value(7).toByteArray();
    c.indexBox = q.value(8).toByteArray();
    c.disabled = q.value(9).toBool();
    c.custodian = q.value(10).toBool();
    c.rev = q.value(11).toLongLong();
    return c;
}

const char kCredentials[] = "SELECT login, user_id, role, password_hash, key_salt, public_key, secret_wrap, office_box, "
                            "index_box, disabled, custodian, rev FROM qf.office_credentials(?, ?)";

bool plausible(const sync::Credential& c)
{
    return c.passwordHash.startsWith(QLatin1String("$argon2id$")) && c.publicKey.size() == kKeyBytes
        && c.keySalt.size() == 16 && !c.secretWrap.isEmpty();
}

} // namespace

Status SyncService::enrolAccount(const Caller& caller, const std::optional<sync::Credential>& offer,
                                 sync::EnrolAnswer& out)
{
    QSqlQuery q(m_db);
    auto failed = [&](const QString& doing) -> Status {
        const Error e = databaseError(q.lastError(), doing);
        rollback();
        return e;
    };
    if (offer && plausible(*offer)) {
        q.prepare(QStringLiteral("SELECT qf.offer_credential(?, ?, ?, ?, ?)"));
        for (const QVariant& v :
             QVariantList { caller.pgRole, offer->passwordHash, offer->keySalt, offer->publicKey, offer->secretWrap })
            q.addBindValue(v);
        if (!q.exec())
            return failed(QStringLiteral("offer credential"));
    }
    q.prepare(QString::fromLatin1(kCredentials));
    q.addBindValue(caller.pgRole);
    q.addBindValue(0);
    if (!q.exec())
        return failed(QStringLiteral("credentials"));
    while (q.next())
        if (q.value(0).toString() == caller.login)
            out.account = readCredential(q);
    q.prepare(QStringLiteral("SELECT qf.office_public_key(?)"));
    q.addBindValue(caller.pgRole);
    if (!q.exec() || !q.next())
        return failed(QStringLiteral("office public key"));
    out.officePublicKey = q.value(0).toByteArray();
    return {};
}

Response SyncService::accounts(const Caller& caller, const Request& request)
{
    bool ok = true;
    const qint64 since = request.query.hasQueryItem(QStringLiteral("since"))
        ? request.query.queryItemValue(QStringLiteral("since")).toLongLong(&ok)
        : 0;
    if (!ok || since < 0)
        return jsonError(400, tr("since must be a whole number, not negative."));
    if (Status s = begin(caller); !s)
        return jsonError(503, s.error());
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(kCredentials));
    q.addBindValue(caller.pgRole);
    q.addBindValue(since);
    sync::AccountsAnswer out;
    out.rev = since;
    if (!q.exec()) {
        const Response r = databaseFailed(q.lastError(), QStringLiteral("accounts"));
        rollback();
        return r;
    }
    while (q.next()) {
        out.accounts << readCredential(q);
        out.rev = qMax(out.rev, out.accounts.constLast().rev);
    }
    q.prepare(QStringLiteral("SELECT qf.office_public_key(?)"));
    q.addBindValue(caller.pgRole);
    if (!q.exec() || !q.next()) {
        const Response r = databaseFailed(q.lastError(), QStringLiteral("office public key"));
        rollback();
        return r;
    }
    out.officePublicKey = q.value(0).toByteArray();
    q.finish();
    rollback(); // read only
    return { 200, sync::encode(out) };
}

Response SyncService::seal(const Caller& caller, const Request& request)
{
    const auto in = sync::decode<sync::SealRequest>(request.body);
    if (!in)
        return jsonError(400, in.error());
    if (in->officePublicKey.size() != kKeyBytes)
        return jsonError(400, tr("office_public_key must be a public key of 32 bytes."));
    if (Status s = begin(caller); !s)
        return jsonError(503, s.error());
    QSqlQuery q(m_db);
    sync::SealRequest taken;
    taken.officePublicKey = in->officePublicKey;
    for (const sync::SealRequest::Box& box : in->boxes) {
        q.prepare(QStringLiteral("SELECT qf.seal_boxes(?, ?, ?, ?, ?)"));
        q.addBindValue(caller.pgRole);
        q.addBindValue(box.login);
        q.addBindValue(in->officePublicKey);
        q.addBindValue(box.officeBox.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(box.officeBox));
        q.addBindValue(box.indexBox.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(box.indexBox));
        if (!q.exec() || !q.next()) {
            const Response r = databaseFailed(q.lastError(), QStringLiteral("seal"));
            rollback();
            return r;
        }
        const QString verdict = q.value(0).toString();
        if (verdict == QLatin1String("sealed"))
            taken.boxes << box;
        else if (verdict == QLatin1String("other key")) {
            rollback();
            qCWarning(lcSyncd) << "device" << caller.deviceId << "offered boxes of another identity key";
            return jsonError(409, tr("This workstation holds another identity key than its office's; it may not seal "
                                     "keys for the office's users."));
        }
    }
    if (Status s = commit(); !s)
        return jsonError(503, s.error());
    return { 200, sync::encode(taken) };
}

Response SyncService::ownPassword(const Caller& caller, const Request& request)
{
    const auto in = sync::decode<sync::PasswordChange>(request.body);
    if (!in)
        return jsonError(400, in.error());
    if (!in->passwordHash.startsWith(QLatin1String("$argon2id$")) || in->keySalt.size() != 16 || in->secretWrap.isEmpty())
        return jsonError(400, tr("A password change needs an Argon2id hash, a salt of 16 bytes and the wrapped key."));
    if (Status s = begin(caller); !s)
        return jsonError(503, s.error());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT qf.change_own_password(?, ?, ?, ?)"));
    for (const QVariant& v : QVariantList { caller.pgRole, in->passwordHash, in->keySalt, in->secretWrap })
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        const Response r = databaseFailed(q.lastError(), QStringLiteral("password"));
        rollback();
        return r;
    }
    const bool changed = q.value(0).toBool();
    q.finish();
    if (Status s = commit(); !s)
        return jsonError(503, s.error());
    if (!changed)
        return jsonError(409, tr("The central store has no enabled account for %1.").arg(caller.login));
    return { 200, sync::encode(*in) };
}

} // namespace qf::server

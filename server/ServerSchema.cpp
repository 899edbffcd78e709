#include "server/ServerSchema.h"

#include "models/Accounts.h"
#include "models/IdentityVault.h"
#include "models/KeyWrap.h"
#include "models/Role.h"
#include "models/SqlScript.h"
#include "models/Uuid7.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace qf::server {

namespace {

constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

QString quotedList(const QStringList& words)
{
    QStringList q;
    for (const QString& w : words)
        q << QLatin1Char('\'') + w + QLatin1Char('\'');
    return q.join(QStringLiteral(", "));
}

Status exec(QSqlQuery& q, const QString& sql)
{
    if (!q.exec(sql))
        return Error { ServerSchema::tr("The central database refused a statement: %1").arg(q.lastError().text()) };
    return {};
}

QString randomTag()
{
    QString tag;
    for (int i = 0; i < 3; ++i)
        tag += QLatin1Char(kCrockford[QRandomGenerator::system()->bounded(32)]);
    return tag;
}

} // namespace

Result<QSqlDatabase> openPostgres(const QString& dsn, const QString& connectionName)
{
    // Both of libpq's forms: "host=... port=... dbname=... user=..." and
    // "postgresql://user:password@host:port/dbname?option=value".
    QHash<QString, QString> settings;
    const QString text = dsn.trimmed();
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid())
            return Error { ServerSchema::tr("The PostgreSQL address is not valid; write it as "
                                            "postgresql://user@host:port/database."),
                           ErrorCode::Invalid };
        if (!url.host().isEmpty())
            settings.insert(QStringLiteral("host"), url.host());
        if (url.port() > 0)
            settings.insert(QStringLiteral("port"), QString::number(url.port()));
        if (url.path().size() > 1)
            settings.insert(QStringLiteral("dbname"), url.path().mid(1));
        if (!url.userName().isEmpty())
            settings.insert(QStringLiteral("user"), url.userName());
        if (!url.password().isEmpty())
            settings.insert(QStringLiteral("password"), url.password());
        for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
            settings.insert(key, value);
    } else {
        static const QRegularExpression pair(QStringLiteral(R"((\w+)\s*=\s*('[^']*'|\S+))"));
        for (auto it = pair.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            QString value = m.captured(2);
            if (value.startsWith(QLatin1Char('\'')))
                value = value.mid(1, value.size() - 2);
            settings.insert(m.captured(1), value);
        }
        if (settings.isEmpty())
            return Error { ServerSchema::tr("'%1' names no PostgreSQL database: give key=value settings "
                                            "(host=... port=... dbname=... user=...) or an address "
                                            "(postgresql://user@host:port/database).")
                               .arg(text.left(200)),
                           ErrorCode::Invalid };
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!db.isValid())
        return Error { ServerSchema::tr("The PostgreSQL driver of Qt (libqt6sql6-psql) is not installed.") };
    QStringList options;
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it) {
        const QString& key = it.key();
        const QString& value = it.value();
        if (key == QLatin1String("host") || key == QLatin1String("hostaddr"))
            db.setHostName(value);
        else if (key == QLatin1String("port"))
            db.setPort(value.toInt());
        else if (key == QLatin1String("dbname"))
            db.setDatabaseName(value);
        else if (key == QLatin1String("user"))
            db.setUserName(value);
        else if (key == QLatin1String("password"))
            db.setPassword(value);
        else
            options << key + QLatin1Char('=') + value;
    }
    if (!options.isEmpty())
        db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        const QString where = db.hostName().isEmpty() ? ServerSchema::tr("local socket") : db.hostName()
                + (db.port() > 0 ? QStringLiteral(":%1").arg(db.port()) : QString());
        return Error { ServerSchema::tr("Cannot connect to the central database (%1%2): %3")
                           .arg(where,
                                db.databaseName().isEmpty() ? QString() : QStringLiteral("/") + db.databaseName(),
                                db.lastError().databaseText().trimmed()) };
    }
    return db;
}

QString ServerSchema::roleNameFor(const QString& login)
{
    QString r = QStringLiteral("qf_u_");
    for (QChar c : login.toLower())
        r += (c.isLetterOrNumber() && c.unicode() < 128) ? c : QLatin1Char('_');
    return r;
}

bool ServerSchema::isValidRole(const QString& role)
{
    return Role::isKnown(role);
}

QHash<QString, QString> ServerSchema::placeholders()
{
    QStringList keyRoles;
    for (const QString& code : Role::codes())
        if (Role::holdsIdentityKey(code))
            keyRoles << code;
    return { { QStringLiteral("identity_roles"), quotedList(Role::codesThatMay(Capability::Identities)) },
             { QStringLiteral("restricted_roles"), quotedList(Role::codesThatMay(Capability::SeeRestricted)) },
             { QStringLiteral("key_roles"), quotedList(keyRoles) } };
}

Result<QList<SqlScript>> ServerSchema::revisions()
{
    auto scripts = SqlScript::readFolder(QStringLiteral(":/qingfeng/schema/postgresql"), SqlScript::Dialect::PostgreSql);
    if (!scripts)
        return scripts.failure();
    const QHash<QString, QString> values = placeholders();
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{(\w+)\}\})"));
    for (SqlScript& script : *scripts) {
        for (QString& sql : script.statements) {
            for (qsizetype at = sql.indexOf(QLatin1String("{{")); at >= 0; at = sql.indexOf(QLatin1String("{{"), at)) {
                const auto m = placeholder.match(sql, at);
                if (!m.hasMatch() || m.capturedStart() != at || !values.contains(m.captured(1)))
                    return Error { tr("Revision %1 of the central store names an unknown placeholder.").arg(script.version),
                                   ErrorCode::Invalid };
                sql.replace(at, m.capturedLength(), values.value(m.captured(1)));
            }
        }
    }
    return scripts;
}

QByteArray ServerSchema::tokenHash(const QByteArray& token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

Result<int> ServerSchema::version(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('qf.schema_version') IS NOT NULL")) || !q.next())
        return Error { tr("Cannot read the central database: %1").arg(q.lastError().text()) };
    if (!q.value(0).toBool())
        return 0;
    if (!q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM qf.schema_version")) || !q.next())
        return Error { tr("Cannot read the central database's version: %1").arg(q.lastError().text()) };
    return q.value(0).toInt();
}

Result<int> ServerSchema::init(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) || !q.next())
        return Error { tr("Cannot read the central database: %1").arg(q.lastError().text()) };
    if (!q.value(0).toBool())
        return Error { tr("Setting up the central store needs a PostgreSQL superuser connection (it creates roles "
                          "and row-level security policies).") };
    auto current = version(db);
    if (!current)
        return Error { current.error() };
    if (*current > kVersion)
        return Error { tr("The central store has schema version %1, newer than this program knows (%2); it was left "
                          "as it is. Use a newer qingfeng-cli.")
                           .arg(*current)
                           .arg(kVersion) };
    if (*current == kVersion)
        return *current;

    if (!db.transaction())
        return Error { tr("Cannot start a transaction: %1").arg(db.lastError().text()) };
    auto fail = [&](const Status& s) -> Result<int> {
        db.rollback();
        return Error { s.error() };
    };
    const QStringList setup = {
        QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'qingfeng_owner') THEN "
                       "CREATE ROLE qingfeng_owner NOLOGIN; END IF; "
                       "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'qingfeng_user') THEN "
                       "CREATE ROLE qingfeng_user NOLOGIN; END IF; "
                       "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'qingfeng_sync') THEN "
                       "CREATE ROLE qingfeng_sync LOGIN NOINHERIT; END IF; "
                       "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'qingfeng_status') THEN "
                       "CREATE ROLE qingfeng_status NOLOGIN; END IF; END $$"),
        QStringLiteral("CREATE SCHEMA IF NOT EXISTS qf AUTHORIZATION qingfeng_owner"),
        // The typed views for reporting tools (revision 7); made here since the owner may not create schemas.
        QStringLiteral("CREATE SCHEMA IF NOT EXISTS reporting AUTHORIZATION qingfeng_owner"),
        QStringLiteral("SET LOCAL ROLE qingfeng_owner"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS qf.schema_version (version int NOT NULL, "
                       "applied_at timestamptz NOT NULL DEFAULT now())"),
    };
    for (const QString& sql : setup)
        if (Status s = exec(q, sql); !s)
            return fail(s);
    auto revs = revisions();
    if (!revs)
        return fail(revs.failure());
    for (const SqlScript& revision : *revs) {
        if (revision.version <= *current)
            continue;
        for (const QString& sql : revision.statements)
            if (Status s = exec(q, sql); !s)
                return fail(s);
        if (Status s = exec(q, QStringLiteral("INSERT INTO qf.schema_version (version) VALUES (%1)").arg(revision.version)); !s)
            return fail(s);
    }
    if (!db.commit())
        return Error { tr("Cannot finish setting up the central store: %1").arg(db.lastError().text()) };
    return kVersion;
}

Status ServerSchema::addUser(QSqlDatabase db, const NewUser& user)
{
    if (user.login.trimmed().isEmpty() || user.name.trimmed().isEmpty() || user.officeCode.trimmed().isEmpty())
        return Error { tr("A user needs a login, a name and an office code.") };
    if (!isValidRole(user.role))
        return Error { tr("'%1' is not a role; use one of: %2").arg(user.role, Role::codes().join(QStringLiteral(", "))) };
    const QString pgRole = roleNameFor(user.login);
    const QString userId = Uuid7::stableFor(QStringLiteral("users"), user.login);
    const QString officeId = Uuid7::stableFor(QStringLiteral("organisations"), user.officeCode);
    if (!db.transaction())
        return Error { tr("Cannot start a transaction: %1").arg(db.lastError().text()) };
    QSqlQuery q(db);
    auto fail = [&](const QString& what) -> Status {
        const QString e = q.lastError().text();
        db.rollback();
        return Error { tr("Cannot add the user: %1 (%2)").arg(what, e) };
    };
    if (!q.exec(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                               "CREATE ROLE %1 NOLOGIN IN ROLE qingfeng_user; END IF; END $$")
                    .arg(pgRole)))
        return fail(QStringLiteral("role"));
    if (!q.exec(QStringLiteral("GRANT %1 TO qingfeng_sync").arg(pgRole)))
        return fail(QStringLiteral("grant"));
    q.prepare(QStringLiteral("INSERT INTO qf.users (login, user_id, name, office_id, office_code, role, pg_role) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (login) DO UPDATE SET name = excluded.name, "
                             "office_id = excluded.office_id, office_code = excluded.office_code, role = excluded.role"));
    for (const QString& v : { user.login, userId, user.name, officeId, user.officeCode, user.role, pgRole })
        q.addBindValue(v);
    if (!q.exec())
        return fail(QStringLiteral("users"));
    // The office and the user as reference rows every device receives.
    const qint64 hlc = QDateTime::currentMSecsSinceEpoch() << 16;
    QJsonObject org { { QStringLiteral("code"), user.officeCode },
                      { QStringLiteral("name"), user.officeName.isEmpty() ? user.officeCode : user.officeName },
                      { QStringLiteral("level"), QStringLiteral("county") } };
    QJsonObject usr { { QStringLiteral("login"), user.login },
                      { QStringLiteral("name"), user.name },
                      { QStringLiteral("org_id"), officeId },
                      { QStringLiteral("role"), user.role } };
    q.prepare(QStringLiteral(
        "INSERT INTO qf.rows (tbl, id, office, data, created_hlc, hlc, seq) VALUES (?, ?, NULL, ?::jsonb, ?, ?, "
        "nextval('qf.change_seq')) ON CONFLICT (tbl, id) DO UPDATE SET data = qf.rows.data || excluded.data, "
        "hlc = excluded.hlc, seq = excluded.seq"));
    for (const auto& [table, id, data, onlyIfNew] :
         { std::tuple { QStringLiteral("organisations"), officeId, org, true },
           std::tuple { QStringLiteral("users"), userId, usr, false } }) {
        if (onlyIfNew) {
            QSqlQuery exists(db);
            exists.prepare(QStringLiteral("SELECT 1 FROM qf.rows WHERE tbl = ? AND id = ?"));
            exists.addBindValue(table);
            exists.addBindValue(id);
            if (exists.exec() && exists.next())
                continue;
        }
        q.addBindValue(table);
        q.addBindValue(id);
        q.addBindValue(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
        q.addBindValue(hlc);
        q.addBindValue(hlc);
        if (!q.exec())
            return fail(table);
    }
    // A role no longer entitled to identities loses its box of the office's key.
    q.prepare(QStringLiteral("UPDATE qf.credentials SET office_box = NULL, rev = nextval('qf.credential_rev'), "
                             "changed_at = now() WHERE login = ? AND office_box IS NOT NULL AND NOT qf.holds_identity_key(?)"));
    q.addBindValue(user.login);
    q.addBindValue(user.role);
    if (!q.exec())
        return fail(QStringLiteral("credentials"));
    if (!db.commit())
        return Error { tr("Cannot add the user: %1").arg(db.lastError().text()) };
    if (!user.password.isEmpty())
        return setPassword(db, user.login, user.password);
    return {};
}

Status ServerSchema::setPassword(QSqlDatabase db, const QString& login, const QString& password)
{
    if (Status s = Accounts::checkPassword(password, login); !s)
        return s;
    const auto [publicKey, secretKey] = IdentityVault::generateKeyPair();
    KeyRing ring;
    ring.userSecret = secretKey;
    auto wrapped = keywrap::wrapForPassword(ring, password);
    if (!wrapped)
        return wrapped.failure();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO qf.credentials (login, password_hash, key_salt, public_key, secret_wrap, rev) "
        "SELECT login, ?, ?, ?, ?, nextval('qf.credential_rev') FROM qf.users WHERE login = ? "
        "ON CONFLICT (login) DO UPDATE SET password_hash = excluded.password_hash, key_salt = excluded.key_salt, "
        "public_key = excluded.public_key, secret_wrap = excluded.secret_wrap, office_box = NULL, index_box = NULL, "
        "disabled = false, rev = excluded.rev, changed_at = now()"));
    for (const QVariant& v : QVariantList { wrapped->hash, wrapped->salt, publicKey, wrapped->wrap, login })
        q.addBindValue(v);
    if (!q.exec())
        return Error { tr("Cannot set the password: %1").arg(q.lastError().text()) };
    if (q.numRowsAffected() == 0)
        return Error { tr("There is no user %1 in the central store.").arg(login), ErrorCode::NotFound };
    return {};
}

Status ServerSchema::setDisabled(QSqlDatabase db, const QString& login, bool disabled)
{
    QSqlQuery q(db);
    // A disabled account keeps nothing that opens: no wrap, no boxes (a reset makes new ones).
    q.prepare(disabled ? QStringLiteral("UPDATE qf.credentials SET disabled = true, secret_wrap = ''::bytea, office_box = NULL, "
                                        "index_box = NULL, rev = nextval('qf.credential_rev'), changed_at = now() WHERE login = ?")
                       : QStringLiteral("UPDATE qf.credentials SET disabled = false, rev = nextval('qf.credential_rev'), "
                                        "changed_at = now() WHERE login = ?"));
    q.addBindValue(login);
    if (!q.exec())
        return Error { tr("Cannot change the account: %1").arg(q.lastError().text()) };
    if (q.numRowsAffected() == 0)
        return Error { tr("%1 has no central account (add it with a password, or let the user enrol a workstation).")
                           .arg(login),
                       ErrorCode::NotFound };
    return {};
}

Status ServerSchema::setCustodian(QSqlDatabase db, const QString& login, bool custodian)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE qf.credentials c SET custodian = ?, rev = nextval('qf.credential_rev'), changed_at = now() "
                             "FROM qf.users u WHERE u.login = c.login AND c.login = ? AND (NOT ? OR qf.holds_identity_key(u.role))"));
    q.addBindValue(custodian);
    q.addBindValue(login);
    q.addBindValue(custodian);
    if (!q.exec())
        return Error { tr("Cannot change the account: %1").arg(q.lastError().text()) };
    if (q.numRowsAffected() == 0)
        return Error { tr("%1 has no central account, or its role is not entitled to identities (a custodian's must be).")
                           .arg(login),
                       ErrorCode::NotFound };
    return {};
}

Result<int> ServerSchema::revokeDevices(QSqlDatabase db, const QString& login, qint64 deviceId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE qf.devices SET revoked_at = now() WHERE revoked_at IS NULL AND login = ? "
                             "AND (? = 0 OR id = ?)"));
    q.addBindValue(login);
    q.addBindValue(deviceId);
    q.addBindValue(deviceId);
    if (!q.exec())
        return Error { tr("Cannot revoke the device: %1").arg(q.lastError().text()) };
    return q.numRowsAffected();
}

Result<QList<AuditAlarm>> ServerSchema::auditAlarms(QSqlDatabase db, qint64 deviceId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, at, device_id, login, kind, coalesce(kept_seq, 0), sent_seq, "
                             "coalesce(broken_at, 0) FROM qf.audit_alarms WHERE ? = 0 OR device_id = ? "
                             "ORDER BY at DESC, id DESC"));
    q.addBindValue(deviceId);
    q.addBindValue(deviceId);
    if (!q.exec())
        return Error { tr("Cannot read the audit alarms: %1").arg(q.lastError().text()) };
    QList<AuditAlarm> alarms;
    while (q.next())
        alarms.append({ q.value(0).toLongLong(), q.value(1).toDateTime(), q.value(2).toLongLong(), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toLongLong(),
                        q.value(7).toLongLong() });
    return alarms;
}

Result<NewDevice> ServerSchema::addDevice(QSqlDatabase db, const QString& login)
{
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(raw.data()),
                                         reinterpret_cast<quint32*>(raw.data() + raw.size()));
    NewDevice d;
    d.token = QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QSqlQuery q(db);
    for (int attempt = 0; attempt < 50; ++attempt) {
        d.tag = randomTag();
        q.prepare(QStringLiteral("INSERT INTO qf.devices (login, token_hash, tag) SELECT login, ?, ? FROM qf.users "
                                 "WHERE login = ? ON CONFLICT (tag) DO NOTHING RETURNING id"));
        q.addBindValue(tokenHash(d.token.toLatin1()));
        q.addBindValue(d.tag);
        q.addBindValue(login);
        if (!q.exec())
            return Error { tr("Cannot add the device: %1").arg(q.lastError().text()) };
        if (q.next()) {
            d.id = q.value(0).toLongLong();
            return d;
        }
        QSqlQuery user(db);
        user.prepare(QStringLiteral("SELECT 1 FROM qf.users WHERE login = ?"));
        user.addBindValue(login);
        if (user.exec() && !user.next())
            return Error { tr("There is no user '%1'; add the user first.").arg(login) };
    }
    return Error { tr("No free device tag was found; the office has too many devices.") };
}

} // namespace qf::server

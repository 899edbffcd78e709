#include "server/ServerSchema.h"

#include "sync/SyncProtocol.h"
#include "models/Uuid7.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace qf::server {

namespace {

constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

const QStringList& roles()
{
    static const QStringList list = { QStringLiteral("receptionist"), QStringLiteral("hotline_operator"),
                                      QStringLiteral("registry_clerk"), QStringLiteral("case_officer"),
                                      QStringLiteral("meeting_chair"),  QStringLiteral("supervisor"),
                                      QStringLiteral("administrator") };
    return list;
}

QString quotedList(const QStringList& words)
{
    QStringList q;
    for (const QString& w : words)
        q << QLatin1Char('\'') + w + QLatin1Char('\'');
    return q.join(QStringLiteral(", "));
}

QStringList identityRoles()
{
    QStringList list;
    for (const QString& r : roles())
        if (sync::isIdentityRole(r))
            list << r;
    return list;
}

QStringList restrictedRoles()
{
    QStringList list;
    for (const QString& r : roles())
        if (sync::isRestrictedRole(r))
            list << r;
    return list;
}

// Revision 1. Every statement runs as qingfeng_owner, so it owns what it creates.
QStringList revision1()
{
    const QString me = QStringLiteral("(SELECT qf.office_of(current_user))");
    const QString role = QStringLiteral("(SELECT qf.role_of(current_user))");
    const QString seesRow = QStringLiteral("(office IS NULL OR (office = %1 AND (NOT restricted OR %2 IN (%3)) "
                                           "AND (NOT needs_identity OR %2 IN (%4))))")
                                .arg(me, role, quotedList(restrictedRoles()), quotedList(identityRoles()));
    const QString seesIdentity
        = QStringLiteral("(office = %1 AND %2 IN (%3))").arg(me, role, quotedList(identityRoles()));
    return {
        QStringLiteral(R"(CREATE TABLE qf.users (
            login text PRIMARY KEY,
            user_id text NOT NULL UNIQUE,
            name text NOT NULL,
            office_id text NOT NULL,
            office_code text NOT NULL,
            role text NOT NULL,
            pg_role text NOT NULL UNIQUE,
            created_at timestamptz NOT NULL DEFAULT now()))"),
        QStringLiteral(R"(CREATE TABLE qf.devices (
            id bigserial PRIMARY KEY,
            login text NOT NULL REFERENCES qf.users(login),
            token_hash bytea NOT NULL UNIQUE,
            tag text NOT NULL UNIQUE,
            created_at timestamptz NOT NULL DEFAULT now(),
            enrolled_at timestamptz,
            last_seq bigint NOT NULL DEFAULT 0,
            protocol int))"),
        QStringLiteral("CREATE SEQUENCE qf.change_seq"),
        // Every synced row: its whole current state as JSON, the clocks of fields changed
        // after it was created, and the position of its last change in the change log.
        QStringLiteral(R"(CREATE TABLE qf.rows (
            tbl text NOT NULL,
            id text NOT NULL,
            office text,
            restricted boolean NOT NULL DEFAULT false,
            needs_identity boolean NOT NULL DEFAULT false,
            data jsonb NOT NULL,
            clocks jsonb NOT NULL DEFAULT '{}',
            created_hlc bigint NOT NULL,
            hlc bigint NOT NULL,
            deleted boolean NOT NULL DEFAULT false,
            seq bigint NOT NULL,
            PRIMARY KEY (tbl, id)))"),
        QStringLiteral("CREATE INDEX rows_seq ON qf.rows (seq)"),
        QStringLiteral("CREATE INDEX rows_office_seq ON qf.rows (office, seq)"),
        QStringLiteral("CREATE UNIQUE INDEX rows_reg_no ON qf.rows ((data->>'reg_no')) WHERE tbl = 'reports'"),
        // Reporter and visitor identities (sealed by the office key on the devices), apart.
        QStringLiteral(R"(CREATE TABLE qf.identities (
            tbl text NOT NULL,
            id text NOT NULL,
            office text NOT NULL,
            data jsonb NOT NULL,
            PRIMARY KEY (tbl, id)))"),
        QStringLiteral(R"(CREATE TABLE qf.mutations (
            mutation_id text PRIMARY KEY,
            login text NOT NULL,
            device_id bigint NOT NULL,
            device_seq bigint NOT NULL,
            result jsonb NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now()))"),
        QStringLiteral(R"(CREATE TABLE qf.blobs (
            office text NOT NULL,
            sha256 text NOT NULL,
            size bigint NOT NULL,
            mime text,
            received bigint NOT NULL DEFAULT 0,
            complete boolean NOT NULL DEFAULT false,
            PRIMARY KEY (office, sha256)))"),
        QStringLiteral(R"(CREATE TABLE qf.blob_chunks (
            office text NOT NULL,
            sha256 text NOT NULL,
            off bigint NOT NULL,
            data bytea NOT NULL,
            PRIMARY KEY (office, sha256, off)))"),
        QStringLiteral("CREATE TABLE qf.office_keys (office text PRIMARY KEY, data_key bytea NOT NULL)"),

        // Who the current role is; definer's rights so user roles need no access to qf.users.
        QStringLiteral("CREATE FUNCTION qf.office_of(r name) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER "
                       "SET search_path = qf, pg_temp AS $$ SELECT office_id FROM qf.users WHERE pg_role = r $$"),
        QStringLiteral("CREATE FUNCTION qf.role_of(r name) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER "
                       "SET search_path = qf, pg_temp AS $$ SELECT role FROM qf.users WHERE pg_role = r $$"),
        QStringLiteral("CREATE FUNCTION qf.login_of(r name) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER "
                       "SET search_path = qf, pg_temp AS $$ SELECT login FROM qf.users WHERE pg_role = r $$"),
        QStringLiteral(R"(CREATE FUNCTION qf.authenticate(h bytea)
            RETURNS TABLE (device_id bigint, login text, user_id text, name text, office_id text, office_code text,
                           role text, pg_role text, tag text)
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = qf, pg_temp AS $$
            SELECT d.id, u.login, u.user_id, u.name, u.office_id, u.office_code, u.role, u.pg_role, d.tag
            FROM qf.devices d JOIN qf.users u ON u.login = d.login WHERE d.token_hash = h $$)"),
        QStringLiteral(R"(CREATE FUNCTION qf.device_seen(dev bigint, last bigint, proto int) RETURNS void
            LANGUAGE sql SECURITY DEFINER SET search_path = qf, pg_temp AS $$
            UPDATE qf.devices SET last_seq = greatest(last_seq, last), protocol = proto,
                   enrolled_at = coalesce(enrolled_at, now()) WHERE id = dev $$)"),
        // Registration numbers are unique across offices: a number can be checked without
        // seeing the report that holds it.
        QStringLiteral(R"(CREATE FUNCTION qf.reg_numbers_taken(nums text[]) RETURNS TABLE (n text, id text)
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = qf, pg_temp AS $$
            SELECT data->>'reg_no', id FROM qf.rows WHERE tbl = 'reports' AND data->>'reg_no' = ANY(nums) $$)"),
        QStringLiteral("REVOKE ALL ON FUNCTION qf.authenticate(bytea) FROM PUBLIC"),
        QStringLiteral("REVOKE ALL ON FUNCTION qf.device_seen(bigint, bigint, int) FROM PUBLIC"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION qf.authenticate(bytea) TO qingfeng_sync"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION qf.device_seen(bigint, bigint, int) TO qingfeng_user"),

        QStringLiteral("GRANT USAGE ON SCHEMA qf TO qingfeng_user, qingfeng_sync"),
        QStringLiteral("GRANT SELECT ON qf.schema_version TO qingfeng_user, qingfeng_sync"),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE ON qf.rows, qf.identities, qf.mutations, qf.blobs, qf.blob_chunks, "
                       "qf.office_keys TO qingfeng_user"),
        QStringLiteral("GRANT DELETE ON qf.blob_chunks TO qingfeng_user"),
        QStringLiteral("GRANT USAGE ON SEQUENCE qf.change_seq TO qingfeng_user"),

        QStringLiteral("ALTER TABLE qf.rows ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("ALTER TABLE qf.rows FORCE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY rows_read ON qf.rows FOR SELECT USING %1").arg(seesRow),
        QStringLiteral("CREATE POLICY rows_owner ON qf.rows FOR SELECT TO qingfeng_owner USING (true)"),
        QStringLiteral("CREATE POLICY rows_add ON qf.rows FOR INSERT WITH CHECK (office IS NULL OR office = %1)").arg(me),
        QStringLiteral("CREATE POLICY rows_change ON qf.rows FOR UPDATE USING %1 WITH CHECK (office IS NULL OR office = %2)")
            .arg(seesRow, me),
        QStringLiteral("ALTER TABLE qf.identities ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("ALTER TABLE qf.identities FORCE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY identities_all ON qf.identities USING %1 WITH CHECK %1").arg(seesIdentity),
        QStringLiteral("ALTER TABLE qf.office_keys ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("ALTER TABLE qf.office_keys FORCE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY office_keys_all ON qf.office_keys USING %1 WITH CHECK %1").arg(seesIdentity),
        QStringLiteral("ALTER TABLE qf.mutations ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("ALTER TABLE qf.mutations FORCE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY mutations_own ON qf.mutations USING (login = (SELECT qf.login_of(current_user))) "
                       "WITH CHECK (login = (SELECT qf.login_of(current_user)))"),
        QStringLiteral("ALTER TABLE qf.blobs ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("ALTER TABLE qf.blobs FORCE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY blobs_office ON qf.blobs USING (office = %1) WITH CHECK (office = %1)").arg(me),
        QStringLiteral("ALTER TABLE qf.blob_chunks ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("ALTER TABLE qf.blob_chunks FORCE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY blob_chunks_office ON qf.blob_chunks USING (office = %1) WITH CHECK (office = %1)")
            .arg(me),
    };
}

// Revision 2 (expand only: a service of revision 1 keeps working): devices can be revoked.
QStringList revision2()
{
    return {
        QStringLiteral("ALTER TABLE qf.devices ADD COLUMN revoked_at timestamptz"),
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION qf.authenticate(h bytea)
            RETURNS TABLE (device_id bigint, login text, user_id text, name text, office_id text, office_code text,
                           role text, pg_role text, tag text)
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = qf, pg_temp AS $$
            SELECT d.id, u.login, u.user_id, u.name, u.office_id, u.office_code, u.role, u.pg_role, d.tag
            FROM qf.devices d JOIN qf.users u ON u.login = d.login WHERE d.token_hash = h AND d.revoked_at IS NULL $$)"),
    };
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
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!db.isValid())
        return Error { ServerSchema::tr("The PostgreSQL driver of Qt (libqt6sql6-psql) is not installed.") };
    QStringList options;
    static const QRegularExpression pair(QStringLiteral(R"((\w+)\s*=\s*('[^']*'|\S+))"));
    for (auto it = pair.globalMatch(dsn); it.hasNext();) {
        const auto m = it.next();
        const QString key = m.captured(1);
        QString value = m.captured(2);
        if (value.startsWith(QLatin1Char('\'')))
            value = value.mid(1, value.size() - 2);
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
    if (!db.open())
        return Error { ServerSchema::tr("Cannot connect to the central database (%1): %2")
                           .arg(db.hostName(), db.lastError().text()) };
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
    return roles().contains(role);
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
                       "CREATE ROLE qingfeng_sync LOGIN NOINHERIT; END IF; END $$"),
        QStringLiteral("CREATE SCHEMA IF NOT EXISTS qf AUTHORIZATION qingfeng_owner"),
        QStringLiteral("SET LOCAL ROLE qingfeng_owner"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS qf.schema_version (version int NOT NULL, "
                       "applied_at timestamptz NOT NULL DEFAULT now())"),
    };
    for (const QString& sql : setup)
        if (Status s = exec(q, sql); !s)
            return fail(s);
    if (*current < 1) {
        for (const QString& sql : revision1())
            if (Status s = exec(q, sql); !s)
                return fail(s);
        if (Status s = exec(q, QStringLiteral("INSERT INTO qf.schema_version (version) VALUES (1)")); !s)
            return fail(s);
    }
    if (*current < 2) {
        for (const QString& sql : revision2())
            if (Status s = exec(q, sql); !s)
                return fail(s);
        if (Status s = exec(q, QStringLiteral("INSERT INTO qf.schema_version (version) VALUES (2)")); !s)
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
        return Error { tr("'%1' is not a role; use one of: %2").arg(user.role, roles().join(QStringLiteral(", "))) };
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
    if (!db.commit())
        return Error { tr("Cannot add the user: %1").arg(db.lastError().text()) };
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

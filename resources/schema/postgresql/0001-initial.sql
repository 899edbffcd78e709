-- Revision 1: the central store: users, devices, rows, identities, blobs; row-level security
--
-- Every statement runs as qingfeng_owner, so it owns what it creates.
-- {{identity_roles}} and {{restricted_roles}} are the codes entitled to Capability::Identities and
-- Capability::SeeRestricted in the role table (models/Role.h), quoted and comma-separated. This
-- revision has run on servers: the `sync` test checks its text is what it was; a change of those
-- entitlements needs a new revision that replaces the policies.

CREATE TABLE qf.users (
            login text PRIMARY KEY,
            user_id text NOT NULL UNIQUE,
            name text NOT NULL,
            office_id text NOT NULL,
            office_code text NOT NULL,
            role text NOT NULL,
            pg_role text NOT NULL UNIQUE,
            created_at timestamptz NOT NULL DEFAULT now());

CREATE TABLE qf.devices (
            id bigserial PRIMARY KEY,
            login text NOT NULL REFERENCES qf.users(login),
            token_hash bytea NOT NULL UNIQUE,
            tag text NOT NULL UNIQUE,
            created_at timestamptz NOT NULL DEFAULT now(),
            enrolled_at timestamptz,
            last_seq bigint NOT NULL DEFAULT 0,
            protocol int);

CREATE SEQUENCE qf.change_seq;

-- Every synced row: its whole current state as JSON, the clocks of fields changed
-- after it was created, and the position of its last change in the change log.
CREATE TABLE qf.rows (
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
            PRIMARY KEY (tbl, id));

CREATE INDEX rows_seq ON qf.rows (seq);

CREATE INDEX rows_office_seq ON qf.rows (office, seq);

CREATE UNIQUE INDEX rows_reg_no ON qf.rows ((data->>'reg_no')) WHERE tbl = 'reports';

-- Reporter and visitor identities (sealed by the office key on the devices), apart.
CREATE TABLE qf.identities (
            tbl text NOT NULL,
            id text NOT NULL,
            office text NOT NULL,
            data jsonb NOT NULL,
            PRIMARY KEY (tbl, id));

CREATE TABLE qf.mutations (
            mutation_id text PRIMARY KEY,
            login text NOT NULL,
            device_id bigint NOT NULL,
            device_seq bigint NOT NULL,
            result jsonb NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now());

CREATE TABLE qf.blobs (
            office text NOT NULL,
            sha256 text NOT NULL,
            size bigint NOT NULL,
            mime text,
            received bigint NOT NULL DEFAULT 0,
            complete boolean NOT NULL DEFAULT false,
            PRIMARY KEY (office, sha256));

CREATE TABLE qf.blob_chunks (
            office text NOT NULL,
            sha256 text NOT NULL,
            off bigint NOT NULL,
            data bytea NOT NULL,
            PRIMARY KEY (office, sha256, off));

CREATE TABLE qf.office_keys (office text PRIMARY KEY, data_key bytea NOT NULL);

-- Who the current role is; definer's rights so user roles need no access to qf.users.
CREATE FUNCTION qf.office_of(r name) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = qf, pg_temp AS $$ SELECT office_id FROM qf.users WHERE pg_role = r $$;

CREATE FUNCTION qf.role_of(r name) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = qf, pg_temp AS $$ SELECT role FROM qf.users WHERE pg_role = r $$;

CREATE FUNCTION qf.login_of(r name) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = qf, pg_temp AS $$ SELECT login FROM qf.users WHERE pg_role = r $$;

CREATE FUNCTION qf.authenticate(h bytea)
            RETURNS TABLE (device_id bigint, login text, user_id text, name text, office_id text, office_code text,
                           role text, pg_role text, tag text)
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = qf, pg_temp AS $$
            SELECT d.id, u.login, u.user_id, u.name, u.office_id, u.office_code, u.role, u.pg_role, d.tag
            FROM qf.devices d JOIN qf.users u ON u.login = d.login WHERE d.token_hash = h $$;

CREATE FUNCTION qf.device_seen(dev bigint, last bigint, proto int) RETURNS void
            LANGUAGE sql SECURITY DEFINER SET search_path = qf, pg_temp AS $$
            UPDATE qf.devices SET last_seq = greatest(last_seq, last), protocol = proto,
                   enrolled_at = coalesce(enrolled_at, now()) WHERE id = dev $$;

-- Registration numbers are unique across offices: a number can be checked without
-- seeing the report that holds it.
CREATE FUNCTION qf.reg_numbers_taken(nums text[]) RETURNS TABLE (n text, id text)
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = qf, pg_temp AS $$
            SELECT data->>'reg_no', id FROM qf.rows WHERE tbl = 'reports' AND data->>'reg_no' = ANY(nums) $$;

REVOKE ALL ON FUNCTION qf.authenticate(bytea) FROM PUBLIC;

REVOKE ALL ON FUNCTION qf.device_seen(bigint, bigint, int) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION qf.authenticate(bytea) TO qingfeng_sync;

GRANT EXECUTE ON FUNCTION qf.device_seen(bigint, bigint, int) TO qingfeng_user;

GRANT USAGE ON SCHEMA qf TO qingfeng_user, qingfeng_sync;

GRANT SELECT ON qf.schema_version TO qingfeng_user, qingfeng_sync;

GRANT SELECT, INSERT, UPDATE ON qf.rows, qf.identities, qf.mutations, qf.blobs, qf.blob_chunks, qf.office_keys TO qingfeng_user;

GRANT DELETE ON qf.blob_chunks TO qingfeng_user;

GRANT USAGE ON SEQUENCE qf.change_seq TO qingfeng_user;

ALTER TABLE qf.rows ENABLE ROW LEVEL SECURITY;

ALTER TABLE qf.rows FORCE ROW LEVEL SECURITY;

CREATE POLICY rows_read ON qf.rows FOR SELECT USING (office IS NULL OR (office = (SELECT qf.office_of(current_user)) AND (NOT restricted OR (SELECT qf.role_of(current_user)) IN ({{restricted_roles}})) AND (NOT needs_identity OR (SELECT qf.role_of(current_user)) IN ({{identity_roles}}))));

CREATE POLICY rows_owner ON qf.rows FOR SELECT TO qingfeng_owner USING (true);

CREATE POLICY rows_add ON qf.rows FOR INSERT WITH CHECK (office IS NULL OR office = (SELECT qf.office_of(current_user)));

CREATE POLICY rows_change ON qf.rows FOR UPDATE USING (office IS NULL OR (office = (SELECT qf.office_of(current_user)) AND (NOT restricted OR (SELECT qf.role_of(current_user)) IN ({{restricted_roles}})) AND (NOT needs_identity OR (SELECT qf.role_of(current_user)) IN ({{identity_roles}})))) WITH CHECK (office IS NULL OR office = (SELECT qf.office_of(current_user)));

ALTER TABLE qf.identities ENABLE ROW LEVEL SECURITY;

ALTER TABLE qf.identities FORCE ROW LEVEL SECURITY;

CREATE POLICY identities_all ON qf.identities USING (office = (SELECT qf.office_of(current_user)) AND (SELECT qf.role_of(current_user)) IN ({{identity_roles}})) WITH CHECK (office = (SELECT qf.office_of(current_user)) AND (SELECT qf.role_of(current_user)) IN ({{identity_roles}}));

ALTER TABLE qf.office_keys ENABLE ROW LEVEL SECURITY;

ALTER TABLE qf.office_keys FORCE ROW LEVEL SECURITY;

CREATE POLICY office_keys_all ON qf.office_keys USING (office = (SELECT qf.office_of(current_user)) AND (SELECT qf.role_of(current_user)) IN ({{identity_roles}})) WITH CHECK (office = (SELECT qf.office_of(current_user)) AND (SELECT qf.role_of(current_user)) IN ({{identity_roles}}));

ALTER TABLE qf.mutations ENABLE ROW LEVEL SECURITY;

ALTER TABLE qf.mutations FORCE ROW LEVEL SECURITY;

CREATE POLICY mutations_own ON qf.mutations USING (login = (SELECT qf.login_of(current_user))) WITH CHECK (login = (SELECT qf.login_of(current_user)));

ALTER TABLE qf.blobs ENABLE ROW LEVEL SECURITY;

ALTER TABLE qf.blobs FORCE ROW LEVEL SECURITY;

CREATE POLICY blobs_office ON qf.blobs USING (office = (SELECT qf.office_of(current_user))) WITH CHECK (office = (SELECT qf.office_of(current_user)));

ALTER TABLE qf.blob_chunks ENABLE ROW LEVEL SECURITY;

ALTER TABLE qf.blob_chunks FORCE ROW LEVEL SECURITY;

CREATE POLICY blob_chunks_office ON qf.blob_chunks USING (office = (SELECT qf.office_of(current_user))) WITH CHECK (office = (SELECT qf.office_of(current_user)));

-- Revision 2: devices can be revoked
--
-- Expand only: a service of revision 1 keeps working.

ALTER TABLE qf.devices ADD COLUMN revoked_at timestamptz;

CREATE OR REPLACE FUNCTION qf.authenticate(h bytea)
            RETURNS TABLE (device_id bigint, login text, user_id text, name text, office_id text, office_code text,
                           role text, pg_role text, tag text)
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = qf, pg_temp AS $$
            SELECT d.id, u.login, u.user_id, u.name, u.office_id, u.office_code, u.role, u.pg_role, d.tag
            FROM qf.devices d JOIN qf.users u ON u.login = d.login WHERE d.token_hash = h AND d.revoked_at IS NULL $$;

-- Revision 8: the office's accounts and public key read with the caller's office found once
--
-- Revision 6's two functions compared each row with qf.office_of(who), which PostgreSQL ran
-- again for every credential and every office key it read: with 150 workstations the accounts
-- read of one sync took 2.9 ms and 141 lookups of the caller's office, and it grew with the
-- number of users (qingfeng-bench fleet, pg_stat_statements). As a sub-select the office is
-- found once per call. Same signatures and answers, so a service of revision 7 keeps working.

CREATE OR REPLACE FUNCTION qf.office_credentials(who name, since bigint)
            RETURNS TABLE (login text, user_id text, role text, password_hash text, key_salt bytea, public_key bytea,
                           secret_wrap bytea, office_box bytea, index_box bytea, disabled boolean, custodian boolean,
                           rev bigint)
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = qf, pg_temp AS $$
            SELECT c.login, u.user_id, u.role, c.password_hash, c.key_salt, c.public_key,
                   CASE WHEN c.disabled THEN ''::bytea ELSE c.secret_wrap END,
                   CASE WHEN c.disabled THEN NULL ELSE c.office_box END,
                   CASE WHEN c.disabled THEN NULL ELSE c.index_box END, c.disabled, c.custodian, c.rev
            FROM qf.credentials c JOIN qf.users u ON u.login = c.login
            WHERE u.office_id = (SELECT qf.office_of(who)) AND c.rev > since ORDER BY c.rev $$;

CREATE OR REPLACE FUNCTION qf.office_public_key(who name) RETURNS bytea LANGUAGE sql STABLE SECURITY DEFINER
            SET search_path = qf, pg_temp AS $$
            SELECT public_key FROM qf.office_public_keys WHERE office = (SELECT qf.office_of(who)) $$;

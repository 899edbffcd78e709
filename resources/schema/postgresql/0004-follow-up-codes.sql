-- Revision 4: the public follow-up page's look-up
--
-- Expand only: a service of revision 3 keeps working. qingfeng-statusd connects as a login role
-- that is a member of qingfeng_status (made by the set-up, no rights of its own): it may call this
-- one function and nothing else - no table, no identity, no registration number. The function
-- returns the hashes kept for the first digits of a code with the stage of their reports; the
-- program checks the whole code against each hash itself.

CREATE INDEX rows_followup_lookup ON qf.rows ((data->>'lookup')) WHERE tbl = 'followup_codes';

CREATE FUNCTION qf.followup_candidates(k text) RETURNS TABLE (code_hash text, status text, referred_to text)
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = qf, pg_temp AS $$
            SELECT f.data->>'code_hash', r.data->>'status', r.data->>'referred_to'
            FROM qf.rows f JOIN qf.rows r ON r.tbl = 'reports' AND r.id = f.data->>'report_id' AND NOT r.deleted
            WHERE f.tbl = 'followup_codes' AND f.data->>'lookup' = k AND NOT f.deleted
            LIMIT 20 $$;

REVOKE ALL ON FUNCTION qf.followup_candidates(text) FROM PUBLIC;

GRANT USAGE ON SCHEMA qf TO qingfeng_status;

GRANT EXECUTE ON FUNCTION qf.followup_candidates(text) TO qingfeng_status;

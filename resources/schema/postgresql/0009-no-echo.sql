-- Revision 9: a workstation's own changes are not sent back to it
--
-- Expand only: a service of revision 8 keeps working (it neither reads nor writes these
-- columns, and a row it writes has them empty, which means "send it to everyone").
--
-- After a push, the rows it changed came back to the same workstation on its next pull: the
-- changes it had just made, in the state it already held (a push of 100,000 field changes was
-- followed by a pull of as long again, qingfeng-bench sync). A row now says which device wrote
-- it last, when that write applied every change of the device's as the device made it (no
-- conflict, no refusal, no clock the service corrected, nothing the service filled in), and
-- from which state of the row: `echo_after` is the row's change number before the device's
-- own writes began. A device whose cursor has passed `echo_after` already holds that state,
-- and its own changes on top of it: the row is not sent to it again (SyncService::pull).
ALTER TABLE qf.rows ADD COLUMN echo_device bigint, ADD COLUMN echo_after bigint;

-- The highest change number the service has taken from a device, for the device's own user
-- only (`who`: the caller's role, as qf.office_credentials takes it): a workstation restored
-- from a backup holds fewer, and is then sent its rows again.
CREATE FUNCTION qf.device_last_seq(dev bigint, who name) RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
            SET search_path = qf, pg_temp AS $$
            SELECT last_seq FROM qf.devices WHERE id = dev AND login = (SELECT qf.login_of(who)) $$;

REVOKE ALL ON FUNCTION qf.device_last_seq(bigint, name) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION qf.device_last_seq(bigint, name) TO qingfeng_user;

-- A push rewrites the rows it changes, and the registration-number index reads each report's
-- JSON again: with PostgreSQL's default compression (pglz) a large row is compressed and
-- decompressed at every write. LZ4 (in Debian's PostgreSQL since 14) does both several times
-- faster; rows written before keep their compression until they are written again.
ALTER TABLE qf.rows ALTER COLUMN data SET COMPRESSION lz4;

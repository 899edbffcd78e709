-- Revision 5: the head of each device's audit chain, and the alarms of chains rewritten
--
-- Expand only: a service of revision 4 keeps working (it neither reads nor writes these).
-- The store keeps, per device, the last entry of its audit chain it accepted: the entry's
-- number and hash, never the entries themselves. Each entry's hash covers the one before, so
-- the hash at that number stands for the whole chain up to it: a device whose chain no
-- longer has that hash at that number has rewritten (or cut) its history. Neither table is
-- readable or writable by a user's role; the service reaches them through the two functions
-- below only, the administrators through `qingfeng-syncd admin audit-alarms`.

CREATE TABLE qf.audit_heads (
            device_id bigint PRIMARY KEY REFERENCES qf.devices (id),
            seq bigint NOT NULL,
            hash bytea NOT NULL,
            accepted_at timestamptz NOT NULL DEFAULT now());

CREATE TABLE qf.audit_alarms (
            id bigserial PRIMARY KEY,
            at timestamptz NOT NULL DEFAULT now(),
            device_id bigint NOT NULL REFERENCES qf.devices (id),
            login text NOT NULL,
            kind text NOT NULL CHECK (kind IN ('rewritten', 'truncated', 'broken')),
            kept_seq bigint,
            kept_hash bytea,
            sent_seq bigint NOT NULL,
            sent_hash bytea,
            broken_at bigint);

CREATE INDEX audit_alarms_device ON qf.audit_alarms (device_id, at);

REVOKE ALL ON qf.audit_heads, qf.audit_alarms FROM PUBLIC;

CREATE FUNCTION qf.audit_head(dev bigint) RETURNS TABLE (seq bigint, hash bytea)
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = qf, pg_temp AS $$
            SELECT h.seq, h.hash FROM qf.audit_heads h WHERE h.device_id = dev $$;

-- Whether the chain a device reports extends the head kept for it. has_base, base_hash: whether
-- the device has an entry at the kept head's number, and its hash there; head_*: its last entry;
-- broken_at: the first entry its own check found altered (NULL: the chain verified). The
-- answer: 'accepted', 'first' (a device's first head), or the kind of the alarm recorded.
CREATE FUNCTION qf.audit_extend(dev bigint, who text, base_seq bigint, has_base boolean, base_hash bytea,
                                head_seq bigint, head_hash bytea, broken_at bigint) RETURNS text
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = qf, pg_temp AS $$
            DECLARE
                kept qf.audit_heads%ROWTYPE;
                verdict text;
            BEGIN
                SELECT * INTO kept FROM qf.audit_heads WHERE device_id = dev FOR UPDATE;
                IF broken_at IS NOT NULL THEN
                    verdict := 'broken';
                ELSIF NOT FOUND THEN
                    INSERT INTO qf.audit_heads (device_id, seq, hash) VALUES (dev, head_seq, coalesce(head_hash, ''::bytea));
                    RETURN 'first';
                ELSIF head_seq < kept.seq OR NOT has_base THEN
                    verdict := 'truncated';
                ELSIF base_seq <> kept.seq OR coalesce(base_hash, ''::bytea) <> kept.hash
                      OR (head_seq = kept.seq AND coalesce(head_hash, ''::bytea) <> kept.hash) THEN
                    verdict := 'rewritten';
                ELSE
                    UPDATE qf.audit_heads SET seq = head_seq, hash = coalesce(head_hash, ''::bytea), accepted_at = now()
                    WHERE device_id = dev;
                    RETURN 'accepted';
                END IF;
                INSERT INTO qf.audit_alarms (device_id, login, kind, kept_seq, kept_hash, sent_seq, sent_hash, broken_at)
                VALUES (dev, who, verdict, kept.seq, kept.hash, head_seq, head_hash, broken_at);
                RETURN verdict;
            END $$;

-- Whether a device may exchange data: not while its last audit report was refused (until an
-- administrator revokes it and enrols the workstation anew), and not by an older protocol that
-- reports no audit chain once it has reported one ('refused', 'downgraded'; else 'ok').
CREATE FUNCTION qf.audit_standing(dev bigint, proto int) RETURNS text
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = qf, pg_temp AS $$
            SELECT CASE
                WHEN EXISTS (SELECT 1 FROM qf.audit_alarms a WHERE a.device_id = dev
                             AND a.at > coalesce((SELECT h.accepted_at FROM qf.audit_heads h WHERE h.device_id = dev),
                                                 '-infinity'::timestamptz)) THEN 'refused'
                WHEN proto < 3 AND EXISTS (SELECT 1 FROM qf.audit_heads h WHERE h.device_id = dev) THEN 'downgraded'
                ELSE 'ok' END $$;

REVOKE ALL ON FUNCTION qf.audit_standing(bigint, int) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION qf.audit_standing(bigint, int) TO qingfeng_sync;

REVOKE ALL ON FUNCTION qf.audit_head(bigint) FROM PUBLIC;

REVOKE ALL ON FUNCTION qf.audit_extend(bigint, text, bigint, boolean, bytea, bigint, bytea, bigint) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION qf.audit_head(bigint) TO qingfeng_user;

GRANT EXECUTE ON FUNCTION qf.audit_extend(bigint, text, bigint, boolean, bytea, bigint, bytea, bigint) TO qingfeng_user;

-- Revision 6: the central accounts, and the office's identity key never in clear on the server
--
-- Until now the store kept each office's identity key itself (qf.office_keys) and handed it to
-- every entitled device at enrolment: whoever read the central database read every reporter.
-- From this revision the store keeps, per user, only what the user's password opens:
--   * password_hash: Argon2id (libsodium crypto_pwhash_str), so every workstation of the office
--     can check a sign-in while offline;
--   * public_key and secret_wrap: the user's own X25519 key pair, its secret half sealed
--     (XSalsa20-Poly1305) under a key Argon2id derives from the password and key_salt;
--   * office_box and index_box: the office's identity key (roles entitled to identities only)
--     and its index key (the blind indexes of repeat lookups, every role), sealed to the user's
--     public key by a workstation that holds them. The store cannot open any of them.
-- A user added here gets a key pair and no boxes; the next sync of any workstation of the office
-- where someone holding the keys is signed in seals the boxes. The office's public key (what
-- identities are sealed to) is kept so that workstations of roles not entitled can write.
-- The old clear keys are dropped: every workstation that received one keeps it.
--
-- Neither table is readable by a user's role: the service reaches them through the functions
-- below, each acting for the user it serves (`who`, the user's database role, as the audit
-- functions of revision 5 take the device) and only within that user's office.

CREATE TABLE qf.credentials (
            login text PRIMARY KEY REFERENCES qf.users (login),
            password_hash text NOT NULL,
            key_salt bytea NOT NULL,
            public_key bytea NOT NULL,
            secret_wrap bytea NOT NULL,
            office_box bytea,
            index_box bytea,
            disabled boolean NOT NULL DEFAULT false,
            custodian boolean NOT NULL DEFAULT false,
            rev bigint NOT NULL,
            changed_at timestamptz NOT NULL DEFAULT now());

CREATE SEQUENCE qf.credential_rev;

CREATE TABLE qf.office_public_keys (
            office text PRIMARY KEY,
            public_key bytea NOT NULL,
            set_by text NOT NULL,
            set_at timestamptz NOT NULL DEFAULT now());

REVOKE ALL ON qf.credentials, qf.office_public_keys FROM PUBLIC;

DROP TABLE qf.office_keys;

-- Whether a role holds the office's identity key ({{key_roles}}: the role table's roles that
-- open identities in any way, Role::holdsIdentityKey). A change of those needs a new revision.
CREATE FUNCTION qf.holds_identity_key(role text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
            SELECT role IN ({{key_roles}}) $$;

-- The accounts of the caller's office changed after rev `since`, with the caller's role.
CREATE FUNCTION qf.office_credentials(who name, since bigint)
            RETURNS TABLE (login text, user_id text, role text, password_hash text, key_salt bytea, public_key bytea,
                           secret_wrap bytea, office_box bytea, index_box bytea, disabled boolean, custodian boolean,
                           rev bigint)
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = qf, pg_temp AS $$
            SELECT c.login, u.user_id, u.role, c.password_hash, c.key_salt, c.public_key,
                   CASE WHEN c.disabled THEN ''::bytea ELSE c.secret_wrap END,
                   CASE WHEN c.disabled THEN NULL ELSE c.office_box END,
                   CASE WHEN c.disabled THEN NULL ELSE c.index_box END, c.disabled, c.custodian, c.rev
            FROM qf.credentials c JOIN qf.users u ON u.login = c.login
            WHERE u.office_id = qf.office_of(who) AND c.rev > since ORDER BY c.rev $$;

CREATE FUNCTION qf.office_public_key(who name) RETURNS bytea LANGUAGE sql STABLE SECURITY DEFINER
            SET search_path = qf, pg_temp AS $$
            SELECT public_key FROM qf.office_public_keys WHERE office = qf.office_of(who) $$;

-- A device offers the credentials of its own user, made from the password the user signed in
-- with, when the store has none yet (a user added without a password). Answers whether the
-- offer was taken.
CREATE FUNCTION qf.offer_credential(who name, hash text, salt bytea, pk bytea, wrap bytea) RETURNS boolean
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = qf, pg_temp AS $$
            DECLARE me text := qf.login_of(who);
            BEGIN
                IF me IS NULL OR EXISTS (SELECT 1 FROM qf.credentials WHERE login = me) THEN
                    RETURN false;
                END IF;
                INSERT INTO qf.credentials (login, password_hash, key_salt, public_key, secret_wrap, rev)
                VALUES (me, hash, salt, pk, wrap, nextval('qf.credential_rev'));
                RETURN true;
            END $$;

-- The caller's own new password: the same key pair, so the boxes stay valid.
CREATE FUNCTION qf.change_own_password(who name, hash text, salt bytea, wrap bytea) RETURNS boolean
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = qf, pg_temp AS $$
            BEGIN
                UPDATE qf.credentials SET password_hash = hash, key_salt = salt, secret_wrap = wrap,
                       rev = nextval('qf.credential_rev'), changed_at = now()
                WHERE login = qf.login_of(who) AND NOT disabled;
                RETURN FOUND;
            END $$;

-- A device that holds the office's keys seals them for a user of its office who has none yet.
-- Only empty boxes are filled; the identity key only by and for roles entitled to it, and only
-- when the device's key is the office's (its public key is the office's, or the office has
-- none yet and this device's becomes it). Answers 'sealed', 'kept' (nothing to fill) or why not.
CREATE FUNCTION qf.seal_boxes(who name, target text, office_pk bytea, obox bytea, ibox bytea) RETURNS text
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = qf, pg_temp AS $$
            DECLARE
                my_office text := qf.office_of(who);
                my_role text := qf.role_of(who);
                their_role text;
                known bytea;
                changed boolean := false;
            BEGIN
                SELECT u.role INTO their_role FROM qf.users u JOIN qf.credentials c ON c.login = u.login
                WHERE u.login = target AND u.office_id = my_office AND NOT c.disabled;
                IF NOT FOUND THEN
                    RETURN 'unknown';
                END IF;
                SELECT public_key INTO known FROM qf.office_public_keys WHERE office_public_keys.office = my_office;
                IF known IS NULL THEN
                    IF obox IS NULL OR NOT qf.holds_identity_key(my_role) THEN
                        RETURN 'no office key';
                    END IF;
                    INSERT INTO qf.office_public_keys (office, public_key, set_by) VALUES (my_office, office_pk, qf.login_of(who));
                ELSIF known <> office_pk THEN
                    RETURN 'other key';
                END IF;
                IF ibox IS NOT NULL THEN
                    UPDATE qf.credentials SET index_box = ibox WHERE login = target AND index_box IS NULL;
                    changed := FOUND;
                END IF;
                IF obox IS NOT NULL AND qf.holds_identity_key(my_role) AND qf.holds_identity_key(their_role) THEN
                    UPDATE qf.credentials SET office_box = obox WHERE login = target AND office_box IS NULL;
                    changed := changed OR FOUND;
                END IF;
                IF changed THEN
                    UPDATE qf.credentials SET rev = nextval('qf.credential_rev'), changed_at = now() WHERE login = target;
                    RETURN 'sealed';
                END IF;
                RETURN 'kept';
            END $$;

REVOKE ALL ON FUNCTION qf.office_credentials(name, bigint), qf.office_public_key(name),
            qf.offer_credential(name, text, bytea, bytea, bytea), qf.change_own_password(name, text, bytea, bytea),
            qf.seal_boxes(name, text, bytea, bytea, bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION qf.office_credentials(name, bigint), qf.office_public_key(name),
            qf.offer_credential(name, text, bytea, bytea, bytea), qf.change_own_password(name, text, bytea, bytea),
            qf.seal_boxes(name, text, bytea, bytea, bytea) TO qingfeng_user;

-- Revision 13: accounts, sign-in and identity releases
-- Compatible from: 13
--
-- Every person who works on the workstation signs in with an account (models/Accounts.h).
-- Only an Argon2id hash of the password is kept; the keys a user holds (their own key pair's
-- secret half and the office keys their role is entitled to) are wrapped with a key derived
-- from the password, so neither the database file nor the OS account's keychain opens an
-- identity without the password of an entitled user. An older program would open this
-- store without asking anyone to sign in: it may not (Compatible from 13).
--
-- These tables stay on the workstation: they are not synced.

-- The login is the account's own: enrolling the workstation binds the account that enrolled it
-- to the central user of the device token (user_id changes, the login and password stay).
CREATE TABLE accounts (
            user_id TEXT PRIMARY KEY REFERENCES users(id),
            login TEXT NOT NULL UNIQUE,
            password_hash TEXT NOT NULL,
            key_salt BLOB NOT NULL,
            key_wrap BLOB NOT NULL,
            public_key BLOB NOT NULL,
            key_grant BLOB,
            custodian INTEGER NOT NULL DEFAULT 0 CHECK (custodian IN (0, 1)),
            disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            created_at TEXT NOT NULL,
            password_changed_at TEXT NOT NULL);

-- A case officer's request to see a report's reporter, the custodian's decision, and (while
-- an approval lasts) the identity sealed to the requester's own public key: only they can
-- open it, and only until expires_at.
CREATE TABLE identity_releases (
            id TEXT PRIMARY KEY,
            report_id TEXT NOT NULL REFERENCES reports(id),
            person_id TEXT NOT NULL REFERENCES persons(id),
            requested_by TEXT NOT NULL REFERENCES users(id),
            requested_at TEXT NOT NULL,
            reason TEXT NOT NULL,
            decided_by TEXT REFERENCES users(id),
            decided_at TEXT,
            decision TEXT CHECK (decision IN ('approved', 'refused')),
            decision_reason TEXT,
            expires_at TEXT,
            sealed_identity BLOB);

CREATE INDEX identity_releases_report ON identity_releases(report_id);

CREATE INDEX identity_releases_requester ON identity_releases(requested_by);

-- Revision 14: central accounts reach the workstation; identity releases travel with their report
-- Compatible from: 13
--
-- On an enrolled workstation the central store's accounts are the truth (models/Accounts.h):
-- every account of the office arrives by sync with its Argon2id hash, its key pair (the secret
-- half wrapped under the password) and the office's keys sealed to it by a workstation that
-- holds them. central_rev is the central revision the row was last taken at (NULL: an account
-- of this workstation only); password_pending: the user changed their password here and the
-- central store has not taken it yet.
ALTER TABLE accounts ADD COLUMN central_rev INTEGER;
ALTER TABLE accounts ADD COLUMN office_box BLOB;
ALTER TABLE accounts ADD COLUMN index_box BLOB;
ALTER TABLE accounts ADD COLUMN password_pending INTEGER NOT NULL DEFAULT 0 CHECK (password_pending IN (0, 1));

-- A release request and its decision travel with the report (a custodian decides on their own
-- workstation): the table is synced from this revision. The identity in an approval is sealed
-- to the requester's own public key, so only the requester opens it, wherever the row goes.
ALTER TABLE identity_releases ADD COLUMN hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE identity_releases ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;

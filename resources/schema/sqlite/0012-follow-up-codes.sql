-- Revision 12: follow-up codes
-- Compatible from: 11
--
-- The reporter's follow-up code (查询码, models/FollowUpCode.h): never the code itself, only its
-- first digits (to find the report among few others) and an Argon2id hash of the whole code.
-- Synced with the report, so the public status page in front of the central store and every
-- desk of the office can answer it. A new code for the same report deletes the old row.

CREATE TABLE followup_codes (
            id TEXT PRIMARY KEY,
            report_id TEXT NOT NULL REFERENCES reports(id),
            lookup TEXT NOT NULL,
            code_hash TEXT NOT NULL,
            issued_at TEXT NOT NULL,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0);

CREATE INDEX followup_codes_lookup ON followup_codes(lookup) WHERE deleted = 0;

CREATE INDEX followup_codes_report ON followup_codes(report_id) WHERE deleted = 0;

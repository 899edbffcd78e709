-- Revision 3: case work: stages, approvals, dispatch tables
-- Compatible from: 1
--
-- Case work: state-machine bookkeeping on reports (timestamps of each stage, the pending
-- approval, outcome, restriction) and the editable dispatch tables (synced).

ALTER TABLE reports ADD COLUMN restricted INTEGER NOT NULL DEFAULT 0;

ALTER TABLE reports ADD COLUMN principal_leader INTEGER NOT NULL DEFAULT 0;

ALTER TABLE reports ADD COLUMN outcome TEXT;

ALTER TABLE reports ADD COLUMN pending_from TEXT;

ALTER TABLE reports ADD COLUMN dispatch_kind TEXT;

ALTER TABLE reports ADD COLUMN supervised INTEGER NOT NULL DEFAULT 0;

ALTER TABLE reports ADD COLUMN referred_to TEXT;

ALTER TABLE reports ADD COLUMN status_at TEXT;

ALTER TABLE reports ADD COLUMN signed_at TEXT;

ALTER TABLE reports ADD COLUMN accepted_at TEXT;

ALTER TABLE reports ADD COLUMN triaged_at TEXT;

ALTER TABLE reports ADD COLUMN evidence_requested_at TEXT;

ALTER TABLE reports ADD COLUMN evidence_received_at TEXT;

ALTER TABLE reports ADD COLUMN dispatched_at TEXT;

ALTER TABLE reports ADD COLUMN concluded_at TEXT;

ALTER TABLE reports ADD COLUMN reviewed_at TEXT;

ALTER TABLE reports ADD COLUMN acceptance_notice_at TEXT;

ALTER TABLE reports ADD COLUMN result_feedback_at TEXT;

ALTER TABLE reports ADD COLUMN substantiated INTEGER;

ALTER TABLE reports ADD COLUMN satisfied INTEGER;

ALTER TABLE subjects ADD COLUMN principal_leader INTEGER NOT NULL DEFAULT 0;

CREATE INDEX reports_handler ON reports(handler_id, status) WHERE handler_id IS NOT NULL;

-- 管辖库: which office handles which units / regions / ranks (NULL or '' = any).
CREATE TABLE jurisdictions (
            id TEXT PRIMARY KEY,
            org_id TEXT NOT NULL REFERENCES organisations(id),
            unit TEXT,
            region TEXT,
            ranks TEXT,
            note TEXT,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0);

-- 回避库: an officer may not handle a unit, or a named person.
CREATE TABLE recusals (
            id TEXT PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users(id),
            unit TEXT,
            subject_name TEXT,
            reason TEXT,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0);

CREATE INDEX recusals_user ON recusals(user_id);

-- 能力库: an officer's areas (category codes or ids, comma-separated) and capacity.
CREATE TABLE capabilities (
            id TEXT PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users(id),
            org_id TEXT NOT NULL REFERENCES organisations(id),
            areas TEXT,
            base_load INTEGER NOT NULL DEFAULT 0,
            max_load INTEGER NOT NULL DEFAULT 20,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0);

CREATE INDEX capabilities_org ON capabilities(org_id);

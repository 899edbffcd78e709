-- Revision 7: review meeting: meetings, agenda, decisions, minutes
-- Compatible from: 1
--
-- The review meeting (研判会) - meetings, participants, agenda items with their
-- decisions, cases put forward by officers, and the minutes (集体研判纪要). All synced
-- (id, hlc, deleted). Confirmed minutes are immutable, enforced here by triggers as well as
-- by MeetingStore.

CREATE TABLE meetings (
            id TEXT PRIMARY KEY,
            held_on TEXT NOT NULL,
            place TEXT NOT NULL DEFAULT '',
            chair_id TEXT REFERENCES users(id),
            created_at TEXT NOT NULL,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0);

CREATE TABLE meeting_participants (
            id TEXT PRIMARY KEY,
            meeting_id TEXT NOT NULL REFERENCES meetings(id),
            name TEXT NOT NULL,
            department TEXT NOT NULL CHECK (department IN ('case_management', 'trial', 'inspection',
                                                           'organisation', 'audit', 'registry')),
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0);

CREATE INDEX meeting_participants_meeting ON meeting_participants(meeting_id);

CREATE TABLE meeting_items (
            id TEXT PRIMARY KEY,
            meeting_id TEXT NOT NULL REFERENCES meetings(id),
            report_id TEXT NOT NULL REFERENCES reports(id),
            position INTEGER NOT NULL,
            reason TEXT NOT NULL CHECK (reason IN ('class_a', 'must_review', 'put_forward', 'added')),
            decision TEXT CHECK (decision IS NULL OR decision IN ('talk_inquiry', 'preliminary_verification',
                'stored_pending', 'closed_no_action', 'dispatch', 'send_back', 'deferred')),
            target_org TEXT REFERENCES organisations(id),
            reasons TEXT NOT NULL DEFAULT '',
            opinions TEXT NOT NULL DEFAULT '',
            dissent TEXT NOT NULL DEFAULT '',
            deadline TEXT,
            seconds INTEGER NOT NULL DEFAULT 0,
            decided_at TEXT,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0);

CREATE INDEX meeting_items_meeting ON meeting_items(meeting_id, position);

CREATE INDEX meeting_items_report ON meeting_items(report_id);

CREATE TABLE review_proposals (
            id TEXT PRIMARY KEY,
            report_id TEXT NOT NULL REFERENCES reports(id),
            proposed_by TEXT,
            reason TEXT NOT NULL DEFAULT '',
            meeting_id TEXT REFERENCES meetings(id),
            created_at TEXT NOT NULL,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0);

CREATE INDEX review_proposals_open ON review_proposals(report_id) WHERE meeting_id IS NULL;

CREATE TABLE meeting_minutes (
            id TEXT PRIMARY KEY,
            meeting_id TEXT NOT NULL REFERENCES meetings(id),
            version INTEGER NOT NULL DEFAULT 1,
            amends_id TEXT REFERENCES meeting_minutes(id),
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'confirmed')),
            body TEXT NOT NULL DEFAULT '',
            confirmed_by TEXT,
            confirmed_at TEXT,
            created_at TEXT NOT NULL,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0);

CREATE INDEX meeting_minutes_meeting ON meeting_minutes(meeting_id, version);

CREATE TRIGGER meeting_minutes_confirmed_u BEFORE UPDATE ON meeting_minutes WHEN OLD.status = 'confirmed' BEGIN SELECT RAISE(ABORT, 'confirmed minutes are immutable'); END;

CREATE TRIGGER meeting_minutes_confirmed_d BEFORE DELETE ON meeting_minutes WHEN OLD.status = 'confirmed' BEGIN SELECT RAISE(ABORT, 'confirmed minutes are immutable'); END;

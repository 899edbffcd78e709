-- Revision 17: the hotline's call records and callbacks
-- Compatible from: 16
--
-- call_records: one row per call on the hotline (models/CallLog.h): the caller's number sealed
-- like the persons' phones (number_enc, context "call_records.number_enc:<id>") and found by
-- the same blind index as persons.phone_bidx, so the caller's history needs no decryption;
-- the line, the operator who answered, ring / answer / end times, the outcome, and the
-- recording (its SHA-256 in the attachments store, also written to the audit chain at
-- hang-up; linked to a report as an attachment when a report is registered from the call).
-- report_id: the phone report registered from the call, or the existing case it was about.
--
-- callbacks: a missed, declined or abandoned call to be returned (models/Callbacks.h): due on
-- the working-day calendar (setting hotline.callback_workdays), done with its outcome.
-- The callback's number is its call's (opened from call_records); number_bidx finds the
-- callbacks of a caller. Both synced (placed with the author's office); the number fields are
-- identity fields (sync/SyncProtocol.cpp).

CREATE TABLE call_records (
            id TEXT PRIMARY KEY,
            line TEXT NOT NULL DEFAULT '',
            number_enc BLOB,
            number_bidx BLOB,
            operator_id TEXT,
            direction TEXT NOT NULL DEFAULT 'in' CHECK (direction IN ('in', 'out')),
            started_at TEXT NOT NULL,
            answered_at TEXT,
            ended_at TEXT,
            duration_s INTEGER NOT NULL DEFAULT 0,
            outcome TEXT NOT NULL DEFAULT 'ringing'
                CHECK (outcome IN ('ringing', 'answered', 'missed', 'declined', 'caller_hung_up', 'failed')),
            recording_sha256 TEXT,
            recording_seconds REAL,
            announced INTEGER NOT NULL DEFAULT 0,
            report_id TEXT,
            callback_of TEXT,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0);

CREATE INDEX call_records_number ON call_records(number_bidx, started_at) WHERE deleted = 0;

CREATE INDEX call_records_started ON call_records(started_at) WHERE deleted = 0;

CREATE TABLE callbacks (
            id TEXT PRIMARY KEY,
            call_id TEXT NOT NULL,
            number_bidx BLOB,
            created_at TEXT NOT NULL,
            due_at TEXT NOT NULL,
            done_at TEXT,
            done_by TEXT,
            outcome TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0);

CREATE INDEX callbacks_open ON callbacks(due_at) WHERE done_at IS NULL AND deleted = 0;

CREATE INDEX callbacks_number ON callbacks(number_bidx) WHERE deleted = 0;

-- Revision 1: initial schema
-- Compatible from: 1
--
-- Every synced table has: id (UUIDv7 text), hlc (the clock of its last change) and
-- deleted (a tombstone; rows are never removed, so a delete can travel to other replicas).
-- The CHECK on users.role is the role table of its day (models/Role.h); the `store` test
-- compares it with the table. This revision has run on users' databases: never edit it.

CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE organisations (
            id TEXT PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            level TEXT NOT NULL CHECK (level IN ('county', 'township', 'village', 'subdistrict',
                                                 'resident_unit', 'department', 'higher', 'external')),
            parent_id TEXT REFERENCES organisations(id),
            cadre_level TEXT,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0);

CREATE TABLE users (
            id TEXT PRIMARY KEY,
            login TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            org_id TEXT REFERENCES organisations(id),
            role TEXT NOT NULL CHECK (role IN ('receptionist', 'hotline_operator', 'registry_clerk',
                                               'case_officer', 'meeting_chair', 'supervisor', 'administrator')),
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0);

-- Identities live apart from case content; every identifying field is sealed with
-- the data key; lookups go through keyed hashes (blind indexes).
CREATE TABLE persons (
            id TEXT PRIMARY KEY,
            name_enc BLOB,
            id_number_enc BLOB,
            phone_enc BLOB,
            address_enc BLOB,
            photo_enc BLOB,
            details_enc BLOB,
            id_bidx BLOB,
            phone_bidx BLOB,
            name_bidx BLOB,
            is_reporter INTEGER NOT NULL DEFAULT 0,
            is_visitor INTEGER NOT NULL DEFAULT 0,
            key_petitioner INTEGER NOT NULL DEFAULT 0,
            key_file_enc BLOB,
            created_at TEXT NOT NULL,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0);

CREATE INDEX persons_id_bidx ON persons(id_bidx) WHERE id_bidx IS NOT NULL;

CREATE INDEX persons_phone_bidx ON persons(phone_bidx) WHERE phone_bidx IS NOT NULL;

CREATE INDEX persons_name_bidx ON persons(name_bidx) WHERE name_bidx IS NOT NULL;

CREATE TABLE categories (
            id TEXT PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            parent_id TEXT REFERENCES categories(id),
            must_review INTEGER NOT NULL DEFAULT 0,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0);

CREATE TABLE reports (
            id TEXT PRIMARY KEY,
            reg_no TEXT NOT NULL UNIQUE,
            channel TEXT NOT NULL CHECK (channel IN ('letter', 'visit', 'phone', 'online', 'forwarded', 'handed_over')),
            received_at TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'registered',
            anonymous INTEGER NOT NULL DEFAULT 0,
            reporter_id TEXT REFERENCES persons(id),
            org_id TEXT REFERENCES organisations(id),
            category_id TEXT REFERENCES categories(id),
            region TEXT,
            source_id TEXT,
            who TEXT,
            what TEXT,
            when_text TEXT,
            where_text TEXT,
            why TEXT,
            result TEXT,
            demand TEXT,
            disposition TEXT,
            content TEXT NOT NULL DEFAULT '',
            triage_class TEXT CHECK (triage_class IS NULL OR triage_class IN ('A', 'B', 'C')),
            verifiability INTEGER,
            typicality INTEGER,
            timeliness INTEGER,
            handling_org_id TEXT REFERENCES organisations(id),
            handler_id TEXT REFERENCES users(id),
            repeat_of TEXT REFERENCES reports(id),
            needs_correction INTEGER NOT NULL DEFAULT 0,
            created_by TEXT,
            created_at TEXT NOT NULL,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0);

CREATE UNIQUE INDEX reports_source ON reports(channel, source_id) WHERE source_id IS NOT NULL;

CREATE INDEX reports_received ON reports(received_at);

CREATE INDEX reports_status ON reports(status, received_at);

CREATE INDEX reports_reporter ON reports(reporter_id) WHERE reporter_id IS NOT NULL;

-- Reported persons (被反映人): public officials; not reporter identities.
CREATE TABLE subjects (
            id TEXT PRIMARY KEY,
            report_id TEXT NOT NULL REFERENCES reports(id),
            name TEXT NOT NULL,
            unit TEXT,
            rank TEXT,
            position TEXT,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0);

CREATE INDEX subjects_report ON subjects(report_id);

CREATE INDEX subjects_name_unit ON subjects(name, unit);

CREATE TABLE visits (
            id TEXT PRIMARY KEY,
            person_id TEXT REFERENCES persons(id),
            report_id TEXT REFERENCES reports(id),
            org_id TEXT REFERENCES organisations(id),
            kind TEXT NOT NULL DEFAULT 'individual' CHECK (kind IN ('individual', 'group', 'over_level')),
            head_count INTEGER NOT NULL DEFAULT 1,
            ticket_no TEXT,
            arrived_at TEXT NOT NULL,
            started_at TEXT,
            ended_at TEXT,
            room TEXT,
            outcome TEXT,
            notes TEXT,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0);

CREATE INDEX visits_person ON visits(person_id) WHERE person_id IS NOT NULL;

CREATE INDEX visits_arrived ON visits(arrived_at);

-- The history of a report: appended, never changed.
CREATE TABLE events (
            id TEXT PRIMARY KEY,
            report_id TEXT NOT NULL REFERENCES reports(id),
            at TEXT NOT NULL,
            author_id TEXT,
            kind TEXT NOT NULL,
            payload TEXT NOT NULL DEFAULT '{}',
            source TEXT,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0));

CREATE INDEX events_report ON events(report_id, at);

CREATE TRIGGER events_append_only_u BEFORE UPDATE ON events BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

CREATE TRIGGER events_append_only_d BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

-- Files are stored once by content address (SHA-256) in the attachments folder.
CREATE TABLE attachments (
            sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
            size INTEGER NOT NULL,
            mime TEXT,
            created_at TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE report_attachments (
            id TEXT PRIMARY KEY,
            report_id TEXT NOT NULL REFERENCES reports(id),
            sha256 TEXT NOT NULL REFERENCES attachments(sha256),
            file_name TEXT,
            kind TEXT,
            added_at TEXT NOT NULL,
            added_by TEXT,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0);

CREATE INDEX report_attachments_report ON report_attachments(report_id);

CREATE TABLE settings (
            id TEXT PRIMARY KEY,
            value TEXT,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0);

-- The official working-day calendar; an office imports newer years.
CREATE TABLE calendar_days (day TEXT PRIMARY KEY, off INTEGER NOT NULL, name TEXT) WITHOUT ROWID;

CREATE TABLE calendar_years (year INTEGER PRIMARY KEY, source TEXT, imported_at TEXT);

-- Sync bookkeeping: one outbox entry per change, and a clock per changed field.
CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            mutation_id TEXT NOT NULL UNIQUE,
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
            payload TEXT NOT NULL,
            hlc INTEGER NOT NULL,
            author_id TEXT,
            created_at TEXT NOT NULL);

CREATE TABLE field_clocks (
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            field TEXT NOT NULL,
            hlc INTEGER NOT NULL,
            PRIMARY KEY (table_name, row_id, field)) WITHOUT ROWID;

-- Who looked at or changed what; each entry chained to the one before by hash.
CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            user_id TEXT,
            action TEXT NOT NULL,
            target_table TEXT,
            target_id TEXT,
            detail TEXT,
            hash BLOB NOT NULL);

CREATE TRIGGER audit_append_only_u BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

CREATE TRIGGER audit_append_only_d BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- Registration numbers: a running number per prefix (year + device tag).
CREATE TABLE reg_counters (prefix TEXT PRIMARY KEY, next INTEGER NOT NULL) WITHOUT ROWID;

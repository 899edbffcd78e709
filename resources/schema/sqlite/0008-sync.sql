-- Revision 8: sync: base clocks, conflicts, refused changes, attachments to fetch
-- Compatible from: 1
--
-- Sync: the clocks each change was based on (to tell a concurrent edit from a later one),
-- conflicts kept for a person to decide (synced, so a decision travels), changes the server
-- refused for good, and attachments announced by the server and still to be fetched.

ALTER TABLE outbox ADD COLUMN base TEXT;

CREATE INDEX outbox_row ON outbox(table_name, row_id);

CREATE TABLE sync_conflicts (
            id TEXT PRIMARY KEY,
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            field TEXT NOT NULL,
            kept_value TEXT,
            other_value TEXT,
            kept_hlc INTEGER,
            other_hlc INTEGER,
            other_author TEXT,
            kind TEXT NOT NULL DEFAULT 'concurrent_edit',
            created_at TEXT NOT NULL,
            resolved_at TEXT,
            resolved_by TEXT,
            resolution TEXT,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0);

CREATE INDEX sync_conflicts_open ON sync_conflicts(created_at) WHERE resolved_at IS NULL;

CREATE TABLE sync_failures (
            mutation_id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            op TEXT NOT NULL,
            payload TEXT NOT NULL,
            reason TEXT NOT NULL,
            refused_at TEXT NOT NULL);

CREATE TABLE blob_fetch (
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            mime TEXT) WITHOUT ROWID;

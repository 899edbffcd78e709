-- Revision 11: sync: pulled rows kept aside (rows this version could not apply), with the reason
-- Compatible from: 9
--
-- A row from the server that the local store cannot take (a constraint it breaks, a value
-- it cannot hold) no longer stops the pull of the whole office: it is kept here with the
-- reason, the pull moves on, and it is tried again when another version of the program
-- (or of the schema) opens the store, or when someone asks for it. A newer state of the
-- same row that applies replaces it. Local, not synced; an older program ignores the table.

CREATE TABLE sync_held (
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            row_json TEXT NOT NULL,
            reason TEXT NOT NULL,
            held_at TEXT NOT NULL,
            tried_with TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (table_name, row_id)) WITHOUT ROWID;

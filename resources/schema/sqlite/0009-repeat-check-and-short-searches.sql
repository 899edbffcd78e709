-- Revision 9: repeat check and short searches: duplicate index sketches, reporter index, short-term index
-- Compatible from: 9
--
-- Repeat check and short searches at scale (issue 4): the near-duplicate index in its
-- second form (128-value sketches, 24 bands of 4, seqs never reused: the look-up keeps the
-- sketches in memory by seq) - emptied, so an upgraded database is fingerprinted again by
-- 'qingfeng-cli duplicates rebuild' -, the reporter's reports newest first from the index
-- alone, and the index of characters and character pairs for one- and two-character
-- searches (ShortTermIndex).

DROP TABLE dup_bands;

DROP TABLE dup_signatures;

CREATE TABLE dup_signatures (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            report_id TEXT NOT NULL UNIQUE,
            sketch BLOB NOT NULL);

CREATE TABLE dup_bands (
            band_key INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            PRIMARY KEY (band_key, seq)) WITHOUT ROWID;

CREATE INDEX reports_reporter_received ON reports(reporter_id, received_at, deleted, id) WHERE reporter_id IS NOT NULL;

-- detail=none: only which reports hold a token is kept, no positions.
CREATE VIRTUAL TABLE report_grams USING fts5(tokens, content='', detail='none', tokenize='unicode61 remove_diacritics 0');

CREATE VIRTUAL TABLE subject_grams USING fts5(tokens, content='', detail='none', tokenize='unicode61 remove_diacritics 0');

-- A new database has nothing to index: ready at once. An upgraded one waits for rebuild().
INSERT OR REPLACE INTO meta(key, value) SELECT 'short_search_ready', '1' WHERE NOT EXISTS (SELECT 1 FROM reports);

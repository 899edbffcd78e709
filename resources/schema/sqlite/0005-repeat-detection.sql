-- Revision 5: repeat detection: near-duplicate index, repeat with new facts
-- Compatible from: 1
--
-- Repeat detection (issue 4): the near-duplicate index of report content - a MinHash
-- signature per report and its LSH band keys (local, derived: not synced; rebuilt by
-- 'qingfeng-cli duplicates rebuild') - and the "repeat with new facts" mark on reports.

CREATE TABLE dup_signatures (
            seq INTEGER PRIMARY KEY,
            report_id TEXT NOT NULL UNIQUE,
            signature BLOB NOT NULL);

CREATE TABLE dup_bands (
            band_key INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            PRIMARY KEY (band_key, seq)) WITHOUT ROWID;

ALTER TABLE reports ADD COLUMN repeat_new_facts INTEGER NOT NULL DEFAULT 0;

CREATE INDEX reports_repeat ON reports(received_at) WHERE repeat_of IS NOT NULL;

-- Revision 2: demo ground truth
-- Compatible from: 1
--
-- Ground truth of the demo generator (what it planted), so duplicate and repeat detection
-- can be measured. Local only: not synced.

CREATE TABLE demo_labels (
            report_id TEXT PRIMARY KEY,
            near_duplicate_of TEXT,
            repeat_person_of TEXT) WITHOUT ROWID;

-- Revision 19: the office's topic analyses (专题分析)
-- Compatible from: 17
--
-- analysis_topics: a saved selection of reports the analysis workspace counts as one topic
-- (models/AnalysisTopics.h): its name, the categories (and those below them), the words its
-- reports' text must contain (full-text search, as the case list's search box), the regions
-- and the reported persons' units it covers (any of each; JSON arrays of text), and the
-- period it is usually read for (optional; the workspace's own period otherwise). Defined by
-- the office and shared by sync (placed with the author's office); an older program ignores
-- the table.

CREATE TABLE analysis_topics (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80),
            category_ids TEXT NOT NULL DEFAULT '[]',
            keywords TEXT NOT NULL DEFAULT '',
            regions TEXT NOT NULL DEFAULT '[]',
            units TEXT NOT NULL DEFAULT '[]',
            period_from TEXT,
            period_to TEXT,
            created_by TEXT,
            created_at TEXT NOT NULL,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0);

CREATE INDEX analysis_topics_name ON analysis_topics(name) WHERE deleted = 0;

-- Revision 4: search and case list: full-text index, list indexes
-- Compatible from: 1
--
-- Search and the case list: the full-text index (ReportSearch) and the indexes behind the
-- case list's filters and sorts (each column with the date, newest first within it).

CREATE INDEX reports_channel ON reports(channel, received_at);

CREATE INDEX reports_class ON reports(triage_class, received_at);

CREATE INDEX reports_office ON reports(handling_org_id, received_at);

CREATE INDEX reports_handler_received ON reports(handler_id, received_at);

-- The views are the external content: what 'rebuild' reads and what was indexed.
-- The text indexed for a report: content, and the 八何 fields in one column (a newline
-- between fields, so no trigram spans two of them in a way a query could match). Two
-- trailing spaces pad each column (see ReportSearch's class comment).
CREATE VIEW report_fts_source AS SELECT rowid AS rid, coalesce(content, '') || '  ' AS body, coalesce(who, '') || char(10) || coalesce(what, '') || char(10) || coalesce(when_text, '') || char(10) || coalesce(where_text, '') || char(10) || coalesce(why, '') || char(10) || coalesce(result, '') || char(10) || coalesce(demand, '') || char(10) || coalesce(disposition, '') || '  ' AS facts FROM reports;

CREATE VIRTUAL TABLE report_fts USING fts5(body, facts, content='report_fts_source', content_rowid='rid', tokenize='trigram');

CREATE TRIGGER report_fts_ai AFTER INSERT ON reports BEGIN INSERT INTO report_fts(rowid, body, facts) VALUES (new.rowid, coalesce(new.content, '') || '  ', coalesce(new.who, '') || char(10) || coalesce(new.what, '') || char(10) || coalesce(new.when_text, '') || char(10) || coalesce(new.where_text, '') || char(10) || coalesce(new.why, '') || char(10) || coalesce(new.result, '') || char(10) || coalesce(new.demand, '') || char(10) || coalesce(new.disposition, '') || '  '); END;

CREATE TRIGGER report_fts_ad AFTER DELETE ON reports BEGIN INSERT INTO report_fts(report_fts, rowid, body, facts) VALUES ('delete', old.rowid, coalesce(old.content, '') || '  ', coalesce(old.who, '') || char(10) || coalesce(old.what, '') || char(10) || coalesce(old.when_text, '') || char(10) || coalesce(old.where_text, '') || char(10) || coalesce(old.why, '') || char(10) || coalesce(old.result, '') || char(10) || coalesce(old.demand, '') || char(10) || coalesce(old.disposition, '') || '  '); END;

CREATE TRIGGER report_fts_au AFTER UPDATE OF content, who, what, when_text, where_text, why, result, demand, disposition ON reports BEGIN INSERT INTO report_fts(report_fts, rowid, body, facts) VALUES ('delete', old.rowid, coalesce(old.content, '') || '  ', coalesce(old.who, '') || char(10) || coalesce(old.what, '') || char(10) || coalesce(old.when_text, '') || char(10) || coalesce(old.where_text, '') || char(10) || coalesce(old.why, '') || char(10) || coalesce(old.result, '') || char(10) || coalesce(old.demand, '') || char(10) || coalesce(old.disposition, '') || '  '); INSERT INTO report_fts(rowid, body, facts) VALUES (new.rowid, coalesce(new.content, '') || '  ', coalesce(new.who, '') || char(10) || coalesce(new.what, '') || char(10) || coalesce(new.when_text, '') || char(10) || coalesce(new.where_text, '') || char(10) || coalesce(new.why, '') || char(10) || coalesce(new.result, '') || char(10) || coalesce(new.demand, '') || char(10) || coalesce(new.disposition, '') || '  '); END;

CREATE VIEW subject_fts_source AS SELECT rowid AS sid, coalesce(name, '') || '  ' AS name, coalesce(unit, '') || '  ' AS unit FROM subjects;

CREATE VIRTUAL TABLE subject_fts USING fts5(name, unit, content='subject_fts_source', content_rowid='sid', tokenize='trigram');

CREATE TRIGGER subject_fts_ai AFTER INSERT ON subjects BEGIN INSERT INTO subject_fts(rowid, name, unit) VALUES (new.rowid, coalesce(new.name, '') || '  ', coalesce(new.unit, '') || '  '); END;

CREATE TRIGGER subject_fts_ad AFTER DELETE ON subjects BEGIN INSERT INTO subject_fts(subject_fts, rowid, name, unit) VALUES ('delete', old.rowid, coalesce(old.name, '') || '  ', coalesce(old.unit, '') || '  '); END;

CREATE TRIGGER subject_fts_au AFTER UPDATE OF name, unit ON subjects BEGIN INSERT INTO subject_fts(subject_fts, rowid, name, unit) VALUES ('delete', old.rowid, coalesce(old.name, '') || '  ', coalesce(old.unit, '') || '  '); INSERT INTO subject_fts(rowid, name, unit) VALUES (new.rowid, coalesce(new.name, '') || '  ', coalesce(new.unit, '') || '  '); END;

-- The term lists, for terms shorter than a trigram.
CREATE VIRTUAL TABLE report_fts_terms USING fts5vocab(report_fts, 'instance');

CREATE VIRTUAL TABLE subject_fts_terms USING fts5vocab(subject_fts, 'instance');

-- Index what is already there (an upgraded database).
INSERT INTO report_fts(report_fts) VALUES ('rebuild');

INSERT INTO subject_fts(subject_fts) VALUES ('rebuild');

-- Revision 16: the full-text indexes wait while a new workstation takes its office's history
-- Compatible from: 15
--
-- A first sync into an empty store applies the whole history in pages without keeping the
-- derived text indexes row by row, and builds them once at the end (sync/SyncLocal.cpp,
-- ReportTextIndexes): while meta holds 'text_index_pending' the triggers of the full-text
-- indexes stand still, and the last step rebuilds report_fts and subject_fts and removes the
-- mark in one transaction, so an interrupted first sync resumes and still ends with complete
-- indexes. Search says that the index is being built meanwhile.

DROP TRIGGER report_fts_ai;

CREATE TRIGGER report_fts_ai AFTER INSERT ON reports WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'text_index_pending') BEGIN INSERT INTO report_fts(rowid, body, facts) VALUES (new.rowid, coalesce(new.content, '') || '  ', coalesce(new.who, '') || char(10) || coalesce(new.what, '') || char(10) || coalesce(new.when_text, '') || char(10) || coalesce(new.where_text, '') || char(10) || coalesce(new.why, '') || char(10) || coalesce(new.result, '') || char(10) || coalesce(new.demand, '') || char(10) || coalesce(new.disposition, '') || '  '); END;

DROP TRIGGER report_fts_ad;

CREATE TRIGGER report_fts_ad AFTER DELETE ON reports WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'text_index_pending') BEGIN INSERT INTO report_fts(report_fts, rowid, body, facts) VALUES ('delete', old.rowid, coalesce(old.content, '') || '  ', coalesce(old.who, '') || char(10) || coalesce(old.what, '') || char(10) || coalesce(old.when_text, '') || char(10) || coalesce(old.where_text, '') || char(10) || coalesce(old.why, '') || char(10) || coalesce(old.result, '') || char(10) || coalesce(old.demand, '') || char(10) || coalesce(old.disposition, '') || '  '); END;

DROP TRIGGER report_fts_au;

CREATE TRIGGER report_fts_au AFTER UPDATE OF content, who, what, when_text, where_text, why, result, demand, disposition ON reports WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'text_index_pending') BEGIN INSERT INTO report_fts(report_fts, rowid, body, facts) VALUES ('delete', old.rowid, coalesce(old.content, '') || '  ', coalesce(old.who, '') || char(10) || coalesce(old.what, '') || char(10) || coalesce(old.when_text, '') || char(10) || coalesce(old.where_text, '') || char(10) || coalesce(old.why, '') || char(10) || coalesce(old.result, '') || char(10) || coalesce(old.demand, '') || char(10) || coalesce(old.disposition, '') || '  '); INSERT INTO report_fts(rowid, body, facts) VALUES (new.rowid, coalesce(new.content, '') || '  ', coalesce(new.who, '') || char(10) || coalesce(new.what, '') || char(10) || coalesce(new.when_text, '') || char(10) || coalesce(new.where_text, '') || char(10) || coalesce(new.why, '') || char(10) || coalesce(new.result, '') || char(10) || coalesce(new.demand, '') || char(10) || coalesce(new.disposition, '') || '  '); END;

DROP TRIGGER subject_fts_ai;

CREATE TRIGGER subject_fts_ai AFTER INSERT ON subjects WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'text_index_pending') BEGIN INSERT INTO subject_fts(rowid, name, unit) VALUES (new.rowid, coalesce(new.name, '') || '  ', coalesce(new.unit, '') || '  '); END;

DROP TRIGGER subject_fts_ad;

CREATE TRIGGER subject_fts_ad AFTER DELETE ON subjects WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'text_index_pending') BEGIN INSERT INTO subject_fts(subject_fts, rowid, name, unit) VALUES ('delete', old.rowid, coalesce(old.name, '') || '  ', coalesce(old.unit, '') || '  '); END;

DROP TRIGGER subject_fts_au;

CREATE TRIGGER subject_fts_au AFTER UPDATE OF name, unit ON subjects WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'text_index_pending') BEGIN INSERT INTO subject_fts(subject_fts, rowid, name, unit) VALUES ('delete', old.rowid, coalesce(old.name, '') || '  ', coalesce(old.unit, '') || '  '); INSERT INTO subject_fts(rowid, name, unit) VALUES (new.rowid, coalesce(new.name, '') || '  ', coalesce(new.unit, '') || '  '); END;

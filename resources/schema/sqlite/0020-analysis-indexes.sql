-- Revision 20: indexes for the analysis workspace at a county's scale
-- Compatible from: 17
--
-- reports_analysis: every column the analysis counts a period's reports by, after the day of
-- receipt, so that a period is read from the index alone (models/Analysis.cpp, figures()):
-- reading the reports' own rows, which carry the letters' text, cost six microseconds a
-- report at 1,000,000 reports. events_begin_handling: when the handling office began (the
-- quarterly flags look it up for every report of five quarters). subjects_report_units: the
-- reported persons' units and ranks of a report without reading their rows.
-- persons_key_petitioners: the few persons marked as key petitioners (重点信访人).

CREATE INDEX reports_analysis ON reports(received_at, deleted, status, restricted, channel, category_id, region,
            anonymous, repeat_of, triage_class, outcome, handling_org_id, reporter_id, id, hlc);

CREATE INDEX events_begin_handling ON events(report_id, at) WHERE kind = 'begin_handling';

CREATE INDEX subjects_report_units ON subjects(report_id, deleted, unit, rank);

CREATE INDEX persons_key_petitioners ON persons(id) WHERE key_petitioner <> 0;

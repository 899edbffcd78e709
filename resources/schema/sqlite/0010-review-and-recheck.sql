-- Revision 10: review and re-check: conclusion, review-queue, evidence-request, repeat-of and re-check indexes
-- Compatible from: 9
--
-- Step 7 at scale: the period queries of the review screen (conclusions in a quarter, the
-- evidence requests) by index instead of scanning every report and every event. Indexes
-- only: a program that knows revision 9 still opens the database.

CREATE INDEX reports_concluded ON reports(concluded_at, deleted) WHERE concluded_at IS NOT NULL;

CREATE INDEX events_evidence ON events(report_id, at) WHERE kind = 'request_evidence';

-- "reported again": the repeats of a report, for each concluded one of the quarter.
CREATE INDEX reports_repeat_of ON reports(repeat_of) WHERE repeat_of IS NOT NULL;

-- The review queue, oldest first, and its counts without reading the reports.
CREATE INDEX reports_awaiting_review ON reports(concluded_at, deleted, restricted) WHERE status = 'concluded';

-- A quarter's re-check sample and its findings without reading the quarter's reports.
CREATE INDEX events_recheck_sampled ON events(report_id) WHERE kind = 'recheck_sampled';

CREATE INDEX events_recheck_done ON events(report_id, at) WHERE kind = 'recheck_done';

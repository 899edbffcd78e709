-- Revision 18: a callback nobody answered stays open, with its attempts counted
-- Compatible from: 17
--
-- attempts: how many times the caller was called back without an answer; attempted_at: the
-- last such attempt (models/Callbacks.h). The callback is done (done_at) only once the caller
-- is reached or an operator closes it with an outcome.

ALTER TABLE callbacks ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;

ALTER TABLE callbacks ADD COLUMN attempted_at TEXT;

-- Revision 15: issued documents with their 文号; the heading of the review meeting's minutes
-- Compatible from: 13
--
-- issued_documents: every numbered document the office issued (printed or saved as PDF) -
-- its kind, its 文号, the report it belongs to, when and by whom, and the SHA-256 of the PDF
-- (the PDF itself is an attachment of the report, report_attachments kind 'issued_document').
-- A reprint finds the row and prints the same 文号 again instead of taking a new one. Synced
-- with the report; the 文号 carries the device tag (models/DocumentNumbers.h), so two
-- workstations never issue the same one, and the unique index is a second line.
--
-- meetings: the meeting's number in its year (第N次), the chair and the recorder as printed in
-- the minutes; meeting_participants.sitting_in marks those sitting in (列席) rather than
-- attending. An older program ignores the new columns.

CREATE TABLE issued_documents (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            doc_no TEXT NOT NULL,
            report_id TEXT REFERENCES reports(id),
            issued_at TEXT NOT NULL,
            issued_by TEXT,
            pdf_sha256 TEXT NOT NULL DEFAULT '',
            attachment_id TEXT,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0);

CREATE UNIQUE INDEX issued_documents_doc_no ON issued_documents(doc_no) WHERE deleted = 0;

CREATE INDEX issued_documents_report ON issued_documents(report_id, kind) WHERE deleted = 0;

ALTER TABLE meetings ADD COLUMN number INTEGER;

ALTER TABLE meetings ADD COLUMN chair_name TEXT NOT NULL DEFAULT '';

ALTER TABLE meetings ADD COLUMN recorder TEXT NOT NULL DEFAULT '';

ALTER TABLE meeting_participants ADD COLUMN sitting_in INTEGER NOT NULL DEFAULT 0;

#include "models/Migrations.h"

#include "models/MeetingSchema.h"
#include "models/ReportSearch.h"
#include "models/ShortTermIndex.h"

namespace qf {

namespace {

// Every synced table has: id (UUIDv7 text), hlc (the clock of its last change) and
// deleted (a tombstone; rows are never removed, so a delete can travel to other replicas).
QStringList schema1()
{
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),

        QStringLiteral(R"(CREATE TABLE organisations (
            id TEXT PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            level TEXT NOT NULL CHECK (level IN ('county', 'township', 'village', 'subdistrict',
                                                 'resident_unit', 'department', 'higher', 'external')),
            parent_id TEXT REFERENCES organisations(id),
            cadre_level TEXT,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0))"),

        QStringLiteral(R"(CREATE TABLE users (
            id TEXT PRIMARY KEY,
            login TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            org_id TEXT REFERENCES organisations(id),
            role TEXT NOT NULL CHECK (role IN ('receptionist', 'hotline_operator', 'registry_clerk',
                                               'case_officer', 'meeting_chair', 'supervisor', 'administrator')),
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0))"),

        // Identities live apart from case content; every identifying field is sealed with
        // the data key; lookups go through keyed hashes (blind indexes).
        QStringLiteral(R"(CREATE TABLE persons (
            id TEXT PRIMARY KEY,
            name_enc BLOB,
            id_number_enc BLOB,
            phone_enc BLOB,
            address_enc BLOB,
            photo_enc BLOB,
            details_enc BLOB,
            id_bidx BLOB,
            phone_bidx BLOB,
            name_bidx BLOB,
            is_reporter INTEGER NOT NULL DEFAULT 0,
            is_visitor INTEGER NOT NULL DEFAULT 0,
            key_petitioner INTEGER NOT NULL DEFAULT 0,
            key_file_enc BLOB,
            created_at TEXT NOT NULL,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX persons_id_bidx ON persons(id_bidx) WHERE id_bidx IS NOT NULL"),
        QStringLiteral("CREATE INDEX persons_phone_bidx ON persons(phone_bidx) WHERE phone_bidx IS NOT NULL"),
        QStringLiteral("CREATE INDEX persons_name_bidx ON persons(name_bidx) WHERE name_bidx IS NOT NULL"),

        QStringLiteral(R"(CREATE TABLE categories (
            id TEXT PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            parent_id TEXT REFERENCES categories(id),
            must_review INTEGER NOT NULL DEFAULT 0,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0))"),

        QStringLiteral(R"(CREATE TABLE reports (
            id TEXT PRIMARY KEY,
            reg_no TEXT NOT NULL UNIQUE,
            channel TEXT NOT NULL CHECK (channel IN ('letter', 'visit', 'phone', 'online', 'forwarded', 'handed_over')),
            received_at TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'registered',
            anonymous INTEGER NOT NULL DEFAULT 0,
            reporter_id TEXT REFERENCES persons(id),
            org_id TEXT REFERENCES organisations(id),
            category_id TEXT REFERENCES categories(id),
            region TEXT,
            source_id TEXT,
            who TEXT,
            what TEXT,
            when_text TEXT,
            where_text TEXT,
            why TEXT,
            result TEXT,
            demand TEXT,
            disposition TEXT,
            content TEXT NOT NULL DEFAULT '',
            triage_class TEXT CHECK (triage_class IS NULL OR triage_class IN ('A', 'B', 'C')),
            verifiability INTEGER,
            typicality INTEGER,
            timeliness INTEGER,
            handling_org_id TEXT REFERENCES organisations(id),
            handler_id TEXT REFERENCES users(id),
            repeat_of TEXT REFERENCES reports(id),
            needs_correction INTEGER NOT NULL DEFAULT 0,
            created_by TEXT,
            created_at TEXT NOT NULL,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE UNIQUE INDEX reports_source ON reports(channel, source_id) WHERE source_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX reports_received ON reports(received_at)"),
        QStringLiteral("CREATE INDEX reports_status ON reports(status, received_at)"),
        QStringLiteral("CREATE INDEX reports_reporter ON reports(reporter_id) WHERE reporter_id IS NOT NULL"),

        // Reported persons (被反映人): public officials; not reporter identities.
        QStringLiteral(R"(CREATE TABLE subjects (
            id TEXT PRIMARY KEY,
            report_id TEXT NOT NULL REFERENCES reports(id),
            name TEXT NOT NULL,
            unit TEXT,
            rank TEXT,
            position TEXT,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX subjects_report ON subjects(report_id)"),
        QStringLiteral("CREATE INDEX subjects_name_unit ON subjects(name, unit)"),

        QStringLiteral(R"(CREATE TABLE visits (
            id TEXT PRIMARY KEY,
            person_id TEXT REFERENCES persons(id),
            report_id TEXT REFERENCES reports(id),
            org_id TEXT REFERENCES organisations(id),
            kind TEXT NOT NULL DEFAULT 'individual' CHECK (kind IN ('individual', 'group', 'over_level')),
            head_count INTEGER NOT NULL DEFAULT 1,
            ticket_no TEXT,
            arrived_at TEXT NOT NULL,
            started_at TEXT,
            ended_at TEXT,
            room TEXT,
            outcome TEXT,
            notes TEXT,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX visits_person ON visits(person_id) WHERE person_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX visits_arrived ON visits(arrived_at)"),

        // The history of a report: appended, never changed.
        QStringLiteral(R"(CREATE TABLE events (
            id TEXT PRIMARY KEY,
            report_id TEXT NOT NULL REFERENCES reports(id),
            at TEXT NOT NULL,
            author_id TEXT,
            kind TEXT NOT NULL,
            payload TEXT NOT NULL DEFAULT '{}',
            source TEXT,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0)))"),
        QStringLiteral("CREATE INDEX events_report ON events(report_id, at)"),
        QStringLiteral("CREATE TRIGGER events_append_only_u BEFORE UPDATE ON events "
                       "BEGIN SELECT RAISE(ABORT, 'events are append-only'); END"),
        QStringLiteral("CREATE TRIGGER events_append_only_d BEFORE DELETE ON events "
                       "BEGIN SELECT RAISE(ABORT, 'events are append-only'); END"),

        // Files are stored once by content address (SHA-256) in the attachments folder.
        QStringLiteral(R"(CREATE TABLE attachments (
            sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
            size INTEGER NOT NULL,
            mime TEXT,
            created_at TEXT NOT NULL) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE report_attachments (
            id TEXT PRIMARY KEY,
            report_id TEXT NOT NULL REFERENCES reports(id),
            sha256 TEXT NOT NULL REFERENCES attachments(sha256),
            file_name TEXT,
            kind TEXT,
            added_at TEXT NOT NULL,
            added_by TEXT,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX report_attachments_report ON report_attachments(report_id)"),

        QStringLiteral(R"(CREATE TABLE settings (
            id TEXT PRIMARY KEY,
            value TEXT,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0))"),

        // The official working-day calendar; an office imports newer years.
        QStringLiteral("CREATE TABLE calendar_days (day TEXT PRIMARY KEY, off INTEGER NOT NULL, name TEXT) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE calendar_years (year INTEGER PRIMARY KEY, source TEXT, imported_at TEXT)"),

        // Sync bookkeeping: one outbox entry per change, and a clock per changed field.
        QStringLiteral(R"(CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            mutation_id TEXT NOT NULL UNIQUE,
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
            payload TEXT NOT NULL,
            hlc INTEGER NOT NULL,
            author_id TEXT,
            created_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE field_clocks (
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            field TEXT NOT NULL,
            hlc INTEGER NOT NULL,
            PRIMARY KEY (table_name, row_id, field)) WITHOUT ROWID)"),

        // Who looked at or changed what; each entry chained to the one before by hash.
        QStringLiteral(R"(CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            user_id TEXT,
            action TEXT NOT NULL,
            target_table TEXT,
            target_id TEXT,
            detail TEXT,
            hash BLOB NOT NULL))"),
        QStringLiteral("CREATE TRIGGER audit_append_only_u BEFORE UPDATE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_append_only_d BEFORE DELETE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),

        // Registration numbers: a running number per prefix (year + device tag).
        QStringLiteral("CREATE TABLE reg_counters (prefix TEXT PRIMARY KEY, next INTEGER NOT NULL) WITHOUT ROWID"),
    };
}

// Ground truth of the demo generator (what it planted), so duplicate and repeat detection
// can be measured. Local only: not synced.
QStringList schema2()
{
    return {
        QStringLiteral(R"(CREATE TABLE demo_labels (
            report_id TEXT PRIMARY KEY,
            near_duplicate_of TEXT,
            repeat_person_of TEXT) WITHOUT ROWID)"),
    };
}


// Case work: state-machine bookkeeping on reports (timestamps of each stage, the pending
// approval, outcome, restriction) and the editable dispatch tables (synced).
QStringList schema3()
{
    QStringList s;
    const char* reportColumns[] = {
        "restricted INTEGER NOT NULL DEFAULT 0",  "principal_leader INTEGER NOT NULL DEFAULT 0",
        "outcome TEXT",                           "pending_from TEXT",
        "dispatch_kind TEXT",                     "supervised INTEGER NOT NULL DEFAULT 0",
        "referred_to TEXT",                       "status_at TEXT",
        "signed_at TEXT",                         "accepted_at TEXT",
        "triaged_at TEXT",                        "evidence_requested_at TEXT",
        "evidence_received_at TEXT",              "dispatched_at TEXT",
        "concluded_at TEXT",                      "reviewed_at TEXT",
        "acceptance_notice_at TEXT",              "result_feedback_at TEXT",
        "substantiated INTEGER",                  "satisfied INTEGER",
    };
    for (const char* c : reportColumns)
        s << QStringLiteral("ALTER TABLE reports ADD COLUMN ") + QString::fromLatin1(c);
    s << QStringLiteral("ALTER TABLE subjects ADD COLUMN principal_leader INTEGER NOT NULL DEFAULT 0");
    s << QStringLiteral("CREATE INDEX reports_handler ON reports(handler_id, status) WHERE handler_id IS NOT NULL");
    // 管辖库: which office handles which units / regions / ranks (NULL or '' = any).
    s << QStringLiteral(R"(CREATE TABLE jurisdictions (
            id TEXT PRIMARY KEY,
            org_id TEXT NOT NULL REFERENCES organisations(id),
            unit TEXT,
            region TEXT,
            ranks TEXT,
            note TEXT,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0))");
    // 回避库: an officer may not handle a unit, or a named person.
    s << QStringLiteral(R"(CREATE TABLE recusals (
            id TEXT PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users(id),
            unit TEXT,
            subject_name TEXT,
            reason TEXT,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0))");
    s << QStringLiteral("CREATE INDEX recusals_user ON recusals(user_id)");
    // 能力库: an officer's areas (category codes or ids, comma-separated) and capacity.
    s << QStringLiteral(R"(CREATE TABLE capabilities (
            id TEXT PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users(id),
            org_id TEXT NOT NULL REFERENCES organisations(id),
            areas TEXT,
            base_load INTEGER NOT NULL DEFAULT 0,
            max_load INTEGER NOT NULL DEFAULT 20,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0))");
    s << QStringLiteral("CREATE INDEX capabilities_org ON capabilities(org_id)");
    return s;
}


// The check-in desk: the scope pre-check rules (预诊, editable by an administrator, synced;
// the defaults are the same rows on every device) and the visit's extra fields. Companions
// and representatives are identities: sealed like the persons' fields.
QStringList schema6()
{
    QStringList s;
    s << QStringLiteral(R"(CREATE TABLE scope_rules (
            id TEXT PRIMARY KEY,
            category TEXT NOT NULL,
            keywords TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL,
            note TEXT,
            position INTEGER NOT NULL DEFAULT 0,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0))");
    struct Rule { const char* id; const char* category; const char* keywords; const char* body; };
    const Rule defaults[] = {
        { "00000000-0000-7000-8000-00000000sc01", "涉法涉诉", "法院,判决,裁定,诉讼,起诉,上诉,再审,申诉,执行,仲裁,检察院,抗诉",
          "人民法院、人民检察院" },
        { "00000000-0000-7000-8000-00000000sc02", "征地拆迁", "征地,拆迁,补偿款,安置房,宅基地,土地征收,强拆",
          "自然资源部门、住房和城乡建设部门" },
        { "00000000-0000-7000-8000-00000000sc03", "劳资纠纷", "工资,欠薪,讨薪,劳动合同,社保,工伤,辞退,加班费",
          "人力资源和社会保障部门（劳动保障监察机构）" },
        { "00000000-0000-7000-8000-00000000sc04", "治安刑事", "报警,诈骗,盗窃,抢劫,殴打,打架,传销",
          "公安机关" },
        { "00000000-0000-7000-8000-00000000sc05", "民事纠纷", "离婚,继承,借款,欠款,邻里纠纷,婚姻",
          "人民调解委员会、司法所或人民法院" },
        { "00000000-0000-7000-8000-00000000sc06", "消费投诉", "消费,商品质量,退款,假冒伪劣,物业费",
          "市场监督管理部门（12315）" },
    };
    int position = 0;
    for (const Rule& r : defaults) {
        s << QStringLiteral("INSERT INTO scope_rules (id, category, keywords, body, position) VALUES ('%1', '%2', '%3', '%4', %5)")
                 .arg(QString::fromUtf8(r.id), QString::fromUtf8(r.category), QString::fromUtf8(r.keywords),
                      QString::fromUtf8(r.body))
                 .arg(++position);
    }
    const char* visitColumns[] = { "representatives_enc BLOB", "companions_enc BLOB", "referred_to TEXT",
                                   "recording_sha256 TEXT", "created_by TEXT" };
    for (const char* c : visitColumns)
        s << QStringLiteral("ALTER TABLE visits ADD COLUMN ") + QString::fromLatin1(c);
    s << QStringLiteral("CREATE INDEX visits_report ON visits(report_id) WHERE report_id IS NOT NULL");
    return s;
}

// Repeat detection (issue 4): the near-duplicate index of report content - a MinHash
// signature per report and its LSH band keys (local, derived: not synced; rebuilt by
// 'qingfeng-cli duplicates rebuild') - and the "repeat with new facts" mark on reports.
QStringList schema5()
{
    return {
        QStringLiteral(R"(CREATE TABLE dup_signatures (
            seq INTEGER PRIMARY KEY,
            report_id TEXT NOT NULL UNIQUE,
            signature BLOB NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE dup_bands (
            band_key INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            PRIMARY KEY (band_key, seq)) WITHOUT ROWID)"),
        QStringLiteral("ALTER TABLE reports ADD COLUMN repeat_new_facts INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE INDEX reports_repeat ON reports(received_at) WHERE repeat_of IS NOT NULL"),
    };
}

// Search and the case list: the full-text index (ReportSearch) and the indexes behind the
// case list's filters and sorts (each column with the date, newest first within it).
QStringList schema4()
{
    QStringList s;
    s << QStringLiteral("CREATE INDEX reports_channel ON reports(channel, received_at)");
    s << QStringLiteral("CREATE INDEX reports_class ON reports(triage_class, received_at)");
    s << QStringLiteral("CREATE INDEX reports_office ON reports(handling_org_id, received_at)");
    s << QStringLiteral("CREATE INDEX reports_handler_received ON reports(handler_id, received_at)");
    s << ReportSearch::schemaStatements();
    return s;
}

// Sync: the clocks each change was based on (to tell a concurrent edit from a later one),
// conflicts kept for a person to decide (synced, so a decision travels), changes the server
// refused for good, and attachments announced by the server and still to be fetched.
QStringList schema8()
{
    return {
        QStringLiteral("ALTER TABLE outbox ADD COLUMN base TEXT"),
        QStringLiteral("CREATE INDEX outbox_row ON outbox(table_name, row_id)"),
        QStringLiteral(R"(CREATE TABLE sync_conflicts (
            id TEXT PRIMARY KEY,
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            field TEXT NOT NULL,
            kept_value TEXT,
            other_value TEXT,
            kept_hlc INTEGER,
            other_hlc INTEGER,
            other_author TEXT,
            kind TEXT NOT NULL DEFAULT 'concurrent_edit',
            created_at TEXT NOT NULL,
            resolved_at TEXT,
            resolved_by TEXT,
            resolution TEXT,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX sync_conflicts_open ON sync_conflicts(created_at) WHERE resolved_at IS NULL"),
        QStringLiteral(R"(CREATE TABLE sync_failures (
            mutation_id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            op TEXT NOT NULL,
            payload TEXT NOT NULL,
            reason TEXT NOT NULL,
            refused_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE blob_fetch (
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            mime TEXT) WITHOUT ROWID)"),
    };
}

// Repeat check and short searches at scale (issue 4): the near-duplicate index in its
// second form (128-value sketches, 24 bands of 4, seqs never reused: the look-up keeps the
// sketches in memory by seq) - emptied, so an upgraded database is fingerprinted again by
// 'qingfeng-cli duplicates rebuild' -, the reporter's reports newest first from the index
// alone, and the index of characters and character pairs for one- and two-character
// searches (ShortTermIndex).
QStringList schema9()
{
    QStringList s = {
        QStringLiteral("DROP TABLE dup_bands"),
        QStringLiteral("DROP TABLE dup_signatures"),
        QStringLiteral(R"(CREATE TABLE dup_signatures (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            report_id TEXT NOT NULL UNIQUE,
            sketch BLOB NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE dup_bands (
            band_key INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            PRIMARY KEY (band_key, seq)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX reports_reporter_received ON reports(reporter_id, received_at, deleted, id) "
                       "WHERE reporter_id IS NOT NULL"),
    };
    s << ShortTermIndex::schemaStatements();
    return s;
}

// Step 7 at scale: the period queries of the review screen (conclusions in a quarter, the
// evidence requests) by index instead of scanning every report and every event. Indexes
// only: a program that knows revision 9 still opens the database.
QStringList schema10()
{
    return {
        QStringLiteral("CREATE INDEX reports_concluded ON reports(concluded_at, deleted) WHERE concluded_at IS NOT NULL"),
        QStringLiteral("CREATE INDEX events_evidence ON events(report_id, at) WHERE kind = 'request_evidence'"),
        // "reported again": the repeats of a report, for each concluded one of the quarter.
        QStringLiteral("CREATE INDEX reports_repeat_of ON reports(repeat_of) WHERE repeat_of IS NOT NULL"),
        // The review queue, oldest first, and its counts without reading the reports.
        QStringLiteral("CREATE INDEX reports_awaiting_review ON reports(concluded_at, deleted, restricted) "
                       "WHERE status = 'concluded'"),
        // A quarter's re-check sample and its findings without reading the quarter's reports.
        QStringLiteral("CREATE INDEX events_recheck_sampled ON events(report_id) WHERE kind = 'recheck_sampled'"),
        QStringLiteral("CREATE INDEX events_recheck_done ON events(report_id, at) WHERE kind = 'recheck_done'"),
    };
}

} // namespace

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> list = {
        { 1, "initial schema", schema1(), 1 },
        { 2, "demo ground truth", schema2(), 1 },
        { 3, "case work: stages, approvals, dispatch tables", schema3(), 1 },
        { 4, "search and case list: full-text index, list indexes", schema4(), 1 },
        { 5, "repeat detection: near-duplicate index, repeat with new facts", schema5(), 1 },
        { 6, "check-in desk: scope rules, visit fields", schema6(), 1 },
        { 7, "review meeting: meetings, agenda, decisions, minutes", meetingSchema(), 1 },
        { 8, "sync: base clocks, conflicts, refused changes, attachments to fetch", schema8(), 1 },
        { 9, "repeat check and short searches: duplicate index sketches, reporter index, short-term index", schema9(), 9 },
        { 10, "review and re-check: conclusion, review-queue, evidence-request, repeat-of and re-check indexes", schema10(), 9 },
    };
    return list;
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

} // namespace qf
